#pragma once
// Three fictional hospitals, generated deterministically, that differ in the way the tool is meant
// to show: one well aligned, one where the RvB and the specialists diverge strongly on structure
// and systems, one with low consensus inside the specialist group. The second agreed actions on
// structure and systems and has a second round a year later: those elements moved, the soft ones
// did not (so the congruence recommendations apply there).

#include "core/incentives/incentives.hpp"
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

/// An action agreed in the first round, from a recommendation of the built-in catalogue.
struct DemoAction {
    std::string recommendation;
    std::string status;      ///< as it stands at the follow-up
    std::string responsible; ///< a role, never a name
    std::string due;
    std::string notes;
};

/// A second round a year later.
struct DemoFollowUp {
    std::string roundName;
    std::string roundDate;
    std::vector<AnswerRow> answers;
    std::vector<AnswerRow> moduleAnswers = {}; ///< to the hospital's modules, by the same people
};

struct DemoHospital {
    std::string name;
    std::string hospitalType; ///< option code of profile.hospital_type
    std::string roundName;
    std::string roundDate;
    std::string story; ///< one line on what the demo is meant to show (English; for tests and docs)
    std::vector<AnswerRow> answers;
    IncentiveInputs incentives; ///< the same in both rounds
    std::vector<DemoAction> actions;
    std::optional<DemoFollowUp> followUp;
    /// The questionnaire's modules the hospital's rounds use, and the answers to them: apart from
    /// `answers`, which hold the core questionnaire only (drawn from a random stream of their own,
    /// so that a module leaves the core answers as they are).
    std::vector<std::string> modules = {};
    std::vector<AnswerRow> moduleAnswers = {};
};

/// The same data on every run and every machine (no std:: distributions, which vary by library).
std::vector<DemoHospital> demoHospitals(const Instrument& instrument);

/// `count` fictional hospitals for the ministry's comparison (`demo --national`): every type and
/// organisation model, the joint-table forms about as in the FMS survey of 2018, a third with a large
/// gap between RvB and MSB on structure and systems, and every third with a second round a year on.
/// Deterministic like demoHospitals.
std::vector<DemoHospital> nationalDemoHospitals(const Instrument& instrument, std::size_t count = 40);

/// The incentive inputs of demo hospital 0, 1 or 2.
IncentiveInputs demoIncentives(std::size_t hospital);

} // namespace core
