#pragma once
// The incentive model's results as tables for people and as JSON for programs.

#include "core/text/domain_names.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "reports/table.hpp"

#include <string>
#include <vector>

namespace reports {


/// "Distribution model: …. Incentive alignment: 75 (3 conflicts in 12 outcomes over 6 scenarios)."
/// The arrangements in words: the distribution model, how the MSB is paid, the insurer contract,
/// and how goodwill is paid.
std::string arrangementsSentence(const core::IncentiveInputs& inputs, core::Language lang);
std::string alignmentSentence(const std::string& model, const core::IncentiveAlignment& alignment, core::Language lang);

/// The vakgroepen with their inputs.
Table vakgroepTable(const core::IncentiveInputs& inputs, core::Language lang);
/// One scenario: per actor the payoff under (a) and (b), the difference and the stance.
Table outcomeTable(const core::ScenarioOutcome& outcome, core::Language lang);
/// Many scenarios under one model: per scenario the actors in conflict (below party level: not
/// for outputs shared outside the hospital).
Table scenarioSummary(const std::vector<core::Scenario>& scenarios, const std::vector<core::ScenarioOutcome>& outcomes,
                      core::Language lang);
/// One scenario under several models: model x actor, the relative difference, conflicts marked.
Table modelComparison(const std::vector<core::ScenarioOutcome>& outcomes, core::Language lang);
/// Per vakgroep and model: the production elasticity of income per head.
Table elasticityTable(const core::IncentiveInputs& inputs, core::Language lang);
/// Outcomes as data (simulate --format csv): one row per scenario, model and actor, with codes and
/// plain numbers, the same fields as the JSON.
Table outcomeRows(const std::vector<core::ScenarioOutcome>& outcomes);
/// Where a sweep changes an actor's stance.
Table breakEvenTable(const core::SweepResult& sweep, core::Language lang);

std::string simulateJson(const core::IncentiveInputs& inputs, const std::vector<core::Scenario>& scenarios,
                         const std::vector<core::ScenarioOutcome>& outcomes, const core::IncentiveAlignment& alignment);
std::string compareJson(const core::Scenario& scenario, const std::vector<core::ScenarioOutcome>& outcomes);
std::string sweepJson(const core::Scenario& scenario, const core::SweepResult& sweep);

} // namespace reports
