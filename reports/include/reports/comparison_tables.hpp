#pragma once
// The comparison of hospitals as tables (docs/comparison.md): per peer group and measure the
// national distribution and the spread between hospitals, and each hospital against the funnel's
// limits, in the order of their names. No column ranks them.

#include "core/comparison/comparison.hpp"
#include "core/instrument/instrument.hpp"
#include "reports/table.hpp"

#include <string>
#include <vector>

namespace reports {

/// One measure compared within one peer group.
struct GroupComparison {
    std::string group;
    core::MeasureComparison comparison;
};

/// A measure as people read it: "Structuur: medische zijde", "Structuur: ziekenhuiszijde min medische zijde".
std::string measureName(const core::Measure& measure, const core::Instrument& instrument, core::Language lang);
/// What the rankability says: differences mostly real (0.75 and up), partly (0.5 up to 0.75), or
/// mostly chance.
std::string rankabilityReading(double rankability, core::Language lang);
/// Where a hospital lies, in words: within the limits, or outside the 95% or 99.8% limits above or
/// below, which is variation worth a conversation.
std::string positionText(const core::ComparedHospital& hospital, core::Language lang);

Table comparisonSummary(const std::vector<GroupComparison>& list, const core::Instrument& instrument, core::Language lang);
Table comparisonHospitals(const std::vector<GroupComparison>& list, const core::Instrument& instrument, core::Language lang);

} // namespace reports
