#pragma once
// A round's answers as CSV, in and out, for the command line and the desktop program.

#include "core/answers/answer_import.hpp"
#include "core/io/csv.hpp"
#include "core/text/i18n.hpp"
#include "core/answers/records.hpp"
#include "reports/limesurvey_survey.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace db {
class Database;
}

namespace app {

/// Writes every answer of the round; returns the number of answer rows written.
std::size_t writeAnswersCsv(const db::Database& db, core::Id round, std::ostream& out, const core::CsvDialect& dialect);

/// A LimeSurvey survey for the round: its threshold k, its check, its hospital and name in the title.
reports::limesurvey::StructureOptions surveyOptions(const db::Database& db, core::Id round);

/// What an import stored: "Imported the answers of 3 respondents (long layout, separator ';'): …".
std::string importedSummary(const core::ImportSummary& summary, core::Language lang);
/// What a LimeSurvey import left out: responses never submitted (or taken on request), and the
/// columns that are never stored (IP addresses, tokens, referrers, dates, timings).
/// `includeOption` names how to import the responses never submitted too (an option, a box).
std::vector<std::string> limeSurveyNotes(const core::ImportSummary& summary, core::Language lang,
                                         const std::string& includeOption);
/// The note that lines were read as Windows-1252 because they were not UTF-8.
std::string windows1252Note(std::size_t lines, core::Language lang);

} // namespace app
