#pragma once
// Reading answers from CSV: ours, long (respondent,role,item,value) or wide (respondent,role,<item
// codes…>), or LimeSurvey's response export of the survey written by reports::limesurvey
// (docs/limesurvey.md). Answers stream to a sink as they are read; every problem is collected
// with its line and column, and the caller writes nothing unless there are none.

#include "core/answers/answer.hpp"
#include "core/io/csv.hpp"
#include "core/instrument/instrument.hpp"

#include <istream>
#include <string>
#include <vector>

namespace core {

enum class CsvLayout { Long, Wide, LimeSurvey };

/// Which program wrote the file: told by the caller, or found from the header line.
enum class AnswerSource { Detect, Samenspel, LimeSurvey };

struct ImportOptions {
    AnswerSource from = AnswerSource::Detect;
    /// LimeSurvey: also the responses that were never submitted (no submitdate).
    bool includeIncomplete = false;
    /// LimeSurvey: the round's check (limesurvey::roundCheck); a survey written for another round
    /// is refused. Empty: not checked.
    std::string roundCheck;
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
    std::size_t incompleteLeftOut = 0; ///< LimeSurvey: responses never submitted, left out
    std::size_t incompleteTaken = 0;   ///< LimeSurvey: responses never submitted, imported on request
    std::size_t withoutAnswers = 0;    ///< LimeSurvey: responses without a single answer, left out
    /// LimeSurvey: the file's columns that say who, where from or when (token, ipaddr, refurl,
    /// startdate, datestamp, seed), never stored; and how many timing columns it has, never stored.
    std::vector<std::string> leftOutColumns;
    std::size_t timingColumns = 0;
    /// The first kListedProblems problems in the order found, then the one that stopped the reading
    /// (if any) even past that number; the rest are only counted, so that memory stays bounded
    /// however many there are.
    std::vector<CsvProblem> problems;
    std::size_t problemCount = 0; ///< every problem, listed or not
    static constexpr std::size_t kListedProblems = 50;
    bool ok() const { return problemCount == 0; }
    /// Counts the problem, and lists it (its value made short and visible) while fewer than
    /// kListedProblems are listed, or when it stopped the reading.
    void add(CsvProblem problem, bool stoppedReading = false);
};

/// At most this many respondents are read from one file: several times the staff of the
/// largest Dutch hospital, so that an endless or wrong file cannot fill the memory.
constexpr std::size_t kMaxImportRespondents = 100000;

/// A LimeSurvey response export's header: "id" first, and submitdate, lastpage or startlanguage.
bool isLimeSurveyHeader(const std::vector<std::string>& fields);

/// Reads the whole stream; answers go to the sink as they are read, even after a problem, so
/// that every problem (duplicates included) is found in one pass. A header without the
/// respondent and role columns stops the reading (then no row can be understood), and so do the
/// reader's problems (see CsvReader) and more than kMaxImportRespondents respondents.
/// Long layout: columns after item and value are ignored (a remarks column, say). Wide layout:
/// a column with an empty header is ignored as long as its cells are empty.
/// LimeSurvey: a response is the respondent "LS-<id>" ("LS-<role>-<id>" from a survey for one
/// role); incomplete responses are left out unless asked; only the answers are read.
ImportSummary importAnswers(std::istream& in, const Instrument& instrument, AnswerSink& sink,
                            const ImportOptions& options = {});

} // namespace core
