// What an exchange package holds, as people read it: the preview before it is sent (`exchange show`
// and the desktop program's export).
#include "exchange.hpp"

#include "comparison.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/text/domain_names.hpp"
#include "core/text/text_util.hpp"
#include "reports/score_tables.hpp"

#include <algorithm>
#include <sstream>

namespace app {

using core::tr;
using core::tx;
using reports::Cell;

namespace {

/// One table of the dimensions: a row per element or theme, a column per party ("62 (n = 3)").
reports::Table dimensionTable(const core::ExchangePackage& p, const core::Instrument& instrument,
                              const std::vector<core::ExchangeDimension>& dims, bool themes, core::Language lang)
{
    reports::Table t;
    t.decimalSeparator = reports::decimalSeparator(lang);
    t.columns.push_back({"dimension", std::string(tr(lang, themes ? tx("theme") : tx("element")))});
    for (const auto& party : p.parties)
        t.columns.push_back({party.id, core::partyName(instrument, party.id, lang), true});
    for (const auto& d : dims) {
        std::vector<Cell> row;
        const auto e = core::elementFromCode(d.code);
        const auto th = core::themeFromCode(d.code);
        row.push_back(Cell::coded(d.code, e ? instrument.name(*e).in(lang) : th ? instrument.name(*th).in(lang) : d.code));
        for (const auto& party : p.parties) {
            const auto it = std::find_if(d.cells.begin(), d.cells.end(), [&](const auto& c) { return c.party == party.id; });
            if (it == d.cells.end()) {
                row.push_back(Cell::dash());
                continue;
            }
            std::string text = core::formatNumber(it->mean, 0, lang) + " (n = " + std::to_string(it->n) + ")";
            if (it->rwg)
                text += ", r_wg " + core::formatNumber(*it->rwg, 2, lang);
            if (it->answers && *it->answers > 0)
                text += ", " + tr(lang, tx("{0}% agree"), {core::formatNumber(100.0 * static_cast<double>(*it->agreeing) /
                                                                                   static_cast<double>(*it->answers), 0, lang)});
            row.push_back(Cell::of(text));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace

std::string describePackage(const core::ExchangePackage& p, const std::string& hash, core::Language lang)
{
    std::ostringstream out;
    const core::Instrument* instrument = &core::builtinInstrument();
    for (const auto* i : core::builtinInstrumentVersions())
        if (i->version() == p.instrumentVersion)
            instrument = i;
    out << tr(lang, tx("Exchange package of {0}: round \"{1}\" of {2}"), {p.hospitalName, p.roundName, core::formatDate(p.roundDate, lang)}) << "\n";
    out << tr(lang, tx("Hospital type: {0}; organisation model: {1}; distribution model: {2}"),
              {core::hospitalTypeName(p.hospitalType, lang), app::optionLabel(*instrument, "profile.org_model", p.organisationModel, lang),
               app::optionLabel(*instrument, "profile.distribution_model", p.distributionFamily, lang)})
        << "\n";
    out << tr(lang, tx("Questionnaire version {0}; parties below {1} respondents are left out, and below {2} only rounded means are given."),
              {p.instrumentVersion, std::to_string(p.k), std::to_string(p.detailThreshold)})
        << "\n";
    std::string parties;
    for (const auto& party : p.parties)
        parties += (parties.empty() ? "" : ", ") + core::partyName(*instrument, party.id, lang) + " (" + std::to_string(party.respondents) + ")";
    out << tr(lang, tx("Parties (respondents): {0}"), {parties.empty() ? std::string(tr(lang, tx("none"))) : parties}) << "\n";
    out << tr(lang, tx("Content hash (SHA-256): {0}"), {hash}) << "\n";
    const auto text = reports::TableFormat::Text;
    reports::writeHeading(out, std::string(tr(lang, tx("Scores per 7S element (0-100)"))));
    reports::writeTable(out, dimensionTable(p, *instrument, p.elements, false, lang), text);
    reports::writeHeading(out, std::string(tr(lang, tx("Scores per theme of right care at the right place (0-100)"))));
    reports::writeTable(out, dimensionTable(p, *instrument, p.themes, true, lang), text);
    reports::writeHeading(out, std::string(tr(lang, tx("Gelijkgerichtheidsindex"))));
    reports::Table index;
    index.decimalSeparator = reports::decimalSeparator(lang);
    index.columns = {{"component", std::string(tr(lang, tx("component")))}, {"value", std::string(tr(lang, tx("value"))), true}};
    for (const auto& c : p.components)
        index.rows.push_back({Cell::coded(c.code, reports::indexComponentName(c.code, lang)), c.value ? Cell::of(*c.value, 0) : Cell::dash()});
    index.rows.push_back({Cell::coded("index", std::string(tr(lang, tx("Gelijkgerichtheidsindex")))), p.index ? Cell::of(*p.index, 0) : Cell::dash()});
    reports::writeTable(out, index, text);
    reports::writeHeading(out, std::string(tr(lang, tx("The boards' answers to the profile"))));
    if (p.profile.empty()) {
        out << tr(lang, tx("No board has an answer that more than half of at least {0} members gave."), {std::to_string(p.k)}) << "\n";
        return out.str();
    }
    reports::Table profile;
    profile.columns = {{"question", std::string(tr(lang, tx("question")))}};
    for (const char* board : {"rvb", "msb_board"})
        profile.columns.push_back({board, core::partyName(*instrument, board, lang)});
    for (const auto code : core::kExchangeProfileQuestions) {
        const auto* q = instrument->find(std::string(code));
        if (!q)
            continue;
        std::vector<Cell> row{Cell::coded(q->code, q->text.in(lang))};
        bool any = false;
        for (const char* board : {"rvb", "msb_board"}) {
            const auto it = std::find_if(p.profile.begin(), p.profile.end(), [&](const auto& a) { return a.question == q->code && a.party == board; });
            any = any || it != p.profile.end();
            row.push_back(it == p.profile.end() ? Cell::dash() : Cell::coded(it->answer, optionLabel(*instrument, it->question.c_str(), it->answer, lang)));
        }
        if (any)
            profile.rows.push_back(std::move(row));
    }
    reports::writeTable(out, profile, text);
    return out.str();
}

} // namespace app
