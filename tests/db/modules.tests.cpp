#include "db/database.hpp"
#include "db/errors.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"
#include "test_db.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <sstream>

using db::Database;

namespace {

bool says(const core::Error& e, const std::string& needle)
{
    return e.message().render(core::Language::En).find(needle) != std::string::npos;
}

std::size_t moduleQuestions(const core::Instrument& instrument, const std::string& module)
{
    std::size_t n = 0;
    for (const auto& q : instrument.questions())
        n += q.module == module ? 1u : 0u;
    return n;
}

} // namespace

TEST_CASE("a round keeps the modules it was created with, stored with their text", "[db][modules]")
{
    test::TempDir dir;
    const auto path = dir.file("modules.samenspel");
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Noorderhaven", "general");
    const auto plain = db.createAssessment({org, "Zonder", "2026-01-15", 3});
    const auto with = db.createAssessment({org, "Met", "2026-02-15", 3, "", {"msb_governance", "care_cores"}});

    CHECK(db.assessment(plain).modules.empty());
    CHECK(db.assessment(with).modules == std::vector<std::string>{"care_cores", "msb_governance"});
    // A round without modules reads exactly the core questionnaire.
    CHECK(db.instrumentOf(plain).questions().size() == core::builtinInstrument().questions().size());
    const auto& merged = db.instrumentOf(with);
    CHECK(merged.edition() == "2.0 + care_cores 1.0 + msb_governance 1.0");
    CHECK(moduleQuestions(merged, "msb_governance") == core::builtinModule("msb_governance")->questions.size());
    CHECK(moduleQuestions(merged, "focus_clinic") == 0);

    SECTION("answers to a module's questions are stored like any other")
    {
        std::istringstream csv("respondent,role,item,value\nB1,msb_board,msb_governance.blame_culture,2\n"
                               "B1,msb_board,msb_governance.monitor_annual,in_place\n");
        REQUIRE(db.importAnswers(with, csv, false).ok());
        std::istringstream elsewhere("respondent,role,item,value\nB1,msb_board,msb_governance.blame_culture,2\n");
        CHECK_FALSE(db.importAnswers(plain, elsewhere, false).ok()); // the round without it does not ask it

        SECTION("and keep their module in the round")
        {
            try {
                db.setModules(with, {"focus_clinic"}); // adds one, would take out both
                FAIL("removed");
            } catch (const db::Conflict& e) {
                CHECK(says(e, "the round holds 2 answers to the module msb_governance, so it keeps the module"));
            }
            // Nothing changed: not even the module that could be added.
            CHECK(db.assessment(with).modules == std::vector<std::string>{"care_cores", "msb_governance"});
            db.setModules(with, {"msb_governance"}); // care_cores has no answers: may go
            CHECK(db.assessment(with).modules == std::vector<std::string>{"msb_governance"});
            CHECK(moduleQuestions(db.instrumentOf(with), "care_cores") == 0);
        }
    }
    SECTION("a module can be added later, once, and only one the program has")
    {
        db.setModules(plain, {"focus_clinic", "focus_clinic"});
        CHECK(db.assessment(plain).modules == std::vector<std::string>{"focus_clinic"});
        CHECK(moduleQuestions(db.instrumentOf(plain), "focus_clinic") == core::builtinModule("focus_clinic")->questions.size());
        try {
            db.setModules(plain, {"focus_clinic", "bedrijfsvoering"});
            FAIL("unknown module added");
        } catch (const db::Conflict& e) {
            CHECK(says(e, "there is no module \"bedrijfsvoering\"; the modules are care_cores, focus_clinic, msb_governance"));
        }
        CHECK(db.assessment(plain).modules == std::vector<std::string>{"focus_clinic"});
        CHECK_THROWS_AS(db.setModules(999, {"focus_clinic"}), db::NotFound);
        db.setModules(plain, {});
        CHECK(db.assessment(plain).modules.empty());
    }
    SECTION("an unknown module at creation leaves no round behind")
    {
        CHECK_THROWS_AS(db.createAssessment({org, "Fout", "2026-03-15", 3, "", {"care_cores", "nothing"}}), db::Conflict);
        CHECK(db.assessments(org).size() == 2);
    }
    SECTION("a damaged module text is reported, not guessed")
    {
        {
            SQLite::Database sql(path, SQLite::OPEN_READWRITE);
            sql.exec("UPDATE instruments SET json = '{\"id\": 1}' WHERE code = 'care_cores'");
        }
        const auto reopened = Database::open(path, Database::Mode::ReadOnly);
        try {
            reopened.instrumentOf(with);
            FAIL("read");
        } catch (const db::Damaged& e) {
            CHECK(says(e, "the questionnaire stored with round 2 does not read"));
        }
        CHECK(reopened.instrumentOf(plain).questions().size() == core::builtinInstrument().questions().size());
    }
}
