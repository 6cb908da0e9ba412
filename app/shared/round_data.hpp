#pragma once
// A round read from the database and analysed: what the command line and the desktop program
// start from (score, recommend, actions, results, reports).

#include "core/analysis.hpp"
#include "core/incentives.hpp"
#include "core/records.hpp"
#include "core/scoring.hpp"

#include <optional>

namespace db {
class Database;
}

namespace app {

struct RoundData {
    core::Assessment round;
    const core::Instrument* instrument = nullptr;
    core::ResponseSet responses;
    std::optional<core::IncentiveInputs> incentives;
    core::Analysis analysis; ///< with the incentive-alignment component when the round has inputs
};

RoundData loadRound(const db::Database& db, core::Id id, double gapThreshold);

} // namespace app
