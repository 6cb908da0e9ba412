#pragma once
// What the rows of every answer file go through, whatever its layout (ours, LimeSurvey's): each
// respondent checked and begun once, each answer checked, stored and counted, every problem listed
// with its line and column.

#include "core/answers/answer_import.hpp"

#include <unordered_map>

namespace core::detail {

class AnswerRows {
public:
    AnswerRows(const Instrument& instrument, AnswerSink& sink, ImportSummary& summary)
        : m_instrument(instrument), m_sink(sink), m_summary(summary)
    {
    }

    const Instrument& instrument() const { return m_instrument; }
    ImportSummary& summary() { return m_summary; }
    bool stopped() const { return m_stopped; }

    void problem(std::size_t line, std::string column, std::string value, TextKey what,
                 std::vector<std::string> args = {});
    /// The next record, with the reader's findings on the way counted as problems.
    bool read(CsvReader& reader, CsvRecord& record);
    /// Calls `row` for each record up to the end of the input (or a stop), blank ones skipped, each
    /// counted in the summary's rows.
    template <typename Row>
    void eachRow(CsvReader& reader, Row&& row)
    {
        CsvRecord record;
        while (!m_stopped && read(reader, record)) {
            if (record.blank())
                continue;
            ++m_summary.rows;
            row(record);
        }
    }
    /// "D (value)": a column by its letter and heading, as the problems name it.
    static std::string columnName(const std::vector<std::string>& header, std::size_t i);
    /// True when the record has as many fields as the header; spreadsheets end every line with the
    /// same number of separators, so extra empty cells at the end (a trailing ';') are harmless.
    /// Otherwise a problem.
    bool fieldCount(const CsvRecord& record, std::size_t headerSize);
    /// Counts the reader's problem, if it stopped early, and its Windows-1252 lines.
    void finish(const CsvReader& reader);

    /// Checks the respondent's code and role (`role` nullopt: `roleProblem` is the problem) and
    /// begins a new respondent; nullopt when the row cannot be used. `oneRowEach`: a second row of
    /// a respondent is a problem (wide layouts).
    std::optional<Role> respondent(std::size_t line, const std::string& codeColumn, const std::string& code,
                                   const std::string& roleColumn, const std::string& roleText, std::optional<Role> role,
                                   const Message& roleProblem, bool oneRowEach);
    /// Stores a cell's value (`parsed`, from `cell`) for a respondent begun before.
    void answer(std::size_t line, const std::string& column, const std::string& cell, const Question& q, Role role,
                const std::string& code, const ParsedValue& parsed);

private:
    struct Seen {
        Role role;
        std::size_t line;
    };
    const Instrument& m_instrument;
    AnswerSink& m_sink;
    ImportSummary& m_summary;
    std::unordered_map<std::string, Seen> m_respondents;
    bool m_stopped = false;
};

/// A LimeSurvey heading's code: "sharedvalues[04a]" also from "sharedvalues[04a]. In ons ziekenhuis …"
/// (the export's "Question code & question text" headings).
std::string limeSurveyCode(std::string_view heading);

/// Reads a LimeSurvey response export after its header (response_import.cpp).
void importLimeSurvey(CsvReader& reader, const CsvRecord& header, AnswerRows& rows, const ImportOptions& options);

} // namespace core::detail
