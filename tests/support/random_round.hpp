#pragma once
// Random rounds for the disclosure tests: parties of 0 to 12, answers that cluster around a view
// per party and statement (as boards' answers do), and "weet niet" at random rates, so that hidden
// and small cells, and all-equal answers, are common.

#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace testing {

struct RandomRound {
    int k = 3;
    std::vector<core::AnswerRow> rows;
};

inline core::AnswerValue randomAnswer(const core::Question& q, int centre, std::mt19937& random)
{
    if (q.kind == core::QuestionKind::Choice)
        return q.options[std::uniform_int_distribution<std::size_t>(0, q.options.size() - 1)(random)].code;
    const int hi = std::min(q.max, q.min + 10);
    const int spread = std::uniform_int_distribution<int>(0, 9)(random) < 6 ? 0 : std::uniform_int_distribution<int>(-2, 2)(random);
    return std::clamp(centre + spread, q.min, hi);
}

/// A new value for an answer that was given, in the question's valid range; a non-answer stays one.
inline core::AnswerValue rerandomised(const core::Question& q, const core::AnswerValue& old, std::mt19937& random)
{
    if (std::holds_alternative<std::monostate>(old))
        return old;
    const int hi = std::min(q.max, q.min + 10);
    return randomAnswer(q, std::uniform_int_distribution<int>(q.min, hi)(random), random);
}

inline RandomRound randomRound(const core::Instrument& instrument, std::mt19937& random)
{
    RandomRound round;
    round.k = std::uniform_int_distribution<int>(3, 5)(random);
    for (const auto role : core::kRoles) {
        const int n = std::uniform_int_distribution<int>(0, 12)(random);
        std::vector<int> centres;
        for (const auto& q : instrument.questions())
            centres.push_back(std::uniform_int_distribution<int>(q.min, std::min(q.max, q.min + 10))(random));
        const double skip = std::vector<double>{0.0, 0.05, 0.2, 0.5}[std::uniform_int_distribution<std::size_t>(0, 3)(random)];
        for (int i = 0; i < n; ++i) {
            const auto code = std::string(core::code(role)) + "-" + std::to_string(i);
            const bool silent = std::uniform_int_distribution<int>(0, 14)(random) == 0; // answers nothing
            std::size_t c = 0;
            for (const auto& q : instrument.questions()) {
                const int centre = centres[c++];
                if (!q.askedOf(role))
                    continue;
                const bool none = silent || std::bernoulli_distribution(skip)(random);
                round.rows.push_back({code, role, q.code, none ? core::AnswerValue{} : randomAnswer(q, centre, random)});
            }
        }
    }
    return round;
}

} // namespace testing
