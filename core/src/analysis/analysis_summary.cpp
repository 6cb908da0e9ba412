// The round as a whole: congruence across the 7S and the gelijkgerichtheidsindex.
#include "core/analysis/analysis.hpp"

#include "core/analysis/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

void computeCongruence(Analysis& a)
{
    std::vector<double> scores;
    std::vector<double> hard;
    std::vector<double> soft;
    auto& c = a.congruence;
    for (const auto e : kElements) {
        const auto& overall = a.of(e).overall;
        if (!overall)
            continue;
        scores.push_back(*overall);
        (isHard(e) ? hard : soft).push_back(*overall);
        if (!c.weakest || *overall < *a.of(*c.weakest).overall)
            c.weakest = e;
        if (!c.strongest || *overall > *a.of(*c.strongest).overall)
            c.strongest = e;
    }
    c.elements = scores.size();
    if (scores.empty())
        return;
    if (const auto variance = sampleVariance(scores))
        c.sd = std::sqrt(*variance);
    c.range = *a.of(*c.strongest).overall - *a.of(*c.weakest).overall;
    if (!hard.empty() && !soft.empty())
        c.hardMinusSoft = mean(hard) - mean(soft);
}

std::optional<double> clamp100(std::optional<double> v)
{
    return v ? std::optional<double>(std::clamp(*v, 0.0, 100.0)) : std::nullopt;
}

/// Level: the mean of the seven overall element scores.
std::optional<double> level(const Analysis& a)
{
    std::vector<double> v;
    for (const auto e : kElements)
        if (a.of(e).overall)
            v.push_back(*a.of(e).overall);
    return v.size() == kElements.size() ? std::optional<double>(mean(v)) : std::nullopt;
}

/// Agreement: 100 minus twice the mean gap between the hospital side and the medical side.
std::optional<double> agreement(const Analysis& a)
{
    std::vector<double> gaps;
    for (const auto e : kElements) {
        const auto* h = a.of(e).find(kHospitalSide);
        const auto* m = a.of(e).find(kMedicalSide);
        if (!h || !m || !h->stat.shown || !m->stat.shown)
            return std::nullopt;
        gaps.push_back(std::abs(h->stat.mean - m->stat.mean));
    }
    return clamp100(100.0 - 2.0 * mean(gaps));
}

/// Consensus: 100 times the mean r_wg(J) of the shown RvB, MSB board and specialist parties.
std::optional<double> consensus(const Analysis& a)
{
    std::vector<double> v;
    for (const auto e : kElements)
        for (const auto& p : a.of(e).parties) {
            const auto role = roleFromCode(p.party);
            if (role && (*role == Role::Rvb || isMedicalSide(*role)) && p.rwg)
                v.push_back(*p.rwg);
        }
    return v.empty() ? std::nullopt : std::optional<double>(100.0 * mean(v));
}

void computeIndex(Analysis& a)
{
    auto& index = a.index;
    const auto& c = a.congruence;
    const std::optional<double> congruence =
        c.elements == kElements.size() && c.sd ? clamp100(100.0 - 2.0 * *c.sd) : std::nullopt;
    if (a.options.incentiveAlignment) {
        index.components = {{"level", level(a), 0.25},           {"agreement", agreement(a), 0.25},
                            {"consensus", consensus(a), 0.15},   {"congruence", congruence, 0.15},
                            {"incentives", clamp100(a.options.incentiveAlignment), 0.20}};
    } else {
        index.components = {{"level", level(a), 0.30},
                            {"agreement", agreement(a), 0.30},
                            {"consensus", consensus(a), 0.20},
                            {"congruence", congruence, 0.20}};
    }
    double total = 0.0;
    for (const auto& component : index.components) {
        if (!component.value)
            return;
        total += component.weight * *component.value;
    }
    index.value = total;
}

} // namespace

void summarise(Analysis& a)
{
    a.congruence = {};
    a.index = {};
    computeCongruence(a);
    computeIndex(a);
}

} // namespace core
