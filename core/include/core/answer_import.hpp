#pragma once
// Reading answers from CSV, long (respondent,role,item,value) or wide (respondent,role,<item
// codes…>). Answers stream to a sink as they are read; every problem is collected with its
// line and column, and the caller writes nothing unless there are none.

#include "core/answer.hpp"
#include "core/instrument.hpp"

#include <istream>
#include <string>
#include <vector>

namespace core {

enum class CsvLayout { Long, Wide };

/// One problem in an import file.
struct ImportProblem {
    std::size_t line = 0; ///< 0 when it concerns the file as a whole
    std::string column;   ///< e.g. "D (value)"; empty when it concerns the line
    std::string value;    ///< the offending cell as read
    Message what;
    std::string render(Language lang) const;
};

/// Where imported answers go. Implemented by the database layer inside one transaction.
/// Respondent codes are compared without regard to case: "r01" and "R01" are one respondent.
class AnswerSink {
public:
    enum class Status { Ok, Exists, Duplicate };
    virtual ~AnswerSink() = default;
    /// Called once per respondent code, on its first row. Exists: already stored (and not
    /// replaced). A respondent is stored with its first answer, so one without answers is not.
    virtual Status beginRespondent(const std::string& code, Role role) = 0;
    /// Duplicate: this respondent already has an answer to the item in this file.
    virtual Status addAnswer(const std::string& respondent, const std::string& item, const AnswerValue& value) = 0;
};

struct ImportSummary {
    CsvLayout layout = CsvLayout::Long;
    char separator = ',';
    std::size_t rows = 0;
    std::size_t respondents = 0;
    std::size_t answers = 0;   ///< with a value
    std::size_t noAnswers = 0; ///< "weet niet / n.v.t." or empty
    std::size_t windows1252Lines = 0; ///< lines that were not UTF-8 and were read as Windows-1252
    std::vector<ImportProblem> problems;
    bool ok() const { return problems.empty(); }
};

/// Reads the whole stream; answers go to the sink as they are read, even after a problem, so
/// that every problem (duplicates included) is found in one pass. Only a header without the
/// respondent and role columns stops the reading: then no row can be understood.
/// Long layout: columns after item and value are ignored (a remarks column, say). Wide layout:
/// a column with an empty header is ignored as long as its cells are empty.
ImportSummary importAnswers(std::istream& in, const Instrument& instrument, AnswerSink& sink);

} // namespace core
