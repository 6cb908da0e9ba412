#include "db/errors.hpp"
#include "test_db.hpp"

#include <catch2/catch.hpp>

using db::Database;

TEST_CASE("organisations: add, list, find and the rules they follow", "[db][records]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto id = db.addOrganisation("  Ziekenhuis Oost  ", "stz");
    CHECK(db.organisation(id).name == "Ziekenhuis Oost");
    CHECK(db.organisation(id).hospitalType == "stz");
    CHECK(db.findOrganisation("ziekenhuis oost"));
    db.addOrganisation("Albert Ziekenhuis", "");
    REQUIRE(db.organisations().size() == 2);
    CHECK(db.organisations()[0].name == "Albert Ziekenhuis");

    CHECK_THROWS_AS(db.addOrganisation("ZIEKENHUIS OOST", ""), db::Conflict);
    CHECK_THROWS_AS(db.addOrganisation("   ", ""), db::Conflict);
    try {
        db.addOrganisation("Nieuw", "kliniek");
        FAIL("accepted");
    } catch (const db::Conflict& e) {
        CHECK(e.message().render(core::Language::En) ==
              "\"kliniek\" is not a hospital type; expected one of umc, stz, general, regional, categorical, other");
    }
    CHECK_THROWS_AS(db.organisation(999), db::NotFound);
}

TEST_CASE("rounds: create, list and the rules they follow", "[db][records]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis Oost", "stz");
    const auto id = db.createAssessment({org, "Nulmeting", "2026-02-01", 5});
    const auto a = db.assessment(id);
    CHECK(a.name == "Nulmeting");
    CHECK(a.date == "2026-02-01");
    CHECK(a.anonymityK == 5);
    CHECK(a.respondents == 0);
    CHECK(db.assessments(org).size() == 1);

    SECTION("an empty date means today")
    {
        const auto today = db.assessment(db.createAssessment({org, "Vandaag", "", 3})).date;
        CHECK(today.size() == 10);
    }
    CHECK_THROWS_AS(db.createAssessment({org, "Nulmeting", "2026-03-01", 3}), db::Conflict);
    CHECK_THROWS_AS(db.createAssessment({org, "Te laag", "2026-03-01", 2}), db::Conflict);
    CHECK_THROWS_AS(db.createAssessment({org, "Datum", "1-3-2026", 3}), db::Conflict);
    CHECK_THROWS_AS(db.createAssessment({org, "", "2026-03-01", 3}), db::Conflict);
    CHECK_THROWS_AS(db.createAssessment({org + 100, "Ergens", "2026-03-01", 3}), db::NotFound);
    CHECK_THROWS_AS(db.assessment(77), db::NotFound);
}

TEST_CASE("an organisation is renamed and retyped under the same rules", "[db][records]")
{
    auto db = Database::open(":memory:", Database::Mode::CreateIfMissing);
    const auto id = db.addOrganisation("Ziekenhuis Oost", "stz");
    db.addOrganisation("Albert Ziekenhuis", "");
    db.updateOrganisation(id, " Ziekenhuis Oost-Brabant ", "general");
    CHECK(db.organisation(id).name == "Ziekenhuis Oost-Brabant");
    CHECK(db.organisation(id).hospitalType == "general");
    db.updateOrganisation(id, "ziekenhuis oost-brabant", "general"); // its own name, in other case
    CHECK_THROWS_AS(db.updateOrganisation(id, "ALBERT ZIEKENHUIS", ""), db::Conflict);
    CHECK_THROWS_AS(db.updateOrganisation(id, "", ""), db::Conflict);
    CHECK_THROWS_AS(db.updateOrganisation(id, "Nieuw", "kliniek"), db::Conflict);
    CHECK_THROWS_AS(db.updateOrganisation(999, "Nieuw", ""), db::NotFound);
    CHECK(db.organisation(id).name == "ziekenhuis oost-brabant");
}
