// r_wg(J) (against the uniform and the slightly skewed null), single-item r_wg, a_wg over J items
// and on one, Cronbach's alpha, and ICC(1) and ICC(2) against R (multilevel::rwg.j, rwg, awg, ICC1,
// ICC2; psych::alpha). The data and R's values come from tests/reference/generate.R; by default the
// stored fixtures in tests/data/reference are used, and $SAMENSPEL_REFERENCE_DIR points to a
// fresh run of the script (the ctest "reference_r_live" does that where R is installed).
#include "core/io/csv.hpp"
#include "core/analysis/statistics.hpp"
#include "core/comparison/funnel.hpp"
#include "core/text/text_util.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>

using namespace core;

namespace {

std::string referenceDir()
{
    const char* env = std::getenv("SAMENSPEL_REFERENCE_DIR");
    return env && *env ? env : std::string(SAMENSPEL_TEST_DATA) + "/reference";
}

std::vector<CsvRecord> readCsv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    CsvReader reader(in);
    std::vector<CsvRecord> out;
    CsvRecord r;
    reader.next(r); // header
    while (reader.next(r))
        out.push_back(r);
    return out;
}

std::optional<double> number(const std::string& cell)
{
    const auto t = trim(cell);
    if (t.empty() || t == "NA")
        return std::nullopt;
    return std::stod(std::string(t));
}

void same(const std::optional<double>& ours, const std::optional<double>& r, const std::string& what)
{
    INFO(what);
    REQUIRE(ours.has_value() == r.has_value());
    if (ours)
        CHECK(std::abs(*ours - *r) < 1e-9);
}

std::map<std::pair<int, int>, AnswerMatrix> readGroups(const std::string& dir)
{
    std::map<std::pair<int, int>, AnswerMatrix> groups;
    for (const auto& r : readCsv(dir + "/data.csv")) {
        const int dataset = std::stoi(r.fields[0]);
        const int group = std::stoi(r.fields[1]);
        const auto j = static_cast<std::size_t>(std::stoi(r.fields[2]));
        std::vector<std::optional<double>> row;
        for (std::size_t i = 0; i < j; ++i)
            row.push_back(number(r.fields[3 + i]));
        groups[{dataset, group}].push_back(row);
    }
    return groups;
}

} // namespace

TEST_CASE("tau², the funnel's centre and limits and the shrunken estimates match R's metafor to 1e-6", "[reference]")
{
    const auto dir = referenceDir();
    std::map<int, std::vector<Estimate>> data;
    for (const auto& r : readCsv(dir + "/funnel_data.csv"))
        data[std::stoi(r.fields[0])].push_back({*number(r.fields[2]), *number(r.fields[3])});
    std::map<int, Heterogeneity> ours;
    std::size_t withoutSpread = 0;
    for (const auto& r : readCsv(dir + "/funnel_reference.csv")) {
        const int dataset = std::stoi(r.fields[0]);
        INFO("dataset " << dataset);
        const auto h = heterogeneity(data[dataset], 0.0); // unwinsorised: DerSimonian-Laird
        REQUIRE(h);
        CHECK(h->k == static_cast<std::size_t>(std::stoi(r.fields[1])));
        CHECK(std::abs(h->tau2 - *number(r.fields[2])) < 1e-6);
        CHECK(std::abs(h->randomMean - *number(r.fields[3])) < 1e-6);
        CHECK(std::abs(h->randomSe - *number(r.fields[4])) < 1e-6);
        CHECK(std::abs(h->q - *number(r.fields[5])) < 1e-6);
        withoutSpread += h->tau2 == 0.0 ? 1u : 0u;
        ours[dataset] = *h;
    }
    REQUIRE(ours.size() == 30);
    CHECK(withoutSpread > 0); // datasets where the limits are those of chance alone
    std::size_t compared = 0;
    for (const auto& r : readCsv(dir + "/funnel_limits.csv")) {
        const int dataset = std::stoi(r.fields[0]);
        const auto i = static_cast<std::size_t>(std::stoi(r.fields[1]) - 1);
        INFO("dataset " << dataset << ", hospital " << i + 1);
        const auto& h = ours.at(dataset);
        const auto& e = data[dataset].at(i);
        const auto limits = funnelLimits(h.randomMean, e.v, h.tau2);
        CHECK(std::abs(limits.lower95 - *number(r.fields[2])) < 1e-6);
        CHECK(std::abs(limits.upper95 - *number(r.fields[3])) < 1e-6);
        CHECK(std::abs(limits.lower998 - *number(r.fields[4])) < 1e-6);
        CHECK(std::abs(limits.upper998 - *number(r.fields[5])) < 1e-6);
        CHECK(std::abs(shrunken(e, h) - *number(r.fields[6])) < 1e-6);
        ++compared;
    }
    CHECK(compared > 300);
}

TEST_CASE("agreement statistics match R's multilevel and psych to 1e-9", "[reference]")
{
    const auto dir = referenceDir();
    const auto groups = readGroups(dir);
    const auto reference = readCsv(dir + "/reference.csv");
    REQUIRE(reference.size() > 100);
    std::size_t compared = 0;
    for (const auto& r : reference) {
        const std::pair key{std::stoi(std::string(trim(r.fields[0]))), std::stoi(std::string(trim(r.fields[1])))};
        const std::string where = "dataset " + std::to_string(key.first) + " group " + std::to_string(key.second);
        const auto& m = groups.at(key);
        REQUIRE(m.size() == static_cast<std::size_t>(std::stoi(std::string(trim(r.fields[2])))));
        same(rwgJ(m), number(r.fields[3]), where + ": r_wg(J)");
        std::vector<double> item1;
        for (const auto& row : m)
            if (row[0])
                item1.push_back(*row[0]);
        same(rwgSingle(item1), number(r.fields[4]), where + ": r_wg item 1");
        same(rwgJ(m, kSlightSkewNullVariance), number(r.fields[8]), where + ": r_wg(J) against the slightly skewed null");
        same(awgJ(m), number(r.fields[9]), where + ": a_wg(J)");
        same(awgSingle(item1), number(r.fields[10]), where + ": a_wg item 1");
        const auto alpha = cronbachAlpha(m);
        same(alpha.alpha, number(r.fields[5]), where + ": alpha");
        CHECK(alpha.respondents == static_cast<std::size_t>(std::stoi(std::string(trim(r.fields[6])))));
        ++compared;
    }
    CHECK(compared == reference.size());
}

TEST_CASE("ICC(1) and ICC(2) of the groups match R's multilevel to 1e-9", "[reference]")
{
    const auto dir = referenceDir();
    std::map<int, std::vector<std::vector<double>>> datasets;
    for (const auto& [key, m] : readGroups(dir)) {
        std::vector<double> scores; // each person's mean over the items answered
        for (const auto& row : m) {
            std::vector<double> given;
            for (const auto& x : row)
                if (x)
                    given.push_back(*x);
            if (!given.empty())
                scores.push_back(mean(given));
        }
        datasets[key.first].push_back(scores);
    }
    const auto reference = readCsv(dir + "/icc.csv");
    REQUIRE(reference.size() == datasets.size());
    for (const auto& r : reference) {
        const int dataset = std::stoi(std::string(trim(r.fields[0])));
        const auto icc = intraclassCorrelation(datasets.at(dataset));
        same(icc.icc1, number(r.fields[1]), "dataset " + std::to_string(dataset) + ": ICC(1)");
        same(icc.icc2, number(r.fields[2]), "dataset " + std::to_string(dataset) + ": ICC(2)");
    }
}

TEST_CASE("Spearman's rank correlation with ties, by hand", "[core][statistics]")
{
    // Ranks of a: 1, 2.5, 2.5, 4; of b: 4, 3, 2, 1 -> Pearson of the ranks.
    const auto r = spearman({1, 2, 2, 3}, {9, 8, 7, 6});
    REQUIRE(r);
    // mean ranks 2.5; a dev -1.5, 0, 0, 1.5; b dev 1.5, 0.5, -0.5, -1.5; sum -4.5; |a|^2 4.5, |b|^2 5.
    CHECK(*r == Approx(-4.5 / std::sqrt(4.5 * 5.0)));
    CHECK(*spearman({1, 2, 3, 4, 5}, {2, 4, 6, 8, 10}) == Approx(1.0));
    CHECK_FALSE(spearman({1, 1, 1}, {1, 2, 3}));
    CHECK_FALSE(spearman({1, 2}, {1, 2}));
}

TEST_CASE("a_wg by hand: against the largest variance the mean allows, undefined near the ends", "[core][statistics]")
{
    // 1,1,5,5: M = 3, s^2 = 16/3, largest = ((5+1)3 - 9 - 5) * 4/3 = 16/3: the most disagreement there is.
    CHECK(*awgSingle({1, 1, 5, 5}) == Approx(-1.0));
    // 2,3,4: s^2 = 1, largest = (18 - 9 - 5) * 3/2 = 6 -> 1 - 2/6.
    CHECK(*awgSingle({2, 3, 4}) == Approx(2.0 / 3.0));
    CHECK(*awgSingle({3, 3, 3}) == Approx(1.0));
    CHECK(*awgSingle({5, 5, 5}) == Approx(1.0)); // everyone at the end
    // 1,1,2: M = 4/3 is below (1*2 + 5)/3 = 7/3, where three answers cannot reach the largest variance.
    CHECK_FALSE(awgSingle({1, 1, 2}));
    CHECK_FALSE(awgSingle({4}));
    // Over items: the defined ones only (the second item is undefined).
    const AnswerMatrix m{{2, 1}, {3, 1}, {4, 2}};
    CHECK(*awgJ(m) == Approx(2.0 / 3.0));
    CHECK_FALSE(awgJ({{1, 1}, {1, 2}, {2, 1}}));
}

TEST_CASE("r_wg against the slightly skewed null, by hand", "[core][statistics]")
{
    // s^2 = 1: 1 - 1/1.34 against 1 - 1/2.
    CHECK(*rwgSingle({2, 3, 4}, kSlightSkewNullVariance) == Approx(1.0 - 1.0 / 1.34));
    CHECK(*rwgSingle({2, 3, 4}) == Approx(0.5));
    CHECK(*rwgSingle({1, 3, 5}, kSlightSkewNullVariance) == Approx(0.0)); // s^2 = 4: floored
}

TEST_CASE("ICC(1) and ICC(2) by hand", "[core][statistics]")
{
    // Means 2 and 5, grand 3.5: MSB = 3(2.25) + 3(2.25) = 13.5; MSW = (2 + 2)/4 = 1; N/G = 3.
    auto icc = intraclassCorrelation({{1, 2, 3}, {4, 5, 6}});
    CHECK(*icc.icc1 == Approx(12.5 / 15.5));
    CHECK(*icc.icc2 == Approx(12.5 / 13.5));
    CHECK(icc.groups == 2);
    CHECK(icc.people == 6);
    // From the groups' n, mean and sd alone (sd 1 each): the same.
    const auto fromSummaries = intraclassCorrelationFromSummaries({{3, 2.0, 1.0}, {3, 5.0, 1.0}});
    CHECK(*fromSummaries.icc1 == Approx(12.5 / 15.5));
    CHECK(*fromSummaries.icc2 == Approx(12.5 / 13.5));
    // The same answers in both groups: MSB = 0, so ICC(1) = -MSW / (2 MSW) and no ICC(2).
    icc = intraclassCorrelation({{1, 2, 3}, {1, 2, 3}});
    CHECK(*icc.icc1 == Approx(-0.5));
    CHECK_FALSE(icc.icc2);
    CHECK_FALSE(intraclassCorrelation({{1, 2, 3}}).icc1);
    CHECK_FALSE(intraclassCorrelation({{1}, {2}}).icc1); // nobody to measure the variance within
}
