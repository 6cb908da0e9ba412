#pragma once
// The shared state of a round (docs/disclosure.md, rule 5): the answers that outputs meant for
// sharing are computed from. A party's shared answers move only when, against every earlier shared
// state of the round, each of its published cells changes by none or by at least a step of
// respondents, so that no output can be compared with another to read off a few people's answers.

#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <vector>

namespace core {

struct SharedUpdate {
    /// What outputs meant for sharing are computed from now, in role, respondent, item order.
    std::vector<AnswerRow> shared;
    bool changed = false; ///< differs from the last shared state: store `shared` as a new one
    /// Roles whose current answers are not shared yet: some cell would change by fewer respondents
    /// than a step. The advisor's working screens say so; shared outputs do not.
    std::vector<Role> waiting;
};

/// The step between two states of a role: k when it has fewer than detailN respondents with answers
/// in either (its figures are rounded), detailN when both are at full precision (their difference
/// would otherwise show a group smaller than detailN exactly).
std::size_t sharingStep(std::size_t before, std::size_t now, int k, std::size_t detailN);

/// Per role: its current answers become shared when, compared with each earlier shared state in
/// `released` (oldest first), every cell of the role changes by none or by at least a step of
/// respondents. A cell is a question (for ratings, an element's current and desired pair), and an
/// element or theme that is shown at full precision, whose respondents' scores change as a whole.
/// Otherwise the role keeps its last shared answers. With nothing released, the current answers
/// are shared as they are.
SharedUpdate updateShared(const Instrument& instrument, const std::vector<AnswerRow>& current,
                          const std::vector<std::vector<AnswerRow>>& released, int k, std::size_t detailN);

} // namespace core
