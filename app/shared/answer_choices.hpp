#pragma once
// The answers a question offers, as a person picks them: the five Likert labels, 0-10, or the
// profile options, then "weet niet / n.v.t.". Workshop mode (on the one computer and on phones) and the paper-form entry share them.

#include "core/answers/answer.hpp"
#include "core/instrument/instrument.hpp"

#include <string>
#include <vector>

namespace app {

struct AnswerChoice {
    std::string label;
    core::AnswerValue value; ///< no answer for the last choice
};

/// Empty for a number question (typed, not picked).
std::vector<AnswerChoice> answerChoices(const core::Question& q, const core::Instrument& instrument, core::Language lang);

} // namespace app
