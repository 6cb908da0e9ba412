#pragma once
// The scores of a round as data: a table for people, nested JSON and flat CSV rows for programs.
// Parties below the anonymity threshold appear in none of them.

#include "core/instrument.hpp"
#include "core/scoring.hpp"
#include "reports/table.hpp"

#include <string>
#include <vector>

namespace reports {

/// Rows: the seven elements, then the five themes; columns: each shown party's mean, then the
/// overall score (each party weighing equally).
Table scoreTable(const core::Scores& scores, const core::Instrument& instrument, core::Language lang);

/// One row per element or theme and shown party: dimension, party, n, mean, sd.
Table scoreRows(const core::Scores& scores, core::Language lang);

/// The JSON document of `samenspel score --format json` (see docs/score-json.md).
std::string scoreJson(const core::Scores& scores);

/// Lines for under the table: how overall is computed, and who was left out and why.
std::vector<std::string> scoreNotes(const core::Scores& scores, const core::Instrument& instrument,
                                    core::Language lang);

} // namespace reports
