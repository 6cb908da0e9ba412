#pragma once
// The shared state of a round (docs/disclosure.md, "Changes over time"): the answers that outputs
// meant for sharing are computed from. Two shared outputs may differ only by a step of people per
// role, so that nobody can work out one person's answers by comparing them.

#include "core/records.hpp"

#include <optional>
#include <vector>

namespace core {

struct SharedUpdate {
    std::vector<AnswerRow> shared; ///< what outputs meant for sharing are computed from now, in role, respondent, item order
    bool changed = false;          ///< differs from the stored shared state: store `shared`
    /// Roles whose current answers differ from `shared` by fewer respondents than a step: their
    /// changes wait. The advisor's working screens say so; shared outputs do not.
    std::vector<Role> waiting;
};

/// The step for a role: k when the role has fewer than detailN respondents with answers in the
/// stored or the current state (its figures are coarse), detailN when both states are at full
/// precision (their difference would otherwise show a group smaller than detailN exactly).
std::size_t sharingStep(std::size_t before, std::size_t now, int k, std::size_t detailN);

/// Per role: the respondents added, removed or with any answer changed since `stored`. A role
/// whose count reaches its step takes its current answers; any other keeps its stored ones. With no
/// stored state, the current answers are shared as they are.
SharedUpdate updateShared(const std::vector<AnswerRow>& current, const std::optional<std::vector<AnswerRow>>& stored,
                          int k, std::size_t detailN);

} // namespace core
