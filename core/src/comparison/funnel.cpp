#include "core/comparison/funnel.hpp"

#include <algorithm>
#include <cmath>

namespace core {

std::optional<double> quantile7(std::vector<double> values, double p)
{
    if (values.empty() || !(p >= 0.0 && p <= 1.0))
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double h = static_cast<double>(values.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= values.size())
        return values.back();
    return values[lo] + (h - static_cast<double>(lo)) * (values[lo + 1] - values[lo]);
}

std::optional<Heterogeneity> heterogeneity(const std::vector<Estimate>& estimates, double trim)
{
    if (estimates.size() < 2 || !(trim >= 0.0 && trim < 0.5))
        return std::nullopt;
    Heterogeneity h;
    h.k = estimates.size();
    double sw = 0, sw2 = 0, swy = 0;
    for (const auto& e : estimates) {
        if (!(e.v > 0.0) || !std::isfinite(e.v) || !std::isfinite(e.y))
            return std::nullopt;
        const double w = 1.0 / e.v;
        sw += w;
        sw2 += w * w;
        swy += w * e.y;
    }
    h.fixedMean = swy / sw;
    h.c = sw - sw2 / sw;
    std::vector<double> z;
    for (const auto& e : estimates) {
        h.q += (e.y - h.fixedMean) * (e.y - h.fixedMean) / e.v;
        z.push_back((e.y - h.fixedMean) / std::sqrt(e.v));
    }
    if (trim > 0.0) {
        const double lower = *quantile7(z, trim);
        const double upper = *quantile7(z, 1.0 - trim);
        for (auto& x : z)
            x = std::clamp(x, lower, upper);
    }
    double sz2 = 0;
    for (const double x : z)
        sz2 += x * x;
    h.phi = sz2 / static_cast<double>(h.k);
    const double n = static_cast<double>(h.k);
    h.tau2 = h.c > 0.0 ? std::max(0.0, (n * h.phi - (n - 1.0)) / h.c) : 0.0;
    double sws = 0, swsy = 0;
    std::vector<double> v;
    for (const auto& e : estimates) {
        const double w = 1.0 / (e.v + h.tau2);
        sws += w;
        swsy += w * e.y;
        v.push_back(e.v);
    }
    h.randomMean = swsy / sws;
    h.randomSe = std::sqrt(1.0 / sws);
    h.medianV = *quantile7(v, 0.5);
    h.rankability = h.tau2 / (h.tau2 + h.medianV);
    return h;
}

FunnelLimits funnelLimits(double centre, double v, double tau2)
{
    const double s = std::sqrt(v + tau2);
    return {centre - kZ95 * s, centre + kZ95 * s, centre - kZ998 * s, centre + kZ998 * s};
}

double shrunken(const Estimate& e, const Heterogeneity& h)
{
    const double lambda = h.tau2 / (h.tau2 + e.v);
    return lambda * e.y + (1.0 - lambda) * h.randomMean;
}

} // namespace core
