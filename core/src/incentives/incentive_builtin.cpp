// The built-in scenarios: the worked examples of the sources (DOMAIN §6), with plausible numbers.
// They are data (questionnaires/incentives/scenarios.json), read like a hospital's own scenarios.
#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"

namespace core {

const std::vector<Scenario>& builtinScenarios()
{
    static const std::vector<Scenario> scenarios = [] {
        auto list = parseScenarioFile(builtinScenariosJson(), "incentives/scenarios.json");
        for (auto& s : list)
            s.builtin = true;
        return list;
    }();
    return scenarios;
}

} // namespace core
