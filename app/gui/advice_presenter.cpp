#include "advice_presenter.hpp"
#include "background_job.hpp"

#include "reports/advice_tables.hpp"

#include "db/database.hpp"

#include <algorithm>

namespace gui {

using core::tr;
using core::tx;

AdvicePresenter::AdvicePresenter(db::Database& db, core::Id round, core::Language lang)
    : m_db(db), m_round(round), m_lang(lang)
{
    reload();
}

void AdvicePresenter::reload()
{
    // The advisor's working screen: the current answers.
    m_report = app::gatherReport(m_db, m_round, reports::ReportDepth::Full, m_lang, "", "", app::Basis::Current);
}

std::size_t AdvicePresenter::count() const
{
    const auto& advice = m_report->input.advice;
    return static_cast<std::size_t>(std::count_if(advice.begin(), advice.end(), [](const auto& a) { return a.triggered; }));
}

const core::Advice& AdvicePresenter::triggered(std::size_t index) const
{
    // advise() puts the triggered recommendations first, best first.
    return m_report->input.advice.at(index);
}

reports::Table AdvicePresenter::recommendations() const
{
    return reports::adviceTable(m_report->input.advice, count(), *m_report->data.instrument, m_lang);
}

std::string AdvicePresenter::details(std::size_t index) const
{
    if (index >= count())
        return {};
    std::string text;
    for (const auto& line : reports::adviceDetails({triggered(index)}, 1, m_lang))
        text += (line.starts_with("   ") ? "  " + line.substr(3) : line) + "\n";
    return text;
}

bool AdvicePresenter::inPlan(std::size_t index) const
{
    if (index >= count())
        return false;
    const auto& id = triggered(index).recommendation->id;
    const auto& actions = m_report->input.actions;
    return std::any_of(actions.begin(), actions.end(), [&](const core::Action& a) {
        return a.recommendationId == id && a.status != "dropped";
    });
}

std::optional<core::Id> AdvicePresenter::addToPlan(std::size_t index)
{
    if (index >= count())
        return std::nullopt;
    if (inPlan(index)) {
        m_error = tr(m_lang, tx("\"{0}\" is already in the action plan."), {triggered(index).recommendation->title.in(m_lang)});
        return std::nullopt;
    }
    try {
        const auto id = m_db.addAction(core::actionFrom(*triggered(index).recommendation, m_round, m_lang));
        m_error.clear();
        reload();
        return id;
    } catch (const core::Error& e) {
        m_error = describeError(e, m_lang);
        return std::nullopt;
    }
}

reports::Table AdvicePresenter::plan() const
{
    auto table = reports::actionTable(m_report->input.actions, m_report->input.progress, *m_report->data.instrument, m_lang);
    // Codes are for data files; on screen the owner and status read as words.
    const auto words = [](const std::vector<std::string>& codes, const std::vector<std::string>& labels, reports::Cell& cell) {
        for (std::size_t i = 0; i < codes.size() && i < labels.size(); ++i)
            if (cell.text == codes[i])
                cell.text = labels[i];
    };
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        for (auto& row : table.rows) {
            if (table.columns[c].key == "owner")
                words(core::kActionOwners, ownerLabels(), row[c]);
            else if (table.columns[c].key == "status")
                words(core::kActionStatuses, statusLabels(), row[c]);
        }
    return table;
}

std::vector<std::string> AdvicePresenter::ownerLabels() const
{
    return {std::string(tr(m_lang, tx("the executive board"))), std::string(tr(m_lang, tx("the MSB"))),
            std::string(tr(m_lang, tx("both boards"))), std::string(tr(m_lang, tx("another party")))};
}

std::vector<std::string> AdvicePresenter::statusLabels() const
{
    return {std::string(tr(m_lang, tx("open"))), std::string(tr(m_lang, tx("in progress"))),
            std::string(tr(m_lang, tx("done"))), std::string(tr(m_lang, tx("dropped")))};
}

bool AdvicePresenter::setStatus(std::size_t action, const std::string& status)
{
    if (action >= m_report->input.actions.size())
        return false;
    auto a = m_report->input.actions[action];
    a.status = status;
    return updateAction(a);
}

bool AdvicePresenter::updateAction(const core::Action& changed)
{
    try {
        m_db.updateAction(changed);
        m_error.clear();
        reload();
        return true;
    } catch (const core::Error& e) {
        m_error = describeError(e, m_lang);
        return false;
    }
}

} // namespace gui
