#pragma once
// Recommendations and the action plan, for people and as JSON.

#include "core/advice/recommendations.hpp"
#include "core/answers/records.hpp"
#include "reports/table.hpp"

#include <map>
#include <string>
#include <vector>

namespace reports {

/// The elements and themes a recommendation targets, by name.
std::string targetsLabel(const core::Recommendation& r, const core::Instrument& instrument, core::Language lang);

/// The first `top` triggered recommendations: rank, title, targets and audience; with `withIds` also
/// the code that `recommend --explain` takes (the command line), without it for a screen.
Table adviceTable(const std::vector<core::Advice>& advice, std::size_t top, const core::Instrument& instrument,
                  core::Language lang, bool withIds = false);
/// For each of the first `top`: its text, every figure behind it, and its source; with
/// `outsideHospital`, the figures without anything below party level (no vakgroep by name).
std::vector<std::string> adviceDetails(const std::vector<core::Advice>& advice, std::size_t top, const core::Instrument& instrument,
                                       core::Language lang, bool outsideHospital = false);
/// The triggered recommendations grouped by 7S element and by theme (ids).
Table adviceByDimension(const std::vector<core::Advice>& advice, const core::Instrument& instrument, core::Language lang);
/// Why a recommendation did or did not trigger: every test with its figure and rule.
std::vector<std::string> explanation(const core::Advice& advice, core::Language lang);
/// As data (recommend --format csv): one row per recommendation, the fields of the JSON with
/// codes, and the figures behind it joined by "; ".
Table adviceRows(const std::vector<core::Advice>& advice, core::Language lang);
/// As data (recommend --explain ID --format csv): one row per test of the trigger.
Table testRows(const core::Advice& advice, core::Language lang);
std::string adviceJson(const std::vector<core::Advice>& advice, core::Language lang);

/// The actions with, for those agreed in an earlier round, the change in their targets since.
Table actionTable(const std::vector<core::Action>& actions,
                  const std::map<core::Id, std::vector<core::ActionProgress>>& progress,
                  const core::Instrument& instrument, core::Language lang);

} // namespace reports
