#include "report/report_presenter.hpp"

#include "core/demo/demo_data.hpp"
#include "db/database.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;

struct DemoFolder {
    fs::path dir;
    std::string db;
    core::Id round = 0;
    DemoFolder()
    {
        std::random_device random;
        dir = fs::temp_directory_path() / ("samenspel-report-" + std::to_string(random()));
        fs::create_directories(dir);
        db = (dir / "demo.samenspel").string();
        auto database = db::Database::open(db, db::Database::Mode::CreateIfMissing);
        const auto org = database.addOrganisation("Ziekenhuis Maasoever", "stz");
        round = database.createAssessment({org, "Nulmeting 2026", "2026-03-16", 3});
        std::istringstream csv("respondent,role,item,value\nR1,rvb,strategy.01,4\nR2,rvb,strategy.01,3\nR3,rvb,strategy.01,5\n");
        REQUIRE(database.importAnswers(round, csv, false).ok());
        database.setIncentives(round, core::demoIncentives(0));
    }
    ~DemoFolder() { fs::remove_all(dir); }
    std::size_t files() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator())); }
};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_CASE("the report page suggests a file name and exports off the UI thread", "[gui][report]")
{
    DemoFolder demo;
    gui::ReportPresenter p(demo.db, demo.round, "Nulmeting 2026", core::Language::Nl);
    CHECK(p.depthLabels().size() == 3);
    CHECK(p.suggestedFileName() == "rapport-nulmeting-2026-werksessie.pdf");
    CHECK(p.wildcard() == "PDF-document (*.pdf)|*.pdf");
    p.setReportLanguage(1);
    p.setDepth(1);
    p.setFormat(1);
    CHECK(p.suggestedFileName() == "report-nulmeting-2026-full.html");

    p.setFormat(0);
    const auto pdf = (demo.dir / "rapport.pdf").string();
    gui::BackgroundJob job;
    REQUIRE(job.start(p.exportJob(pdf)));
    job.wait();
    REQUIRE(job.state() == gui::BackgroundJob::State::Done);
    CHECK(job.progress() == 100);
    CHECK(job.message() == "Rapport geschreven naar " + pdf);
    const auto bytes = slurp(pdf);
    CHECK(bytes.starts_with("%PDF-"));
    CHECK(bytes.size() > 20000);

    // A folder that does not exist: a plain message in the window's language, nothing written.
    const auto before = demo.files();
    REQUIRE(job.start(p.exportJob((demo.dir / "nope" / "r.pdf").string())));
    job.wait();
    CHECK(job.state() == gui::BackgroundJob::State::Failed);
    CHECK(job.message().find("kan") != std::string::npos);
    CHECK(demo.files() == before);
}

TEST_CASE("a CSV export from the report page holds the table chosen, or says which tables there are", "[gui][report]")
{
    DemoFolder demo;
    gui::ReportPresenter p(demo.db, demo.round, "Nulmeting 2026", core::Language::En);
    REQUIRE(p.tableLabels().size() == gui::ReportPresenter::kTables.size());
    p.setFormat(gui::ReportPresenter::kCsv);
    p.setTable(1); // gaps
    p.setReportLanguage(1);
    CHECK(p.suggestedFileName() == "report-nulmeting-2026-workshop-gaps.csv");
    const auto csv = (demo.dir / "gaps.csv").string();
    gui::BackgroundJob job;
    REQUIRE(job.start(p.exportJob(csv)));
    job.wait();
    REQUIRE(job.state() == gui::BackgroundJob::State::Done);
    CHECK(slurp(csv).starts_with("dimension,kind,party_a,party_b,"));
    // The workshop has no action plan, and a first round no changes: said, nothing written.
    const auto before = demo.files();
    for (const std::size_t table : {std::size_t{6}, std::size_t{9}}) {
        p.setTable(table);
        REQUIRE(job.start(p.exportJob((demo.dir / "x.csv").string())));
        job.wait();
        CHECK(job.state() == gui::BackgroundJob::State::Failed);
        CHECK(job.message().find("Dit rapport heeft geen tabel") != std::string::npos); // the job says it in its own language
        CHECK(job.message().find("scores, gaps") != std::string::npos);
    }
    CHECK(demo.files() == before);
}

TEST_CASE("a cancelled export changes nothing", "[gui][report]")
{
    DemoFolder demo;
    gui::ReportPresenter p(demo.db, demo.round, "Nulmeting 2026", core::Language::En);
    const auto target = demo.dir / "report.pdf";
    std::ofstream(target) << "the previous report";
    const auto before = demo.files();
    gui::JobControl control;
    control.cancel();
    CHECK_THROWS_AS(p.exportJob(target.string())(control), gui::Cancelled);
    CHECK(slurp(target) == "the previous report");
    CHECK(demo.files() == before); // no temporary file left behind
}

TEST_CASE("a background job reports progress and stops when cancelled", "[gui][job]")
{
    gui::BackgroundJob job;
    REQUIRE(job.start([](gui::JobControl& c) -> std::string {
        for (int i = 0;; i = (i + 1) % 100) {
            c.checkpoint(i);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }));
    CHECK(job.running());
    CHECK_FALSE(job.start([](gui::JobControl&) { return std::string("second"); })); // one at a time
    job.cancel();
    job.wait();
    CHECK(job.state() == gui::BackgroundJob::State::Cancelled);
    CHECK(job.message().empty());
    REQUIRE(job.start([](gui::JobControl&) { return std::string("klaar"); }));
    job.wait();
    CHECK(job.state() == gui::BackgroundJob::State::Done);
    CHECK(job.message() == "klaar");
}

TEST_CASE("the report page previews the PDF's pages off the UI thread", "[gui][report]")
{
    DemoFolder demo;
    gui::ReportPresenter p(demo.db, demo.round, "Nulmeting 2026", core::Language::Nl);
    const auto before = demo.files(); // previewing writes nothing
    const auto pages = std::make_shared<reports::PageImages>();
    gui::BackgroundJob job;
    REQUIRE(job.start(p.previewJob(pages, 0.5)));
    job.wait();
    REQUIRE(job.state() == gui::BackgroundJob::State::Done);
    const auto workshop = pages->pages.size();
    CHECK(workshop >= 3);
    CHECK(job.message() == std::to_string(workshop) + " pagina's");
    CHECK(pages->pages[0].width == 298); // ceil(595.276 / 2): A4 at half a pixel per point
    // The full report has more pages than the workshop handout.
    p.setDepth(1);
    REQUIRE(job.start(p.previewJob(pages, 0.5)));
    job.wait();
    CHECK(pages->pages.size() > workshop);
    CHECK(demo.files() == before);
}

TEST_CASE("the exchange package is previewed in words, and saved as previewed with its shared state recorded", "[gui][report][exchange]")
{
    DemoFolder demo;
    const gui::ReportPresenter presenter(demo.db, demo.round, "Nulmeting 2026", core::Language::Nl);
    const auto preview = presenter.exchangePreview();
    CHECK_THAT(preview.text, Catch::Contains("Uitwisselpakket van Ziekenhuis Maasoever"));
    CHECK_THAT(preview.text, Catch::Contains("RvB (3)"));
    CHECK(preview.fileName.ends_with(".json"));
    {
        const auto db = db::Database::open(demo.db, db::Database::Mode::ReadOnly);
        CHECK(db.sharedStateCount(demo.round) == 0); // a preview shares nothing
    }
    const auto path = (demo.dir / preview.fileName).string();
    CHECK_THAT(presenter.saveExchange(preview, path), Catch::Contains(path));
    const auto read = app::readPackage(slurp(path));
    REQUIRE(read.package);
    CHECK(read.package->hospitalName == "Ziekenhuis Maasoever");
    CHECK(app::describePackage(*read.package, read.statedHash, core::Language::Nl) == preview.text);
    const auto db = db::Database::open(demo.db, db::Database::Mode::ReadOnly);
    CHECK(db.sharedStateCount(demo.round) == 1);
    CHECK(demo.files() == 2); // the database and the package: nothing temporary left
}
