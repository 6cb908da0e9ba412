// The incentive figures (parseIncentives). Promises: only InvalidData for bad input; figures taken
// are written out and read back identically (incentives export, then import), and every scenario,
// the alignment score and each vakgroep's production incentive come out as finite numbers.
#include "fuzz_support.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        core::IncentiveInputs inputs;
        try {
            inputs = core::parseIncentives(fuzz::text(data, size), "fuzz.json");
        } catch (const core::InvalidData& e) {
            (void)e.describe(core::Language::Nl);
            return;
        }
        const auto written = core::incentivesToJson(inputs);
        fuzz::require(core::incentivesToJson(core::parseIncentives(written, "export.json")) == written,
                      "exported figures import as the same figures");
        const auto scenarios = core::scenariosFor(inputs);
        for (const auto& s : scenarios)
            (void)core::compare(inputs, inputs.model, s);
        (void)core::incentiveAlignment(inputs, scenarios);
        for (std::size_t i = 0; i < inputs.vakgroepen.size(); ++i)
            (void)core::productionElasticity(inputs, inputs.model, i);
    });
    return 0;
}
