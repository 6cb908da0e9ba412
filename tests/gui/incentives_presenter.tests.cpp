#include "incentives/incentives_presenter.hpp"
#include "results/results_presenter.hpp"
#include "incentives/sweep_presenter.hpp"
#include "incentives/vakgroep_table.hpp"

#include "core/incentives/incentive_json.hpp"

#include <fstream>
#include <sstream>

#include "core/demo/demo_data.hpp"
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
    // Why a party is against the theme stands beside the verdict, each row moved alike.
    {
        const auto t = p.outcome();
        REQUIRE(t.columns.size() > 8);
        CHECK(t.columns[7].key == "stance");
        CHECK(t.columns[8].key == "cause");
        for (const auto& row : t.rows)
            CHECK(row[8].text.empty() == (row[7].text != "TEGEN het thema in"));
    }
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

TEST_CASE("the vakgroep figures are edited in the table, checked as typed, and saved with the model", "[gui][incentives]")
{
    TestRound t("Ziekenhuis Maasoever", "stz");
    t.db.setIncentives(t.round, core::demoIncentives(0));
    gui::IncentivesPresenter p(t.db, t.round, core::Language::Nl);
    p.choosePreset("production");
    p.save();
    const auto table = p.vakgroepen();
    REQUIRE(table.rows.size() == core::demoIncentives(0).vakgroepen.size());
    CHECK(table.columns[0].header == "Vakgroep");
    CHECK(table.rows[0][0].text == "orthopedie");
    const auto column = [&](const std::string& key) {
        for (std::size_t i = 0; i < gui::vakgroepColumns().size(); ++i)
            if (gui::vakgroepColumns()[i].key == key)
                return i;
        FAIL("no column " << key);
        return std::size_t{0};
    };
    // The orthopedists' income now (per specialist), before and after their production grows.
    const auto incomeNow = [&] {
        const auto& actor = p.outcomes().front().actors.front();
        CHECK(actor.actor == "orthopedie");
        return actor.now;
    };
    const double before = incomeNow();

    CHECK_FALSE(p.setFigure(0, column("production"), "veel"));
    CHECK(p.error() == "orthopedie, Productie (eenheden): \"veel\" is geen getal zoals verwacht; typ cijfers zonder "
                       "scheidingstekens voor duizendtallen, met hooguit één decimale komma.");
    CHECK_FALSE(p.setFigure(0, column("production"), "10.800")); // thousands or decimals? refused
    CHECK_FALSE(p.setFigure(0, column("production"), "-5"));
    CHECK(p.error().rfind("orthopedie, Productie (eenheden): ", 0) == 0);
    CHECK_FALSE(p.changed()); // a refused figure changes nothing
    CHECK(incomeNow() == before);

    // 20% more production, typed with a decimal comma.
    const double production = core::demoIncentives(0).vakgroepen[0].production * 1.2 + 0.5;
    std::string typed = std::to_string(production);
    typed = typed.substr(0, typed.find('.')) + ",5";
    REQUIRE(p.setFigure(0, column("production"), typed));
    CHECK(*p.vakgroepen().rows[0][column("production") + 1].number == Approx(production));
    CHECK(p.changed());
    CHECK(incomeNow() > before); // paid by production: more production, a larger share of the pot
    REQUIRE(p.setFigure(0, column("benchmark_growth"), "7,5"));

    p.save();
    const auto stored = db::Database::open(t.temp.path).incentives(t.round);
    REQUIRE(stored);
    CHECK(stored->vakgroepen[0].production == Approx(production));
    CHECK(stored->vakgroepen[0].benchmarkGrowth == Approx(0.075)); // typed as a percentage
    CHECK(stored->model.name == "production");
    CHECK_FALSE(p.changed());

    REQUIRE(p.setFigure(1, column("tariff"), "1"));
    p.revert();
    CHECK(p.vakgroepen().rows[1][column("tariff") + 1].number == Approx(stored->vakgroepen[1].tariff));
}

TEST_CASE("typed numbers take a decimal comma or point, nothing else", "[gui][incentives]")
{
    CHECK(gui::parseTypedNumber("12,5") == 12.5);
    CHECK(gui::parseTypedNumber(" 12.5 ") == 12.5);
    CHECK(gui::parseTypedNumber("3800") == 3800);
    CHECK_FALSE(gui::parseTypedNumber("1.250,5"));
    CHECK_FALSE(gui::parseTypedNumber("250.000")); // 250 thousand, or 250?
    CHECK_FALSE(gui::parseTypedNumber("1,250"));
    CHECK(gui::parseTypedNumber("0,075") == 0.075);
    CHECK(gui::parseTypedNumber("1.25") == 1.25);
    CHECK_FALSE(gui::parseTypedNumber("12 5"));
    CHECK_FALSE(gui::parseTypedNumber(""));
    CHECK_FALSE(gui::parseTypedNumber("€ 12"));
}

TEST_CASE("a sweep finds where an actor's stance turns, off the UI thread", "[gui][incentives][sweep]")
{
    const auto inputs = core::demoIncentives(0); // dagdelen 70% + on-call burden 30%
    const auto scenarios = core::scenariosFor(inputs);
    REQUIRE_FALSE(scenarios.empty());
    gui::SweepPresenter p(inputs, scenarios.front(), core::Language::Nl);
    REQUIRE(p.labels().size() == core::kComponents.size() + 3);
    std::size_t production = 0;
    while (p.parameters()[production].component != Component::Production)
        ++production;
    CHECK(p.labels()[production] == "gewicht van productie in het verdeelmodel");

    auto result = std::make_shared<core::SweepResult>();
    CHECK_FALSE(p.job(production, "veel", "100", result));
    CHECK_FALSE(p.job(production, "60", "40", result));
    CHECK_FALSE(p.job(production, "-5", "100", result));
    CHECK(p.error() == "Het bereik moet bestaan uit twee getallen in procenten van 0 tot 100, het eerste lager dan het tweede.");

    auto work = p.job(production, "0", "100", result);
    REQUIRE(work);
    gui::BackgroundJob job;
    REQUIRE(job.start(*work));
    job.wait();
    REQUIRE(job.state() == gui::BackgroundJob::State::Done);
    CHECK(result->values.size() == gui::SweepPresenter::kSteps);
    CHECK(job.message().rfind("gewicht van productie in het verdeelmodel van 0% tot 100%: ", 0) == 0);
    // The first ceiling scenario: paid by production, the orthopedists gain from growing past the
    // ceiling; paid by dagdelen they do not. So somewhere between 0 and 100% they turn.
    REQUIRE_FALSE(result->breakEvens.empty());
    const auto table = p.breakEvens(*result);
    CHECK(table.columns[1].header == "bij (%)");
    // Checked with the model itself just below and just above each break-even point.
    for (const auto& b : result->breakEvens) {
        const auto stanceAt = [&](double x) {
            const auto o = core::compare(inputs, core::withWeight(inputs.model, Component::Production, x), scenarios.front());
            for (const auto& a : o.actors)
                if (a.actor == b.actor && a.kind == b.kind)
                    return a.stance;
            FAIL("no actor " << b.actor);
            return core::Stance::Neutral;
        };
        CHECK(stanceAt(std::max(0.0, b.at - 0.005)) == b.below);
        CHECK(stanceAt(std::min(1.0, b.at + 0.005)) == b.above);
    }
}

TEST_CASE("incentive figures are imported from and exported to JSON on the page", "[gui][incentives]")
{
    TestRound t;
    gui::IncentivesPresenter p(t.db, t.round, core::Language::En);
    REQUIRE_FALSE(p.available());
    const auto bad = (t.temp.dir / "bad.json").string();
    std::ofstream(bad) << R"({"schema_version": 1, "vakgroepen": [{"name": "orthopedie", "self_employed": -2}]})";
    CHECK_FALSE(p.importFigures(bad));
    CHECK(p.error().find("self_employed") != std::string::npos); // every problem named by its field
    CHECK_FALSE(t.db.incentives(t.round));
    CHECK_FALSE(p.importFigures((t.temp.dir / "missing.json").string()));

    const auto good = (t.temp.dir / "good.json").string();
    std::ofstream(good) << core::incentivesToJson(core::demoIncentives(1));
    REQUIRE(p.importFigures(good));
    CHECK(p.available());
    CHECK(p.vakgroepen().rows.size() == core::demoIncentives(1).vakgroepen.size());
    CHECK(t.db.incentives(t.round)->model.name == core::demoIncentives(1).model.name);
    CHECK(p.chartRows() > 0);

    const auto out = (t.temp.dir / "out.json").string();
    CHECK(p.exportFigures(out) == "The figures were written to " + out);
    std::ifstream in(out);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(core::incentivesToJson(core::parseIncentives(text.str(), out)) == core::incentivesToJson(core::demoIncentives(1)));
}
