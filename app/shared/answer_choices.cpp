#include "answer_choices.hpp"

namespace app {

std::vector<AnswerChoice> answerChoices(const core::Question& q, const core::Instrument& instrument, core::Language lang)
{
    std::vector<AnswerChoice> out;
    if (q.kind == core::QuestionKind::Number)
        return out;
    if (q.kind == core::QuestionKind::Likert) {
        int value = 1;
        for (const auto& label : instrument.likert().labels)
            out.push_back({label.in(lang), value++});
    } else if (q.kind == core::QuestionKind::Rating) {
        for (int i = q.min; i <= q.max; ++i)
            out.push_back({std::to_string(i), i});
    } else {
        for (const auto& o : q.options)
            out.push_back({o.label.in(lang), o.code});
    }
    out.push_back({instrument.likert().noAnswer.in(lang), std::monostate{}});
    return out;
}

KeyPick pickByKey(const core::Question& q, std::size_t count, std::optional<int>& pendingDigit, char typed)
{
    if (count == 0)
        return {};
    if (typed == 'w' || typed == 'W') {
        pendingDigit.reset();
        return {KeyPick::Action::Answer, count - 1};
    }
    if (typed < '0' || typed > '9')
        return {};
    const int digit = typed - '0';
    if (q.kind != core::QuestionKind::Rating) {
        // Statements and profile options are numbered from 1.
        if (digit < 1 || static_cast<std::size_t>(digit) >= count)
            return {};
        return {KeyPick::Action::Answer, static_cast<std::size_t>(digit - 1)};
    }
    const int value = pendingDigit ? *pendingDigit * 10 + digit : digit;
    pendingDigit.reset();
    if (value < q.min || value > q.max)
        return {};
    if (value * 10 <= q.max && value != 0) {
        pendingDigit = value; // "1" may become "10"
        return {KeyPick::Action::Wait, static_cast<std::size_t>(value - q.min)};
    }
    return {KeyPick::Action::Answer, static_cast<std::size_t>(value - q.min)};
}

} // namespace app
