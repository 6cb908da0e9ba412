#include "advice/advice_presenter.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "reports/advice_tables.hpp"

#include "core/text/domain_names.hpp"

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
    m_db.readSnapshot([&] {
        m_data = app::loadRound(m_db, m_round, core::kDefaultGapThreshold);
        m_advice = app::adviceFor(m_data, core::builtinCatalogue(), m_lang);
        m_plan = app::actionPlan(m_db, m_round, app::Basis::Current, &m_data);
    });
}

std::size_t AdvicePresenter::count() const
{
    return core::applying(m_advice).size();
}

const core::Advice& AdvicePresenter::triggered(std::size_t index) const
{
    // advise() puts the triggered recommendations first, best first.
    return m_advice.at(index);
}

reports::Table AdvicePresenter::recommendations() const
{
    return reports::adviceTable(m_advice, count(), *m_data.instrument, m_lang);
}

std::string AdvicePresenter::details(std::size_t index) const
{
    if (index >= count())
        return {};
    std::string text;
    for (const auto& line : reports::adviceDetails({triggered(index)}, 1, *m_data.instrument, m_lang))
        text += (line.starts_with("   ") ? "  " + line.substr(3) : line) + "\n";
    return text;
}

bool AdvicePresenter::inPlan(std::size_t index) const
{
    if (index >= count())
        return false;
    const auto& id = triggered(index).recommendation->id;
    const auto& actions = m_plan.actions;
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
        m_error = app::describeError(e, m_lang).text;
        return std::nullopt;
    }
}

reports::Table AdvicePresenter::plan() const
{
    return reports::actionTable(m_plan.actions, m_plan.progress, *m_data.instrument, m_lang);
}

std::string AdvicePresenter::actionDetails(std::size_t index) const
{
    // The plan's own row, every column in full: the list may have to shorten them.
    const auto table = plan();
    if (index >= table.rows.size())
        return {};
    std::string text;
    const auto& row = table.rows[index];
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c)
        if (const auto value = reports::cellText(row[c], table.decimalSeparator); !value.empty())
            text += table.columns[c].header + ": " + value + "\n";
    return text;
}

std::vector<std::string> AdvicePresenter::ownerLabels() const
{
    std::vector<std::string> out;
    for (const auto& owner : core::kActionOwners)
        out.push_back(core::actionOwnerName(owner, m_lang));
    return out;
}

std::vector<std::string> AdvicePresenter::statusLabels() const
{
    std::vector<std::string> out;
    for (const auto& status : core::kActionStatuses)
        out.push_back(core::actionStatusName(status, m_lang));
    return out;
}

bool AdvicePresenter::setStatus(std::size_t action, const std::string& status)
{
    if (action >= m_plan.actions.size())
        return false;
    auto a = m_plan.actions[action];
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
        m_error = app::describeError(e, m_lang).text;
        return false;
    }
}

} // namespace gui
