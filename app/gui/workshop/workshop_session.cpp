#include "workshop/workshop_session.hpp"

#include "common/answer_choices.hpp"
#include "round_data.hpp"

#include "core/analysis/scoring.hpp"

#include <chrono>
#include <map>

namespace gui {

using core::tr;
using core::tx;

WorkshopSession::WorkshopSession(db::Database& db, core::Id round, core::Role role, core::Language lang)
    : m_db(db), m_round(round), m_role(role), m_lang(lang), m_instrument(db.instrumentOf(round)),
      m_code(db.nextRespondentCode(round, role))
{
    // Statements, then the ratings, then the profile choices; numbers are for the advisor's form.
    for (const auto kind : {core::QuestionKind::Likert, core::QuestionKind::Rating, core::QuestionKind::Choice})
        for (const auto* q : m_instrument.questionsOfKind(kind))
            if (q->askedOf(role))
                m_questions.push_back(q);
}

std::string WorkshopSession::progressText() const
{
    return tr(m_lang, tx("Question {0} of {1}"),
              {std::to_string(std::min(m_position + 1, m_questions.size())), std::to_string(m_questions.size())});
}

std::string WorkshopSession::questionText() const { return finished() ? std::string() : m_questions[m_position]->text.in(m_lang); }
std::string WorkshopSession::questionCode() const { return finished() ? std::string() : m_questions[m_position]->code; }

std::vector<std::string> WorkshopSession::choices() const
{
    std::vector<std::string> out;
    if (!finished())
        for (const auto& c : answerChoices(*m_questions[m_position], m_instrument, m_lang))
            out.push_back(c.label);
    return out;
}

void WorkshopSession::answer(std::size_t choice)
{
    if (finished())
        return;
    const auto& q = *m_questions[m_position];
    const auto options = answerChoices(q, m_instrument, m_lang);
    if (choice >= options.size())
        return;
    // Stored now: a crash loses nothing given.
    m_db.saveAnswer(m_round, core::Respondent{m_code, m_role}, q.code, options[choice].value);
    ++m_position;
}

void WorkshopSession::back()
{
    if (m_position > 0)
        --m_position;
}

} // namespace gui
