#pragma once
// Hospitals side by side on one measure, from their exchange packages (docs/comparison.md): the
// national distribution, and a funnel of each hospital's value against its precision. Never a
// ranking: rows are in the order of the hospitals' names, and a hospital outside the limits is
// variation worth a conversation.

#include "core/comparison/funnel.hpp"
#include "core/exchange/exchange_package.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

/// Fewer hospitals than this are never compared as a group; a user may ask for more, not fewer.
inline constexpr std::size_t kMinComparedHospitals = 5;

/// What is compared: the index or one of its components, or an element or theme as seen by one
/// party ("structure.medical_side"), or the gap between the sides there ("structure.gap":
/// hospital side minus medical side).
struct Measure {
    std::string code;
    std::string dimension; ///< element or theme code; empty for the index and its components
    std::string party;     ///< a party, or "gap"; empty for the index and its components
};
/// A measure from its code; nullopt for an unknown one.
std::optional<Measure> measureFromCode(std::string_view code);
/// The index, its components, and per element and theme the two sides and their gap.
std::vector<std::string> measureCodes();

/// Where a hospital lies against the funnel's limits.
enum class FunnelPosition { Within, Outside95, Outside998, NoLimits };

struct ComparedHospital {
    const ExchangePackage* package = nullptr;
    double value = 0.0;
    std::size_t n = 0;                ///< respondents behind the value (the smaller side for a gap)
    std::optional<double> variance;   ///< s_i²: the pooled sd² / n (a gap: the sum over its sides)
    std::optional<double> shrunken;   ///< empirical Bayes, towards the centre
    std::optional<FunnelLimits> limits;
    FunnelPosition position = FunnelPosition::NoLimits;
    bool above = false;               ///< outside on the high side
};

struct MeasureComparison {
    Measure measure;
    std::size_t hospitals = 0;      ///< with a value for the measure
    bool shown = false;             ///< at least the minimum number of hospitals
    double median = 0, q1 = 0, q3 = 0;
    /// The sd within hospitals, pooled over the parties shown at full precision: precision comes
    /// from the number of respondents, the same way for every hospital.
    std::optional<double> pooledSd;
    std::optional<Heterogeneity> spread; ///< nullopt without a precision (the index, its components)
    std::vector<ComparedHospital> rows;  ///< by hospital name, never by value
};

/// The measure over the packages (each hospital once). Not shown, and without rows, below
/// `minHospitals` (never below kMinComparedHospitals).
MeasureComparison compareMeasure(const std::vector<const ExchangePackage*>& packages, const Measure& measure,
                                 std::size_t minHospitals = kMinComparedHospitals);

} // namespace core
