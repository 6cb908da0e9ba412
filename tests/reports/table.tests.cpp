#include "reports/table.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using reports::Cell;

TEST_CASE("a table as text, JSON and CSV", "[reports][table]")
{
    reports::Table t;
    t.columns = {{"id", "id", true}, {"name", "naam"}, {"score", "score", true}};
    t.rows = {{Cell::of(7LL), Cell::of(std::string("Cliëntenraad, Oost")), Cell::of(61.256, 1)},
              {Cell::of(12LL), Cell::of(std::string("=SUM(A1)")), Cell::empty()}};

    std::ostringstream text;
    reports::writeTable(text, t, reports::TableFormat::Text);
    CHECK(text.str() == "id  naam                score\n"
                        "--  ------------------  -----\n"
                        " 7  Cliëntenraad, Oost   61.3\n"
                        "12  =SUM(A1)\n");

    std::ostringstream json;
    reports::writeTable(json, t, reports::TableFormat::Json);
    const auto doc = nlohmann::json::parse(json.str());
    REQUIRE(doc.size() == 2);
    CHECK(doc[0]["id"].is_number_integer());
    CHECK(doc[0]["score"].get<double>() == Approx(61.256));
    CHECK(doc[1]["score"].is_null());

    std::ostringstream csv;
    reports::writeTable(csv, t, reports::TableFormat::Csv);
    // A text cell that a spreadsheet would run as a formula is neutralised; numbers are not.
    CHECK(csv.str() == "id,name,score\n7,\"Cliëntenraad, Oost\",61.3\n12,'=SUM(A1),\n");
}

TEST_CASE("money in a document keeps together and has a true minus", "[reports][table]")
{
    CHECK(reports::typeset("(-€ 2.460 per jaar)") == "(\u2212\u2060€\u00a02.460 per jaar)");
    CHECK(reports::typeset("+€ 18.290 and €856,267; -€856,267") == "+\u2060€\u00a018.290 and €856,267; \u2212\u2060€856,267");
    CHECK(reports::typeset("a - b, 5 - 3, €") == "a - b, 5 - 3, €"); // a dash that is not money stays
    const std::string once = reports::typeset("-€ 1");
    CHECK(reports::typeset(once) == once);
}
