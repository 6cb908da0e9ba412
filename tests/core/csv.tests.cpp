#include "core/csv.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace core;

namespace {

std::vector<CsvRecord> readAll(const std::string& text, char* separator = nullptr)
{
    std::istringstream in(text);
    CsvReader reader(in);
    std::vector<CsvRecord> out;
    CsvRecord r;
    while (reader.next(r))
        out.push_back(r);
    if (separator)
        *separator = reader.separator();
    return out;
}

/// Builds a file from rows of fields in a dialect, quoting like a spreadsheet does.
std::string build(const std::vector<std::vector<std::string>>& rows, char sep, bool bom, bool crlf)
{
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += sep;
            const auto& f = row[i];
            if (f.find_first_of(std::string{sep, '"', '\n'}) != std::string::npos) {
                out += '"';
                for (char c : f)
                    out += c == '"' ? std::string("\"\"") : c == '\n' && crlf ? std::string("\r\n") : std::string(1, c);
                out += '"';
            } else {
                out += f;
            }
        }
        out += crlf ? "\r\n" : "\n";
    }
    return out;
}

} // namespace

TEST_CASE("the CSV dialect matrix reads the same records", "[core][csv]")
{
    const std::vector<std::vector<std::string>> rows{
        {"respondent", "role", "item", "value"},
        {"R01", "rvb", "strategy.01", "4"},
        {"R02", "gp", "note", "has, a comma; and a semicolon"},
        {"R03", "nursing", "quote", "she said \"weet niet\""},
        {"R04", "other", "multi", "first line\nsecond line"},
        {"R05", "rvb", "accents", "cliëntenraad één"},
        {"R06", "rvb", "empty", ""},
    };
    for (const char sep : {',', ';'})
        for (const bool bom : {false, true})
            for (const bool crlf : {false, true}) {
                INFO("separator " << sep << " bom " << bom << " crlf " << crlf);
                char detected = 0;
                const auto records = readAll(build(rows, sep, bom, crlf), &detected);
                CHECK(detected == sep);
                REQUIRE(records.size() == rows.size());
                for (std::size_t i = 0; i < rows.size(); ++i)
                    CHECK(records[i].fields == rows[i]);
                // The multi-line field starts on line 5 and the next record on line 7.
                CHECK(records[4].line == 5);
                CHECK(records[5].line == 7);
            }
}

TEST_CASE("a CSV file saved by Excel as plain CSV on a Dutch Windows machine", "[core][csv]")
{
    // Windows-1252: 0xEB is ë, 0x80 is the euro sign; separator ';', CRLF, no BOM.
    const std::string text = "respondent;role;item;value\r\nR\xEB;rvb;x;\x80 5\r\n";
    const auto records = readAll(text);
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields[0] == "Rë");
    CHECK(records[1].fields[3] == "€ 5");
}

TEST_CASE("an unclosed quote is reported with the line it starts on", "[core][csv]")
{
    std::istringstream in("a,b\n1,\"open\n2,3\n");
    CsvReader reader(in);
    CsvRecord r;
    CHECK(reader.next(r));
    CHECK_FALSE(reader.next(r));
    REQUIRE(reader.problem());
    CHECK(reader.problem()->render(Language::En) == "line 2: a quoted field is not closed before the end of the file");
}

TEST_CASE("the writer quotes only what needs it and reads back the same", "[core][csv]")
{
    const std::vector<std::string> fields{"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""};
    for (const auto dialect : {CsvDialect::standard(), CsvDialect::excelNl()}) {
        std::ostringstream out;
        CsvWriter writer(out, dialect);
        writer.row(fields);
        const auto records = readAll(out.str());
        REQUIRE(records.size() == 1);
        CHECK(records[0].fields == fields);
    }
    std::ostringstream out;
    CsvWriter(out, CsvDialect::standard()).row({"plain", "a,b", "say \"hi\""});
    CHECK(out.str() == "plain,\"a,b\",\"say \"\"hi\"\"\"\n");
    std::ostringstream excel;
    CsvWriter(excel, CsvDialect::excelNl()).row({"a", "b"});
    CHECK(excel.str() == "\xEF\xBB\xBF" "a;b\r\n");
}

TEST_CASE("spreadsheet column letters", "[core][csv]")
{
    CHECK(columnLetter(0) == "A");
    CHECK(columnLetter(25) == "Z");
    CHECK(columnLetter(26) == "AA");
    CHECK(columnLetter(27) == "AB");
    CHECK(columnLetter(701) == "ZZ");
    CHECK(columnLetter(702) == "AAA");
}

TEST_CASE("formulas are neutralised, also behind blanks and in full-width forms", "[core][csv]")
{
    for (const std::string formula : {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\tplain", "\rplain", "  =HYPERLINK(\"x\")",
                                      " \t@SUM(A1)", "\n=1", "\xEF\xBC\x9D" "1+1", "\xEF\xBC\x8B" "1", "\xEF\xBC\x8D" "1",
                                      "\xEF\xBC\xA0" "SUM(A1)", "  \xEF\xBC\x9D" "1"}) {
        INFO(formula);
        CHECK(neutraliseFormula(formula) == "'" + formula);
    }
    for (const std::string plain : {"", "R01", " R01", "a=b", "   ", "1", "cliënt", "\xEF\xBC\xA1"}) {
        INFO(plain);
        CHECK(neutraliseFormula(plain) == plain);
    }
}
