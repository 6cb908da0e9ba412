// Modules as an advisor uses them from the command line: chosen with the round, answered, scored,
// reported with what others report, on the paper form, kept out of the ministry's package.
#include "cli_session.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

using namespace clitest;

namespace {

std::string pdfText(const std::string& file)
{
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("pdftotext -layout '" + file + "' -").c_str(), "r"), pclose);
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;)
        out.append(buffer, n);
    return out;
}

/// Three of each board and three self-employed specialists: every question put to them answered,
/// statements 4 (reversed ones 2), the MSB board's checklist "in place", the factors "yes".
std::string answers(const core::Instrument& instrument)
{
    std::string csv = "respondent,role,item,value\n";
    for (const auto role : {core::Role::Rvb, core::Role::MsbBoard, core::Role::SpecialistSelfEmployed})
        for (int i = 1; i <= 3; ++i)
            for (const auto& q : instrument.questions()) {
                if (!q.askedOf(role) || q.kind == core::QuestionKind::Number)
                    continue;
                std::string value = q.kind == core::QuestionKind::Likert ? (q.reverse ? "2" : "4")
                                    : q.kind == core::QuestionKind::Rating ? "6"
                                    : q.option("in_place")                 ? "in_place"
                                    : q.option("yes")                      ? "yes"
                                                                           : q.options.front().code;
                csv += std::string(core::code(role)) + std::to_string(i) + "," + std::string(core::code(role)) + "," + q.code + "," +
                       value + "\n";
            }
    return csv;
}

} // namespace

TEST_CASE("a round with modules: chosen, answered, reported, printed, and kept out of the package", "[cli][modules]")
{
    const Session s({"init", "org add Noorderhaven --type general",
                     "assessment create --org 1 --name Nulmeting --module msb_governance --module focus_clinic"});
    const auto list = s.run({"assessment", "list", "--format", "json"});
    REQUIRE(list.code == 0);
    CHECK(nlohmann::json::parse(list.out)[0]["instrument"] == "gelijkgerichtheid 2.0 + focus_clinic + msb_governance");

    const auto merged = core::withModules(core::builtinInstrument(), {core::builtinModule("focus_clinic"), core::builtinModule("msb_governance")});
    write(s.file("antwoorden.csv"), answers(merged));
    const auto imported = s.run({"import", "--assessment", "1", s.file("antwoorden.csv")});
    INFO(imported.err);
    REQUIRE(imported.code == 0);

    SECTION("each module is scored as a scale of its own; the 7S scores stay the core's")
    {
        const auto score = s.run({"score", "--assessment", "1", "--format", "json"});
        REQUIRE(score.code == 0);
        const auto doc = nlohmann::json::parse(score.out);
        // Every statement answered 4 (reversed ones 2): keyed 4 everywhere, 75 on 0-100.
        for (const char* module : {"msb_governance", "focus_clinic"})
            for (const char* party : {"rvb", "msb_board", "specialist_self_employed"}) {
                INFO(module << " " << party);
                CHECK(doc["modules"][module]["parties"][party]["mean"].get<double>() == Approx(75.0));
            }
        CHECK(doc["items"].contains("msb_governance.blame_culture"));
        CHECK(s.run({"score", "--assessment", "1"}).out.find("Module: Focus clinics and independent treatment centres") !=
              std::string::npos);
    }
    SECTION("the report has a section per module, the board's answers beside what others report")
    {
        REQUIRE(s.run({"report", "--assessment", "1", "--format", "pdf", "-o", s.file("r.pdf")}).code == 0);
        const auto text = pdfText(s.file("r.pdf"));
        CHECK(text.find("Module: Professional performance and the MSB board") != std::string::npos);
        CHECK(text.find("Module: Focus clinics and independent treatment centres") != std::string::npos);
        CHECK(text.find("what others report") != std::string::npos);
        CHECK(text.find("named by 7 of 11 respondents from focus") != std::string::npos);
        CHECK(text.find("not a norm") != std::string::npos);
        CHECK(text.find("Its statements as one scale") != std::string::npos);
    }
    SECTION("the paper form for the MSB board asks the module's statements and checklist")
    {
        REQUIRE(s.run({"questionnaire", "--role", "msb_board", "--assessment", "1", "-o", s.file("form.pdf")}).code == 0);
        const auto text = pdfText(s.file("form.pdf"));
        CHECK(text.find("mistake here is blamed") != std::string::npos);
        CHECK(text.find("every specialist has an annual review") != std::string::npos);
        CHECK(text.find("Planned") != std::string::npos);
    }
    SECTION("the package for the ministry holds the core questionnaire's figures only")
    {
        const auto out = s.run({"exchange", "export", "--assessment", "1", "-o", s.file("pakket.json")});
        INFO(out.err);
        REQUIRE(out.code == 0);
        const auto package = read(s.file("pakket.json"));
        CHECK(package.find("msb_governance") == std::string::npos);
        CHECK(package.find("focus_clinic") == std::string::npos);
    }
    SECTION("a module with answers stays; one the round does not use cannot be taken out")
    {
        const auto kept = s.run({"assessment", "modules", "--assessment", "1", "--remove", "msb_governance"});
        CHECK(kept.code != 0);
        CHECK(kept.err.find("answers to the module msb_governance, so it keeps the module") != std::string::npos);
        const auto absent = s.run({"assessment", "modules", "--assessment", "1", "--remove", "care_cores"});
        CHECK(absent.code == 2);
        CHECK(absent.err.find("the round does not use the module \"care_cores\"; it uses: focus_clinic, msb_governance") !=
              std::string::npos);
        const auto added = s.run({"assessment", "modules", "--assessment", "1", "--add", "care_cores", "--format", "csv"});
        REQUIRE(added.code == 0);
        CHECK(added.out.find("care_cores,Staff and care cores,1.0,10,2,true") != std::string::npos);
    }
}

TEST_CASE("modules on the command line: listed, shown, validated; an unknown one is named", "[cli][modules]")
{
    const Session s({"init", "org add Noorderhaven --type general"});
    const auto modules = s.run({"assessment", "modules"});
    REQUIRE(modules.code == 0);
    CHECK(modules.out.find("msb_governance  Professional performance and the MSB board") != std::string::npos);
    const auto unknown = s.run({"assessment", "create", "--org", "1", "--name", "R", "--module", "msb"});
    CHECK(unknown.code != 0);
    CHECK(unknown.err.find("there is no module \"msb\"; the modules are care_cores, focus_clinic, msb_governance") != std::string::npos);
    CHECK(s.run({"assessment", "list", "--format", "csv"}).out.find(",R,") == std::string::npos); // nothing half-made

    const auto shown = s.run({"instrument", "show", "--module", "care_cores", "--format", "csv"});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.find("care_cores.main_line,choice") != std::string::npos);
    CHECK(shown.out.find("msb_governance.") == std::string::npos);
    CHECK(s.run({"instrument", "show", "--module", "nothing"}).code == 2);

    const auto valid = s.run({"instrument", "validate", std::string(SAMENSPEL_SOURCE_DIR) + "/questionnaires/modules/focus_clinic.json"});
    CHECK(valid.code == 0);
    CHECK(valid.out.find("is valid: module focus_clinic 1.0 of gelijkgerichtheid (statements: 12; profile questions: 5)") !=
          std::string::npos);
    auto broken = nlohmann::json::parse(*core::builtinModuleJson("care_cores"));
    broken["items"][0]["code"] = "structure.77";
    broken["profile"][0]["reported_elsewhere"] = {{"option", "segments"}, {"count", 3}, {"of", 2}};
    write(s.file("kapot.json"), broken.dump());
    const auto refused = s.run({"instrument", "validate", s.file("kapot.json")});
    CHECK(refused.code != 0);
    CHECK(refused.err.find("The module") != std::string::npos);
    CHECK(refused.err.find("must start with the module's id, \"care_cores.\"") != std::string::npos);
    CHECK(refused.err.find("(now 3 of 2)") != std::string::npos);
}
