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
class AnswerSink {
public:
    enum class Status { Ok, Exists, Duplicate };
    virtual ~AnswerSink() = default;
    /// Called once per respondent code, on its first row. Exists: already stored (and not replaced).
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
    std::vector<ImportProblem> problems;
    bool ok() const { return problems.empty(); }
};

/// Reads the whole stream; answers go to the sink as they are read, even after a problem, so
/// that every problem (duplicates included) is found in one pass.
ImportSummary importAnswers(std::istream& in, const Instrument& instrument, AnswerSink& sink);

} // namespace core
