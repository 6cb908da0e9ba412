#pragma once
// CSV as spreadsheets write it: UTF-8 with or without BOM (or Windows-1252, as Excel's plain
// "CSV" does on a Dutch Windows machine), ',' or ';' separators, CRLF or LF, quoted fields
// holding separators, quotes and line breaks.

#include "core/i18n.hpp"

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct CsvRecord {
    std::vector<std::string> fields;
    std::size_t line = 0; ///< the physical line the record starts on, from 1
    bool blank() const;   ///< every field empty (spreadsheets append such rows)
};

/// Reads records one at a time, so memory does not grow with the file.
class CsvReader {
public:
    explicit CsvReader(std::istream& in);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The next record; false at the end of the input or after a broken record (see problem()).
    bool next(CsvRecord& record);
    /// The separator, detected from the first line with content: ';' when it has more ';' than ','
    /// outside quotes.
    char separator() const { return m_separator; }
    /// Set when the input ends inside a quoted field, cannot be read, or is not text we read.
    const std::optional<Message>& problem() const { return m_problem; }
    /// Lines that were not valid UTF-8 and were read as Windows-1252.
    std::size_t windows1252Lines() const { return m_windows1252Lines; }

private:
    bool readLine(std::string& line);

    std::istream& m_in;
    char m_separator = ',';
    std::size_t m_line = 0;
    bool m_first = true;
    bool m_separatorKnown = false;
    std::size_t m_windows1252Lines = 0;
    std::optional<Message> m_problem;
};

/// How a CSV file is written: the plain default, or what Excel on a Dutch Windows machine reads
/// directly (BOM, ';', CRLF).
struct CsvDialect {
    char separator = ',';
    bool bom = false;
    bool crlf = false;
    static CsvDialect standard() { return {}; }
    static CsvDialect excelNl() { return {';', true, true}; }
};

/// Writes records; the single place where fields are quoted.
class CsvWriter {
public:
    CsvWriter(std::ostream& out, CsvDialect dialect);
    void row(const std::vector<std::string>& fields);

private:
    std::ostream& m_out;
    CsvDialect m_dialect;
};

/// Text that a spreadsheet would run as a formula gets a leading apostrophe, so that opening an
/// exported file never executes anything: text starting with a tab or CR, or whose first
/// character after blanks is =, +, -, @ or their full-width forms (＝ ＋ － ＠).
std::string neutraliseFormula(const std::string& text);

/// "A", "B", …, "Z", "AA": the spreadsheet name of a 0-based column.
std::string columnLetter(std::size_t index);

} // namespace core
