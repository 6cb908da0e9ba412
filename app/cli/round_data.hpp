#pragma once
// A round read from the database and analysed: what score, recommend and actions start from.

#include "core/analysis.hpp"
#include "core/incentives.hpp"
#include "core/records.hpp"
#include "core/scoring.hpp"

#include <optional>

namespace db {
class Database;
}

namespace cli {

struct RoundData {
    core::Assessment round;
    const core::Instrument* instrument = nullptr;
    core::ResponseSet responses;
    std::optional<core::IncentiveInputs> incentives;
    core::Analysis analysis; ///< with the incentive-alignment component when the round has inputs
};

RoundData loadRound(const db::Database& db, core::Id id, double gapThreshold);

} // namespace cli
