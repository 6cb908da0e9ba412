#pragma once
// The field of compared hospitals beside the figures of the sources (002; docs/comparison.md), as
// references, not norms: the forms of the joint table (FMS survey 2018), the share of hospitals with
// a samenwerkingsmodel (NZa 2018), and whether the MSB board sees more alignment than the RvB (the
// direction of the NZa monitor's 83% of MSBs against 49% of hospitals).

#include "core/exchange/exchange_package.hpp"

#include <map>
#include <string>
#include <vector>

namespace core {

struct FieldFigures {
    /// The MSB board's majority answer to profile.joint_table, per option, over `jointTableHospitals`.
    std::map<std::string, std::size_t> jointTable;
    std::size_t jointTableHospitals = 0;
    /// Hospitals whose boards' organisation model has an MSB beside or instead of salaried
    /// specialists (transparent, non-transparent, participation, combi), over those with a model.
    std::size_t withMsb = 0;
    std::size_t modelHospitals = 0;
    /// Hospitals where the MSB board's mean over the seven elements is above the RvB's, over those
    /// with both boards shown on all seven.
    std::size_t msbSeesMore = 0;
    std::size_t perceptionHospitals = 0;
};

FieldFigures fieldFigures(const std::vector<const ExchangePackage*>& packages);

/// The sources' figures: FMS survey of April 2018 (38% fully joint, 36% partly, 18% per forum, 8%
/// other), NZa 2018 (80% of hospitals with a samenwerkingsmodel), NZa monitor (83% of MSBs and 49%
/// of hospitals see alignment increased).
struct SourceFigures {
    static constexpr double fullyJoint = 0.38, partlyJoint = 0.36, perForum = 0.18, otherForm = 0.08;
    static constexpr double samenwerkingsmodel = 0.80;
    static constexpr double msbSeesIncrease = 0.83, hospitalsSeeIncrease = 0.49;
};

} // namespace core
