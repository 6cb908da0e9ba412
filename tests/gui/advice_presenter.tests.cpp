#include "advice/advice_presenter.hpp"

#include "temp_database.hpp"

#include <catch2/catch.hpp>

TEST_CASE("recommendations are ranked with their figures and go into the action plan once", "[gui][advice]")
{
    DemoRound demo(0); // Noorderhaven: RvB and specialists far apart
    auto& db = demo.db;
    const auto round = demo.round;
    gui::AdvicePresenter p(db, round, core::Language::Nl);
    REQUIRE(p.count() >= 5);
    const auto table = p.recommendations();
    REQUIRE(table.rows.size() == p.count());
    // The same first recommendation as `samenspel recommend` gives for Noorderhaven (issue 5).
    const auto first = p.details(0);
    CHECK_FALSE(first.empty());
    CHECK(p.details(p.count()).empty());
    CHECK(p.actionCount() == 0);

    CHECK_FALSE(p.inPlan(0));
    const auto id = p.addToPlan(0);
    REQUIRE(id);
    CHECK(p.inPlan(0));
    CHECK_FALSE(p.addToPlan(0)); // once
    CHECK(p.error().find("staat al in het actieplan") != std::string::npos);
    REQUIRE(p.actionCount() == 1);
    const auto stored = db.action(*id);
    CHECK(stored.assessmentId == round);
    CHECK_FALSE(stored.targets.empty());
    CHECK(stored.status == "open");

    CHECK(p.setStatus(0, "in_progress"));
    CHECK(db.action(*id).status == "in_progress");
    CHECK_FALSE(p.setStatus(0, "klaar")); // not a status: a plain message, nothing changed
    CHECK_FALSE(p.error().empty());
    CHECK(db.action(*id).status == "in_progress");
    CHECK(p.plan().rows.size() == 1);
}

TEST_CASE("an action is changed in full, checked as on the command line", "[gui][advice]")
{
    DemoRound demo(0);
    gui::AdvicePresenter p(demo.db, demo.round, core::Language::Nl);
    REQUIRE(p.addToPlan(0));
    REQUIRE(p.actionCount() == 1);
    auto a = p.action(0);
    a.owner = "msb";
    a.responsible = "voorzitter MSB";
    a.due = "2027-03-01";
    a.status = "in_progress";
    a.notes = "Besproken in de gezamenlijke vergadering.";
    REQUIRE(p.updateAction(a));
    const auto stored = demo.db.action(a.id);
    CHECK(stored.owner == "msb");
    CHECK(stored.due == "2027-03-01");
    CHECK(stored.notes == "Besproken in de gezamenlijke vergadering.");
    // On screen the owner and status are words, in the data files codes.
    const auto plan = p.plan();
    std::size_t owner = 0;
    std::size_t status = 0;
    for (std::size_t c = 0; c < plan.columns.size(); ++c) {
        owner = plan.columns[c].key == "owner" ? c : owner;
        status = plan.columns[c].key == "status" ? c : status;
    }
    CHECK(plan.rows[0][owner].text == "het MSB");
    CHECK(plan.rows[0][status].text == "bezig");

    auto wrong = p.action(0);
    wrong.due = "volgende week";
    CHECK_FALSE(p.updateAction(wrong));
    CHECK_FALSE(p.error().empty());
    CHECK(demo.db.action(a.id).due == "2027-03-01");
}
