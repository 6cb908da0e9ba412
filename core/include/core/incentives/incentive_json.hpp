#pragma once
// Incentive inputs and scenarios as JSON (schema: docs/incentives.md). Reading checks everything
// and refuses the file with every problem, each naming its field.

#include "core/incentives/incentives.hpp"

#include <string>
#include <string_view>

namespace core {

/// The most vakgroepen one hospital's inputs hold (a large teaching hospital has about 40), and the
/// most scenarios of its own. Each figure has a realistic range too (docs/incentives.md).
constexpr std::size_t kMaxVakgroepen = 200;
constexpr std::size_t kMaxScenarios = 50;
/// The longest vakgroep name, in characters ("maag-, darm- en leverziekten" has 28).
constexpr std::size_t kMaxVakgroepName = 100;

/// Throws InvalidData naming `source` and every problem.
IncentiveInputs parseIncentives(std::string_view json, const std::string& source);
std::string incentivesToJson(const IncentiveInputs& inputs);

/// One scenario (a JSON object, schema in docs/incentives.md) for these inputs: every vakgroep it
/// names must exist. Throws InvalidData naming `source` and every problem.
Scenario parseScenario(std::string_view json, const IncentiveInputs& inputs, const std::string& source);
/// A file of scenarios, `{"schema_version": 1, "scenarios": [...]}`, each as in the inputs; the
/// built-in ones are such a file (questionnaires/incentives/scenarios.json). Vakgroepen are not
/// checked here: a scenario applies to a hospital that has them.
std::vector<Scenario> parseScenarioFile(std::string_view json, const std::string& source);

/// The problems of inputs built in code (the same rules as parseIncentives); empty when valid.
std::vector<DataProblem> validateIncentives(const IncentiveInputs& inputs);

} // namespace core
