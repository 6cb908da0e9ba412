#include "reports/advice_tables.hpp"

#include <cmath>

#include "core/text/domain_names.hpp"

#include <nlohmann/json.hpp>

namespace reports {

using core::tr;
using core::tx;

std::string targetsLabel(const core::Recommendation& r, const core::Instrument& instrument, core::Language lang)
{
    std::string out;
    for (const auto e : r.elements)
        out += (out.empty() ? "" : ", ") + instrument.name(e).in(lang);
    for (const auto t : r.themes)
        out += (out.empty() ? "" : ", ") + instrument.shortName(t).in(lang);
    return out;
}

Table adviceTable(const std::vector<core::Advice>& advice, std::size_t top, const core::Instrument& instrument,
                  core::Language lang, bool withIds)
{
    Table t;
    t.columns.push_back({"rank", "#", true});
    if (withIds)
        t.columns.push_back({"id", std::string(tr(lang, tx("code")))});
    t.columns.push_back({"title", std::string(tr(lang, tx("recommendation")))});
    t.columns.push_back({"targets", std::string(tr(lang, tx("7S / theme")))});
    t.columns.push_back({"audience", std::string(tr(lang, tx("for")))});
    long long rank = 0;
    for (const auto* a : core::applying(advice, top)) {
        const auto& r = *a->recommendation;
        std::vector<Cell> row{Cell::of(++rank)};
        if (withIds)
            row.push_back(Cell::of(r.id));
        row.push_back(Cell::of((r.headline ? "* " : "") + r.title.in(lang)));
        row.push_back(Cell::of(targetsLabel(r, instrument, lang)));
        row.push_back(Cell::of(core::audienceName(r.audience, lang)));
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::vector<std::string> adviceDetails(const std::vector<core::Advice>& advice, std::size_t top, const core::Instrument& instrument,
                                       core::Language lang, bool outsideHospital)
{
    std::vector<std::string> out;
    std::size_t rank = 0;
    for (const auto* a : core::applying(advice, top)) {
        const auto& r = *a->recommendation;
        out.push_back(std::to_string(++rank) + ". " + r.title.in(lang));
        out.push_back("   " + r.text.in(lang));
        for (const auto& figure : a->rationale(outsideHospital))
            out.push_back("   - " + figure.render(lang));
        out.push_back("   " + tr(lang, tx("Source: {0}"), {instrument.cite(r.source, lang)}));
    }
    return out;
}

Table adviceByDimension(const std::vector<core::Advice>& advice, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"recommendations", std::string(tr(lang, tx("recommendations")))}};
    const auto row = [&](const std::string& name, auto targets) {
        std::string ids;
        for (const auto& a : advice)
            if (a.triggered && targets(*a.recommendation))
                ids += (ids.empty() ? "" : ", ") + a.recommendation->id;
        if (!ids.empty())
            t.rows.push_back({Cell::of(name), Cell::of(ids)});
    };
    for (const auto e : core::kElements)
        row(instrument.name(e).in(lang), [e](const core::Recommendation& r) {
            return std::find(r.elements.begin(), r.elements.end(), e) != r.elements.end();
        });
    for (const auto th : core::kThemes)
        row(instrument.shortName(th).in(lang), [th](const core::Recommendation& r) {
            return std::find(r.themes.begin(), r.themes.end(), th) != r.themes.end();
        });
    return t;
}

std::vector<std::string> explanation(const core::Advice& a, core::Language lang)
{
    const auto& r = *a.recommendation;
    std::vector<std::string> out;
    out.push_back(r.id + ": " + r.title.in(lang));
    if (!r.trigger) {
        out.push_back(std::string(tr(lang, tx("This recommendation has no trigger for one hospital (it is for the comparison across hospitals)."))));
        return out;
    }
    out.push_back(a.triggered ? tr(lang, tx("Triggered: severity {0}, confidence {1}, rank {2}."),
                                   {core::formatNumber(a.severity, 2, lang), core::formatNumber(a.confidence, 2, lang),
                                    core::formatNumber(a.rank, 2, lang)})
                              : std::string(tr(lang, tx("Not triggered."))));
    std::size_t number = 0;
    for (const auto& t : a.tests) {
        std::string verdict;
        if (!t.available)
            verdict = std::string(tr(lang, tx("not available (a party below the anonymity threshold, or data this round does not have)")));
        else
            verdict = t.figure.render(lang) + " - " + tr(lang, tx("rule: {0}"), {t.rule.render(lang)}) + " - " +
                      std::string(t.met ? tr(lang, tx("met")) : tr(lang, tx("not met")));
        // The test's place in the rule (trigger.any[0]) is for those who write rules: JSON has it.
        out.push_back("  " + std::to_string(++number) + ". " + verdict);
    }
    if (a.tests.empty()) // every test reads a question this round's version of the questionnaire does not ask
        out.push_back(std::string(tr(lang, tx("Its rule reads only questions that this round's version of the questionnaire does not ask."))));
    return out;
}

namespace {
template <typename List, typename Code>
std::string joined(const List& list, const std::string& separator, Code code)
{
    std::string out;
    for (const auto& x : list)
        out += (out.empty() ? "" : separator) + code(x);
    return out;
}
} // namespace

Table adviceRows(const std::vector<core::Advice>& advice, core::Language lang)
{
    Table t;
    for (const char* key : {"id", "headline", "title", "elements", "themes", "audience", "source", "triggered", "severity",
                            "confidence", "rank", "rationale"})
        t.columns.push_back({key, key});
    const auto code = [](auto x) { return std::string(core::code(x)); };
    for (const auto& a : advice) {
        const auto& r = *a.recommendation;
        t.rows.push_back({Cell::of(r.id), Cell::flag(r.headline), Cell::of(r.title.in(lang)), Cell::of(joined(r.elements, " ", code)),
                          Cell::of(joined(r.themes, " ", code)), Cell::of(code(r.audience)),
                          Cell::of(r.source.publication + " " + r.source.section), Cell::flag(a.triggered), Cell::of(a.severity, 4),
                          Cell::of(a.confidence, 4), Cell::of(a.rank, 4),
                          Cell::of(joined(a.rationale(), "; ", [lang](const core::Message& m) { return m.render(lang); }))});
    }
    return t;
}

Table testRows(const core::Advice& advice, core::Language lang)
{
    Table t;
    for (const char* key : {"id", "where", "available", "met", "severity", "figure", "rule"})
        t.columns.push_back({key, key});
    for (const auto& test : advice.tests)
        t.rows.push_back({Cell::of(advice.recommendation->id), Cell::of(test.where), Cell::flag(test.available), Cell::flag(test.met),
                          Cell::of(test.severity, 4), test.available ? Cell::of(test.figure.render(lang)) : Cell::empty(),
                          Cell::of(test.rule.render(lang))});
    return t;
}

std::string adviceJson(const std::vector<core::Advice>& advice, core::Language lang)
{
    using nlohmann::json;
    json list = json::array();
    for (const auto& a : advice) {
        const auto& r = *a.recommendation;
        json tests = json::array();
        for (const auto& t : a.tests)
            tests.push_back({{"where", t.where}, {"available", t.available}, {"met", t.met}, {"severity", t.severity},
                             {"figure", t.available ? json(t.figure.render(lang)) : json(nullptr)},
                             {"rule", t.rule.render(lang)}});
        json elements = json::array();
        for (const auto e : r.elements)
            elements.push_back(std::string(core::code(e)));
        json themes = json::array();
        for (const auto t : r.themes)
            themes.push_back(std::string(core::code(t)));
        json rationale = json::array();
        for (const auto& m : a.rationale())
            rationale.push_back(m.render(lang));
        list.push_back({{"id", r.id}, {"headline", r.headline}, {"title", r.title.in(lang)}, {"text", r.text.in(lang)},
                        {"elements", elements}, {"themes", themes}, {"audience", std::string(core::code(r.audience))},
                        {"source", r.source.publication + " " + r.source.section}, {"triggered", a.triggered},
                        {"severity", a.severity}, {"confidence", a.confidence}, {"rank", a.rank},
                        {"rationale", rationale}, {"tests", tests}});
    }
    return list.dump(2);
}

Table actionTable(const std::vector<core::Action>& actions, const std::map<core::Id, std::vector<core::ActionProgress>>& progress,
                  const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"id", std::string(tr(lang, tx("no."))), true},
                 {"round", std::string(tr(lang, tx("round")))},
                 {"title", std::string(tr(lang, tx("action")))},
                 {"owner", std::string(tr(lang, tx("owner")))},
                 {"responsible", std::string(tr(lang, tx("responsible")))},
                 {"due", std::string(tr(lang, tx("due date")))},
                 {"status", std::string(tr(lang, tx("status")))},
                 {"notes", std::string(tr(lang, tx("notes")))},
                 {"progress", std::string(tr(lang, tx("since the previous round")))}};
    const auto targetName = [&](const std::string& code) {
        if (const auto e = core::elementFromCode(code))
            return instrument.name(*e).in(lang);
        if (const auto th = core::themeFromCode(code))
            return instrument.shortName(*th).in(lang);
        return code;
    };
    for (const auto& a : actions) {
        std::string text;
        if (const auto it = progress.find(a.id); it != progress.end())
            for (const auto& p : it->second) {
                if (!p.then || !p.now)
                    continue;
                // The change as the difference of the two scores shown beside it ("44 → 76" is +32).
                const auto d = static_cast<long long>(std::nearbyint(*p.now)) - static_cast<long long>(std::nearbyint(*p.then));
                text += (text.empty() ? "" : "; ") + targetName(p.target) + " " + (d > 0 ? "+" : "") + std::to_string(d) +
                        " (" + core::formatNumber(*p.then, 0, lang) + " \u2192 " + core::formatNumber(*p.now, 0, lang) + ")" +
                        (p.partiesChanged ? " " + std::string(tr(lang, tx("(not the same parties shown as last time)"))) : "") +
                        (p.versionChanged ? " " + std::string(tr(lang, tx("(another version of the questionnaire)"))) : "");
            }
        // The round by its name for people; programs (JSON) keep its number.
        Cell round = Cell::of(static_cast<long long>(a.assessmentId));
        if (!a.roundName.empty())
            round.text = a.roundName;
        t.rows.push_back({Cell::of(static_cast<long long>(a.id)), std::move(round),
                          Cell::of(a.title), Cell::coded(a.owner, core::actionOwnerName(a.owner, lang)), Cell::of(a.responsible),
                          a.due.empty() ? Cell::of(std::string()) : Cell::coded(a.due, core::formatDate(a.due, lang)),
                          Cell::coded(a.status, core::actionStatusName(a.status, lang)),
                          Cell::of(a.notes), Cell::of(text)});
    }
    return t;
}

} // namespace reports
