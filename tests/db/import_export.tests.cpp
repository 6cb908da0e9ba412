#include "core/answers/answer_export.hpp"
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_json.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/limesurvey/survey_codes.hpp"
#include "db/errors.hpp"
#include "test_db.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using db::Database;

namespace {

core::ImportSummary importText(Database& db, core::Id round, const std::string& csv, bool replace = false)
{
    std::istringstream in(csv);
    return db.importAnswers(round, in, replace);
}

std::string exportText(const Database& db, core::Id round, core::CsvDialect dialect = core::CsvDialect::standard())
{
    std::ostringstream out;
    core::AnswerCsvExporter exporter(out, db.instrumentOf(round), dialect);
    db.forEachAnswer(round, [&](const core::AnswerRow& r) { exporter.add(r); });
    exporter.finish();
    return out.str();
}

std::vector<std::string> answerList(const Database& db, core::Id round)
{
    std::vector<std::string> out;
    db.forEachAnswer(round, [&](const core::AnswerRow& r) {
        out.push_back(r.respondent + "|" + std::string(core::code(r.role)) + "|" + r.item + "|" + core::formatValue(r.value) +
                      "|" + std::to_string(r.value.index()));
    });
    return out;
}

const std::string kGood = "respondent,role,item,value\n"
                          "R01,rvb,strategy.01,4\n"
                          "R01,rvb,strategy.02,weet niet\n"
                          "R01,rvb,profile.org_model,combi\n"
                          "R02,msb_board,strategy.01,2\n";

} // namespace

TEST_CASE("a good file is stored in full", "[db][import]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("a.samenspel"));
    const auto s = importText(db, 1, kGood);
    REQUIRE(s.ok());
    CHECK(db.assessment(1).respondents == 2);
    CHECK(answerList(db, 1) == std::vector<std::string>{"R01|rvb|profile.org_model|combi|2", "R01|rvb|strategy.01|4|1",
                                                        "R01|rvb|strategy.02||0", "R02|msb_board|strategy.01|2|1"});
}

TEST_CASE("the bad-input matrix leaves the database exactly as it was", "[db][import]")
{
    test::TempDir dir;
    const auto path = dir.file("b.samenspel");
    auto db = test::databaseWithRound(path);
    REQUIRE(importText(db, 1, kGood).ok());
    const auto before = test::dump(path);
    const std::string h = "respondent,role,item,value\n";
    const std::vector<std::pair<const char*, std::string>> cases{
        {"one bad value after good rows", h + "N01,rvb,strategy.01,4\nN01,rvb,strategy.02,4\nN02,rvb,strategy.01,6\n"},
        {"an unknown item at the end", h + "N01,rvb,strategy.01,4\nN01,rvb,nope,4\n"},
        {"a respondent already present", h + "N01,rvb,strategy.01,4\nR01,rvb,strategy.03,4\n"},
        {"a duplicate answer", h + "N01,rvb,strategy.01,4\nN01,rvb,strategy.01,5\n"},
        {"a bad header", "wie,wat\nN01,rvb\n"},
        {"an unclosed quote", h + "N01,rvb,strategy.01,4\nN02,rvb,strategy.01,\"4\n"},
        {"a wide file with a bad role", "respondent,role,strategy.01\nN01,rvb,4\nN02,baas,4\n"},
        {"an empty file", ""},
    };
    for (const auto& [name, csv] : cases) {
        INFO(name);
        const auto s = importText(db, 1, csv);
        CHECK_FALSE(s.ok());
        CHECK(test::dump(path) == before);
    }
    SECTION("the same holds after reopening the file")
    {
        const auto reopened = Database::open(path);
        CHECK(reopened.assessment(1).respondents == 2);
    }
}

TEST_CASE("re-importing a respondent is refused unless --replace", "[db][import]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("c.samenspel"));
    REQUIRE(importText(db, 1, kGood).ok());
    const std::string again = "respondent,role,item,value\nR01,rvb,strategy.01,1\n";
    const auto refused = importText(db, 1, again);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].render(core::Language::En).find("use --replace") != std::string::npos);

    REQUIRE(importText(db, 1, again, true).ok());
    // R01's answers are replaced as a whole: only the one answer in the new file remains.
    CHECK(answerList(db, 1) == std::vector<std::string>{"R01|rvb|strategy.01|1|1", "R02|msb_board|strategy.01|2|1"});
}

TEST_CASE("import, export, import gives identical data", "[db][import][export]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("d.samenspel"));
    const auto org = db.organisations().front().id;
    const auto second = db.createAssessment({org, "Ronde 2", "2026-06-01", 3});
    const auto third = db.createAssessment({org, "Ronde 3", "2026-09-01", 3});

    // A realistic round: the demo's Noorderhaven answers, in Excel's dialect.
    const auto& instrument = core::builtinInstrument();
    const auto hospital = core::demoHospitals(instrument)[1];
    std::ostringstream csv;
    core::AnswerCsvExporter demo(csv, instrument, core::CsvDialect::excelNl());
    for (const auto& row : hospital.answers)
        demo.add(row);
    demo.finish();
    REQUIRE(importText(db, 1, csv.str()).ok());

    const auto first = exportText(db, 1);
    REQUIRE(importText(db, second, first).ok());
    CHECK(answerList(db, second) == answerList(db, 1));
    CHECK(exportText(db, second) == first);

    SECTION("also through Excel's dialect")
    {
        REQUIRE(importText(db, third, exportText(db, 1, core::CsvDialect::excelNl())).ok());
        CHECK(answerList(db, third) == answerList(db, 1));
    }
}

TEST_CASE("a round keeps the instrument it was created with", "[db]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("X", "");
    const auto round = db.createAssessment({org, "R", "2026-01-01", 3});
    const auto& instrument = db.instrumentOf(round);
    CHECK(instrument.id() == core::builtinInstrument().id());
    CHECK(instrument.questions().size() == core::builtinInstrument().questions().size());
    CHECK(db.assessment(round).instrumentVersion == core::builtinInstrument().version());
}

TEST_CASE("respondent codes are one respondent whatever their case", "[db][import]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("X", "");
    const auto round = db.createAssessment({org, "R", "2026-01-01", 3});
    REQUIRE(importText(db, round, "respondent,role,item,value\nR01,rvb,strategy.01,4\n").ok());
    const auto again = importText(db, round, "respondent,role,item,value\nr01,rvb,strategy.02,4\n");
    REQUIRE(again.problems.size() == 1);
    CHECK(again.problems[0].render(core::Language::En).find("respondent r01 is already in this assessment") !=
          std::string::npos);
}

TEST_CASE("a row given many times is a problem each time after the first, and nothing is stored", "[db][import]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("X", "");
    const auto round = db.createAssessment({org, "R", "2026-01-01", 3});
    std::string csv = "respondent,role,item,value\n";
    for (int i = 0; i < 100; ++i)
        csv += "R01,rvb,strategy.01,4\n";
    const auto s = importText(db, round, csv);
    CHECK(s.problemCount == 99);
    REQUIRE_FALSE(s.problems.empty());
    CHECK(s.problems.back().render(core::Language::En).find("respondent R01 answers question strategy.01 twice") !=
          std::string::npos);
    CHECK(answerList(db, round).empty());
}

TEST_CASE("a respondent whose rows hold nothing is not stored, so export and import agree", "[db][import]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("X", "");
    const auto round = db.createAssessment({org, "R", "2026-01-01", 3});
    // strategy.01 is not put to insurers... find one that is not, to be independent of the text.
    std::string notForInsurer;
    for (const auto& q : core::builtinInstrument().questions())
        if (!q.askedOf(core::Role::Insurer)) {
            notForInsurer = q.code;
            break;
        }
    REQUIRE(importText(db, round, "respondent,role,item,value\nZ01,insurer," + notForInsurer + ",\nR01,rvb,strategy.01,4\n").ok());
    CHECK(db.assessment(round).respondents == 1);
    CHECK(db.respondents(round).front().code == "R01");
}

TEST_CASE("incentive inputs are stored per round and replaced as a whole", "[db][incentives]")
{
    test::TempDir dir;
    const auto path = dir.file("i.samenspel");
    auto db = test::databaseWithRound(path);
    CHECK_FALSE(db.incentives(1));
    auto inputs = core::demoIncentives(1);
    db.setIncentives(1, inputs);
    const auto stored = db.incentives(1);
    REQUIRE(stored);
    CHECK(core::incentivesToJson(*stored) == core::incentivesToJson(inputs));

    SECTION("invalid inputs are refused and the stored ones stay")
    {
        const auto before = test::dump(path);
        auto bad = inputs;
        bad.vakgroepen[0].selfEmployed = -1;
        CHECK_THROWS_AS(db.setIncentives(1, bad), core::InvalidData);
        CHECK(test::dump(path) == before);
    }
    SECTION("a second set replaces the first")
    {
        inputs.model = *core::preset("corridor");
        db.setIncentives(1, inputs);
        CHECK(db.incentives(1)->model.name == "corridor");
    }
    CHECK_THROWS_AS(db.setIncentives(99, inputs), db::NotFound);
}

TEST_CASE("an import cancelled just before its commit stores nothing", "[db][import]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("a.samenspel"));
    const auto before = test::dump(dir.file("a.samenspel"));
    std::istringstream in(kGood);
    struct Stop {};
    CHECK_THROWS_AS(db.importAnswers(1, in, false, [] { throw Stop{}; }), Stop);
    CHECK(test::dump(dir.file("a.samenspel")) == before);
}

TEST_CASE("one respondent's paper form is stored in one transaction", "[db][import]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("a.samenspel"));
    const core::Respondent r{"P-RVB-01", core::Role::Rvb};
    db.saveRespondent(1, r, {{"strategy.01", 4}, {"strategy.02", std::monostate{}}, {"profile.org_model", std::string("combi")}},
                      false);
    CHECK(answerList(db, 1) == std::vector<std::string>{"P-RVB-01|rvb|profile.org_model|combi|2",
                                                        "P-RVB-01|rvb|strategy.01|4|1", "P-RVB-01|rvb|strategy.02||0"});
    const auto before = test::dump(dir.file("a.samenspel"));
    SECTION("a wrong value, a question not put to the role, a name or no answers: nothing changes")
    {
        const core::Respondent other{"P-RVB-02", core::Role::Rvb};
        CHECK_THROWS_AS(db.saveRespondent(1, other, {{"strategy.01", 4}, {"strategy.03", 9}}, false), db::Conflict);
        CHECK_THROWS_AS(db.saveRespondent(1, other, {{"strategy.01", 4}, {"no.such", 1}}, false), db::Conflict);
        CHECK_THROWS_AS(db.saveRespondent(1, {"Jan Jansen", core::Role::Rvb}, {{"strategy.01", 4}}, false), db::Conflict);
        CHECK_THROWS_AS(db.saveRespondent(1, other, {}, false), db::Conflict);
        CHECK_THROWS_AS(db.saveRespondent(1, other, {{"strategy.01", 4}, {"strategy.01", 3}}, false), db::Conflict);
        CHECK(test::dump(dir.file("a.samenspel")) == before);
    }
    SECTION("the same code again is refused, unless replaced as a whole")
    {
        CHECK_THROWS_AS(db.saveRespondent(1, r, {{"strategy.01", 2}}, false), db::Conflict);
        CHECK(test::dump(dir.file("a.samenspel")) == before);
        db.saveRespondent(1, r, {{"strategy.01", 2}}, true);
        CHECK(answerList(db, 1) == std::vector<std::string>{"P-RVB-01|rvb|strategy.01|2|1"});
    }
}

TEST_CASE("a preview runs the real import and rolls it back", "[db][import]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("a.samenspel"));
    REQUIRE(importText(db, 1, "respondent,role,item,value\nR01,rvb,strategy.01,5\n").ok());
    const auto before = answerList(db, 1);

    SECTION("a good file: what each respondent would get, and nothing stored")
    {
        std::istringstream in(kGood);
        std::vector<db::ImportedRespondent> found;
        const auto s = db.previewImport(1, in, true, found);
        REQUIRE(s.ok());
        REQUIRE(found.size() == 2);
        CHECK(found[0].code == "R01");
        CHECK(found[0].existed);
        CHECK(found[0].answers == 2);
        CHECK(found[0].noAnswers == 1);
        CHECK_FALSE(found[1].existed);
        CHECK(answerList(db, 1) == before);
        // The import itself finds the same.
        const auto stored = importText(db, 1, kGood, true);
        CHECK(stored.answers == s.answers);
        CHECK(stored.noAnswers == s.noAnswers);
        CHECK(stored.respondents == s.respondents);
    }
    SECTION("problems are the import's own: a respondent already stored, a row twice")
    {
        const std::string bad = "respondent,role,item,value\nR01,rvb,strategy.02,3\nR02,rvb,strategy.01,4\nR02,rvb,strategy.01,2\n";
        std::istringstream in(bad);
        std::vector<db::ImportedRespondent> found;
        const auto s = db.previewImport(1, in, false, found);
        const auto real = importText(db, 1, bad, false);
        CHECK(s.problemCount == real.problemCount);
        CHECK(s.problemCount == 2);
        REQUIRE(s.problems.size() == real.problems.size());
        for (std::size_t i = 0; i < s.problems.size(); ++i)
            CHECK(s.problems[i].what.render(core::Language::En) == real.problems[i].what.render(core::Language::En));
        CHECK(answerList(db, 1) == before);
    }
}

TEST_CASE("a LimeSurvey survey's round check holds after the hospital is renamed, and not in another round", "[db][limesurvey]")
{
    test::TempDir dir;
    auto db = test::databaseWithRound(dir.file("ls.samenspel"));
    const auto second = db.createAssessment({1, "Vervolgmeting", "2027-03-01", 3, ""});
    const auto check = core::limesurvey::roundCheck(db.organisation(1).exchangeKey, 1);
    REQUIRE(check.size() == 6);
    CHECK(check != core::limesurvey::roundCheck(db.organisation(1).exchangeKey, second));
    const std::string csv = "id,submitdate,lastpage,startlanguage,seed,role,samenspel,sharedvalues[01]\n"
                            "4,1980-01-01 00:00:00,9,nl,1,RVB," + check + ",4\n";
    db.updateOrganisation(1, "Ziekenhuis Oost (nieuwe naam)", "stz");
    const auto here = importText(db, 1, csv);
    CHECK(here.ok());
    CHECK(here.respondents == 1);
    const auto there = importText(db, second, csv);
    REQUIRE_FALSE(there.ok());
    CHECK(there.problems.at(0).what.key.english.starts_with("this response was given in the survey of another round"));
    CHECK(answerList(db, second).empty());
}
