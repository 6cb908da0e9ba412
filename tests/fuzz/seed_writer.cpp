// fuzz_seed_writer DIR: writes the generated part of the seed corpus, DIR/<target>/*, and a
// dictionary per target, DIR/<target>.dict: answer files from the demo hospitals (long, Excel
// dialect, wide, LimeSurvey's response export), the built-in instrument and catalogue, a small overlay, the demo incentive
// figures and every built-in scenario as a file of its own. Generated from core, the seeds follow
// the schemas as they change; tests/data and questionnaires/ are copied in by run.sh.
#include "core/answers/answer_export.hpp"
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/limesurvey/survey_codes.hpp"
#include "core/advice/recommendations.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void write(const fs::path& file, const std::string& text)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

/// libFuzzer's dictionary syntax: one quoted token a line, bytes outside printable ASCII escaped.
void writeDictionary(const fs::path& file, const std::set<std::string>& tokens)
{
    std::ofstream out(file, std::ios::binary);
    for (const auto& t : tokens) {
        if (t.empty() || t.size() > 64)
            continue;
        out << '"';
        for (const char signedChar : t) {
            const auto c = static_cast<unsigned char>(signedChar);
            if (c == '"' || c == '\\')
                out << '\\' << c;
            else if (c >= 0x20 && c < 0x7F)
                out << c;
            else
                out << "\\x" << "0123456789ABCDEF"[c >> 4] << "0123456789ABCDEF"[c & 15];
        }
        out << "\"\n";
    }
}

/// Every key and every short string of a JSON document.
void collectTokens(const json& j, std::set<std::string>& tokens)
{
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it) {
            tokens.insert("\"" + it.key() + "\":");
            collectTokens(*it, tokens);
        }
    else if (j.is_array())
        for (const auto& e : j)
            collectTokens(e, tokens);
    else if (j.is_string() && j.get<std::string>().size() <= 24)
        tokens.insert(j.dump());
}

/// The first `count` respondents of a demo hospital: small enough for libFuzzer's -max_len.
std::vector<core::AnswerRow> firstRespondents(const std::vector<core::AnswerRow>& rows, std::size_t count)
{
    std::vector<core::AnswerRow> out;
    std::set<std::string> seen;
    for (const auto& r : rows)
        if (seen.contains(r.respondent) || (seen.size() < count && seen.insert(r.respondent).second))
            out.push_back(r);
    return out;
}

std::string longCsv(const std::vector<core::AnswerRow>& rows, core::CsvDialect dialect)
{
    std::ostringstream out;
    core::AnswerCsvExporter exporter(out, core::builtinInstrument(), dialect);
    for (const auto& r : rows)
        exporter.add(r);
    exporter.finish();
    return out.str();
}

/// The wide layout: one row per respondent, a column per question answered by any.
std::string wideCsv(const std::vector<core::AnswerRow>& rows)
{
    std::vector<std::string> items;
    for (const auto& r : rows)
        if (std::find(items.begin(), items.end(), r.item) == items.end())
            items.push_back(r.item);
    std::ostringstream out;
    core::CsvWriter writer(out, core::CsvDialect::standard());
    std::vector<std::string> header{"respondent", "role"};
    header.insert(header.end(), items.begin(), items.end());
    writer.row(header);
    for (std::size_t i = 0; i < rows.size();) {
        std::vector<std::string> row{rows[i].respondent, std::string(core::code(rows[i].role))};
        row.resize(header.size());
        const auto respondent = rows[i].respondent;
        for (; i < rows.size() && rows[i].respondent == respondent; ++i)
            row[2 + static_cast<std::size_t>(std::find(items.begin(), items.end(), rows[i].item) - items.begin())] =
                core::formatValue(rows[i].value);
        writer.row(row);
    }
    return out.str();
}

/// The same answers as LimeSurvey's response export of our survey writes them: its columns first,
/// LimeSurvey's names for our questions and roles, every field quoted, BOM and CRLF.
std::string limeSurveyCsv(const std::vector<core::AnswerRow>& rows, const core::Instrument& instrument)
{
    namespace ls = core::limesurvey;
    const ls::SurveyCodes codes(instrument);
    std::vector<const core::Question*> items;
    for (const auto& r : rows)
        if (const auto* q = instrument.find(r.item); std::find(items.begin(), items.end(), q) == items.end())
            items.push_back(q);
    std::ostringstream out;
    out << "\xEF\xBB\xBF";
    core::CsvWriter writer(out, {',', false, true});
    std::vector<std::string> header{"id", "submitdate", "lastpage", "startlanguage", "seed", "role"};
    for (const auto* q : items)
        header.push_back(codes.place(*q).heading());
    header.push_back("interviewtime");
    writer.row(header);
    int id = 0;
    for (std::size_t i = 0; i < rows.size();) {
        std::vector<std::string> row{std::to_string(++id), id % 4 ? "1980-01-01 00:00:00" : "", "9", "nl", "4711",
                                     std::string(ls::roleCode(rows[i].role))};
        row.resize(header.size());
        row.back() = "301.5";
        const auto respondent = rows[i].respondent;
        for (; i < rows.size() && rows[i].respondent == respondent; ++i) {
            const auto* q = instrument.find(rows[i].item);
            auto& cell = row[6 + static_cast<std::size_t>(std::find(items.begin(), items.end(), q) - items.begin())];
            cell = core::formatValue(rows[i].value);
            if (!core::hasAnswer(rows[i].value))
                cell = std::string(ls::kNoAnswerCode);
            else if (q->kind == core::QuestionKind::Choice)
                for (std::size_t o = 0; o < q->options.size(); ++o)
                    if (q->options[o].code == cell)
                        cell = ls::optionCode(o);
        }
        writer.row(row);
    }
    return out.str();
}

void answerSeeds(const fs::path& dir)
{
    const auto& instrument = core::builtinInstrument();
    std::set<std::string> tokens{"respondent", "role", "item", "value", "rol", "vraag", "waarde", "antwoord",
                                 "weet niet", "n.v.t.", "nvt", "NA", "n/a", "\xEF\xBB\xBF", "\r\n", "\"\"", ";", ","};
    for (const auto& q : instrument.questions()) {
        tokens.insert(q.code);
        for (const auto& o : q.options)
            tokens.insert({o.code, o.label.nl, o.label.en});
    }
    for (const auto& label : instrument.likert().labels)
        tokens.insert({label.nl, label.en});
    for (const auto r : core::kRoles)
        tokens.insert({std::string(core::code(r)), std::string(core::limesurvey::roleCode(r))});
    tokens.insert({"id", "submitdate", "lastpage", "startlanguage", "seed", "token", "ipaddr", "refurl", "interviewtime",
                   "1980-01-01 00:00:00", "[", "]", ". "});
    const auto hospitals = core::demoHospitals(instrument);
    for (std::size_t h = 0; h < hospitals.size(); ++h) {
        const auto rows = firstRespondents(hospitals[h].answers, 4);
        const auto name = "demo" + std::to_string(h);
        for (const auto* target : {"fuzz_csv", "fuzz_answer_import", "fuzz_db_import"}) {
            write(dir / target / (name + "_long.csv"), longCsv(rows, core::CsvDialect::standard()));
            write(dir / target / (name + "_excel.csv"), longCsv(rows, core::CsvDialect::excelNl()));
            write(dir / target / (name + "_wide.csv"), wideCsv(rows));
            write(dir / target / (name + "_limesurvey.csv"), limeSurveyCsv(rows, instrument));
        }
    }
    for (const auto* target : {"fuzz_csv", "fuzz_answer_import", "fuzz_db_import"})
        writeDictionary(dir / (std::string(target) + ".dict"), tokens);
}

void jsonSeeds(const fs::path& dir, const std::string& target, const std::vector<std::pair<std::string, std::string>>& files)
{
    std::set<std::string> tokens{"{", "}", "[", "]", "null", "true", "false", "1e400", "-0", "0.5"};
    for (const auto& [name, text] : files) {
        write(dir / target / name, text);
        collectTokens(json::parse(text), tokens);
    }
    writeDictionary(dir / (target + ".dict"), tokens);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: fuzz_seed_writer DIR\n";
        return 2;
    }
    const fs::path dir = argv[1];
    answerSeeds(dir);
    jsonSeeds(dir, "fuzz_instrument", {{"builtin.json", std::string(core::builtinInstrumentJson())}});

    const auto catalogue = json::parse(core::builtinCatalogueJson());
    json overlay{{"schema_version", 1}, {"entries", json::array()}, {"disable", {catalogue["entries"][0]["id"]}}};
    for (std::size_t i = 1; i < 4; ++i)
        overlay["entries"].push_back(catalogue["entries"][i]);
    jsonSeeds(dir, "fuzz_catalogue", {{"builtin.json", catalogue.dump(1)}, {"overlay.json", overlay.dump(1)}});

    std::vector<std::pair<std::string, std::string>> figures;
    for (std::size_t h = 0; h < 3; ++h)
        figures.push_back({"demo" + std::to_string(h) + ".json", core::incentivesToJson(core::demoIncentives(h))});
    jsonSeeds(dir, "fuzz_incentives", figures);

    // The built-in scenarios in the file format, through the inputs' writer.
    auto inputs = core::demoIncentives(0);
    inputs.scenarios = core::builtinScenarios();
    std::vector<std::pair<std::string, std::string>> scenarios;
    const auto withScenarios = json::parse(core::incentivesToJson(inputs));
    for (const auto& s : withScenarios["scenarios"])
        scenarios.push_back({s["id"].get<std::string>() + ".json", s.dump(1)});
    jsonSeeds(dir, "fuzz_scenario", scenarios);
    return 0;
}
