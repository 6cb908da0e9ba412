#pragma once
// The funnel plot of a measure compared across hospitals (docs/comparison.md): each hospital's value
// against its precision, the centre and the 95% and 99.8% limits. Hospitals outside the limits are
// drawn filled and named; no hospital is ranked.

#include "core/comparison/comparison.hpp"
#include "reports/document_sink.hpp"

#include <string>

namespace reports {

/// Nothing to draw (an empty Drawing) when the comparison has no spread (no precision per hospital).
Drawing funnelChartOf(const core::MeasureComparison& comparison, const std::string& valueLabel, core::Language lang);

} // namespace reports
