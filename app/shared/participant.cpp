#include "participant.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>
#include <set>

namespace app {

using core::tr;
using core::tx;

std::vector<const core::Question*> workshopQuestions(const core::Instrument& instrument, core::Role role)
{
    std::vector<const core::Question*> out;
    for (const auto kind : {core::QuestionKind::Likert, core::QuestionKind::Rating, core::QuestionKind::Choice})
        for (const auto* q : instrument.questionsOfKind(kind))
            if (q->askedOf(role))
                out.push_back(q);
    return out;
}

Participant::Participant(db::Database& db, core::Id round, core::Role role, core::Language lang)
    : Participant(db, round, role, lang, db.nextRespondentCode(round, role))
{
}

Participant::Participant(db::Database& db, core::Id round, core::Role role, core::Language lang, std::string code)
    : m_db(db), m_round(round), m_role(role), m_lang(lang), m_instrument(db.instrumentOf(round)),
      m_code(std::move(code)), m_questions(workshopQuestions(m_instrument, role)), m_given(m_questions.size())
{
}

std::optional<Participant> Participant::resume(db::Database& db, core::Id round, const std::string& code,
                                               core::Language lang)
{
    const std::string wanted = core::toLowerAscii(core::trim(code));
    // Only the codes workshop mode gives (W- here, T- on a phone): a paper form's or an imported
    // respondent's answers are the advisor's to correct, not a participant's to continue.
    if (!wanted.starts_with("w-") && !wanted.starts_with("t-"))
        return std::nullopt;
    for (const auto& r : db.respondents(round)) {
        if (core::toLowerAscii(r.code) != wanted)
            continue;
        Participant p(db, round, r.role, lang, r.code);
        std::set<std::string> answered;
        db.forEachAnswer(round, [&](const core::AnswerRow& row) {
            if (row.respondent == r.code)
                answered.insert(row.item);
        });
        while (!p.finished() && answered.contains(p.m_questions[p.m_position]->code))
            ++p.m_position;
        return p;
    }
    return std::nullopt;
}

std::string Participant::progressText() const
{
    return tr(m_lang, tx("Question {0} of {1}"),
              {std::to_string(std::min(m_position + 1, m_questions.size())), std::to_string(m_questions.size())});
}

std::string Participant::questionText() const { return finished() ? std::string() : m_questions[m_position]->text.in(m_lang); }
std::string Participant::questionCode() const { return finished() ? std::string() : m_questions[m_position]->code; }

std::vector<std::string> Participant::choices() const
{
    std::vector<std::string> out;
    if (!finished())
        for (const auto& c : answerChoices(*m_questions[m_position], m_instrument, m_lang))
            out.push_back(c.label);
    return out;
}

bool Participant::rating() const
{
    return !finished() && m_questions[m_position]->kind == core::QuestionKind::Rating;
}

std::optional<std::size_t> Participant::chosen() const
{
    return finished() ? std::nullopt : m_given[m_position];
}

void Participant::answer(std::size_t choice)
{
    m_pendingDigit.reset();
    if (finished())
        return;
    const auto& q = *m_questions[m_position];
    const auto options = answerChoices(q, m_instrument, m_lang);
    if (choice >= options.size())
        return;
    // Stored now: a crash loses nothing given.
    m_db.saveAnswer(m_round, core::Respondent{m_code, m_role}, q.code, options[choice].value);
    m_given[m_position] = choice;
    ++m_position;
}

void Participant::back()
{
    m_pendingDigit.reset();
    if (m_position > 0)
        --m_position;
}

Participant::Key Participant::key(char typed)
{
    if (finished())
        return {};
    const auto& q = *m_questions[m_position];
    return pickByKey(q, answerChoices(q, m_instrument, m_lang).size(), m_pendingDigit, typed);
}

std::optional<std::size_t> Participant::flushKey()
{
    if (!m_pendingDigit || finished())
        return std::nullopt;
    const auto& q = *m_questions[m_position];
    const int value = *m_pendingDigit;
    m_pendingDigit.reset();
    return static_cast<std::size_t>(value - q.min);
}

} // namespace app
