#include "core/analysis/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace core {

double mean(const std::vector<double>& xs)
{
    return xs.empty() ? 0.0 : std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

std::optional<double> sampleVariance(const std::vector<double>& xs)
{
    if (xs.size() < 2)
        return std::nullopt;
    const double m = mean(xs);
    double squares = 0.0;
    for (const double x : xs)
        squares += (x - m) * (x - m);
    return squares / static_cast<double>(xs.size() - 1);
}

std::optional<double> rwgSingle(const std::vector<double>& answers, double nullVariance)
{
    const auto s2 = sampleVariance(answers);
    if (!s2)
        return std::nullopt;
    return std::max(0.0, 1.0 - *s2 / nullVariance);
}

namespace {
/// The answers to column j, from the respondents who gave one.
std::vector<double> column(const AnswerMatrix& answers, std::size_t j)
{
    std::vector<double> out;
    for (const auto& row : answers)
        if (row[j])
            out.push_back(*row[j]);
    return out;
}

std::size_t columns(const AnswerMatrix& answers)
{
    return answers.empty() ? 0 : answers.front().size();
}

constexpr double kLow = 1.0;
constexpr double kHigh = 5.0;
} // namespace

std::optional<double> rwgJ(const AnswerMatrix& answers, double nullVariance)
{
    std::vector<double> variances;
    for (std::size_t j = 0; j < columns(answers); ++j)
        if (const auto v = sampleVariance(column(answers, j)))
            variances.push_back(*v);
    if (variances.empty())
        return std::nullopt;
    const double s2 = mean(variances);
    if (s2 > nullVariance)
        return 0.0;
    const double J = static_cast<double>(variances.size());
    const double agreement = J * (1.0 - s2 / nullVariance);
    return agreement / (agreement + s2 / nullVariance);
}

std::optional<double> awgSingle(const std::vector<double>& answers)
{
    const auto s2 = sampleVariance(answers);
    if (!s2)
        return std::nullopt;
    const double M = mean(answers);
    const double k = static_cast<double>(answers.size());
    if (M == kLow || M == kHigh)
        return 1.0; // everyone gave the same end of the scale
    if (M < (kLow * (k - 1) + kHigh) / k || M > (kHigh * (k - 1) + kLow) / k)
        return std::nullopt;
    const double largest = ((kHigh + kLow) * M - M * M - kHigh * kLow) * (k / (k - 1));
    return 1.0 - 2.0 * *s2 / largest;
}

std::optional<double> awgJ(const AnswerMatrix& answers)
{
    std::vector<double> defined;
    for (std::size_t j = 0; j < columns(answers); ++j)
        if (const auto a = awgSingle(column(answers, j)))
            defined.push_back(*a);
    if (defined.empty())
        return std::nullopt;
    return mean(defined);
}

Icc intraclassCorrelation(const std::vector<std::vector<double>>& groups)
{
    std::vector<GroupSummary> summaries;
    for (const auto& g : groups)
        summaries.push_back({g.size(), mean(g), std::sqrt(sampleVariance(g).value_or(0.0))});
    return intraclassCorrelationFromSummaries(summaries);
}

Icc intraclassCorrelationFromSummaries(const std::vector<GroupSummary>& groups)
{
    Icc out;
    double total = 0.0;
    for (const auto& g : groups) {
        if (g.n == 0)
            continue;
        ++out.groups;
        out.people += g.n;
        total += static_cast<double>(g.n) * g.mean;
    }
    if (out.groups < 2 || out.people <= out.groups)
        return out;
    const double G = static_cast<double>(out.groups);
    const double N = static_cast<double>(out.people);
    const double grand = total / N;
    double between = 0.0;
    double within = 0.0;
    for (const auto& g : groups) {
        const double n = static_cast<double>(g.n);
        between += n * (g.mean - grand) * (g.mean - grand);
        within += g.n > 1 ? (n - 1) * g.sd * g.sd : 0.0;
    }
    const double msb = between / (G - 1);
    const double msw = within / (N - G);
    const double icc1Denominator = msb + (N / G - 1) * msw;
    if (icc1Denominator > 0)
        out.icc1 = (msb - msw) / icc1Denominator;
    if (msb > 0)
        out.icc2 = (msb - msw) / msb;
    return out;
}

AlphaResult cronbachAlpha(const AnswerMatrix& answers)
{
    AlphaResult result;
    const std::size_t k = answers.empty() ? 0 : answers.front().size();
    std::vector<std::vector<double>> complete;
    for (const auto& row : answers)
        if (std::all_of(row.begin(), row.end(), [](const auto& v) { return v.has_value(); })) {
            std::vector<double> values;
            for (const auto& v : row)
                values.push_back(*v);
            complete.push_back(std::move(values));
        }
    result.respondents = complete.size();
    if (k < 2 || complete.size() < 2)
        return result;
    double itemVariances = 0.0;
    for (std::size_t j = 0; j < k; ++j) {
        std::vector<double> column;
        for (const auto& row : complete)
            column.push_back(row[j]);
        itemVariances += *sampleVariance(column);
    }
    std::vector<double> totals;
    for (const auto& row : complete)
        totals.push_back(std::accumulate(row.begin(), row.end(), 0.0));
    const double totalVariance = *sampleVariance(totals);
    if (totalVariance <= 0.0)
        return result;
    const double kk = static_cast<double>(k);
    result.alpha = kk / (kk - 1.0) * (1.0 - itemVariances / totalVariance);
    return result;
}

namespace {
std::vector<double> ranks(const std::vector<double>& xs)
{
    std::vector<std::size_t> order(xs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return xs[a] < xs[b]; });
    std::vector<double> out(xs.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && xs[order[j + 1]] == xs[order[i]])
            ++j;
        const double average = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
        for (std::size_t t = i; t <= j; ++t)
            out[order[t]] = average;
        i = j + 1;
    }
    return out;
}

std::optional<double> pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const double ma = mean(a);
    const double mb = mean(b);
    double sab = 0.0;
    double saa = 0.0;
    double sbb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0.0 || sbb <= 0.0)
        return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}
} // namespace

std::optional<double> spearman(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size() || a.size() < 3)
        return std::nullopt;
    return pearson(ranks(a), ranks(b));
}

std::optional<double> standardisedDifference(double meanA, double sdA, std::size_t nA, double meanB, double sdB,
                                             std::size_t nB)
{
    if (nA == 0 || nB == 0 || nA + nB <= 2)
        return std::nullopt;
    const double pooled = std::sqrt((static_cast<double>(nA - 1) * sdA * sdA + static_cast<double>(nB - 1) * sdB * sdB) /
                                    static_cast<double>(nA + nB - 2));
    // Identical answers give a pooled sd of rounding noise (1e-14), not a real spread.
    if (pooled < 1e-9)
        return std::nullopt;
    return (meanA - meanB) / pooled;
}

} // namespace core
