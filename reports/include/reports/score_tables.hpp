#pragma once
// The analysis of a round as tables for people (and flat CSV rows for programs). Parties below
// the anonymity threshold appear in none of them.

#include "core/analysis/analysis.hpp"
#include "core/instrument/instrument.hpp"
#include "reports/table.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace reports {

/// An element's name, or a theme's short name, as every table and chart labels it.
std::string dimensionName(const core::Instrument& instrument, const core::Dimension& d, core::Language lang);

/// The shown parties (rows, with their respondents) against the seven elements or the five
/// themes (mean 0-100), and a last row with the overall score.
Table scoreTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, bool themes);
/// A party's name in a gap: a side of one role names that role too ("Ziekenhuiszijde (RvB)").
std::string gapPartyName(const core::Analysis& a, const core::Instrument& instrument, std::string_view party, core::Language lang);
/// The largest gaps between parties, largest first; flagged ones marked.
Table gapTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, std::size_t limit);
/// The line under the consensus table: how to read r_wg, and why small groups are not in it.
std::string consensusNote(core::Language lang);
/// Which measure of agreement within a party a consensus table shows.
enum class Agreement { Rwg, RwgSkewed, Awg };
/// An agreement measure per shown party (rows) and element (columns); parties with no figure left out.
Table consensusTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang,
                     Agreement measure = Agreement::Rwg);
/// Do the roles differ more than chance? ICC(1) and ICC(2) per element and theme; no rows when
/// fewer than two parties are shown at full precision anywhere (then say iccMissing()).
Table iccTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
std::string iccMissing(core::Language lang);
/// How to read a_wg, r_wg against the skewed null, and ICC(1) and ICC(2).
std::vector<std::string> agreementNotes(core::Language lang);
/// Current and desired (0-10) per element for the two sides.
Table agendaTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// Cronbach's alpha per element.
Table alphaTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// Per shown role its respondents, and where the number invited is known, that number and the
/// response rate (%); a last row for these roles together. Roles not shown are in no row or total.
Table responseTable(const core::Analysis& a, const core::Instrument& instrument, const std::map<core::Role, int>& invited,
                    core::Language lang);
/// What the response table needs said: how to record the numbers invited, or a role with more
/// respondents than invited.
std::vector<std::string> responseNotes(const core::Analysis& a, const core::Instrument& instrument,
                                       const std::map<core::Role, int>& invited, core::Language lang);
/// A component of the gelijkgerichtheidsindex (level, agreement, …) as people read it.
std::string indexComponentName(const std::string& code, core::Language lang);
/// The index and its components.
Table indexTable(const core::Analysis& a, core::Language lang);
/// Lines on congruence across the 7S.
std::vector<std::string> congruenceLines(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// Lines for under the tables: how overall is computed, and who was left out and why.
std::vector<std::string> scoreNotes(const core::Analysis& a, core::Language lang);

/// The central table tidily, one row per element or theme and shown party (codes, not names):
/// dimension, kind (element/theme), party, n, mean, sd, rwg, rwg_skewed, awg, the shares that
/// disagree, are neutral and agree (full precision only), suppressed (a shown
/// party that too few answered on this element or theme: its figures empty).
Table scoreRows(const core::Analysis& a, core::Language lang);
/// Per role shown at full precision and element: the shares of answers that disagree, are
/// neutral and agree (%), with r_wg; roles shown without spread (under 10) are not in it.
Table spreadTable(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// What the spread chart shows, and why smaller groups are not in it.
std::string spreadIntro(core::Language lang);
/// Said instead of the chart when no party has 10 or more respondents.
std::string spreadMissing(core::Language lang);
/// Every gap between shown parties, one row each (codes, not names), largest first.
Table gapRows(const core::Analysis& a, core::Language lang);

/// The JSON document of `samenspel score --format json` (docs/score-json.md).
std::string scoreJson(const core::Analysis& a);

} // namespace reports
