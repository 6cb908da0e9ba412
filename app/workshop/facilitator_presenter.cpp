#include "facilitator_presenter.hpp"

#include "answer_choices.hpp"
#include "round_data.hpp"

#include "core/analysis/scoring.hpp"
#include "core/text/text_util.hpp"
#include "reports/charts.hpp"
#include "reports/key_messages.hpp"
#include "reports/score_tables.hpp"

#include <chrono>
#include <map>

namespace workshop {

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
    RoleCount below{core::Role::Other, std::string(tr(m_lang, tx("other parties (not enough answers yet)"))), 0, 0, true};
    for (auto& [role, c] : counts) {
        // Counted only when its results are shown: a role still hidden, or whose first answers
        // wait for a step, is not counted either.
        if (c.started < k || !data.analysis.shown(role))
            continue;
        c.label = m_instrument.name(role).in(m_lang);
        m_counts.push_back(c);
    }
    // Always there, so that its presence says nothing about whether a party is hidden.
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

std::string FacilitatorPresenter::title() const
{
    const auto assessment = m_db.assessment(m_round);
    return m_db.organisation(assessment.organisationId).name + " \u00b7 " + assessment.name;
}

reports::ProjectorScreen FacilitatorPresenter::projector(const PhoneInvite* phones, bool heatmap) const
{
    reports::ProjectorScreen screen;
    screen.title = title();
    screen.countsHeading = tr(m_lang, tx("Party"));
    screen.startedHeading = tr(m_lang, tx("Started"));
    screen.finishedHeading = tr(m_lang, tx("Finished"));
    for (const auto& c : m_counts)
        screen.counts.push_back(c.belowThreshold ? reports::ProjectorCount{c.label, {}, {}}
                                                 : reports::ProjectorCount{m_instrument.shortName(c.role).in(m_lang),
                                                                           std::to_string(c.started), std::to_string(c.finished)});
    // The round's respondents, however they answered (phones, paper, this computer), of the parties shown.
    screen.footer = tr(m_lang, core::txn("{0} respondent in this round", "{0} respondents in this round"), respondents(),
                       {std::to_string(respondents())});
    if (m_revealed && waiting())
        screen.footer += " - " + std::string(tr(m_lang, tx("newer answers appear once enough of a party have come in")));
    if (!m_revealed) {
        if (phones) {
            screen.headline = std::string(tr(m_lang, tx("Join on your phone")));
            screen.lines.emplace_back(tr(m_lang, tx("Scan the code, or type the address and the session code under it.")));
            screen.qr = phones->qr;
            screen.qrLines = {phones->typedUrl, tr(m_lang, tx("Session code: {0}"), {phones->shortCode})};
        } else {
            screen.headline = std::string(tr(m_lang, tx("Answers are coming in")));
        }
        screen.lines.emplace_back(tr(m_lang, tx("The results stay hidden until the facilitator shows them.")));
        return screen;
    }
    // Revealed: what the room came for first, then the chart.
    const auto& index = m_analysis.index;
    // With the reading the advisor's screen and the handout give the number.
    screen.headline = index.value ? tr(m_lang, tx("Gelijkgerichtheidsindex: {0} out of 100, {1}."),
                                       {core::formatNumber(*index.value, 0, m_lang), reports::indexBand(*index.value, m_lang)})
                                  : std::string(tr(m_lang, tx("Gelijkgerichtheidsindex")));
    // The three largest differences, each on an element or theme of its own: the same dimension
    // three times (a role, then the side it dominates) would say one thing thrice.
    std::vector<const core::Gap*> largest;
    for (const auto& g : m_analysis.gaps)
        if (largest.size() < 3 &&
            std::none_of(largest.begin(), largest.end(), [&](const auto* l) { return l->dimension.code() == g.dimension.code(); }))
            largest.push_back(&g);
    if (!index.value)
        screen.lines.emplace_back(tr(m_lang, tx("The gelijkgerichtheidsindex needs both sides shown on all seven elements; it is "
                                                "not available for this round.")));
    if (largest.empty())
        screen.lines.emplace_back(tr(m_lang, tx("No two parties can be compared yet.")));
    else
        screen.lines.emplace_back(tr(m_lang, tx("The largest differences:")));
    for (const auto* g : largest)
        screen.lines.push_back(tr(m_lang, tx("{0}: {1} {2} against {3} {4}"),
                                  {reports::dimensionName(m_instrument, g->dimension, m_lang),
                                   reports::gapPartyName(m_analysis, m_instrument, g->a, m_lang),
                                   core::formatNumber(g->meanA, 0, m_lang),
                                   reports::gapPartyName(m_analysis, m_instrument, g->b, m_lang),
                                   core::formatNumber(g->meanB, 0, m_lang)}));
    screen.counts.clear(); // the results take the room; the counts are in the footer
    screen.chart = heatmap ? reports::heatmapOf(m_analysis, m_instrument, m_lang) : reports::radarOf(m_analysis, m_instrument, m_lang);
    if (heatmap) {
        // Every party and dimension needs the whole width; the differences are on the radar's screen.
        screen.wideChart = true;
        screen.lines.clear();
    }
    return screen;
}

reports::ProjectorScreen FacilitatorPresenter::projector(const PhoneInvite* phones, const LiveControl::Screen& live) const
{
    reports::ProjectorScreen screen;
    screen.title = title();
    screen.headline = live.headline.empty() ? std::string(tr(m_lang, tx("Wait for the next question"))) : live.headline;
    screen.lines = live.lines;
    screen.countsHeading = tr(m_lang, tx("Party"));
    screen.startedHeading = tr(m_lang, tx("Answered"));
    for (const auto& [party, n] : live.answered)
        screen.counts.push_back({party, n, {}});
    if (phones && !live.revealed) {
        screen.qr = phones->qr;
        screen.qrLines = {phones->typedUrl, tr(m_lang, tx("Session code: {0}"), {phones->shortCode})};
    }
    return screen;
}

std::size_t FacilitatorPresenter::respondents() const
{
    std::size_t n = 0;
    for (const auto& c : m_counts)
        n += c.started;
    return n;
}

} // namespace workshop
