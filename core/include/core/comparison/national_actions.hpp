#pragma once
// The ministry's actions of the catalogue (002 ch. 4; audience "ministry") judged on the national
// pattern (docs/comparison.md): an action applies when at least a quarter of the compared hospitals
// have a gap of the threshold or more between their RvB and MSB board on one of the action's elements.

#include "core/advice/recommendations.hpp"
#include "core/exchange/exchange_package.hpp"

#include <vector>

namespace core {

/// The share of hospitals from which a ministry action applies.
inline constexpr double kNationalActionShare = 0.25;

struct NationalAction {
    const Recommendation* entry = nullptr;
    std::size_t hospitals = 0; ///< with both boards shown on at least one of the entry's elements
    std::size_t wide = 0;      ///< of those, with a gap of `gapThreshold` points or more on one of them
    double share = 0.0;
    bool applies = false;      ///< at least kMinComparedHospitals hospitals and a share of kNationalActionShare
};

/// Every ministry action of the catalogue with its figures, in the catalogue's order.
std::vector<NationalAction> nationalActions(const Catalogue& catalogue, const std::vector<const ExchangePackage*>& packages,
                                            double gapThreshold = kDefaultGapThreshold);

} // namespace core
