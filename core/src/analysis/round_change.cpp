#include "core/analysis/round_change.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

std::vector<DimensionResult const*> dimensionsOf(const Analysis& a)
{
    std::vector<const DimensionResult*> out;
    for (const auto& d : a.elements)
        out.push_back(&d);
    for (const auto& d : a.themes)
        out.push_back(&d);
    return out;
}

bool comparable(const PartyResult* then, const PartyResult* now)
{
    if (!then || !now || !then->stat.shown || !now->stat.shown)
        return false;
    // A side whose roles differ between the rounds is another group; a side of one role repeats
    // that role.
    return !then->isSide || (then->roles == now->roles && then->roles.size() > 1);
}

/// The share of a cell's respondents whose scores are rounded: 1 for a coarse role, 0 for a full
/// one; for a side, its coarse roles' respondents over all of its respondents (its score is their
/// respondent-weighted mean, so its rounding is bounded in that proportion).
double coarseShare(const DimensionResult& d, const PartyResult& p)
{
    if (!p.coarse)
        return 0.0;
    if (!p.isSide || p.stat.n == 0)
        return 1.0;
    std::size_t coarse = 0;
    for (const auto role : p.roles)
        if (const auto* r = d.find(code(role)); r && r->coarse)
            coarse += r->stat.n;
    return std::min(1.0, static_cast<double>(coarse) / static_cast<double>(p.stat.n));
}

PartyChange change(const PartyResult& then, double coarseThen, const PartyResult& now, double coarseNow)
{
    PartyChange c;
    c.party = now.party;
    c.isSide = now.isSide;
    c.nThen = then.stat.n;
    c.nNow = now.stat.n;
    c.then = then.stat.mean;
    c.now = now.stat.mean;
    c.change = now.stat.mean - then.stat.mean;
    if (!then.coarse && !now.coarse && then.stat.n >= 2 && now.stat.n >= 2) {
        // Treated as two independent groups: when the same people answered both rounds this
        // errs on the careful side.
        const double se = std::sqrt(then.stat.sd * then.stat.sd / static_cast<double>(then.stat.n) +
                                    now.stat.sd * now.stat.sd / static_cast<double>(now.stat.n));
        c.margin = kChangeZ * se;
        c.verdict = std::abs(c.change) >= c.margin && std::abs(c.change) > 0 ? ChangeVerdict::Clear : ChangeVerdict::WithinNoise;
        return c;
    }
    c.margin = kCoarseMargin * (coarseThen + coarseNow);
    c.verdict = std::abs(c.change) <= c.margin ? ChangeVerdict::WithinRounding : ChangeVerdict::NotTested;
    return c;
}

} // namespace

RoundChanges roundChanges(const Analysis& before, const Analysis& after)
{
    RoundChanges out;
    out.indexThen = before.index.value;
    out.indexNow = after.index.value;
    const auto thenDims = dimensionsOf(before);
    const auto nowDims = dimensionsOf(after);
    // A party is a column when it has at least one cell to compare.
    for (const auto& p : after.parties) {
        bool any = false;
        for (std::size_t i = 0; i < nowDims.size() && !any; ++i)
            any = comparable(thenDims[i]->find(p.code), nowDims[i]->find(p.code));
        if (any)
            out.parties.push_back(p.code);
    }
    for (std::size_t i = 0; i < nowDims.size(); ++i) {
        DimensionChange d{nowDims[i]->dimension, {}};
        for (const auto& party : out.parties) {
            const auto* then = thenDims[i]->find(party);
            const auto* now = nowDims[i]->find(party);
            if (comparable(then, now))
                d.parties.push_back(change(*then, coarseShare(*thenDims[i], *then), *now, coarseShare(*nowDims[i], *now)));
        }
        out.dimensions.push_back(std::move(d));
    }
    return out;
}

long long shownChange(const PartyChange& change)
{
    // As formatNumber rounds (printf: halves to even), so that the two scores and the change agree.
    return static_cast<long long>(std::nearbyint(change.now)) - static_cast<long long>(std::nearbyint(change.then));
}

} // namespace core
