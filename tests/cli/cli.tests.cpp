#include "options.hpp"
#include "run.hpp"
#include "plural_choice.hpp"
#include "cli_session.hpp"

#include "core/io/csv.hpp"
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_json.hpp"
#include "core/instrument/instrument_loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <set>
#include <sstream>

using namespace clitest;

namespace {

std::string repeat(std::string_view s, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

/// CSV output read back with the project's own reader: every record as wide as the header.
std::vector<std::vector<std::string>> csvRecords(const std::string& text)
{
    std::istringstream in(text);
    core::CsvReader reader(in);
    std::vector<std::vector<std::string>> out;
    core::CsvRecord record;
    while (reader.next(record))
        out.push_back(record.fields);
    CHECK_FALSE(reader.problem());
    REQUIRE_FALSE(out.empty());
    for (const auto& r : out)
        CHECK(r.size() == out.front().size());
    return out;
}

} // namespace

TEST_CASE("help is Dutch by default and English on request", "[cli]")
{
    const auto nl = samenspel({"--help"});
    CHECK(nl.code == 0);
    CHECK(nl.out.find("Gebruik: samenspel") != std::string::npos);
    CHECK(nl.out.find("Afsluitcodes") != std::string::npos);
    const auto en = samenspel({"--lang", "en", "--help"});
    CHECK(en.out.find("Usage: samenspel") != std::string::npos);
    const auto cmd = samenspel({"import", "--help", "--lang=en"});
    CHECK(cmd.code == 0);
    CHECK(cmd.out.find("import --assessment ID FILE [--from samenspel|limesurvey] [--include-incomplete] [--replace]") != std::string::npos);
    CHECK(samenspel({}).code == 0);
    CHECK(samenspel({"--version"}).out.starts_with("samenspel "));
}

TEST_CASE("a wrong command line exits with 2 and says what is wrong", "[cli]")
{
    auto r = samenspel({"frobnicate"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("onbekende opdracht 'frobnicate'") != std::string::npos);
    r = samenspel({"--lang", "en", "org"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("'org' needs a subcommand") != std::string::npos);
    r = samenspel({"--lang", "en", "import", "x.csv"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("'import' needs --assessment") != std::string::npos);
    r = samenspel({"--lang", "en", "score", "--assessment", "een"});
    CHECK(r.code == cli::kUsage);
    r = samenspel({"assessment", "--org", "1", "list"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("'assessment' heeft een subopdracht nodig") != std::string::npos);
    r = samenspel({"score", "--assessment", "twee"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("--assessment verwacht een id") != std::string::npos);
    r = samenspel({"recommend", "--assessment", "1", "--top", "drie"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("--top verwacht een geheel getal van 1 tot ") != std::string::npos);
    r = samenspel({"--lang", "en", "score", "--assessment", "1", "--gap-threshold", "veel"});
    CHECK(r.err.find("takes a number, such as 0.5") != std::string::npos);
    r = samenspel({"org", "list", "--colour"});
    CHECK(r.err.find("onbekende optie --colour") != std::string::npos);
    r = samenspel({"--lang", "en", "--format", "xml", "org", "list"});
    CHECK(r.code == cli::kUsage);
    CHECK(r.err.find("--format must be table, json or csv, not 'xml'") != std::string::npos);
}

TEST_CASE("a whole session: init, organisations, rounds, import, export", "[cli]")
{
    Folder dir;
    const auto db = dir.file("werk.samenspel");
    const auto run = inEnglishOn(db);

    CHECK(run({"org", "list"}).code == cli::kDatabaseUnusable);
    CHECK(samenspel({"--db", dir.path().string(), "org", "list"}).code == cli::kDatabaseUnusable);
    REQUIRE(run({"init"}).code == 0);

    auto r = run({"org", "add", "Ziekenhuis Oost", "--type", "stz", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto added = nlohmann::json::parse(r.out);
    REQUIRE(added.is_array());
    CHECK(added[0]["id"].is_number_integer());
    CHECK(added[0]["id"] == 1);
    CHECK(added[0]["name"] == "Ziekenhuis Oost");

    CHECK(run({"org", "add", "Ziekenhuis Oost"}).code == cli::kInputRefused);
    r = run({"org", "add", "Kliniek", "--type", "zbc"});
    CHECK(r.code == cli::kInputRefused);
    CHECK(r.err.find("\"zbc\" is not a hospital type") != std::string::npos);

    r = run({"assessment", "create", "--org", "Ziekenhuis Oost", "--name", "Nulmeting", "--date", "2026-03-01"});
    REQUIRE(r.code == 0);
    CHECK(run({"assessment", "create", "--org", "9", "--name", "X"}).code == cli::kInputRefused);
    CHECK(run({"assessment", "create", "--org", "1", "--name", "Y", "--k", "2"}).code == cli::kInputRefused);

    r = run({"assessment", "list", "--format", "csv"});
    REQUIRE(r.code == 0);
    CHECK(r.out.starts_with("id,organisation,name,date,instrument,anonymity_k,respondents\n1,Ziekenhuis Oost,Nulmeting,2026-03-01,"));

    SECTION("bad input: exit 3, every problem listed, nothing written")
    {
        write(dir.file("fout.csv"), "respondent;role;item;value\nR01;rvb;strategy.01;8\nR02;rvb;strategy.01;3\nR03;baas;strategy.01;3\n");
        r = run({"import", "--assessment", "1", dir.file("fout.csv")});
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("Nothing was imported: 2 problems") != std::string::npos);
        CHECK(r.err.find("line 2, column D (value), value \"8\"") != std::string::npos);
        CHECK(r.err.find("line 4, column B (role), value \"baas\"") != std::string::npos);
        CHECK(nlohmann::json::parse(run({"assessment", "list", "--format", "json"}).out)[0]["respondents"] == 0);
    }
    SECTION("a file that is not there")
    {
        r = run({"import", "--assessment", "1", dir.file("nergens.csv")});
        CHECK(r.code == cli::kFailed);
        CHECK(r.err.find("cannot read") != std::string::npos);
    }
    SECTION("import and export")
    {
        write(dir.file("goed.csv"), "respondent,role,strategy.01,strategy.02\nR01,rvb,4,weet niet\nR02,msb_board,2,3\n");
        r = run({"import", "--assessment", "1", dir.file("goed.csv")});
        REQUIRE(r.code == 0);
        CHECK(r.out.find("Imported the answers of 2 respondents (wide layout, separator ','): 3 given, 1 \"weet niet / n.v.t.\".") != std::string::npos);

        r = run({"export", "--assessment", "1", "-o", dir.file("uit.csv")});
        REQUIRE(r.code == 0);
        CHECK(read(dir.file("uit.csv")) == "respondent,role,item,value\nR01,rvb,strategy.01,4\nR01,rvb,strategy.02,\n"
                                           "R02,msb_board,strategy.01,2\nR02,msb_board,strategy.02,3\n");
        r = run({"export", "--assessment", "1", "-o", "-", "--dialect", "excel"});
        CHECK(r.out.starts_with("\xEF\xBB\xBFrespondent;role;item;value\r\n"));

        r = run({"export", "--assessment", "1", "-o", dir.file("geen/map/uit.csv")});
        CHECK(r.code == cli::kFailed);
        CHECK(r.err.find("cannot write") != std::string::npos);

        r = run({"import", "--assessment", "1", dir.file("goed.csv")});
        CHECK(r.code == cli::kInputRefused);
        CHECK(run({"import", "--assessment", "1", dir.file("goed.csv"), "--replace"}).code == 0);
    }
    // No temporary files are left behind by any write.
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        CHECK(entry.path().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("hostile answer files are refused with the reason and the file named; nothing is written", "[cli][hostile]")
{
    Folder dir;
    const auto db = dir.file("werk.samenspel");
    const auto run = inEnglishOn(db);
    REQUIRE(run({"init"}).code == 0);
    REQUIRE(run({"org", "add", "Ziekenhuis Oost"}).code == 0);
    REQUIRE(run({"assessment", "create", "--org", "1", "--name", "Nulmeting"}).code == 0);
    const auto respondents = [&] {
        return nlohmann::json::parse(run({"assessment", "list", "--format", "json"}).out)[0]["respondents"];
    };
    // Imports the file, expects it refused, and returns what was said.
    const auto refused = [&](const std::string& path) {
        const auto r = run({"import", "--assessment", "1", path});
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("Nothing was imported: ") != std::string::npos);
        CHECK(r.err.find(" in " + path + ":") != std::string::npos);
        CHECK(r.err.find("the file is empty") == std::string::npos);
        CHECK(respondents() == 0);
        return r.err;
    };

    SECTION("/dev/zero")
    {
        CHECK(refused("/dev/zero").find("line 1: this is not a text file: binary data (a NUL byte) at byte 1 of the file") !=
              std::string::npos);
    }
    SECTION("random bytes")
    {
        std::mt19937 random(11);
        std::string bytes(1 << 20, '\0');
        for (char& b : bytes)
            b = static_cast<char>(random() & 0xFF);
        write(dir.file("random.csv"), bytes);
        CHECK(refused(dir.file("random.csv")).find("this is not a text file") != std::string::npos);
    }
    SECTION("UTF-16 as Excel's \"Unicode Text\" writes it")
    {
        std::string text = "\xFF\xFE";
        for (const char c : std::string("respondent\trole\titem\tvalue\r\nR01\trvb\tstrategy.01\t4\r\n"))
            text += std::string{c, '\0'};
        write(dir.file("unicode.txt"), text);
        const auto err = refused(dir.file("unicode.txt"));
        CHECK(err.find("the file is UTF-16LE text") != std::string::npos);
        CHECK(err.find("Save As") != std::string::npos);
    }
    SECTION("a line of 1 MB")
    {
        write(dir.file("long.csv"), "respondent,role,item,value\nR01,rvb,strategy.01," + std::string(1 << 20, '4') + "\n");
        CHECK(refused(dir.file("long.csv")).find("line 2: this line is longer than 64 KiB") != std::string::npos);
    }
    SECTION("two files joined")
    {
        const std::string header = "\xEF\xBB\xBFrespondent;role;item;value\r\n";
        write(dir.file("joined.csv"), header + "R01;rvb;strategy.01;4\r\n" + header + "R02;rvb;strategy.01;4\r\n");
        const auto err = refused(dir.file("joined.csv"));
        CHECK(err.find("line 3: an invisible byte-order mark (U+FEFF)") != std::string::npos);
        CHECK(err.find("\xEF\xBB\xBF") == std::string::npos);
    }
    SECTION("10,000 problems: 50 listed, the rest counted")
    {
        std::string csv = "respondent,role,item,value\n";
        for (int i = 0; i < 10000; ++i)
            csv += "R" + std::to_string(i) + ",rvb,strategy.01,9\n";
        write(dir.file("many.csv"), csv);
        const auto err = refused(dir.file("many.csv"));
        CHECK(err.starts_with("Nothing was imported: 10000 problems in "));
        CHECK(std::count(err.begin(), err.end(), '\n') == 1 + 50 + 1);
        CHECK(err.find("line 51, ") != std::string::npos);
        CHECK(err.find("line 52, ") == std::string::npos);
        CHECK(err.ends_with("  \xE2\x80\xA6 and 9950 more problems\n"));

        // The problem that stopped the reading is shown after the count of the ones not listed.
        write(dir.file("many.csv"), csv + "R1,rvb,strategy.01," + std::string(100000, '4') + "\n");
        CHECK(refused(dir.file("many.csv"))
                  .ends_with("  \xE2\x80\xA6 and 9950 more problems\n  line 10002: this line is longer than 64 KiB; lines of "
                             "an answer file are far shorter. Is this the right file?\n"));
    }
    SECTION("a file saved by Excel as \"CSV (Macintosh)\", with CR-only line ends, imports")
    {
        write(dir.file("mac.csv"), "respondent;role;strategy.01;strategy.02\rR01;rvb;4;3\rR02;msb_board;2;weet niet\r");
        const auto r = run({"import", "--assessment", "1", dir.file("mac.csv")});
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK(r.out.find("Imported the answers of 2 respondents (wide layout, separator ';'): 3 given, 1") != std::string::npos);
        CHECK(respondents() == 2);
    }
}

TEST_CASE("instrument validate names the file and every problem", "[cli]")
{
    auto r = samenspel({"instrument", "validate"});
    CHECK(r.code == 0);
    CHECK(r.out.find("is geldig") != std::string::npos);
    r = samenspel({"--lang", "en", "instrument", "validate", std::string(SAMENSPEL_TEST_DATA) + "/instruments/broken_content.json"});
    CHECK(r.code == cli::kInputRefused);
    CHECK(r.err.find("broken_content.json is invalid") != std::string::npos);
    CHECK(r.err.find("schema_version: must be 1") != std::string::npos);
    CHECK(r.err.find("items[0] A B: code \"A B\" must be lower-case") != std::string::npos);
    r = samenspel({"instrument", "show", "--format", "json"});
    const auto list = nlohmann::json::parse(r.out);
    CHECK(list.size() > 60);
    CHECK(list[0].contains("id"));
}

TEST_CASE("demo and score: the scores in JSON; a hidden party neither named nor counted", "[cli]")
{
    Folder dir;
    const auto db = dir.file("demo.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    // Running it again adds nothing.
    auto r = samenspel({"--db", db, "--lang", "en", "demo"});
    CHECK(r.out.find(": 0 hospitals added.") != std::string::npos);

    r = samenspel({"--db", db, "score", "--assessment", "2", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["elements"].size() == 7);
    CHECK(doc["themes"].size() == 5);
    const auto& structure = doc["elements"]["structure"];
    CHECK_FALSE(structure["parties"].contains("insurer"));
    CHECK(r.out.find("insurer") == std::string::npos);
    CHECK(structure["parties"]["rvb"]["n"] == 3);
    // A board of three: rounded, without spread.
    CHECK(structure["parties"]["rvb"]["rounded"] == true);
    CHECK(structure["parties"]["rvb"]["sd"].is_null());
    // Nor any other measure of agreement; the one large party has all three, and with one party at
    // full precision there is nothing to compare: no ICC.
    CHECK(structure["parties"]["rvb"]["awg"].is_null());
    CHECK(structure["parties"]["rvb"]["rwg_skewed"].is_null());
    const auto& large = structure["parties"]["specialist_self_employed"];
    CHECK(large["rwg_skewed"].get<double>() < large["rwg"].get<double>());
    CHECK(large["awg"].get<double>() > -1.0);
    CHECK(large["awg"].get<double>() < large["rwg"].get<double>());
    CHECK(structure["icc"]["icc1"].is_null());
    CHECK(structure["icc"]["parties"] == 1);
    CHECK(structure["parties"]["rvb"]["mean"].get<double>() - structure["parties"]["specialist_self_employed"]["mean"].get<double>() > 40);

    r = samenspel({"--db", db, "score", "--assessment", "2"});
    CHECK(r.out.find("Noorderhaven Ziekenhuis") != std::string::npos);
    CHECK(r.out.find("Structuur") != std::string::npos);
    CHECK(r.out.find("Zorgverzekeraar") == std::string::npos); // the hidden party is not named
    CHECK(r.out.find("Verzekeraar") == std::string::npos);
    CHECK(r.out.find("2 respondenten") == std::string::npos);
    CHECK(r.out.find("minder dan 3 antwoorden") != std::string::npos);
    CHECK(r.out.find("Eensgezindheid als a_wg (-1 tot 1)") != std::string::npos);
    CHECK(r.out.find("Niet berekend: minder dan twee partijen hebben 10 of meer antwoorden.") != std::string::npos);
}

TEST_CASE("the demo's follow-up: Noorderhaven a year later, its action plan and the congruence advice", "[cli][demo]")
{
    Folder dir;
    const auto db = dir.file("demo.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    const auto run = inEnglishOn(db);
    // The first rounds keep ids 1 to 3; the follow-up is 4, a year after round 2.
    const auto rounds = nlohmann::json::parse(run({"assessment", "list", "--format", "json"}).out);
    REQUIRE(rounds.size() == 4);
    const auto followUp = std::find_if(rounds.begin(), rounds.end(), [](const auto& x) { return x["id"] == 4; });
    REQUIRE(followUp != rounds.end());
    CHECK((*followUp)["organisation"] == "Noorderhaven Ziekenhuis");
    CHECK((*followUp)["date"] == "2027-04-19");

    // The three actions agreed in round 2, each with the movement of its targets since.
    const auto plan = nlohmann::json::parse(run({"actions", "list", "--assessment", "4", "--format", "json"}).out);
    REQUIRE(plan.size() == 3);
    CHECK(plan[0]["status"] == "done");
    CHECK(plan[0]["round"] == 2);
    const std::string structure = plan[0]["progress"];
    CHECK(structure.starts_with("Structure +"));
    CHECK(std::string(plan[1]["progress"]).starts_with("Systems +"));
    // Before the follow-up there is nothing to compare with.
    CHECK(nlohmann::json::parse(run({"actions", "list", "--assessment", "2", "--format", "json"}).out)[0]["progress"] == "");

    // Structure and systems moved, the soft elements did not: the congruence recommendations apply,
    // which they did in no first round.
    const auto applies = [&](const std::string& round, const std::string& id) {
        for (const auto& a : nlohmann::json::parse(run({"recommend", "--assessment", round, "--all", "--format", "json"}).out))
            if (a["id"] == id)
                return true;
        return false;
    };
    CHECK(applies("4", "invest_in_soft_elements"));
    CHECK(applies("4", "strengthen_weakest_element"));
    for (const auto* round : {"1", "2", "3"})
        CHECK_FALSE(applies(round, "invest_in_soft_elements"));
}

TEST_CASE("the numbers invited per role: recorded, shown, refused when wrong, and in the report's data", "[cli][invited]")
{
    Folder dir;
    const auto db = dir.file("demo.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    const auto run = inEnglishOn(db);
    const auto set = run({"assessment", "invited", "--assessment", "4", "--set", "rvb=5", "--set", "msb_board=6", "--format", "json"});
    REQUIRE(set.code == 0);
    CHECK(nlohmann::json::parse(set.out) == nlohmann::json::parse(R"([{"role":"rvb","invited":5},{"role":"msb_board","invited":6}])"));
    // A wrong one: exit 2, the value named, nothing stored.
    for (const std::string wrong : {"rvb=-1", "rvb", "chair=3", "rvb=3.5", "rvb=100001"}) {
        INFO(wrong);
        const auto r = run({"assessment", "invited", "--assessment", "4", "--set", "msb_board=0", "--set", wrong});
        CHECK(r.code == 2);
        CHECK(r.err.find("'" + wrong + "'") != std::string::npos);
    }
    CHECK(nlohmann::json::parse(run({"assessment", "invited", "--assessment", "4", "--format", "json"}).out).size() == 2);
    CHECK(run({"assessment", "invited", "--assessment", "99"}).code != 0);
    // The report's data: the response rate of the shown roles, and the change since round 2.
    const auto out = dir.file("r.json");
    REQUIRE(run({"report", "--assessment", "4", "--format", "json", "-o", out}).code == 0);
    const auto doc = nlohmann::json::parse(read(out));
    bool rvb = false;
    for (const auto& row : doc["tables"]["response"]["rows"])
        if (row["party"] == "rvb") {
            rvb = true;
            CHECK(row["invited"] == 5);
            CHECK(row["response"].get<double>() == Approx(100.0 * row["respondents"].get<double>() / 5));
        }
    CHECK(rvb);
    CHECK(doc["report"]["previous_round"]["round"] == "Nulmeting 2026");
    CHECK(!doc["tables"]["changes"]["rows"].empty());
}

TEST_CASE("incentives and simulate: from the demo, from a file, and bad input", "[cli][incentives]")
{
    Folder dir;
    const auto db = dir.file("demo.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    const auto run = inEnglishOn(db);

    auto r = run({"simulate", "--assessment", "2", "--format", "json"});
    REQUIRE(r.code == 0);
    auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["model"] == "benchmark");
    CHECK(doc["scenarios"].size() == 9); // with split staffing: Noorderhaven has plastic surgeons
    CHECK(doc["alignment"]["value"].get<double>() >= 0);
    CHECK(doc["elasticities"]["orthopedie"]["dagdelen_disutility"].get<double>() < 0.2);

    r = run({"simulate", "--assessment", "2", "--scenario", "ceiling_conflict"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("AGAINST the theme") != std::string::npos);
    r = run({"simulate", "--assessment", "2", "--scenario", "ceiling_conflict", "--compare-models", "--format", "json"});
    doc = nlohmann::json::parse(r.out);
    CHECK(doc["models"].size() == 6);
    r = run({"simulate", "--assessment", "1", "--scenario", "ceiling_conflict", "--sweep", "ceiling_payment",
             "--steps", "201", "--format", "json"});
    REQUIRE(r.code == 0);
    CHECK(nlohmann::json::parse(r.out)["sweep"]["steps"] == 201);

    // The index gets its fifth component from the stored inputs.
    r = run({"score", "--assessment", "2", "--format", "json"});
    CHECK(nlohmann::json::parse(r.out)["index"]["components"].size() == 5);

    r = run({"incentives", "export", "--assessment", "2", "-o", dir.file("in.json")});
    REQUIRE(r.code == 0);
    r = run({"simulate", "--inputs", dir.file("in.json"), "--model", "salaried", "--format", "json"});
    REQUIRE(r.code == 0);
    CHECK(nlohmann::json::parse(r.out)["model"] == "salaried");

    SECTION("bad files are refused naming the field; nothing stored changes")
    {
        write(dir.file("bad.json"), "{\"schema_version\": 1, \"pot\": {\"kind\": \"fixed\", \"amount\": -5}, \"vakgroepen\": []}");
        r = run({"incentives", "import", "--assessment", "2", dir.file("bad.json")});
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("pot.amount: -5 is outside 0 to") != std::string::npos);
        CHECK(r.err.find("vakgroepen: at least one vakgroep is needed") != std::string::npos);
        CHECK(nlohmann::json::parse(run({"simulate", "--assessment", "2", "--format", "json"}).out)["model"] == "benchmark");
        write(dir.file("scenario.json"), "{\"id\": \"kno\", \"name\": \"KNO\", \"theme\": \"primary_care\", \"serves\": \"b\","
                                         " \"a\": {\"label\": \"nu\"}, \"b\": {\"label\": \"anders\", \"changes\": {\"kno\": {}}}}");
        r = run({"simulate", "--assessment", "2", "--scenario", dir.file("scenario.json")});
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("there is no vakgroep \"kno\"") != std::string::npos);
        CHECK(run({"simulate", "--assessment", "2", "--scenario", "nothing"}).code == cli::kInputRefused);
        CHECK(run({"simulate", "--assessment", "2", "--sweep", "ceiling_payment"}).code == cli::kUsage);
        CHECK(run({"simulate", "--assessment", "2", "--scenario", "ceiling_conflict", "--sweep", "fame"}).code == cli::kUsage);
    }
}

TEST_CASE("recommend and the action plan across two rounds", "[cli][recommendations]")
{
    Folder dir;
    const auto db = dir.file("plan.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    const auto run = inEnglishOn(db);
    auto r = run({"recommend", "--assessment", "2", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto advice = nlohmann::json::parse(r.out);
    REQUIRE_FALSE(advice.empty());
    CHECK_FALSE(advice[0]["rationale"].empty());
    // The demo agreed three actions in this round (ids 1 to 3); take the first recommendation not among them.
    const std::set<std::string> agreed{"joint_meetings", "shared_protocols_monitoring", "incentives_and_transparency"};
    std::string first;
    for (const auto& a : advice)
        if (first.empty() && !agreed.contains(a["id"].get<std::string>()))
            first = a["id"];
    REQUIRE_FALSE(first.empty());

    r = run({"recommend", "--assessment", "2", "--explain", first});
    CHECK(r.code == 0);
    CHECK(r.out.find("met") != std::string::npos);
    CHECK(run({"recommend", "--assessment", "2", "--explain", "nothing"}).code == cli::kInputRefused);

    // Round 1 of Noorderhaven is round 2 of the database. Agree an action there.
    r = run({"actions", "add", "--assessment", "2", "--recommendation", first, "--owner", "both", "--responsible",
             "secretaris MSB", "--due", "2026-12-31"});
    REQUIRE(r.code == 0);
    CHECK(run({"actions", "add", "--assessment", "2", "--recommendation", first, "--owner", "king"}).code == cli::kInputRefused);
    CHECK(run({"actions", "add", "--assessment", "2", "--recommendation", first, "--due", "31-12-2026"}).code == cli::kInputRefused);
    CHECK(run({"actions", "update", "--id", "4", "--status", "in_progress", "--notes", "eerste overleg gepland"}).code == 0);
    CHECK(run({"actions", "update", "--id", "4", "--status", "half"}).code == cli::kInputRefused);

    // A second round half a year later (the demo's own follow-up is round 4), with the answers of the
    // well-aligned demo hospital.
    REQUIRE(run({"assessment", "create", "--org", "Noorderhaven Ziekenhuis", "--name", "Vervolgmeting", "--date", "2026-10-01"}).code == 0);
    REQUIRE(run({"export", "--assessment", "1", "-o", dir.file("aligned.csv")}).code == 0);
    REQUIRE(run({"import", "--assessment", "5", dir.file("aligned.csv")}).code == 0);
    const auto ours = [&](const std::string& round) {
        const auto plan = nlohmann::json::parse(run({"actions", "list", "--assessment", round, "--format", "json"}).out);
        REQUIRE(plan.size() == 4);
        return plan[3];
    };
    const auto action = ours("5");
    CHECK(action["id"] == 4);
    CHECK(action["status"] == "in_progress");
    CHECK(action["round"] == 2);
    CHECK(action["notes"] == "eerste overleg gepland");
    // The targets moved from the diverging scores to the aligned ones: a real rise is shown.
    const std::string progress = action["progress"];
    const auto plus = progress.find('+');
    REQUIRE(plus != std::string::npos);
    CHECK(std::stoi(progress.substr(plus + 1)) >= 5);
    CHECK(run({"actions", "update", "--id", "4", "--clear-notes"}).code == 0);
    CHECK(ours("5")["notes"] == "");
    CHECK(ours("2")["progress"] == "");

    SECTION("an overlay switches a recommendation off")
    {
        write(dir.file("overlay.json"), "{\"schema_version\": 1, \"disable\": [\"" + first + "\"], \"entries\": []}");
        r = run({"recommend", "--assessment", "2", "--all", "--overlay", dir.file("overlay.json"), "--format", "json"});
        REQUIRE(r.code == 0);
        for (const auto& a : nlohmann::json::parse(r.out))
            CHECK(a["id"] != first);
        write(dir.file("bad.json"), "{\"schema_version\": 1, \"entries\": [{\"id\": \"x\", \"trigger\": {\"metric\": \"fame\"}}]}");
        r = run({"recommend", "--assessment", "2", "--overlay", dir.file("bad.json")});
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("x.trigger.metric: \"fame\" is not a metric") != std::string::npos);
    }
}

TEST_CASE("hostile JSON files: exit 3 with the place and the limit, no crash, nothing stored", "[cli][hostile]")
{
    const Session dir({"init", "org add Oost", "assessment create --org 1 --name Nulmeting"});
    const auto run = [&](const std::vector<std::string>& args) { return dir.run(args); };
    write(dir.file("inputs.json"), core::incentivesToJson(core::demoIncentives(0)));
    write(dir.file("deep.json"), repeat("[", 100000) + repeat("]", 100000));
    const std::string deepProblem = "1 problem\n  line 1, column 65: arrays and objects are nested more than 64 levels deep";
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"incentives", "import", "--assessment", "1", dir.file("deep.json")},
             {"simulate", "--inputs", dir.file("deep.json")},
             {"simulate", "--inputs", dir.file("inputs.json"), "--scenario", dir.file("deep.json")},
             {"recommend", "--assessment", "1", "--overlay", dir.file("deep.json")},
             {"instrument", "validate", dir.file("deep.json")}}) {
        INFO(args[0] << " " << args[1]);
        const auto r = run(args);
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("deep.json") != std::string::npos);
        CHECK(r.err.find(deepProblem) != std::string::npos);
    }

    std::string instrument(core::builtinInstrumentJson());
    instrument.replace(instrument.find("\"max\": 2000"), 11, "\"max\": 1e400");
    write(dir.file("huge.json"), instrument);
    auto r = run({"instrument", "validate", dir.file("huge.json")});
    CHECK(r.code == cli::kInputRefused);
    CHECK(r.err.find(": the number 1e400 is too large") != std::string::npos);
    r = samenspel({"instrument", "validate", dir.file("huge.json")});
    CHECK(r.err.find(": het getal 1e400 is te groot") != std::string::npos);

    auto inputs = nlohmann::json::parse(core::incentivesToJson(core::demoIncentives(0)));
    inputs["vakgroepen"][0]["tariff"] = 1e308;
    write(dir.file("absurd.json"), inputs.dump());
    r = run({"incentives", "import", "--assessment", "1", dir.file("absurd.json")});
    CHECK(r.code == cli::kInputRefused);
    CHECK(r.err.find("vakgroepen[0] (orthopedie).tariff: 1e+308 is outside 0 to 1000000") != std::string::npos);
    inputs["vakgroepen"] = nlohmann::json::array();
    for (int i = 0; i < 20000; ++i)
        inputs["vakgroepen"].push_back({{"name", "vakgroep " + std::to_string(i)}, {"self_employed", 3}, {"salaried", 0},
                                        {"production", 1000}, {"dagdelen", 1000}, {"tariff", 1000}, {"marginal_cost", 500}});
    write(dir.file("many.json"), inputs.dump());
    r = run({"incentives", "import", "--assessment", "1", dir.file("many.json")});
    CHECK(r.code == cli::kInputRefused);
    CHECK(r.err.find("vakgroepen: 20000 vakgroepen; at most 200 are allowed") != std::string::npos);
    r = run({"incentives", "export", "--assessment", "1", "-o", "-"});
    CHECK(r.code == cli::kInputRefused);
    CHECK(r.err.find("round 1 has no incentive inputs") != std::string::npos);

    // A sweep to absurd contract shares gives results that are not numbers: refused, never printed.
    for (const auto& format : {"table", "json", "csv"}) {
        r = run({"simulate", "--inputs", dir.file("inputs.json"), "--scenario", "ceiling_conflict", "--sweep",
                 "ceiling_payment", "--from", "-1e308", "--to", "1e308", "--format", format});
        CHECK(r.code == cli::kInputRefused);
        CHECK(r.err.find("are not finite numbers") != std::string::npos);
        CHECK(r.out.find("nan") == std::string::npos);
        CHECK(r.out.find("inf") == std::string::npos);
    }
}

TEST_CASE("simulate and recommend --format csv are real CSV, formulas neutralised", "[cli][hostile]")
{
    const Session dir({"demo"});
    const auto run = [&](const std::vector<std::string>& args) { return dir.run(args); };
    const std::string formula = "=HYPERLINK(\"http://example.org\",\"klik\")";
    auto in = core::demoIncentives(0);
    in.vakgroepen[6].name = formula; // dermatologie: in no built-in scenario, an actor in each
    write(dir.file("inputs.json"), core::incentivesToJson(in));

    // The formula vakgroep is an actor once per scenario (eight apply: not split staffing, which
    // needs plastic surgeons) or per model (six).
    for (const auto& [extra, rows] : std::vector<std::pair<std::vector<std::string>, std::ptrdiff_t>>{
             {{}, 8}, {{"--scenario", "ceiling_conflict"}, 1}, {{"--scenario", "ceiling_conflict", "--compare-models"}, 6}}) {
        std::vector<std::string> args{"simulate", "--inputs", dir.file("inputs.json"), "--format", "csv"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run(args);
        REQUIRE(r.code == 0);
        const auto records = csvRecords(r.out);
        CHECK(records[0] == std::vector<std::string>{"scenario", "model", "current_model", "actor", "measure", "now", "a", "b",
                                                     "difference", "relative", "prefers", "stance", "counted", "pot_effect",
                                                     "share_effect", "own_effect", "cause"});
        CHECK(std::count_if(records.begin(), records.end(), [&](const auto& f) { return f[3] == "'" + formula; }) == rows);
        CHECK(r.out.find("\n=") == std::string::npos);
        CHECK(r.out.find("nan") == std::string::npos);
    }
    auto r = run({"simulate", "--inputs", dir.file("inputs.json"), "--scenario", "ceiling_conflict", "--sweep",
                  "ceiling_payment", "--format", "csv"});
    REQUIRE(r.code == 0);
    CHECK(csvRecords(r.out)[0] == std::vector<std::string>{"actor", "at", "below", "above"});

    write(dir.file("overlay.json"), R"({"schema_version": 1, "entries": [{"id": "formula", "title": ")" +
                                        std::string("=cmd|' /C calc'!A0") +
                                        R"(", "text": "x", "elements": ["strategy"], "audience": "both",
        "source": {"publication": "002", "section": "1"}, "weight": 2, "trigger": {"metric": "index", "at_least": 0}}]})");
    r = run({"recommend", "--assessment", "2", "--all", "--overlay", dir.file("overlay.json"), "--format", "csv"});
    REQUIRE(r.code == 0);
    auto records = csvRecords(r.out);
    CHECK(records[0][0] == "id");
    CHECK(records[0].back() == "rationale");
    CHECK(records.size() > 5);
    CHECK(std::any_of(records.begin(), records.end(), [](const auto& f) { return f[0] == "formula" && f[2] == "'=cmd|' /C calc'!A0"; }));
    CHECK(r.out.find("Why") == std::string::npos);
    r = run({"recommend", "--assessment", "2", "--explain", "formula", "--overlay", dir.file("overlay.json"), "--format", "csv"});
    REQUIRE(r.code == 0);
    records = csvRecords(r.out);
    CHECK(records.size() == 2);
    CHECK(records[1][1] == "formula.trigger");
}

namespace {
/// The text of an HTML page as a reader sees it: charts and markup left out.
std::string pageText(const std::string& page)
{
    std::string out;
    for (std::size_t i = 0; i < page.size();) {
        if (page.compare(i, 4, "<svg") == 0) {
            const auto end = page.find("</svg>", i);
            i = end == std::string::npos ? page.size() : end + 6;
        } else if (page[i] == '<') {
            const auto end = page.find('>', i);
            i = end == std::string::npos ? page.size() : end + 1;
            out += ' ';
        } else {
            out += page[i++];
        }
    }
    return out;
}
} // namespace

TEST_CASE("what the demo's outputs say has every count in its own form, in both languages", "[cli][i18n]")
{
    Folder dir;
    const auto db = dir.file("demo.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    REQUIRE(samenspel({"--db", db, "actions", "add", "--assessment", "1", "--recommendation", "reward_shared_decision_making"}).code ==
            0);
    // One respondent (the singular), then two: imports say each in its form.
    REQUIRE(samenspel({"--db", db, "assessment", "create", "--org", "1", "--name", "Proef"}).code == 0);
    write(dir.file("een.csv"), "respondent,role,item,value\nP1,rvb,strategy.01,4\n");
    write(dir.file("twee.csv"), "respondent,role,item,value\nP2,rvb,strategy.01,4\nP3,rvb,strategy.01,weet niet\n");
    std::vector<std::string> said;
    for (const std::string lang : {"nl", "en"}) {
        const auto run = [&](std::vector<std::string> args) {
            args.insert(args.begin(), {"--db", db, "--lang", lang});
            const auto r = samenspel(args);
            said.push_back(r.out + r.err);
            return r;
        };
        for (const std::string round : {"1", "2", "3"}) {
            run({"score", "--assessment", round});
            run({"recommend", "--assessment", round, "--all"});
            run({"simulate", "--assessment", round});
            run({"actions", "list", "--assessment", round});
            const auto html = dir.file("rapport-" + lang + round + ".html");
            REQUIRE(run({"report", "--assessment", round, "--format", "html", "-o", html}).code == 0);
            said.push_back(pageText(read(html)));
        }
        run({"simulate", "--assessment", "1", "--scenario", "ceiling_conflict", "--sweep", "weight:production", "--steps", "5"});
        run({"import", "--assessment", "4", "--replace", dir.file("een.csv")});
        run({"import", "--assessment", "4", "--replace", dir.file("twee.csv")});
        run({"import", "--assessment", "4", dir.file("twee.csv")}); // refused: a problem per respondent
    }
    REQUIRE(said.size() > 30);
    for (const auto& text : said) {
        INFO(text.substr(0, 2000));
        CHECK_FALSE(test::hasPluralChoice(text));
    }
    // The singular and the plural were both said.
    const auto all = std::accumulate(said.begin(), said.end(), std::string());
    CHECK(all.find("De antwoorden van 1 respondent zijn geïmporteerd") != std::string::npos);
    CHECK(all.find("Imported the answers of 2 respondents") != std::string::npos);
}

TEST_CASE("advice on the distribution model only where the model itself is against the theme; contract advice where the pot is", "[cli][recommendations][incentives]")
{
    Folder dir;
    const auto db = dir.file("pot.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    const auto run = inEnglishOn(db);
    const auto applies = [&](const std::string& round) {
        std::set<std::string> out;
        const auto r = run({"recommend", "--assessment", round, "--all", "--format", "json"});
        REQUIRE(r.code == 0);
        for (const auto& a : nlohmann::json::parse(r.out))
            out.insert(a["id"].get<std::string>());
        return out;
    };
    // Round 1 (dagdelen + on-call burden): shared decision making costs every vakgroep the same part
    // of a smaller pot; the distribution model is not the cause, the contract is.
    const auto dagdelen = applies("1");
    CHECK_FALSE(dagdelen.contains("reward_shared_decision_making"));
    CHECK_FALSE(dagdelen.contains("distribution_model_fits_strategy"));
    CHECK(dagdelen.contains("msb_budget_follows_agreements"));
    // Round 3 (production): the model itself rewards producing more.
    const auto production = applies("3");
    CHECK(production.contains("reward_shared_decision_making"));
    CHECK(production.contains("distribution_model_fits_strategy"));
}

TEST_CASE("a report takes its format from the file's name, and refuses a name that says another", "[cli][report]")
{
    Folder dir;
    const auto db = dir.file("demo.samenspel");
    REQUIRE(samenspel({"--db", db, "demo"}).code == 0);
    const auto run = inEnglishOn(db);
    REQUIRE(run({"report", "--assessment", "1", "-o", dir.file("r.HTML")}).code == 0);
    CHECK(read(dir.file("r.HTML")).starts_with("<!DOCTYPE html>"));
    REQUIRE(run({"report", "--assessment", "1", "-o", dir.file("r.json")}).code == 0);
    CHECK(nlohmann::json::parse(read(dir.file("r.json")))["format"] == "samenspel-report-data");
    REQUIRE(run({"report", "--assessment", "1", "-o", dir.file("r.rapport")}).code == 0);
    CHECK(read(dir.file("r.rapport")).starts_with("%PDF-"));
    const auto wrong = run({"report", "--assessment", "1", "--format", "pdf", "-o", dir.file("x.html")});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.find("x.html is named as a .html file, but --format is pdf") != std::string::npos);
    CHECK(!std::filesystem::exists(dir.file("x.html")));
    // Standard output: the document itself and nothing else, no file named "-".
    const auto out = run({"report", "--assessment", "1", "--format", "csv", "--table", "gaps", "-o", "-"});
    REQUIRE(out.code == 0);
    CHECK(out.out.starts_with("dimension,kind,party_a,party_b,"));
    CHECK(!std::filesystem::exists("-"));
    // --table chooses a CSV file's table; with a PDF it is a mistake, said.
    const auto table = run({"report", "--assessment", "1", "--table", "gaps", "-o", dir.file("t.pdf")});
    CHECK(table.code == 2);
    CHECK(table.err.find("--table") != std::string::npos);
}
