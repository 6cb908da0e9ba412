#pragma once
// The analysis of a round as tables for people (and flat CSV rows for programs). Parties below
// the anonymity threshold appear in none of them.

#include "core/analysis/analysis.hpp"
#include "core/instrument/instrument.hpp"
#include "reports/table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reports {


/// The shown parties (rows, with their respondents) against the seven elements or the five
/// themes (mean 0-100), and a last row with the overall score.
Table scoreTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, bool themes);
/// The largest gaps between parties, largest first; flagged ones marked.
Table gapTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, std::size_t limit);
/// r_wg(J) per shown party and element.
/// The line under the consensus table: how to read r_wg, and why small groups are not in it.
std::string consensusNote(core::Language lang);
Table consensusTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// Current and desired (0-10) per element for the two sides.
Table agendaTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// Cronbach's alpha per element.
Table alphaTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// The index and its components.
Table indexTable(const core::Analysis& a, core::Language lang);
/// Lines on congruence across the 7S.
std::vector<std::string> congruenceLines(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// Lines for under the tables: how overall is computed, and who was left out and why.
std::vector<std::string> scoreNotes(const core::Analysis& a, core::Language lang);

/// One row per element or theme and shown party: dimension, party, n, mean, sd, rwg.
Table scoreRows(const core::Analysis& a, core::Language lang);

/// The JSON document of `samenspel score --format json` (docs/score-json.md).
std::string scoreJson(const core::Analysis& a);

} // namespace reports
