#pragma once
// The assessment report an advisor hands to the boards, as PDF (A4, fonts embedded, table of
// contents, running header, page numbers). Depths: workshop (a short handout), full (for the
// advisor), aggregate (nothing below party level, for sharing outside the hospital).

#include "core/analysis/analysis.hpp"
#include "core/analysis/round_change.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/advice/recommendations.hpp"
#include "core/answers/records.hpp"
#include "reports/pdf_document.hpp"
#include "reports/table.hpp"

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace reports {

enum class ReportDepth { Workshop, Full, Aggregate };
std::optional<ReportDepth> depthFromCode(std::string_view code);

/// Everything a report shows, gathered by the caller.
struct ReportInput {
    core::Organisation organisation;
    core::Assessment round;
    const core::Instrument* instrument = nullptr;
    const core::Analysis* analysis = nullptr;
    std::vector<core::Advice> advice;
    std::vector<core::Action> actions;
    std::map<core::Id, std::vector<core::ActionProgress>> progress;
    std::optional<core::IncentiveInputs> incentives;
    std::vector<core::Scenario> scenarios;
    std::vector<core::ScenarioOutcome> outcomes; ///< per scenario, under the current model
    std::string advisor;
    std::string date; ///< of the report, YYYY-MM-DD
    /// The organisation's previous round, when there is one, and how the shown figures moved since.
    struct Earlier {
        core::Assessment round;
        core::RoundChanges changes;
    };
    std::optional<Earlier> previous;
    /// Per role, how many people were invited, where the advisor stored it: the response rate of
    /// the shown roles.
    std::map<core::Role, int> invited;
    /// The majority answer per profile question, per shown board (core::RoundFacts::profile): for
    /// the questions of the round's modules.
    std::map<std::string, std::map<std::string, std::string>> boardAnswers;
};

/// Writes the PDF to `out` (draft passes first, so that the contents know their pages). Returns
/// the number of words in tables that had to break across lines (0 in a good layout).
std::size_t writePdfReport(std::ostream& out, const ReportInput& input, ReportDepth depth, core::Language lang);
/// The PDF's pages as images (the desktop program's preview): same content, same page breaks.
void previewPdfReport(PageImages& images, const ReportInput& input, ReportDepth depth, core::Language lang);
/// The same content as one self-contained HTML file (inline SVG charts; prints well).
void writeHtmlReport(std::ostream& out, const ReportInput& input, ReportDepth depth, core::Language lang);
/// The report's figures as data (docs/report-data.md), as named tables of codes and numbers:
/// scores (one row per party and element or theme), gaps, index, agenda, recommendations, and
/// beyond the workshop alpha and scenarios, in the full report the actions.
std::vector<std::pair<std::string, Table>> reportTables(const ReportInput& input, ReportDepth depth, core::Language lang);
std::vector<std::string> reportTableNames(const ReportInput& input, ReportDepth depth);
/// JSON: every table with the report's particulars; CSV: the one table named `table` (one of
/// reportTableNames; anything else is std::invalid_argument), text that a spreadsheet would read
/// as a formula neutralised.
void writeDataReport(std::ostream& out, const ReportInput& input, ReportDepth depth, core::Language lang, bool json,
                     const std::string& table = "scores");

} // namespace reports
