#pragma once
// An organisation's action plan up to a round, with each action's progress since the previous
// round: the same for `samenspel actions list`, the report and the desktop program's Action plan.

#include "round_data.hpp"

#include "core/advice/recommendations.hpp"

#include <map>
#include <vector>

namespace app {

struct ActionPlan {
    std::vector<core::Action> actions; ///< agreed in this round or an earlier one
    std::map<core::Id, std::vector<core::ActionProgress>> progress; ///< per action agreed before this round
    std::vector<SharedRecord> toRecord; ///< Shared basis: store these before the plan is shown
    bool waiting = false;               ///< Shared basis: newer answers of a round in it are not shared yet
};

/// Reads both rounds on `basis`, and only when an action needs them. `current`: the round when the
/// caller has loaded it already (on the same basis; its shared state is the caller's to record).
ActionPlan actionPlan(const db::Database& db, core::Id round, Basis basis, const RoundData* current = nullptr);

} // namespace app
