#include "reports/score_tables.hpp"

#include <algorithm>
#include <cmath>

namespace reports {
using core::tr;
using core::tx;

std::string dimensionName(const core::Instrument& instrument, const core::Dimension& d, core::Language lang)
{
    return d.isTheme ? instrument.shortName(d.theme).in(lang) : instrument.name(d.element).in(lang);
}

namespace {

/// A party's row label with its number of respondents.
std::string partyRow(const core::Analysis& a, const core::Instrument& instrument, const core::Party& p, core::Language lang)
{
    std::size_t n = 0;
    for (const auto& [role, size] : a.partySizes)
        if (std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end())
            n += size;
    return core::partyName(instrument, p.code, lang) + " (" + std::to_string(n) + ")";
}

/// Rows: the shown parties (and a last row); columns: the dimensions. `cell` gives one value.
template <typename Cellf>
Table partyByDimension(const core::Analysis& a, const core::Instrument& instrument, core::Language lang,
                       const std::vector<const core::DimensionResult*>& dimensions, Cellf cell)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns.push_back({"party", std::string(tr(lang, tx("party")))});
    for (const auto* d : dimensions)
        t.columns.push_back({std::string(d->dimension.code()), dimensionName(instrument, d->dimension, lang), true});
    for (std::size_t p = 0; p < a.parties.size(); ++p) {
        std::vector<Cell> row{Cell::of(partyRow(a, instrument, a.parties[p], lang))};
        for (const auto* d : dimensions)
            row.push_back(cell(d->parties[p]));
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::vector<const core::DimensionResult*> dimensionsOf(const core::Analysis& a, bool themes)
{
    std::vector<const core::DimensionResult*> out;
    if (themes)
        for (const auto& d : a.themes)
            out.push_back(&d);
    else
        for (const auto& d : a.elements)
            out.push_back(&d);
    return out;
}

} // namespace

Table scoreTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, bool themes)
{
    const auto dimensions = dimensionsOf(a, themes);
    Table t = partyByDimension(a, instrument, lang, dimensions, [](const core::PartyResult& p) {
        return p.stat.shown ? Cell::of(p.stat.mean, 0) : Cell::empty();
    });
    std::vector<Cell> overall{Cell::of(std::string(tr(lang, tx("overall (parties weigh equally)"))))};
    for (const auto* d : dimensions)
        overall.push_back(d->overall ? Cell::of(*d->overall, 0) : Cell::empty());
    t.rows.push_back(std::move(overall));
    return t;
}

std::string gapPartyName(const core::Analysis& a, const core::Instrument& instrument, std::string_view party, core::Language lang)
{
    for (const auto& p : a.parties)
        if (p.code == party && p.isSide && p.roles.size() == 1) // "Ziekenhuiszijde (RvB)": the side is that role
            return core::partyName(instrument, party, lang) + " (" + core::partyName(instrument, core::code(p.roles.front()), lang) + ")";
    return core::partyName(instrument, party, lang);
}

Table gapTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, std::size_t limit)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    const std::string mean(tr(lang, tx("mean")));
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"a", std::string(tr(lang, tx("party")))},
                 {"mean_a", mean, true},
                 {"b", std::string(tr(lang, tx("versus")))},
                 {"mean_b", mean, true},
                 {"gap", std::string(tr(lang, tx("gap"))), true},
                 {"d", "d", true},
                 {"flag", std::string(tr(lang, tx("signal")))}};
    for (std::size_t i = 0; i < a.gaps.size() && i < limit; ++i) {
        const auto& g = a.gaps[i];
        t.rows.push_back({Cell::of(dimensionName(instrument, g.dimension, lang)), Cell::of(gapPartyName(a, instrument, g.a, lang) + " (n=" + std::to_string(g.nA) + ")"),
                          Cell::of(g.meanA, 0), Cell::of(gapPartyName(a, instrument, g.b, lang) + " (n=" + std::to_string(g.nB) + ")"),
                          Cell::of(g.meanB, 0), Cell::of(g.gap, 1), g.d ? Cell::of(*g.d, 1) : Cell::empty(),
                          Cell::of(g.flagged ? std::string(tr(lang, tx("misaligned"))) : std::string())});
    }
    // No d anywhere (only small groups among them, shown without spread): no empty column.
    if (std::none_of(t.rows.begin(), t.rows.end(), [](const std::vector<Cell>& row) { return !row[6].null; })) {
        t.columns.erase(t.columns.begin() + 6);
        for (auto& row : t.rows)
            row.erase(row.begin() + 6);
    }
    return t;
}

Table responseTable(const core::Analysis& a, const core::Instrument& instrument, const std::map<core::Role, int>& invited,
                    core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"party", std::string(tr(lang, tx("party")))}, {"respondents", std::string(tr(lang, tx("respondents"))), true}};
    // Only the shown roles count, in the rows and in the total.
    const bool anyInvited = std::any_of(a.partySizes.begin(), a.partySizes.end(),
                                        [&](const auto& p) { return invited.contains(p.first); });
    if (anyInvited) {
        t.columns.push_back({"invited", std::string(tr(lang, tx("invited"))), true});
        t.columns.push_back({"response", std::string(tr(lang, tx("response (%)"))), true});
    }
    long long respondents = 0;
    long long invitedTotal = 0;
    bool allRates = true;
    for (const auto& [role, n] : a.partySizes) {
        std::vector<Cell> row{Cell::coded(std::string(core::code(role)), instrument.name(role).in(lang)),
                              Cell::of(static_cast<long long>(n))};
        respondents += static_cast<long long>(n);
        if (anyInvited) {
            const auto it = invited.find(role);
            const bool rate = it != invited.end() && static_cast<long long>(n) <= it->second;
            row.push_back(it != invited.end() ? Cell::of(static_cast<long long>(it->second)) : Cell::dash());
            row.push_back(rate ? Cell::of(100.0 * static_cast<double>(n) / it->second, 0) : Cell::dash());
            // The total's rate only when every row has one: else it would mix two different counts.
            allRates = allRates && rate;
            if (rate)
                invitedTotal += it->second;
        }
        t.rows.push_back(std::move(row));
    }
    if (a.partySizes.size() > 1) {
        std::vector<Cell> total{Cell::coded("total", std::string(tr(lang, tx("these parties together")))), Cell::of(respondents)};
        if (anyInvited) {
            total.push_back(allRates ? Cell::of(invitedTotal) : Cell::dash());
            total.push_back(allRates ? Cell::of(100.0 * static_cast<double>(respondents) / static_cast<double>(invitedTotal), 0)
                                     : Cell::dash());
        }
        t.rows.push_back(std::move(total));
    }
    return t;
}

std::vector<std::string> responseNotes(const core::Analysis& a, const core::Instrument& instrument,
                                       const std::map<core::Role, int>& invited, core::Language lang)
{
    std::vector<std::string> out;
    bool anyInvited = false;
    for (const auto& [role, n] : a.partySizes)
        if (const auto it = invited.find(role); it != invited.end()) {
            anyInvited = true;
            if (static_cast<long long>(n) > it->second)
                out.push_back(tr(lang, tx("{0}: {1} respondents, more than the {2} recorded as invited; no response rate is "
                                          "given. Check the number invited."),
                                 {instrument.name(role).in(lang), std::to_string(n), std::to_string(it->second)}));
        }
    if (anyInvited)
        out.insert(out.begin(), std::string(tr(lang, tx("Response: the respondents as a share of those invited. The total gets a "
                                                        "rate only when every party in the table has one."))));
    return out;
}

std::string spreadIntro(core::Language lang)
{
    return std::string(tr(lang, tx("Per party with 10 or more respondents and per element, the share of its answers that "
                                   "disagree (1-2), are neutral (3) and agree (4-5). Smaller groups are shown without spread, "
                                   "so that no individual answers can be worked out.")));
}

std::string spreadMissing(core::Language lang)
{
    return std::string(tr(lang, tx("No party has 10 or more respondents, so no spread of answers is shown: for a smaller "
                                   "group it could reveal individual answers.")));
}

std::string consensusNote(core::Language lang)
{
    return tr(lang, tx("r_wg from 0 (no more agreement than by chance) to 1 (full agreement); from 0.7 a party is "
                       "usually read as agreeing. Only parties with {0} or more answers are listed: a smaller "
                       "group's spread could give its members' answers away."),
              {std::to_string(core::kDetailN)});
}

Table consensusTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, Agreement measure)
{
    auto t = partyByDimension(a, instrument, lang, dimensionsOf(a, false), [measure](const core::PartyResult& p) {
        const auto& v = measure == Agreement::Rwg ? p.rwg : measure == Agreement::RwgSkewed ? p.rwgSkewed : p.awg;
        return v ? Cell::of(*v, 2) : Cell::empty();
    });
    // A group below the detail threshold shows no spread (docs/disclosure.md): no empty rows for it.
    std::erase_if(t.rows, [](const std::vector<Cell>& row) {
        return std::all_of(row.begin() + 1, row.end(), [](const Cell& c) { return !c.number; });
    });
    return t;
}

Table iccTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"icc1", "ICC(1)", true},
                 {"icc2", "ICC(2)", true},
                 {"parties", std::string(tr(lang, tx("parties compared"))), true}};
    const auto add = [&](const core::DimensionResult& d) {
        t.rows.push_back({Cell::coded(std::string(d.dimension.code()), dimensionName(instrument, d.dimension, lang)),
                          d.icc.icc1 ? Cell::of(*d.icc.icc1, 2) : Cell::empty(),
                          d.icc.icc2 ? Cell::of(*d.icc.icc2, 2) : Cell::empty(),
                          Cell::of(static_cast<long long>(d.icc.groups))});
    };
    for (const auto& d : a.elements)
        add(d);
    for (const auto& d : a.themes)
        add(d);
    if (std::none_of(t.rows.begin(), t.rows.end(), [](const std::vector<Cell>& row) { return row[1].number.has_value(); }))
        t.rows.clear();
    return t;
}

std::string iccMissing(core::Language lang)
{
    return tr(lang, tx("Not computed: fewer than two parties have {0} or more answers."), {std::to_string(core::kDetailN)});
}

std::vector<std::string> agreementNotes(core::Language lang)
{
    return {std::string(tr(lang, tx("r_wg against a slightly skewed null: the same measure, with the spread expected without "
                        "agreement taken as that of answers leaning towards agreeing (variance 1.34 instead of 2). "
                        "Boards tend to answer leniently; where this figure stays high, the agreement is not an "
                        "artefact of that."))),
            std::string(tr(lang, tx("a_wg (Brown and Hauenstein): the spread against the largest spread the party's mean allows, from "
                        "-1 (split into two camps at the ends) to 1 (full agreement); from 0.7 usually read as "
                        "agreement. It is not defined when the mean lies so near an end of the scale that the answers "
                        "could not spread; the cell then stays empty."))),
            tr(lang, tx("ICC(1): the share of the differences between people that lies between the parties (0.1 and up "
                        "is usually read as a clear difference between parties; below 0 the parties differ less than "
                        "chance would make them). ICC(2): how reliably the parties' means differ (0.7 and up). Only "
                        "parties with {0} or more answers are compared, from their published means and spreads."),
               {std::to_string(core::kDetailN)})};
}

Table agendaTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns.push_back({"element", std::string(tr(lang, tx("element")))});
    const std::vector<std::string_view> sides{core::kHospitalSide, core::kMedicalSide};
    for (const auto side : sides) {
        const auto label = core::partyName(instrument, side, lang);
        t.columns.push_back({std::string(side) + "_current", label + " " + std::string(tr(lang, tx("now"))), true});
        t.columns.push_back({std::string(side) + "_desired", std::string(tr(lang, tx("desired"))), true});
        t.columns.push_back({std::string(side) + "_change", std::string(tr(lang, tx("change"))), true});
    }
    for (const auto e : core::kElements) {
        std::vector<Cell> row{Cell::coded(std::string(core::code(e)), instrument.name(e).in(lang))};
        for (const auto side : sides) {
            const core::AgendaCell* cell = nullptr;
            for (const auto& c : a.changeAgenda.cells)
                if (c.element == e && c.party == side)
                    cell = &c;
            for (const double* v : {cell ? &cell->current : nullptr, cell ? &cell->desired : nullptr})
                row.push_back(v ? Cell::of(*v, 1) : Cell::empty());
            row.push_back(cell ? Cell::change(cell->change, 1) : Cell::empty());
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table alphaTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"element", std::string(tr(lang, tx("element")))},
                 {"alpha", std::string(tr(lang, tx("alpha"))), true},
                 {"items", std::string(tr(lang, tx("statements"))), true},
                 {"respondents", std::string(tr(lang, tx("respondents"))), true},
                 {"warning", ""}};
    for (const auto& r : a.alpha) {
        std::string warning;
        switch (r.warning) {
        case core::AlphaWarning::None: break;
        case core::AlphaWarning::FewRespondents:
            warning = tr(lang, tx("fewer than {0} respondents"), {std::to_string(core::kDetailN)});
            break;
        case core::AlphaWarning::NoSpread: warning = std::string(tr(lang, tx("no spread in the answers: cannot be computed"))); break;
        case core::AlphaWarning::Low:
            warning = tr(lang, tx("below {0}: interpret with care"), {core::formatNumber(core::kAlphaFloor, 1, lang)});
            break;
        }
        t.rows.push_back({Cell::coded(std::string(core::code(r.element)), instrument.name(r.element).in(lang)), r.alpha ? Cell::of(*r.alpha, 2) : Cell::empty(),
                          Cell::of(static_cast<long long>(r.items)),
                          r.respondents > 0 ? Cell::of(static_cast<long long>(r.respondents)) : Cell::empty(),
                          Cell::of(warning)});
    }
    return t;
}

std::string indexComponentName(const std::string& code, core::Language lang)
{
    if (code == "level")
        return std::string(tr(lang, tx("level (mean of the seven elements)")));
    if (code == "agreement")
        return std::string(tr(lang, tx("agreement between hospital and medical side")));
    if (code == "consensus")
        return std::string(tr(lang, tx("consensus within the parties (r_wg; only parties of 10 or more respondents)")));
    if (code == "incentives")
        return std::string(tr(lang, tx("incentive alignment of the distribution model")));
    return std::string(tr(lang, tx("congruence of the 7S")));
}

Table indexTable(const core::Analysis& a, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"component", std::string(tr(lang, tx("component")))},
                 {"value", std::string(tr(lang, tx("value"))), true},
                 {"weight", std::string(tr(lang, tx("weight"))), true}};
    for (const auto& c : a.index.components)
        t.rows.push_back({Cell::coded(c.code, indexComponentName(c.code, lang)), c.value ? Cell::of(*c.value, 0) : Cell::empty(), Cell::of(c.weight, 2)});
    t.rows.push_back({Cell::coded("index", std::string(tr(lang, tx("Gelijkgerichtheidsindex")))),
                      a.index.value ? Cell::of(*a.index.value, 0) : Cell::empty(), Cell::of(1.0, 2)});
    return t;
}

std::vector<std::string> congruenceLines(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    const auto& c = a.congruence;
    if (!c.weakest || !c.sd || !c.range)
        return {std::string(tr(lang, tx("Too few elements with a score to judge congruence.")))};
    std::vector<std::string> out;
    out.push_back(tr(lang, tx("Spread of the seven element scores: sd {0}, range {1} points (weakest: {2}, strongest: {3})."),
                     {core::formatNumber(*c.sd, 1, lang), core::formatNumber(*c.range, 0, lang), instrument.name(*c.weakest).in(lang),
                      instrument.name(*c.strongest).in(lang)}));
    if (c.hardMinusSoft)
        out.push_back(tr(lang, tx("Hard minus soft elements: {0} points (positive: structures are ahead of culture and people)."),
                         {(*c.hardMinusSoft >= 0 ? "+" : "") + core::formatNumber(*c.hardMinusSoft, 1, lang)}));
    return out;
}

std::vector<std::string> scoreNotes(const core::Analysis& a, core::Language lang)
{
    std::vector<std::string> notes;
    notes.emplace_back(tr(lang, tx("Scores 0-100. The overall score is the mean of the party means: each party "
                                   "weighs equally, whatever its number of respondents. A respondent has a score on "
                                   "an element when they answered at least 60% of its statements.")));
    notes.emplace_back(tr(lang, tx("Hospital side: the RvB. Medical side: the MSB board and the specialists. A side "
                                   "only counts the parties shown on that element.")));
    notes.emplace_back(tr(lang, tx("d: the gap in standard deviations (about 0.5 is a clear, 0.8 and more a large "
                                   "difference); misaligned: a gap of {0} points or more."),
                          {core::formatNumber(a.options.gapThreshold, 0, lang)}));
    if (a.changeAgenda.priorityAgreement)
        notes.push_back(tr(lang, tx("Do the sides give the same elements priority? Rank correlation of their changes: {0} "
                                    "(1 = same order, 0 = unrelated, -1 = opposite)."),
                           {core::formatNumber(*a.changeAgenda.priorityAgreement, 2, lang)}));
    if (!a.index.value)
        notes.emplace_back(tr(lang, tx("The gelijkgerichtheidsindex needs both sides shown on all seven elements; it is "
                                       "not available for this round.")));
    // Said of every round alike: whether and which parties were left out is not said.
    notes.push_back(tr(lang, tx("To protect anonymity, nothing is shown of a group with fewer than {0} answers, and a "
                                "group with fewer than {1} answers shows its statement means rounded to 0.5, without "
                                "spread; its other figures are worked out from those rounded means."),
                       {std::to_string(a.options.k), std::to_string(a.options.detailN)}));
    return notes;
}

Table scoreRows(const core::Analysis& a, core::Language lang)
{
    Table t;
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"kind", std::string(tr(lang, tx("kind")))},
                 {"party", std::string(tr(lang, tx("party")))},
                 {"n", "n", true},
                 {"mean", std::string(tr(lang, tx("mean"))), true},
                 {"sd", std::string(tr(lang, tx("sd"))), true},
                 {"rwg", "rwg", true},
                 {"rwg_skewed", "rwg_skewed", true},
                 {"awg", "awg", true},
                 {"disagree", std::string(tr(lang, tx("disagree"))), true},
                 {"neutral", std::string(tr(lang, tx("neutral"))), true},
                 {"agree", std::string(tr(lang, tx("agree"))), true},
                 {"suppressed", std::string(tr(lang, tx("not shown"))), true}};
    const auto add = [&](const core::DimensionResult& d) {
        const auto kind = Cell::of(std::string(d.dimension.isTheme ? "theme" : "element"));
        for (const auto& p : d.parties) {
            if (!p.stat.shown) { // a shown party that too few answered here: only that it is not shown
                t.rows.push_back({Cell::of(std::string(d.dimension.code())), kind, Cell::of(p.party), Cell::empty(),
                                  Cell::empty(), Cell::empty(), Cell::empty(), Cell::empty(), Cell::empty(), Cell::empty(),
                                  Cell::empty(), Cell::empty(), Cell::flag(true)});
                continue;
            }
            t.rows.push_back({Cell::of(std::string(d.dimension.code())), kind, Cell::of(p.party),
                              Cell::of(static_cast<long long>(p.stat.n)), Cell::of(p.stat.mean, 2),
                              p.coarse ? Cell::empty() : Cell::of(p.stat.sd, 2), p.rwg ? Cell::of(*p.rwg, 3) : Cell::empty(),
                              p.rwgSkewed ? Cell::of(*p.rwgSkewed, 3) : Cell::empty(), p.awg ? Cell::of(*p.awg, 3) : Cell::empty(),
                              p.spread ? Cell::of(p.spread->disagree, 3) : Cell::empty(),
                              p.spread ? Cell::of(p.spread->neutral, 3) : Cell::empty(),
                              p.spread ? Cell::of(p.spread->agree, 3) : Cell::empty(), Cell::flag(false)});
        }
    };
    for (const auto& d : a.elements)
        add(d);
    for (const auto& d : a.themes)
        add(d);
    return t;
}

Table spreadTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.columns = {{"party", std::string(tr(lang, tx("party")))},
                 {"element", std::string(tr(lang, tx("element")))},
                 {"disagree", std::string(tr(lang, tx("disagree %"))), true},
                 {"neutral", std::string(tr(lang, tx("neutral %"))), true},
                 {"agree", std::string(tr(lang, tx("agree %"))), true},
                 {"rwg", "r_wg", true}};
    t.decimalSeparator = decimalSeparator(lang);
    for (const auto& p : a.parties) {
        if (p.isSide)
            continue;
        for (const auto& d : a.elements)
            if (const auto* r = d.find(p.code); r && r->spread)
                t.rows.push_back({Cell::coded(p.code, core::partyName(instrument, p.code, lang)),
                                  Cell::coded(std::string(d.dimension.code()), instrument.name(d.dimension.element).in(lang)),
                                  Cell::of(100.0 * r->spread->disagree, 0), Cell::of(100.0 * r->spread->neutral, 0),
                                  Cell::of(100.0 * r->spread->agree, 0), r->rwg ? Cell::of(*r->rwg, 2) : Cell::empty()});
    }
    return t;
}

Table gapRows(const core::Analysis& a, core::Language lang)
{
    Table t;
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"kind", std::string(tr(lang, tx("kind")))},
                 {"party_a", std::string(tr(lang, tx("party")))},
                 {"party_b", std::string(tr(lang, tx("versus")))},
                 {"mean_a", std::string(tr(lang, tx("mean"))), true},
                 {"mean_b", std::string(tr(lang, tx("mean"))), true},
                 {"n_a", "n", true},
                 {"n_b", "n", true},
                 {"gap", std::string(tr(lang, tx("gap"))), true},
                 {"d", "d", true},
                 {"misaligned", std::string(tr(lang, tx("signal")))}};
    for (const auto& g : a.gaps)
        t.rows.push_back({Cell::of(std::string(g.dimension.code())), Cell::of(std::string(g.dimension.isTheme ? "theme" : "element")),
                          Cell::of(g.a), Cell::of(g.b), Cell::of(g.meanA, 2), Cell::of(g.meanB, 2),
                          Cell::of(static_cast<long long>(g.nA)), Cell::of(static_cast<long long>(g.nB)), Cell::of(g.gap, 2),
                          g.d ? Cell::of(*g.d, 3) : Cell::empty(), Cell::flag(g.flagged)});
    return t;
}

} // namespace reports
