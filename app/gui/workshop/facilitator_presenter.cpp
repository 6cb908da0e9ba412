#include "workshop/facilitator_presenter.hpp"

#include "answer_choices.hpp"
#include "round_data.hpp"

#include "core/analysis/scoring.hpp"

#include <chrono>
#include <map>

namespace gui {

using core::tr;
using core::tx;

FacilitatorPresenter::FacilitatorPresenter(db::Database& db, core::Id round, core::Language lang)
    : m_db(db), m_round(round), m_lang(lang), m_instrument(db.instrumentOf(round))
{
    refresh();
}

double FacilitatorPresenter::refresh()
{
    const auto start = std::chrono::steady_clock::now();
    core::ResponseSet current;
    m_db.forEachAnswer(m_round, [&](const core::AnswerRow& row) { current.add(row); });
    auto data = app::loadRound(m_db, m_round, core::kDefaultGapThreshold, app::Basis::Shared, &m_shared);
    std::map<core::Role, RoleCount> counts;
    for (const auto& r : current.respondents()) {
        auto& c = counts[r.role];
        c.role = r.role;
        ++c.started;
        std::size_t asked = 0;
        std::size_t answered = 0;
        for (const auto& q : m_instrument.questions())
            if (q.askedOf(r.role) && q.kind != core::QuestionKind::Number) {
                ++asked;
                answered += r.answers.contains(q.code) ? 1u : 0u;
            }
        c.finished += answered == asked ? 1u : 0u;
    }
    m_counts.clear();
    const auto k = static_cast<std::size_t>(m_db.assessment(m_round).anonymityK);
    // One row for every role not shown, without numbers: a count there, or a total that includes
    // them, would give a single missing role's size away.
    RoleCount below{core::Role::Other, std::string(tr(m_lang, tx("other parties (not shown)"))), 0, 0, true};
    bool anyBelow = false;
    for (auto& [role, c] : counts) {
        // Counted only when its results are shown: a role still hidden, or whose first answers
        // wait for a step, is not counted either.
        if (c.started < k || !data.analysis.shown(role)) {
            anyBelow = true;
            continue;
        }
        c.label = m_instrument.name(role).in(m_lang);
        m_counts.push_back(c);
    }
    if (anyBelow)
        m_counts.push_back(below);
    m_analysis = std::move(data.analysis);
    m_pending = std::move(data.toRecord);
    // Only a shown party's waiting answers are mentioned: a hidden one's would say it exists.
    m_waiting.clear();
    for (const auto role : data.waiting)
        if (m_analysis.shown(role))
            m_waiting.push_back(role);
    if (m_revealed)
        reveal();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void FacilitatorPresenter::reveal()
{
    if (m_pending && app::recordShared(m_db, {*m_pending}))
        m_pending.reset();
    m_revealed = true;
}

std::size_t FacilitatorPresenter::respondents() const
{
    std::size_t n = 0;
    for (const auto& c : m_counts)
        n += c.started;
    return n;
}

} // namespace gui
