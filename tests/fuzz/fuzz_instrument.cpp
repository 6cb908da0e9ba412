// The instrument loader (loadInstrument, which validateInstrument shares). Promises: only
// InstrumentError for bad input, listing at least one problem and at most the cap; an instrument
// taken finds each question by its code, reads its answers back as written, and can be analysed.
#include "fuzz_support.hpp"

#include "core/analysis/analysis.hpp"
#include "core/answers/answer.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/io/json_limits.hpp"
#include "core/analysis/scoring.hpp"

namespace {

/// What an answer file holds for an answer imports as that answer: each option's code and labels,
/// each Likert label, and the ends of each numeric range (the README's promise for answer files).
void answersImportAsWritten(const core::Instrument& instrument)
{
    const auto imports = [&](const core::Question& q, const std::string& cell, const core::AnswerValue& expected) {
        const auto parsed = core::parseValue(q, instrument.likert(), cell);
        fuzz::require(!parsed.problem && parsed.value == expected, "an answer as written imports as that answer");
    };
    for (const auto& q : instrument.questions()) {
        for (const auto& o : q.options)
            for (const auto& cell : {o.code, o.label.nl, o.label.en})
                imports(q, cell, o.code);
        if (q.isNumeric()) {
            imports(q, std::to_string(q.min), q.min);
            imports(q, std::to_string(q.max), q.max);
        }
        if (q.kind == core::QuestionKind::Likert)
            for (std::size_t i = 0; i < instrument.likert().labels.size(); ++i)
                for (const auto& cell : {instrument.likert().labels[i].nl, instrument.likert().labels[i].en})
                    imports(q, cell, static_cast<int>(i) + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        try {
            const auto instrument = core::loadInstrument(fuzz::text(data, size), "fuzz.json");
            for (const auto& q : instrument.questions())
                fuzz::require(instrument.find(q.code) == &q, "every question is found by its code");
            answersImportAsWritten(instrument);
            (void)core::analyse(instrument, core::ResponseSet{}, {});
        } catch (const core::InstrumentError& e) {
            fuzz::require(!e.problems().empty() && e.problems().size() <= core::kMaxJsonProblems + 1,
                          "a refusal lists its problems, capped");
            (void)e.describe(core::Language::Nl);
        }
    });
    return 0;
}
