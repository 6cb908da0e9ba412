#pragma once
// Three fictional hospitals with one round each, generated deterministically, that differ in the
// way the tool is meant to show: one well aligned, one where the RvB and the specialists diverge
// strongly on structure and systems, one with low consensus inside the specialist group.

#include "core/incentives/incentives.hpp"
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <string>
#include <vector>

namespace core {

struct DemoHospital {
    std::string name;
    std::string hospitalType; ///< option code of profile.hospital_type
    std::string roundName;
    std::string roundDate;
    std::string story; ///< one line on what the demo is meant to show (English; for tests and docs)
    std::vector<AnswerRow> answers;
    IncentiveInputs incentives;
};

/// The same data on every run and every machine (no std:: distributions, which vary by library).
std::vector<DemoHospital> demoHospitals(const Instrument& instrument);

/// The incentive inputs of demo hospital 0, 1 or 2.
IncentiveInputs demoIncentives(std::size_t hospital);

} // namespace core
