#include "incentives/incentives_presenter.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"
#include "incentives/vakgroep_table.hpp"

#include "text_file.hpp"

#include "core/incentives/incentive_json.hpp"

#include "reports/charts.hpp"
#include "reports/atomic_file.hpp"
#include "reports/incentive_tables.hpp"

#include <algorithm>
#include <cmath>

namespace gui {

using core::tr;
using core::tx;
using core::txn;

IncentivesPresenter::IncentivesPresenter(db::Database& db, core::Id round, core::Language lang)
    : m_db(db), m_round(round), m_lang(lang), m_saved(db.incentives(round))
{
    if (!m_saved)
        return;
    m_model = m_saved->model;
    m_vakgroepen = m_saved->vakgroepen;
    m_scenarios = core::scenariosFor(*m_saved, m_db.assessment(m_round).modules);
    recompute();
}

std::string IncentivesPresenter::emptyHint() const
{
    return std::string(tr(m_lang, tx("This round has no figures for the incentive model yet. Import them with \"Import "
                                      "figures (JSON)\" on the left (the format is in docs/incentives.md), or with "
                                      "\"samenspel incentives import\".")));
}

std::string IncentivesPresenter::presetLabel(const std::string& code) const { return core::modelName(code, m_lang); }

void IncentivesPresenter::choosePreset(const std::string& code)
{
    if (const auto p = core::preset(code)) {
        m_model = *p;
        recompute();
    }
}

void IncentivesPresenter::setWeight(core::Component component, int percent)
{
    const double x = std::clamp(percent, 0, 100) / 100.0;
    if (std::abs(m_model.weight(component) - x) < 1e-12)
        return;
    m_model = core::withWeight(m_model, component, x);
    recompute();
}

int IncentivesPresenter::weightPercent(core::Component component) const
{
    return static_cast<int>(std::lround(100.0 * m_model.weight(component)));
}

std::string IncentivesPresenter::componentLabel(core::Component component) const
{
    return core::componentName(component, m_lang);
}

std::string IncentivesPresenter::modelDescription() const
{
    std::string parts;
    for (const auto c : core::kComponents)
        if (weightPercent(c) > 0)
            parts += (parts.empty() ? "" : ", ") + componentLabel(c) + " " + std::to_string(weightPercent(c)) + "%";
    return tr(m_lang, tx("Model: {0} ({1})"), {core::modelName(m_model.name, m_lang), parts});
}

std::optional<std::size_t> IncentivesPresenter::presetIndex() const
{
    const auto codes = presetCodes();
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (core::sameDivision(m_model, *core::preset(codes[i])))
            return i;
    return std::nullopt;
}

bool IncentivesPresenter::modelChanged() const { return m_saved && !core::sameDivision(m_model, m_saved->model); }

bool IncentivesPresenter::changed() const
{
    if (!m_saved)
        return false;
    if (modelChanged())
        return true;
    for (std::size_t i = 0; i < m_vakgroepen.size(); ++i)
        for (const auto& c : vakgroepColumns())
            if (m_vakgroepen[i].*c.field != m_saved->vakgroepen[i].*c.field)
                return true;
    return false;
}

bool IncentivesPresenter::importFigures(const std::string& file)
{
    m_error.clear();
    try {
        const auto inputs = core::parseIncentives(app::readJsonFile(file), file);
        m_db.setIncentives(m_round, inputs);
        m_saved = inputs;
    } catch (const core::Error& e) { // a refused file names every problem
        m_error = app::describeError(e, m_lang).text;
        return false;
    }
    m_model = m_saved->model;
    m_vakgroepen = m_saved->vakgroepen;
    m_scenarios = core::scenariosFor(*m_saved, m_db.assessment(m_round).modules);
    m_scenario = 0;
    recompute();
    return true;
}

std::string IncentivesPresenter::exportFigures(const std::string& file) const
{
    if (!m_saved)
        return {};
    const auto json = core::incentivesToJson(edited());
    reports::writeFileAtomically(file, [&](std::ostream& out) { out << json << "\n"; });
    return tr(m_lang, tx("The figures were written to {0}"), {file});
}

reports::Table IncentivesPresenter::vakgroepen() const { return vakgroepTable(m_vakgroepen, m_lang); }

bool IncentivesPresenter::setFigure(std::size_t row, std::size_t column, const std::string& text)
{
    m_error.clear();
    const auto& columns = vakgroepColumns();
    if (!m_saved || row >= m_vakgroepen.size() || column >= columns.size())
        return false;
    const auto& c = columns[column];
    const auto& name = m_vakgroepen[row].name;
    const auto value = parseTypedNumber(text);
    if (!value) {
        m_error = tr(m_lang, tx("{0}, {1}: \"{2}\" is not a number as expected; type digits without thousands separators, with at most "
                        "one decimal comma."),
                     {name, std::string(tr(m_lang, c.header)), text});
        return false;
    }
    auto trial = figures();
    trial.vakgroepen[row].*c.field = *value / c.factor;
    if (const auto problems = core::validateIncentives(trial); !problems.empty()) {
        m_error = tr(m_lang, tx("{0}, {1}: {2}"),
                     {name, std::string(tr(m_lang, c.header)), problems.front().what.render(m_lang)});
        return false;
    }
    m_vakgroepen = trial.vakgroepen;
    recompute();
    return true;
}

void IncentivesPresenter::save()
{
    if (!m_saved)
        return;
    const auto inputs = edited();
    // Every figure was checked as it was typed, so this holds; should it not, nothing is stored
    // and the reason is said, as for any refused change.
    if (const auto problems = core::validateIncentives(inputs); !problems.empty())
        throw core::InvalidData(txn("The incentive inputs {0} are invalid: {1} problem", "The incentive inputs {0} are invalid: {1} problems"), "", problems);
    m_db.setIncentives(m_round, inputs);
    m_saved = inputs;
    recompute();
}

void IncentivesPresenter::revert()
{
    if (!m_saved)
        return;
    m_model = m_saved->model;
    m_vakgroepen = m_saved->vakgroepen;
    recompute();
}

std::vector<std::string> IncentivesPresenter::scenarioNames() const
{
    std::vector<std::string> names;
    for (const auto& s : m_scenarios)
        names.push_back(core::scenarioTitle(s, m_lang));
    return names;
}

void IncentivesPresenter::chooseScenario(std::size_t index)
{
    if (index < m_scenarios.size() && index != m_scenario) {
        m_scenario = index;
        recompute();
    }
}

std::string IncentivesPresenter::scenarioDescription() const
{
    return m_scenario < m_scenarios.size() ? m_scenarios[m_scenario].description.in(m_lang) : std::string();
}

core::IncentiveAlignment IncentivesPresenter::alignment() const
{
    return m_saved ? core::incentiveAlignment(edited(), m_scenarios) : core::IncentiveAlignment{};
}

std::string IncentivesPresenter::summary() const
{
    if (!m_saved)
        return {};
    const auto now = core::incentiveAlignment(*m_saved, m_scenarios);
    const auto edit = alignment();
    const auto value = [this](const core::IncentiveAlignment& a) {
        return a.value ? core::formatNumber(*a.value, 0, m_lang) : std::string("-");
    };
    if (!changed())
        return reports::alignmentSentence(m_saved->model.name, now, m_lang);
    return tr(m_lang,
              tx("Incentive alignment of the distribution model itself with this model: {0} (against the theme: {1}); with "
                 "the stored model: {2} (against the theme: {3})."),
              {value(edit), std::to_string(edit.conflicts), value(now), std::to_string(now.conflicts)});
}

reports::Table IncentivesPresenter::outcome() const
{
    if (m_outcomes.empty())
        return {};
    auto t = reports::outcomeTable(m_outcomes.front(), m_lang);
    // On screen why a party is against the theme stands beside that verdict, before the amounts
    // from the pot and the share that a narrow window may have to scroll to.
    const auto at = [&](std::string_view key) {
        return std::find_if(t.columns.begin(), t.columns.end(), [&](const auto& c) { return c.key == key; }) - t.columns.begin();
    };
    const auto from = at("cause"), to = at("stance") + 1;
    if (from < static_cast<std::ptrdiff_t>(t.columns.size()) && to < from) {
        std::rotate(t.columns.begin() + to, t.columns.begin() + from, t.columns.begin() + from + 1);
        for (auto& row : t.rows)
            if (static_cast<std::ptrdiff_t>(row.size()) > from)
                std::rotate(row.begin() + to, row.begin() + from, row.begin() + from + 1);
    }
    return t;
}

std::string IncentivesPresenter::outcomeNote() const
{
    const auto* s = chosenScenario();
    if (!s || m_outcomes.empty())
        return {};
    return tr(m_lang,
              tx("(a) {0}; (b) {1}. Now: last year's distribution, every vakgroep at its norm. %: (b) - (a) as a share "
                 "of (a) for a vakgroep, the salaried specialists and the MSB; for the hospital and the insurer as a share "
                 "of the revenue the changed vakgroepen had, the business the move is about. In the chart, ! marks a "
                 "party whose money pulls against the theme."),
              {s->a.label.in(m_lang), s->b.label.in(m_lang)});
}

reports::Drawing IncentivesPresenter::chart() const { return reports::modelChartOf(m_outcomes, m_rows, m_lang); }

core::IncentiveInputs IncentivesPresenter::figures() const
{
    auto inputs = *m_saved;
    inputs.vakgroepen = m_vakgroepen;
    return inputs;
}

core::IncentiveInputs IncentivesPresenter::edited() const
{
    auto inputs = figures();
    inputs.model = m_model;
    return inputs;
}

void IncentivesPresenter::recompute()
{
    m_outcomes.clear();
    m_rows.clear();
    if (!m_saved || m_scenario >= m_scenarios.size())
        return;
    const auto& scenario = m_scenarios[m_scenario];
    const auto inputs = figures(); // the models side by side, all on the figures being edited
    if (modelChanged()) {
        m_outcomes.push_back(core::compare(inputs, m_model, scenario));
        m_rows.push_back(tr(m_lang, tx("this model ({0})"), {core::modelName(m_model.name, m_lang)}));
    }
    for (auto& o : core::compareModels(inputs, scenario)) {
        m_rows.push_back(core::modelRowName(o, m_lang));
        m_outcomes.push_back(std::move(o));
    }
}

} // namespace gui
