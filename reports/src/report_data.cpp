#include "reports/assessment_report.hpp"

#include "reports/advice_tables.hpp"
#include "reports/change_tables.hpp"
#include "reports/incentive_tables.hpp"
#include "reports/score_tables.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace reports {

namespace {

std::string_view depthCode(ReportDepth depth)
{
    return depth == ReportDepth::Workshop ? "workshop" : depth == ReportDepth::Full ? "full" : "aggregate";
}

/// The recommendations that apply, with the figures behind each (outside the hospital without
/// anything below party level).
Table recommendationRows(const ReportInput& input, ReportDepth depth, core::Language lang)
{
    Table t;
    t.columns = {{"rank", "#", true},
                 {"id", std::string(core::tr(lang, core::tx("code")))},
                 {"title", std::string(core::tr(lang, core::tx("recommendation")))},
                 {"audience", std::string(core::tr(lang, core::tx("for")))},
                 {"reasons", std::string(core::tr(lang, core::tx("why")))}};
    long long rank = 0;
    for (const auto* a : core::applying(input.advice, depth == ReportDepth::Workshop ? 5 : 10)) {
        std::string reasons;
        for (const auto& m : a->rationale(depth == ReportDepth::Aggregate))
            reasons += (reasons.empty() ? "" : "; ") + m.render(lang);
        t.rows.push_back({Cell::of(++rank), Cell::of(a->recommendation->id), Cell::of(a->recommendation->title.in(lang)),
                          Cell::coded(std::string(core::code(a->recommendation->audience)),
                                      core::audienceName(a->recommendation->audience, lang)),
                          Cell::of(reasons)});
    }
    return t;
}

} // namespace

std::vector<std::pair<std::string, Table>> reportTables(const ReportInput& input, ReportDepth depth, core::Language lang)
{
    const auto& a = *input.analysis;
    std::vector<std::pair<std::string, Table>> out{
        {"scores", scoreRows(a, lang)},
        {"gaps", gapRows(a, lang)},
        {"index", indexTable(a, lang)},
        {"agenda", agendaTable(a, *input.instrument, lang)},
        {"recommendations", recommendationRows(input, depth, lang)},
        {"response", responseTable(a, *input.instrument, input.invited, lang)},
    };
    if (input.previous)
        out.emplace_back("changes", changeRows(input.previous->changes, lang));
    if (depth != ReportDepth::Workshop)
        out.emplace_back("alpha", alphaTable(a, *input.instrument, lang));
    if (depth == ReportDepth::Full) { // below party level: not in what is shared outside the hospital
        if (input.incentives)
            out.emplace_back("scenarios", scenarioSummary(input.scenarios, input.outcomes, lang));
        out.emplace_back("actions", actionTable(input.actions, input.progress, *input.instrument, lang));
    }
    return out;
}

std::vector<std::string> reportTableNames(const ReportInput& input, ReportDepth depth)
{
    std::vector<std::string> names;
    for (const auto& [name, table] : reportTables(input, depth, core::Language::En))
        names.push_back(name);
    return names;
}

void writeDataReport(std::ostream& out, const ReportInput& input, ReportDepth depth, core::Language lang, bool json,
                     const std::string& table)
{
    const auto tables = reportTables(input, depth, lang);
    if (!json) {
        const auto it = std::find_if(tables.begin(), tables.end(), [&](const auto& t) { return t.first == table; });
        if (it == tables.end())
            throw std::invalid_argument("no report table named " + table);
        writeTable(out, it->second, TableFormat::Csv);
        return;
    }
    nlohmann::json all = nlohmann::json::object();
    for (const auto& [name, t] : tables) {
        auto columns = nlohmann::json::array();
        for (const auto& c : t.columns)
            columns.push_back({{"key", c.key}, {"header", c.header}});
        all[name] = {{"columns", columns}, {"rows", rowsJson(t)}};
    }
    const nlohmann::json document{
        {"format", "samenspel-report-data"},
        {"version", 3},
        {"report",
         {{"organisation", input.organisation.name},
          {"round", input.round.name},
          {"round_date", input.round.date},
          {"instrument_version", input.round.instrumentVersion},
          {"depth", depthCode(depth)},
          {"language", core::code(lang)},
          {"k", input.analysis->options.k},
          {"previous_round", input.previous ? nlohmann::json{{"round", input.previous->round.name},
                                                             {"round_date", input.previous->round.date},
                                                             {"instrument_version", input.previous->round.instrumentVersion}}
                                            : nlohmann::json(nullptr)}}},
        {"tables", all}};
    out << document.dump(2) << "\n";
}

} // namespace reports
