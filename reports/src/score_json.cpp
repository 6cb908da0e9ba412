#include "reports/score_tables.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace reports {
namespace {

using nlohmann::json;

json optional(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json dimension(const core::DimensionResult& d)
{
    json parties = json::object();
    // Only shown parties are listed; one of them hidden on this dimension says so. A role below
    // the threshold is in no list at all, so that it is neither named nor counted.
    for (const auto& p : d.parties) {
        if (p.stat.shown)
            parties[p.party] = {{"mean", p.stat.mean}, {"sd", p.coarse ? json(nullptr) : json(p.stat.sd)},
                                {"n", p.stat.n},       {"rwg", optional(p.rwg)},
                                {"rwg_skewed", optional(p.rwgSkewed)}, {"awg", optional(p.awg)},
                                {"rounded", p.coarse}};
        else
            parties[p.party] = {{"suppressed", true}};
    }
    return {{"overall", optional(d.overall)},
            {"parties", parties},
            {"icc", {{"icc1", optional(d.icc.icc1)}, {"icc2", optional(d.icc.icc2)}, {"parties", d.icc.groups}}}};
}

} // namespace

std::string scoreJson(const core::Analysis& a)
{
    json doc;
    doc["anonymity"] = {{"k", a.options.k}, {"detail_threshold", a.options.detailN}};

    json parties = json::array();
    for (const auto& p : a.parties) {
        json roles = json::array();
        for (const auto r : p.roles)
            roles.push_back(std::string(core::code(r)));
        std::size_t n = 0;
        for (const auto& [role, size] : a.partySizes)
            if (std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end())
                n += size;
        parties.push_back({{"id", p.code}, {"side", p.isSide}, {"roles", roles}, {"respondents", n}});
    }
    doc["parties"] = parties;

    json elements = json::object();
    for (const auto& d : a.elements)
        elements[std::string(d.dimension.code())] = dimension(d);
    doc["elements"] = elements;
    json themes = json::object();
    for (const auto& d : a.themes)
        themes[std::string(d.dimension.code())] = dimension(d);
    doc["themes"] = themes;
    if (!a.modules.empty()) { // a round's modules, scored apart from the 7S (docs/modules.md)
        json modules = json::object();
        for (const auto& m : a.modules)
            modules[m.module] = dimension(m.result);
        doc["modules"] = modules;
    }

    json items = json::object();
    for (const auto& item : a.items) {
        json cells = json::object();
        for (const auto& c : item.parties)
            cells[c.party] = {{"n", c.n}, {"mean", c.mean}, {"rwg", optional(c.rwg)}, {"rounded", c.coarse}};
        items[item.item] = cells;
    }
    doc["items"] = items;

    json gaps = json::array();
    for (const auto& g : a.gaps)
        gaps.push_back({{"dimension", std::string(g.dimension.code())},
                        {"kind", g.dimension.isTheme ? "theme" : "element"},
                        {"a", g.a}, {"b", g.b}, {"mean_a", g.meanA}, {"mean_b", g.meanB},
                        {"n_a", g.nA}, {"n_b", g.nB}, {"gap", g.gap}, {"d", optional(g.d)}, {"flagged", g.flagged}});
    doc["gap_threshold"] = a.options.gapThreshold;
    doc["gaps"] = gaps;

    const auto& c = a.congruence;
    doc["congruence"] = {{"elements", c.elements},
                         {"sd", optional(c.sd)},
                         {"range", optional(c.range)},
                         {"weakest", c.weakest ? json(std::string(core::code(*c.weakest))) : json(nullptr)},
                         {"strongest", c.strongest ? json(std::string(core::code(*c.strongest))) : json(nullptr)},
                         {"hard_minus_soft", optional(c.hardMinusSoft)}};

    json alpha = json::object();
    for (const auto& r : a.alpha)
        alpha[std::string(core::code(r.element))] = {
            {"alpha", optional(r.alpha)}, {"items", r.items}, {"respondents", r.respondents}, {"warning", r.warning != core::AlphaWarning::None}};
    doc["alpha"] = alpha;

    json agenda = json::object();
    for (const auto& cell : a.changeAgenda.cells)
        agenda[cell.party][std::string(core::code(cell.element))] = {
            {"n", cell.n}, {"current", cell.current}, {"desired", cell.desired}, {"change", cell.change}, {"rounded", cell.coarse}};
    doc["change_agenda"] = {{"parties", agenda}, {"priority_agreement", optional(a.changeAgenda.priorityAgreement)}};

    json components = json::array();
    for (const auto& comp : a.index.components)
        components.push_back({{"code", comp.code}, {"value", optional(comp.value)}, {"weight", comp.weight}});
    doc["index"] = {{"value", optional(a.index.value)},
                    {"components", components},
                    {"formula", a.options.incentiveAlignment
                                    ? "0.25 level + 0.25 agreement + 0.15 consensus + 0.15 congruence + 0.20 incentives (docs/methodology.md)"
                                    : "0.30 level + 0.30 agreement + 0.20 consensus + 0.20 congruence (docs/methodology.md)"}};
    return doc.dump(2);
}

} // namespace reports
