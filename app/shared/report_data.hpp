#pragma once
// Everything the assessment report of a round shows, gathered from the database: the same for
// "samenspel report" and the desktop program's Report page.

#include "reports/assessment_report.hpp"
#include "round_data.hpp"

#include <memory>
#include <string>

namespace app {

struct ReportData {
    RoundData data;
    reports::ReportInput input; ///< points into data
};

/// Gathers a round's report: analysis, recommendations, incentives under the current model, and
/// for the full depth the action plan with each action's progress since the previous round.
std::unique_ptr<ReportData> gatherReport(const db::Database& db, core::Id round, reports::ReportDepth depth,
                                         core::Language lang, std::string advisor, std::string date);

} // namespace app
