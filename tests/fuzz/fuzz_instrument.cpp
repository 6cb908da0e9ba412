// The instrument loader (loadInstrument, which validateInstrument shares). Promises: only
// InstrumentError for bad input, listing at least one problem and at most the cap; an instrument
// taken finds each question by its code and can be analysed.
#include "fuzz_support.hpp"

#include "core/analysis.hpp"
#include "core/instrument_loader.hpp"
#include "core/json_limits.hpp"
#include "core/scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        try {
            const auto instrument = core::loadInstrument(fuzz::text(data, size), "fuzz.json");
            for (const auto& q : instrument.questions())
                fuzz::require(instrument.find(q.code) == &q, "every question is found by its code");
            (void)core::analyse(instrument, core::ResponseSet{}, {});
        } catch (const core::InstrumentError& e) {
            fuzz::require(!e.problems().empty() && e.problems().size() <= core::kMaxJsonProblems + 1,
                          "a refusal lists its problems, capped");
            (void)e.describe(core::Language::Nl);
        }
    });
    return 0;
}
