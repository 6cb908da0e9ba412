#include "core/io/csv.hpp"
#include "generated_input.hpp"

#include <catch2/catch.hpp>

#include <fstream>
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
    CHECK(reader.problem()->render(Language::En) == "line 2: a quoted field is not closed before the end of the file; expected a closing quote (\") after its text");
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

namespace {

/// The problem that stopped the reading, in English (empty when none).
std::string stopReason(std::istream& in, CsvLimits limits = {}, std::size_t* records = nullptr)
{
    CsvReader reader(in, limits);
    CsvRecord r;
    std::size_t n = 0;
    while (reader.next(r))
        ++n;
    if (records)
        *records = n;
    return reader.problem() ? reader.problem()->render(Language::En) : std::string();
}

std::string utf16(const std::string& ascii, bool little, bool bom)
{
    std::string out = bom ? (little ? "\xFF\xFE" : "\xFE\xFF") : "";
    for (const char c : ascii) {
        out += little ? c : '\0';
        out += little ? '\0' : c;
    }
    return out;
}

constexpr std::uint64_t kMiB = 1 << 20;

} // namespace

TEST_CASE("a 200 MB line is refused at the cap, with flat memory", "[core][csv][hostile]")
{
    test::GeneratedInput source(test::GeneratedInput::repeat("respondent,role,item,value\n", "x"), 200 * kMiB);
    std::istream in(&source);
    std::size_t records = 0;
    const auto reason = stopReason(in, {}, &records);
    source.sampleHeap();
    CHECK(records == 1);
    CHECK(reason == "line 2: this line is longer than 64 KiB; lines of an answer file are far shorter. Is this the right file?");
    // The reader stopped at the cap (a chunk past it at most) and never held the line.
    CHECK(source.served() <= 2 * 64 * 1024 + 4096);
    CHECK(source.peakHeapGrowth() < 512 * 1024);
}

TEST_CASE("an endless quoted cell and an endless row of separators stop at their caps", "[core][csv][hostile]")
{
    SECTION("a quote that is never closed")
    {
        test::GeneratedInput source(test::GeneratedInput::repeat("a,b\n1,\"", "no closing quote here\n"), 200 * kMiB);
        std::istream in(&source);
        CHECK(stopReason(in) == "line 2, column B: this quoted cell is longer than 4 KiB; perhaps its closing quote (\") is missing");
        CHECK(source.served() < 256 * 1024);
        CHECK(source.peakHeapGrowth() < 512 * 1024);
    }
    SECTION("separators without end")
    {
        test::GeneratedInput source(test::GeneratedInput::repeat("", ";"), 200 * kMiB);
        std::istream in(&source);
        CHECK(stopReason(in).starts_with("line 1: this line is longer than 64 KiB"));
        CHECK(source.served() < 256 * 1024);
        CHECK(source.peakHeapGrowth() < 4 * kMiB); // 64 Ki empty cells at most
    }
    SECTION("an endless stream of short lines stops at the file cap")
    {
        test::GeneratedInput source(test::GeneratedInput::repeat("", "R01,rvb,strategy.01,4\r\n"), 1024 * kMiB);
        std::istream in(&source);
        CHECK(stopReason(in, CsvLimits{4096, 65536, 2 * kMiB}) ==
              "the file is larger than 2 MiB, far larger than any answer file; is this the right file?");
        CHECK(source.served() <= 2 * kMiB + 64 * 1024);
    }
}

TEST_CASE("the caps are exact: a cell or line at the cap is read, one byte more is not", "[core][csv][hostile]")
{
    const CsvLimits limits{1024, 4096, kMiB};
    const std::string full(1024, 'c');
    std::size_t records = 0;
    std::istringstream atCap(full + "," + full + "," + full + "," + std::string(1021, 'd') + "\n");
    CHECK(stopReason(atCap, limits, &records).empty());
    CHECK(records == 1);
    std::istringstream longCell("a,b\nok," + full + "c\n");
    CHECK(stopReason(longCell, limits) == "line 2, column B: this cell is longer than 1 KiB; cells of an answer file are far "
                                         "shorter. Is this the right file?");
    std::istringstream longLine(full + "," + full + "," + full + "," + std::string(1022, 'd') + "\n");
    CHECK(stopReason(longLine, limits) == "line 1: this line is longer than 4 KiB; lines of an answer file are far shorter. "
                                         "Is this the right file?");
    // The lines a quoted cell continues on count towards the cap of its record.
    std::string quotedCells;
    for (int i = 0; i < 5; ++i)
        quotedCells += "\"" + std::string(1000, 'q') + "\n\",";
    std::istringstream multiLine(quotedCells + "end\n");
    CHECK(stopReason(multiLine, limits).starts_with("line 1: this line is longer than 4 KiB"));
}

TEST_CASE("binary input is not text: NUL bytes, /dev/zero and random bytes", "[core][csv][hostile]")
{
    SECTION("a NUL byte names its line and byte")
    {
        std::istringstream in(std::string("respondent,role\nR01,rvb\nR0\0", 27) + "2,rvb\n");
        std::size_t records = 0;
        CHECK(stopReason(in, {}, &records) == "line 3: this is not a text file: binary data (a NUL byte) at byte 27 of the file; expected "
                                "a CSV file saved as text, such as Excel's \"CSV UTF-8 (Comma delimited)\"");
        CHECK(records == 0); // a NUL in the first chunk stops the reading before any record is used
    }
    SECTION("a spreadsheet (.xlsx) given for a CSV file")
    {
        std::istringstream in(std::string("PK\x03\x04\x14\x00\x06\x00", 8));
        CHECK(stopReason(in).starts_with("line 1: this is not a text file: binary data (a NUL byte) at byte 6 of the file"));
    }
    SECTION("a NUL byte far into the file, after records were read")
    {
        std::string text = "a,b\n";
        while (text.size() < 200 * 1024)
            text += "1,2\n";
        text += std::string("3,\0", 3);
        std::istringstream in(text);
        std::size_t records = 0;
        CHECK(stopReason(in, {}, &records).find("binary data (a NUL byte) at byte " + std::to_string(text.size())) !=
              std::string::npos);
        CHECK(records == (200 * 1024 - 4) / 4 + 1);
    }
    SECTION("zeros without end, as /dev/zero gives them")
    {
        test::GeneratedInput source(test::GeneratedInput::repeat("", std::string(1, '\0')), 1024 * kMiB);
        std::istream in(&source);
        CHECK(stopReason(in).starts_with("line 1: this is not a text file: binary data (a NUL byte) at byte 1 of the file"));
        CHECK(source.served() <= 64 * 1024);
        CHECK(source.peakHeapGrowth() < 512 * 1024);
    }
    SECTION("the real /dev/zero")
    {
        std::ifstream in("/dev/zero", std::ios::binary);
        REQUIRE(in);
        CHECK(stopReason(in).find("binary data (a NUL byte) at byte 1 ") != std::string::npos);
    }
    SECTION("random bytes without end")
    {
        test::GeneratedInput source(test::GeneratedInput::randomByte, 1024 * kMiB);
        std::istream in(&source);
        CHECK(stopReason(in).find("this is not a text file: binary data (a NUL byte)") != std::string::npos);
        CHECK(source.served() <= 64 * 1024);
    }
}

TEST_CASE("UTF-16 is recognised by its byte-order mark or by NULs at alternate bytes", "[core][csv][hostile]")
{
    const std::string text = "respondent,role,item,value\r\nR01,rvb,strategy.01,4\r\n";
    for (const bool little : {true, false})
        for (const bool bom : {true, false}) {
            INFO("little-endian " << little << ", BOM " << bom);
            std::istringstream in(utf16(text, little, bom));
            CsvReader reader(in);
            CsvRecord r;
            CHECK_FALSE(reader.next(r));
            REQUIRE(reader.problem());
            const auto en = reader.problem()->render(Language::En);
            CHECK(en.starts_with(little ? "the file is UTF-16LE text" : "the file is UTF-16BE text"));
            CHECK(en.find("File > Save As, the type \"CSV UTF-8 (Comma delimited)\"") != std::string::npos);
            CHECK(reader.problem()->render(Language::Nl).find("Bestand > Opslaan als") != std::string::npos);
        }
    // Text that merely holds a NUL somewhere is binary, not UTF-16.
    std::istringstream notUtf16(std::string("respondent,role\n\0", 17));
    CHECK(stopReason(notUtf16).find("not a text file") != std::string::npos);
}

TEST_CASE("CR-only line ends (Excel's \"CSV (Macintosh)\") are line ends", "[core][csv]")
{
    const auto records = readAll("respondent;role\rR01;\"two\rlines\"\rR02;rvb\r");
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == std::vector<std::string>{"R01", "two\nlines"});
    CHECK(records[2].line == 4);
    CHECK(records[2].fields == std::vector<std::string>{"R02", "rvb"});

    SECTION("a CRLF split over two chunks is one line end")
    {
        std::string text;
        std::size_t lines = 0;
        while (text.size() + 100 < 65535) {
            text += std::string(98, 'z') + "\r\n";
            ++lines;
        }
        text += std::string(65535 - text.size(), 'y') + "\r\nlast\r\n";
        REQUIRE(text[65535] == '\r');
        REQUIRE(text[65536] == '\n');
        const auto all = readAll(text);
        REQUIRE(all.size() == lines + 2);
        CHECK(all.back().fields == std::vector<std::string>{"last"});
        CHECK(all.back().line == lines + 2);
    }
}

TEST_CASE("a byte-order mark in mid-file is reported visibly and removed", "[core][csv][hostile]")
{
    std::istringstream in("\xEF\xBB\xBF" "a,b\n1,2\n\xEF\xBB\xBF" "a,b\n");
    CsvReader reader(in);
    CsvRecord r;
    REQUIRE(reader.next(r));
    CHECK(reader.takeFindings().empty()); // at the start it belongs
    REQUIRE(reader.next(r));
    REQUIRE(reader.next(r));
    CHECK(r.fields == std::vector<std::string>{"a", "b"});
    const auto findings = reader.takeFindings();
    REQUIRE(findings.size() == 1);
    const auto en = findings[0].render(Language::En);
    CHECK(en.starts_with("line 3: an invisible byte-order mark (U+FEFF) is in this line"));
    CHECK(en.find("two files joined") != std::string::npos);
    CHECK(en.find("\xEF\xBB\xBF") == std::string::npos);
    CHECK(reader.takeFindings().empty());
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
