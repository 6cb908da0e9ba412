// Answer import (CSV reader, header, rows, values) into a sink in memory. Promises: the problem
// list stays capped, the summary's counts match what reached the sink, and a file taken without
// problems can be analysed and advised on like any round.
#include "fuzz_support.hpp"

#include "core/analysis/analysis.hpp"
#include "core/answers/answer_import.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/advice/recommendations.hpp"
#include "core/analysis/scoring.hpp"
#include "core/text/text_util.hpp"

#include <map>
#include <sstream>

namespace {

/// Keeps what a database would store; codes compare without regard to case, as the sink's
/// contract says.
class MemorySink : public core::AnswerSink {
public:
    std::map<std::string, core::Respondent> respondents; // by lower-case code
    std::map<std::pair<std::string, std::string>, core::AnswerRow> answers;

    Status beginRespondent(const std::string& code, core::Role role) override
    {
        fuzz::require(respondents.emplace(core::toLowerAscii(code), core::Respondent{code, role}).second,
                      "each respondent is begun once");
        return Status::Ok;
    }
    Status addAnswer(const std::string& respondent, const std::string& item, const core::AnswerValue& value) override
    {
        const auto code = core::toLowerAscii(respondent);
        const auto begun = respondents.find(code);
        fuzz::require(begun != respondents.end(), "an answer's respondent was begun");
        const core::AnswerRow row{begun->second.code, begun->second.role, item, value};
        const bool added = answers.emplace(std::pair{code, item}, row).second;
        return added ? Status::Ok : Status::Duplicate;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        const auto& instrument = core::builtinInstrument();
        std::istringstream in{std::string(fuzz::text(data, size))};
        MemorySink sink;
        const auto summary = core::importAnswers(in, instrument, sink);
        fuzz::require(summary.problems.size() <= core::ImportSummary::kListedProblems + 1, "the problem list is capped");
        fuzz::require(summary.problems.size() <= summary.problemCount, "every listed problem is counted");
        for (const auto& p : summary.problems)
            (void)p.render(core::Language::Nl);
        if (!summary.ok())
            return;
        fuzz::require(summary.answers + summary.noAnswers == sink.answers.size(), "every answer counted reached the sink");
        fuzz::require(summary.respondents == sink.respondents.size(), "every respondent counted reached the sink");
        core::ResponseSet responses;
        for (const auto& [key, row] : sink.answers)
            responses.add(row);
        const auto analysis = core::analyse(instrument, responses, {});
        const auto facts = core::roundFacts(analysis, responses, instrument, std::nullopt);
        for (const auto& advice : core::advise(core::builtinCatalogue(), facts, instrument, core::Language::En))
            for (const auto& line : advice.rationale())
                (void)line.render(core::Language::En);
    });
    return 0;
}
