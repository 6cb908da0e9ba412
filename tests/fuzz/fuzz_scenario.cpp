// One scenario (parseScenario, as simulate --scenario FILE reads it) for each demo hospital's
// figures. Promises: only InvalidData for bad input; a scenario taken is compared under every
// model and swept, with finite results.
#include "fuzz_support.hpp"

#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        static const std::array<core::IncentiveInputs, 3> hospitals{core::demoIncentives(0), core::demoIncentives(1),
                                                                    core::demoIncentives(2)};
        for (const auto& inputs : hospitals) {
            core::Scenario scenario;
            try {
                scenario = core::parseScenario(fuzz::text(data, size), inputs, "fuzz.json");
            } catch (const core::InvalidData& e) {
                (void)e.describe(core::Language::En);
                continue;
            }
            (void)core::compareModels(inputs, scenario);
            for (const auto* name : {"ceiling_payment", "weight:production"})
                (void)core::sweep(inputs, inputs.model, scenario, *core::parseSweepParameter(name), 0.0, 1.0, 5);
        }
    });
    return 0;
}
