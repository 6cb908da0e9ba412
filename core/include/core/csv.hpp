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
    /// The separator, detected from the first line: ';' when it has more ';' than ',' outside quotes.
    char separator() const { return m_separator; }
    /// Set when the input ends inside a quoted field.
    const std::optional<Message>& problem() const { return m_problem; }

private:
    bool readLine(std::string& line);

    std::istream& m_in;
    char m_separator = ',';
    std::size_t m_line = 0;
    bool m_first = true;
    std::optional<std::string> m_pending;
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

/// "A", "B", …, "Z", "AA": the spreadsheet name of a 0-based column.
std::string columnLetter(std::size_t index);

} // namespace core
