#include "incentives_presenter.hpp"
#include "results_presenter.hpp"

#include "core/demo_data.hpp"
#include "temp_database.hpp"

#include <catch2/catch.hpp>


namespace {

using core::Component;

} // namespace

TEST_CASE("moving a weight slider recomputes who gains, and saving stores the model", "[gui][incentives]")
{
    TempDatabase temp;
    auto db = db::Database::open(temp.path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis Maasoever", "stz");
    const auto round = db.createAssessment({org, "Nulmeting", "2026-03-16", 3});
    db.setIncentives(round, core::demoIncentives(0)); // dagdelen 70% + on-call burden 30%

    gui::IncentivesPresenter p(db, round, core::Language::Nl);
    REQUIRE(p.available());
    CHECK(p.weightPercent(Component::Dagdelen) == 70);
    CHECK(p.weightPercent(Component::Disutility) == 30);
    CHECK_FALSE(p.changed());
    const auto codes = p.presetCodes();
    REQUIRE(p.presetIndex());
    CHECK(codes[*p.presetIndex()] == "dagdelen_disutility");
    REQUIRE(p.scenarioNames().size() >= 2);
    // Unchanged: the stored model and the five presets side by side.
    CHECK(p.chartRows() == 6);
    CHECK(p.outcomes().front().currentModel);
    const auto before = p.alignment();

    // By hand: quality to 40%, the other 60% kept in proportion 70:30 -> 42% and 18%.
    p.setWeight(Component::Quality, 40);
    CHECK(p.weightPercent(Component::Quality) == 40);
    CHECK(p.weightPercent(Component::Dagdelen) == 42);
    CHECK(p.weightPercent(Component::Disutility) == 18);
    CHECK(p.changed());
    CHECK_FALSE(p.presetIndex());
    CHECK(p.modelDescription() == "Model: eigen mix (dagdelen 42%, dienstbelasting 18%, kwaliteit 40%)");
    REQUIRE(p.chartRows() == 7); // the edited model comes first
    CHECK(p.outcomes().front().model == "custom");
    CHECK_FALSE(p.outcomes().front().currentModel);
    CHECK(p.outcome().rows.size() == p.outcomes().front().actors.size());
    CHECK(p.summary().find("met het opgeslagen model") != std::string::npos);

    // Production alone rewards every extra unit: it is a preset and a slider position alike.
    p.choosePreset("production");
    CHECK(p.weightPercent(Component::Production) == 100);
    CHECK(p.weightPercent(Component::Dagdelen) == 0);
    const auto production = p.alignment();

    // Undo goes back to the stored model; nothing was written.
    p.revert();
    CHECK_FALSE(p.changed());
    CHECK(p.alignment().conflicts == before.conflicts);
    CHECK(db.incentives(round)->model.name == "dagdelen_disutility");

    // Save: stored in the database, and the results' index uses it.
    p.choosePreset("production");
    p.save();
    CHECK_FALSE(p.changed());
    const auto stored = db::Database::open(temp.path).incentives(round);
    REQUIRE(stored);
    CHECK(stored->model.name == "production");
    CHECK(stored->vakgroepen.size() == core::demoIncentives(0).vakgroepen.size());
    gui::IncentivesPresenter reopened(db, round, core::Language::Nl);
    CHECK(reopened.weightPercent(Component::Production) == 100);
    CHECK(reopened.alignment().conflicts == production.conflicts);
}

TEST_CASE("the incentives page of a round without figures says how to add them", "[gui][incentives]")
{
    TempDatabase temp;
    auto db = db::Database::open(temp.path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis West", "general");
    const auto round = db.createAssessment({org, "Werksessie", "2026-11-23", 3});
    gui::IncentivesPresenter p(db, round, core::Language::En);
    CHECK_FALSE(p.available());
    CHECK(p.emptyHint().find("samenspel incentives import") != std::string::npos);
    CHECK(p.chartRows() == 0);
    p.setWeight(Component::Production, 50); // nothing to change, nothing breaks
    p.save();
    CHECK_FALSE(db.incentives(round));
}
