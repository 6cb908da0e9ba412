#pragma once
// The answers a question offers, as a person picks them: the five Likert labels, 0-10, or the
// profile options, then "weet niet / n.v.t.". Workshop mode (on the one computer and on phones) and the paper-form entry share them.

#include "core/answers/answer.hpp"
#include "core/instrument/instrument.hpp"

#include <optional>
#include <string>
#include <vector>

namespace app {

struct AnswerChoice {
    std::string label;
    core::AnswerValue value; ///< no answer for the last choice
};

/// Empty for a number question (typed, not picked).
std::vector<AnswerChoice> answerChoices(const core::Question& q, const core::Instrument& instrument, core::Language lang);

/// What a typed key picks among a question's `count` choices. Likert statements and profile options
/// take their number (1 to 5, 1 to 9), ratings the number itself (0 to 10; a "1" waits in
/// `pendingDigit` for a possible "0"), and W is "weet niet / n.v.t." everywhere - never 0, which
/// is a rating. The participant's screen and the paper-form entry type alike.
struct KeyPick {
    enum class Action { None, Answer, Wait } action = Action::None;
    std::size_t choice = 0;
};
KeyPick pickByKey(const core::Question& q, std::size_t count, std::optional<int>& pendingDigit, char typed);

} // namespace app
