#include "organisations_presenter.hpp"

#include "core/answer_export.hpp"
#include "core/demo_data.hpp"
#include "core/instrument_loader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace {

std::string tempFile(const std::string& name)
{
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() / ("samenspel-gui-" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

} // namespace

TEST_CASE("the main window lists the organisations with their rounds", "[gui][presenter]")
{
    const auto path = tempFile("p.samenspel");
    {
        auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
        const auto org = db.addOrganisation("Ziekenhuis Maasoever", "stz");
        const auto round = db.createAssessment({org, "Nulmeting 2026", "2026-03-16", 3});
        std::istringstream csv("respondent,role,item,value\nR1,rvb,strategy.01,4\nR2,rvb,strategy.01,3\n");
        REQUIRE(db.importAnswers(round, csv, false).ok());
        db.addOrganisation("Leeg Ziekenhuis", "");
    }
    gui::OrganisationsPresenter presenter(core::Language::Nl);
    REQUIRE(presenter.open(path));
    CHECK(presenter.windowTitle() == "p.samenspel - Samenspel");
    CHECK(presenter.columnHeaders()[0] == "Organisatie");
    REQUIRE(presenter.rows().size() == 2);
    const auto& row = presenter.rows()[1];
    CHECK(row.name == "Ziekenhuis Maasoever");
    CHECK(row.type == "Topklinisch opleidingsziekenhuis (STZ)");
    CHECK(row.rounds == 1);
    CHECK(row.respondents == 2);
    CHECK(row.latestRound == "Nulmeting 2026 (2026-03-16)");
    CHECK(presenter.rows()[0].rounds == 0);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("a file that cannot be opened gives a plain message and keeps the open database", "[gui][presenter]")
{
    const auto good = tempFile("goed.samenspel");
    { db::Database::open(good, db::Database::Mode::CreateIfMissing); }
    const auto text = tempFile("tekst.samenspel");
    std::ofstream(text) << std::string(300, 'x');

    gui::OrganisationsPresenter presenter(core::Language::En);
    CHECK_FALSE(presenter.isOpen());
    CHECK(presenter.emptyHint().find("File > Open") != std::string::npos);
    REQUIRE(presenter.open(good));
    CHECK(presenter.emptyHint().find("samenspel org add") != std::string::npos);
    CHECK_FALSE(presenter.open(text));
    CHECK(presenter.error().find("not a Samenspel database") != std::string::npos);
    CHECK(presenter.windowTitle() == "goed.samenspel - Samenspel");
    CHECK_FALSE(presenter.open(good + ".missing"));
    CHECK(presenter.error().find("there is no database") != std::string::npos);
    std::filesystem::remove_all(std::filesystem::path(good).parent_path());
    std::filesystem::remove_all(std::filesystem::path(text).parent_path());
}
