// The Comparison page without a display: the national demo's forty hospitals by measure and peer
// group, by name and never by value, and reading packages in all or nothing.
#include "comparison/comparison_presenter.hpp"
#include "temp_database.hpp"

#include "national_demo.hpp"

#include <catch2/catch.hpp>

#include <fstream>

TEST_CASE("the comparison page shows the national demo by measure and peer group, listed by name", "[gui][comparison]")
{
    TempDatabase temp;
    auto db = db::Database::open(temp.path, db::Database::Mode::CreateIfMissing);
    gui::ComparisonPresenter page(core::Language::En);
    page.load(db);
    CHECK(page.empty());
    CHECK_THAT(page.headline(), Catch::Contains("holds no exchange packages"));
    CHECK(page.summary().rows.empty());

    const auto files = app::writeNationalDemo(db, (temp.dir / "packages").string());
    page.load(db);
    CHECK_THAT(page.headline(), Catch::Contains("40 hospitals"));
    CHECK_THAT(page.headline(), Catch::Contains("No ranking"));
    const auto labels = page.measureLabels();
    REQUIRE(labels.size() == core::measureCodes().size());
    CHECK(labels[0] == "Gelijkgerichtheidsindex");
    CHECK(labels[3] == "Structure: hospital side minus medical side"); // the gaps come right after the index
    CHECK_FALSE(page.funnel()); // the index has no precision per hospital
    page.setMeasure(3);
    REQUIRE(page.compared().size() == 1);
    CHECK(page.compared()[0].comparison.hospitals == 40);
    CHECK(page.funnel());
    const auto table = page.hospitals();
    REQUIRE(table.rows.size() == 40);
    for (std::size_t i = 1; i < table.rows.size(); ++i)
        CHECK(table.rows[i - 1][1].text <= table.rows[i][1].text); // by name
    page.setGrouping(1); // by hospital type: some groups too small to compare
    CHECK(page.compared().size() > 2);
    std::size_t shownRows = 0;
    for (const auto& g : page.compared())
        shownRows += g.comparison.shown ? g.comparison.rows.size() : 0;
    CHECK(page.hospitals().rows.size() == shownRows);
    CHECK(shownRows < 40);

    // A changed package among good ones: nothing is read in, and the problem names the file.
    std::ofstream(temp.dir / "changed.json") << "{\"format\": \"samenspel-exchange\"}\n";
    try {
        page.import(db, {files.back(), (temp.dir / "changed.json").string()});
        FAIL("a changed package was read in");
    } catch (const core::InvalidData& e) {
        CHECK_THAT(e.describe(core::Language::En), Catch::Contains("changed.json"));
        CHECK_THAT(e.describe(core::Language::En), Catch::Contains("was imported before"));
    }
    CHECK(db.packages().size() == files.size());
}
