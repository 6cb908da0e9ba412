#pragma once
// Everything the assessment report of a round shows, gathered from the database: the same for
// "samenspel report" and the desktop program's Report page.

#include "reports/assessment_report.hpp"
#include "round_data.hpp"

#include <memory>
#include <optional>
#include <string>

namespace app {

struct ReportData {
    RoundData data;
    std::optional<RoundData> previous;  ///< the organisation's previous round, when there is one
    reports::ReportInput input;         ///< points into data
    std::vector<SharedRecord> toRecord; ///< Shared basis: store these before the report is written
    bool waiting = false;               ///< Shared basis: newer answers of a round in it are not shared yet
};

/// Gathers a round's report: analysis, recommendations, incentives under the current model, the
/// numbers invited, the change since the organisation's previous round, and for the full depth the
/// action plan with each action's progress since then. A
/// report is meant for sharing, so by default every round in it is read as shared (round_data.hpp).
std::unique_ptr<ReportData> gatherReport(const db::Database& db, core::Id round, reports::ReportDepth depth,
                                         core::Language lang, std::string advisor, std::string date,
                                         Basis basis = Basis::Shared);

} // namespace app
