#pragma once
// The change since the organisation's previous round (core/analysis/round_change.hpp) as a chart,
// tables and lines for people, and as rows for programs. Only parties shown in both rounds.

#include "core/analysis/round_change.hpp"
#include "core/instrument/instrument.hpp"
#include "reports/document_sink.hpp"
#include "reports/table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace reports {

/// Elements and themes (rows) x the parties shown in both rounds: the change in points, coloured
/// blue up and red down where it is clear; in brackets and uncoloured where noise or rounding can
/// explain it; with * (paler) for a small group beyond the rounding, whose chance is not tested.
Drawing changeChartOf(const core::RoundChanges& changes, const core::Instrument& instrument, core::Language lang);
/// The height that chart needs, in points.
double changeChartHeight(const core::RoundChanges& changes);
/// One row per element or theme and party: then (n), now (n), the change and how to read it.
/// `largest` > 0: only that many of the changes larger than noise or rounding, largest first.
Table changeTable(const core::RoundChanges& changes, const core::Instrument& instrument, core::Language lang,
                  std::size_t largest = 0);
/// The largest changes beyond noise and rounding, in words, at most `limit` (`clearFirst`: the
/// clear ones before those of small groups, which are not tested); one line saying so when there
/// are none.
std::vector<std::string> changeLines(const core::RoundChanges& changes, const core::Instrument& instrument,
                                     core::Language lang, std::size_t limit, bool clearFirst = false);
/// For the workshop's questions: what moved most since `earlier` (a clear change first), and what
/// brought it about; nullopt when nothing moved beyond noise and rounding.
std::optional<std::string> changeQuestion(const core::RoundChanges& changes, const core::Instrument& instrument,
                                          core::Language lang, const std::string& earlier);
/// How the verdicts are reached, for under the chart.
std::string changeNote(core::Language lang);
/// The data table "changes": codes and numbers, one row per element or theme and party.
Table changeRows(const core::RoundChanges& changes, core::Language lang);

} // namespace reports
