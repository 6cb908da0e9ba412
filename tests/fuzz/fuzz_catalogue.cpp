// The recommendation catalogue, read as a catalogue and as an overlay on the built-in one (the
// same schema plus "disable"). Promises: only InvalidData for bad input; a catalogue taken is
// evaluated on a demo round without harm, every rule's figures worded.
#include "fuzz_support.hpp"

#include "core/analysis/analysis.hpp"
#include "core/instrument/module.hpp"
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/advice/recommendations.hpp"
#include "core/analysis/scoring.hpp"

namespace {

/// Demo hospital 1 (structure and systems apart): most rules have figures to work on there.
struct DemoRound {
    core::ResponseSet responses;
    core::Analysis analysis;
    core::RoundFacts facts;
    DemoRound()
    {
        const auto& instrument = core::builtinInstrument();
        const auto hospital = core::demoHospitals(instrument).at(1);
        for (const auto& row : hospital.answers)
            responses.add(row);
        analysis = core::analyse(instrument, responses, {});
        facts = core::roundFacts(analysis, responses, instrument, hospital.incentives);
    }
};

void evaluate(const core::Catalogue& catalogue, core::Language lang)
{
    static const DemoRound demo;
    for (const auto& advice : core::advise(catalogue, demo.facts, core::builtinInstrument(), lang)) {
        fuzz::require(advice.recommendation != nullptr, "advice names its recommendation");
        for (const auto& test : advice.tests) {
            (void)test.figure.render(lang);
            (void)test.rule.render(lang);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        const auto json = fuzz::text(data, size);
        const auto& instrument = core::builtinInstrument();
        // One language per input (both would halve the speed); the mutations reach both.
        const auto lang = size % 2 ? core::Language::Nl : core::Language::En;
        try {
            evaluate(core::parseCatalogue(json, core::catalogueInstruments(), "fuzz.json"), lang);
        } catch (const core::InvalidData& e) {
            (void)e.describe(lang);
        }
        try {
            evaluate(core::applyOverlay(core::builtinCatalogue(), json, core::catalogueInstruments(), "overlay.json"), lang);
        } catch (const core::InvalidData& e) {
            (void)e.describe(lang);
        }
    });
    return 0;
}
