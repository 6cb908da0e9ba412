#include "core/analysis/key_findings.hpp"

#include <algorithm>
#include <map>

namespace core {
namespace {

bool isBoard(std::string_view party) { return party == code(Role::Rvb) || party == code(Role::MsbBoard); }

/// The parties of the two boards' own organisations: the RvB, the MSB board and the specialists.
bool isCore(std::string_view party)
{
    return isBoard(party) || party == code(Role::SpecialistSelfEmployed) || party == code(Role::SpecialistSalaried);
}

bool isRole(const Analysis& a, std::string_view party)
{
    return std::any_of(a.parties.begin(), a.parties.end(), [&](const Party& p) { return p.code == party && !p.isSide; });
}

/// The misaligned gaps between two roles (a side repeats its roles' figures), largest first.
std::vector<const Gap*> roleGaps(const Analysis& a)
{
    std::vector<const Gap*> out;
    for (const auto& g : a.gaps)
        if (g.flagged && isRole(a, g.a) && isRole(a, g.b))
            out.push_back(&g);
    return out;
}

} // namespace

std::vector<Finding> keyFindings(const Analysis& a)
{
    std::vector<Finding> out;
    const auto gaps = roleGaps(a);

    // The core of gelijkgerichtheid: the hospital side against the medical side.
    const Gap* sides = nullptr;
    std::size_t sidesCompared = 0;
    for (const auto& g : a.gaps)
        if (g.a == kHospitalSide && g.b == kMedicalSide) {
            ++sidesCompared;
            if (g.flagged && (!sides || g.gap > sides->gap))
                sides = &g;
        }
    if (sides)
        out.push_back({FindingKind::SidesGap, sides->dimension, sides->a, sides->b, sides->gap, 0, 0});
    else if (sidesCompared > 0)
        out.push_back({FindingKind::SidesAligned, {}, {}, {}, 0.0, sidesCompared, sidesCompared});

    // Where and between whom: the largest gap within the boards' own organisations (the people in
    // the room), else the largest with a board in it, else the largest of all.
    const auto first = [&](auto test) { return std::find_if(gaps.begin(), gaps.end(), test); };
    auto pick = first([](const Gap* g) { return isCore(g->a) && isCore(g->b); });
    if (pick == gaps.end())
        pick = first([](const Gap* g) { return isBoard(g->a) || isBoard(g->b); });
    if (pick == gaps.end())
        pick = gaps.begin();
    if (pick != gaps.end())
        out.push_back({FindingKind::LargestGap, (*pick)->dimension, (*pick)->a, (*pick)->b, (*pick)->gap, 0, 0});

    // Do the two sides want the same changes?
    if (const auto rho = a.changeAgenda.priorityAgreement) {
        if (*rho <= kOppositePriorities)
            out.push_back({FindingKind::OppositePriorities, {}, {}, {}, *rho, 0, 0});
        else if (*rho >= kSharedPriorities)
            out.push_back({FindingKind::SharedPriorities, {}, {}, {}, *rho, 0, 0});
    }

    // The party most divided among itself (r_wg exists only for cells at full precision).
    std::optional<Finding> divided;
    for (const auto& p : a.parties) {
        if (p.isSide)
            continue;
        std::size_t low = 0;
        std::size_t measured = 0;
        for (const auto& e : a.elements)
            if (const auto* r = e.find(p.code); r && r->rwg) {
                ++measured;
                low += *r->rwg < kDividedRwg ? 1U : 0U;
            }
        if (low >= kDividedElements && (!divided || low > divided->count))
            divided = Finding{FindingKind::DividedParty, {}, p.code, {}, 0.0, low, measured};
    }
    if (divided)
        out.push_back(*divided);

    // Who stands apart: the party in most misaligned gaps, when that is at least half of them.
    std::map<std::string, std::size_t> inGaps;
    for (const Gap* g : gaps) {
        ++inGaps[g->a];
        ++inGaps[g->b];
    }
    const auto most = std::max_element(inGaps.begin(), inGaps.end(),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    if (most != inGaps.end() && most->second >= kStandsApartGaps && 2 * most->second >= gaps.size())
        out.push_back({FindingKind::StandsApart, {}, most->first, {}, 0.0, most->second, gaps.size()});


    // What goes well: the highest element on which no two parties are misaligned.
    std::optional<Finding> strength;
    for (const auto& e : a.elements) {
        if (!e.overall)
            continue;
        const bool misaligned = std::any_of(gaps.begin(), gaps.end(), [&](const Gap* g) {
            return !g->dimension.isTheme && g->dimension.element == e.dimension.element;
        });
        if (!misaligned && (!strength || *e.overall > strength->value))
            strength = Finding{FindingKind::Strength, e.dimension, {}, {}, *e.overall, 0, 0};
    }
    if (strength)
        out.push_back(*strength);

    if (out.size() > 5)
        out.erase(std::remove_if(out.begin(), out.end(), [](const Finding& f) { return f.kind == FindingKind::StandsApart; }),
                  out.end());
    if (out.size() > 5)
        out.resize(5);
    return out;
}

} // namespace core
