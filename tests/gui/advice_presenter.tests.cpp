#include "advice_presenter.hpp"

#include "core/answer_export.hpp"
#include "core/demo_data.hpp"
#include "core/instrument_loader.hpp"
#include "db/database.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <sstream>

TEST_CASE("recommendations are ranked with their figures and go into the action plan once", "[gui][advice]")
{
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() / ("samenspel-advice-" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    auto db = db::Database::open((dir / "a.samenspel").string(), db::Database::Mode::CreateIfMissing);
    const auto& instrument = core::builtinInstrument();
    const auto hospital = core::demoHospitals(instrument)[0]; // Noorderhaven: RvB and specialists far apart
    const auto org = db.addOrganisation(hospital.name, hospital.hospitalType);
    const auto round = db.createAssessment({org, hospital.roundName, hospital.roundDate, 3});
    std::stringstream csv;
    core::AnswerCsvExporter exporter(csv, instrument, core::CsvDialect::standard());
    for (const auto& row : hospital.answers)
        exporter.add(row);
    exporter.finish();
    REQUIRE(db.importAnswers(round, csv, false).ok());
    db.setIncentives(round, hospital.incentives);

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
    std::filesystem::remove_all(dir);
}
