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

} // namespace app
