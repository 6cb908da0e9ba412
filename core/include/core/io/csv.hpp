#pragma once
// CSV as spreadsheets write it: UTF-8 with or without BOM (or Windows-1252, as Excel's plain
// "CSV" does on a Dutch Windows machine), ',' or ';' separators, CRLF, LF or CR (Excel's "CSV
// (Macintosh)") line ends, quoted fields holding separators, quotes and line breaks. Anything
// else a user may pick (a spreadsheet, UTF-16, a binary file, an endless device) is refused
// with the reason, after reading no more than the caps below.

#include "core/text/i18n.hpp"

#include <cstdint>
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

/// One problem in a CSV file: where it is and what is wrong.
struct CsvProblem {
    std::size_t line = 0; ///< 0 when it concerns the file as a whole
    std::string column;   ///< e.g. "D (value)"; empty when it concerns the line
    std::string value;    ///< the offending cell as a message may show it (see visibleText)
    Message what;
    std::string render(Language lang) const;
};

/// The most a reader takes in. A real answer file stays far below each (see the README).
struct CsvLimits {
    std::size_t fieldBytes = 4 * 1024;                  ///< one cell
    std::size_t lineBytes = 64 * 1024;                  ///< one record, with the lines its quoted cells continue on
    std::uint64_t fileBytes = std::uint64_t{256} << 20; ///< the whole file
};

/// Reads records one at a time in chunks of at most 64 KiB, so memory stays flat whatever the
/// input: it stops at the first cap reached, NUL byte, or sign of UTF-16.
class CsvReader {
public:
    explicit CsvReader(std::istream& in, CsvLimits limits = {});
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The next record; false at the end of the input or after a problem that stops the reading
    /// (see problem()).
    bool next(CsvRecord& record);
    /// The separator, detected from the first line with content: ';' when it has more ';' than ','
    /// outside quotes.
    char separator() const { return m_separator; }
    /// Set when the reading stopped early: the input ends inside a quoted field, cannot be read,
    /// is not text we read (binary, UTF-16), or passes a cap.
    const std::optional<CsvProblem>& problem() const { return m_problem; }
    /// Problems that do not stop the reading (a byte-order mark in mid-file) found since the
    /// last call.
    std::vector<CsvProblem> takeFindings();
    /// Lines that were not valid UTF-8 and were read as Windows-1252.
    std::size_t windows1252Lines() const { return m_windows1252Lines; }
    /// True once a line held more than blanks (spaces, tabs, line ends).
    bool sawText() const { return m_sawText; }

private:
    bool fill();
    bool readLine(std::string& line);
    void postProcess(std::string& line);
    void stop(std::size_t line, std::string column, Message what);

    std::istream& m_in;
    CsvLimits m_limits;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;        // next unread byte in m_buffer
    std::size_t m_end = 0;        // bytes held in m_buffer
    std::uint64_t m_consumed = 0; // bytes of the input before m_buffer
    bool m_atEnd = false;
    bool m_started = false;
    bool m_nulInFirstChunk = false;
    std::size_t m_line = 0;
    std::size_t m_recordLine = 0;
    std::size_t m_recordBytes = 0;
    char m_separator = ',';
    bool m_separatorKnown = false;
    bool m_sawText = false;
    std::size_t m_windows1252Lines = 0;
    std::optional<CsvProblem> m_problem;
    std::vector<CsvProblem> m_findings;
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
