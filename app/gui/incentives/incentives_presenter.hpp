#pragma once
// The Incentives page, without wx: the round's distribution model with presets and weights,
// the scenarios, and who gains from each course under the model being edited, next to the
// hospital's own model and the presets. Recomputed on every change (a few microseconds per model).

#include "core/incentives/incentive_analysis.hpp"
#include "db/database.hpp"
#include "reports/pdf_document.hpp"
#include "reports/table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gui {

class IncentivesPresenter {
public:
    IncentivesPresenter(db::Database& db, core::Id round, core::Language lang);

    /// False when the round has no incentive inputs; emptyHint() then says how to add them.
    bool available() const { return m_saved.has_value(); }
    std::string emptyHint() const;

    // The model being edited.
    std::vector<std::string> presetCodes() const { return core::presetCodes(); }
    std::string presetLabel(const std::string& code) const;
    void choosePreset(const std::string& code);
    /// Sets one component's weight (0-100%); the others keep their proportions.
    void setWeight(core::Component component, int percent);
    /// The weights as whole percentages (rounded; for the sliders).
    int weightPercent(core::Component component) const;
    std::string componentLabel(core::Component component) const;
    /// "Model: own mix (production 60%, dagdelen 40%)"
    std::string modelDescription() const;
    /// The preset the model being edited equals, as an index into presetCodes().
    std::optional<std::size_t> presetIndex() const;
    /// True when the model or the vakgroep figures being edited differ from the stored ones.
    bool changed() const;
    /// Stores the model and the figures being edited as the hospital's (one transaction). Throws
    /// core::Error (nothing stored) when the file refuses it or the figures do not hold together.
    void save();
    void revert();

    // The vakgroep figures being edited.
    /// Name, then one column per figure (vakgroepColumns()).
    reports::Table vakgroepen() const;
    /// Sets a figure as typed (`column` counts from the first figure, after the name); false and
    /// error() naming the vakgroep, the figure and what is expected, and nothing changes.
    bool setFigure(std::size_t row, std::size_t column, const std::string& text);
    const std::string& error() const { return m_error; }

    /// Replaces the round's incentive figures with a JSON file (docs/incentives.md), in one
    /// transaction; false and error() listing every problem of the file (nothing changes then).
    bool importFigures(const std::string& file);
    /// Writes the figures and model being edited as JSON, atomically; returns the message.
    std::string exportFigures(const std::string& file) const;

    /// The figures and model being edited, and the scenario shown: what a sweep starts from.
    core::IncentiveInputs editedInputs() const { return edited(); }
    const core::Scenario* chosenScenario() const
    {
        return m_scenario < m_scenarios.size() ? &m_scenarios[m_scenario] : nullptr;
    }

    // The scenario shown.
    std::vector<std::string> scenarioNames() const;
    void chooseScenario(std::size_t index);
    std::size_t scenario() const { return m_scenario; }
    std::string scenarioDescription() const;
    /// Under the outcome table: what (a), (b), now, % and ! mean for the scenario chosen.
    std::string outcomeNote() const;

    /// The incentive alignment over all scenarios under the edited model and the stored one.
    std::string summary() const;
    /// Who gains from the chosen scenario under the edited model.
    reports::Table outcome() const;
    /// The chosen scenario under the edited model (first row, when it differs), the stored
    /// model and the presets.
    reports::Drawing chart() const;
    std::size_t chartRows() const { return m_rows.size(); }
    const std::vector<core::ScenarioOutcome>& outcomes() const { return m_outcomes; }
    core::IncentiveAlignment alignment() const;

private:
    void recompute();
    bool modelChanged() const;
    /// The stored inputs with the vakgroep figures being edited (and the stored model).
    core::IncentiveInputs figures() const;
    /// figures() with the model being edited.
    core::IncentiveInputs edited() const;

    db::Database& m_db;
    core::Id m_round;
    core::Language m_lang;
    std::optional<core::IncentiveInputs> m_saved;
    core::DistributionModel m_model;
    std::vector<core::Vakgroep> m_vakgroepen;
    std::string m_error;
    std::vector<core::Scenario> m_scenarios;
    std::size_t m_scenario = 0;
    std::vector<core::ScenarioOutcome> m_outcomes; ///< the chosen scenario, one per chart row
    std::vector<std::string> m_rows;
};

} // namespace gui
