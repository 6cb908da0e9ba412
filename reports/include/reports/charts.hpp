#pragma once
// Charts drawn once against cairo: the same code draws them on a PDF page, into SVG for HTML,
// into PNG, and on screen. Every party has one colour in every chart.

#include "core/analysis/analysis.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "reports/pdf_document.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reports {

using Colour = std::array<double, 3>;

/// A party's colour (role code, hospital_side or medical_side): the same everywhere.
Colour partyColour(std::string_view party);

struct Series {
    std::string label;
    Colour colour{};
    std::vector<std::optional<double>> values; ///< 0-100, one per axis; nullopt: no value
};

/// A radar (spider) chart on 0-100 with a legend below.
void radarChart(cairo_t* cr, Rect area, const std::vector<std::string>& axes, const std::vector<Series>& series);

/// The colour of a 0-100 value on a diverging scale that readers with red-green colour blindness
/// read as well (ColorBrewer's RdBu, five classes, interpolated): red for low, near-white at 50,
/// blue for high.
Colour scaleColour(double value);
/// What a heat map's colours mean, drawn as a scale under the cells; empty texts: no legend.
struct ScaleLegend {
    std::string low;  ///< at the red end ("0: laag")
    std::string high; ///< at the blue end ("100: hoog")
    std::string note; ///< after the scale, e.g. what "-" means
};
/// Rows x columns of 0-100 values, coloured on scaleColour(), values printed; or, with `labels`,
/// those texts printed instead (the values then only give the colour).
void heatmap(cairo_t* cr, Rect area, const std::vector<std::string>& rows, const std::vector<std::string>& columns,
             const std::vector<std::vector<std::optional<double>>>& values, char decimalSeparator,
             const std::vector<std::vector<std::string>>& labels = {}, const ScaleLegend& legend = {});
struct Bar {
    std::string label;
    double value = 0;
    bool flagged = false;
};
/// Horizontal bars from 0 to `max` with their value (one decimal), flagged bars in red, a dashed
/// line at `threshold` with `thresholdLabel` above it.
void barChart(cairo_t* cr, Rect area, const std::vector<Bar>& bars, double max, double threshold,
              const std::string& thresholdLabel, char decimalSeparator);
/// One row of a spread chart: the shares (0-1) that disagree, are neutral and agree.
struct SpreadRow {
    std::string label;
    double disagree = 0;
    double neutral = 0;
    double agree = 0;
};
/// A bar per row split into disagree (red), neutral (grey) and agree (blue), the percentages in
/// the segments that have room, a legend with the three words below.
void spreadChart(cairo_t* cr, Rect area, const std::vector<SpreadRow>& rows, const std::array<std::string, 3>& words);

struct Move {
    std::string label;
    std::optional<double> fromA, toA, fromB, toB; ///< current and desired of two series
};
/// Per row two arrows (current -> desired) on 0-10, one per series.
void moveChart(cairo_t* cr, Rect area, const std::vector<Move>& rows, const Series& a, const Series& b);

/// The charts of a round's analysis, as the report and the desktop app both show them.
Drawing radarOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// One scenario under several models: rows (one label per outcome) x the actors that count,
/// blue where an actor gains from (b), red where it loses, "!" marking a conflict with the theme.
Drawing modelChartOf(const std::vector<core::ScenarioOutcome>& models, const std::vector<std::string>& rows,
                     core::Language lang);
Drawing heatmapOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// The largest gaps between parties as bars (at most `limit`, one row of 18 pt each), red from
/// the gap threshold on.
Drawing gapChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, std::size_t limit);
/// Per role shown at full precision and element, how its answers spread (one row of 16 pt each,
/// plus 20 for the legend); nothing for roles shown without spread.
Drawing spreadChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);
/// The number of rows spreadChartOf draws.
std::size_t spreadRows(const core::Analysis& a);
/// Current -> desired per element for the hospital side and the medical side (0-10).
Drawing agendaChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang);

} // namespace reports
