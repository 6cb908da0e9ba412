#pragma once
// An organisation's action plan up to a round, with each action's progress since the previous
// round: the same for `samenspel actions list`, the report and the desktop program's Action plan.

#include "round_data.hpp"

#include "core/advice/recommendations.hpp"

#include <map>
#include <optional>
#include <vector>

namespace app {

struct ActionPlan {
    std::vector<core::Action> actions; ///< agreed in this round or an earlier one
    std::map<core::Id, std::vector<core::ActionProgress>> progress; ///< per action agreed before this round
    std::vector<SharedRecord> toRecord; ///< Shared basis: store these before the plan is shown
    bool waiting = false;               ///< Shared basis: newer answers of a round in it are not shared yet
};

/// Reads both rounds on `basis`, and only when an action needs them. `current` and `previous`: the
/// round and the organisation's previous round when the caller has loaded them already (on the same
/// basis; their shared states are the caller's to record).
ActionPlan actionPlan(const db::Database& db, core::Id round, Basis basis, const RoundData* current = nullptr,
                      const RoundData* previous = nullptr);

/// The organisation's round before `round` (by date, then by id), if any: what changes and action
/// progress are measured against.
std::optional<core::Id> previousRound(const db::Database& db, core::Id round);

} // namespace app
