#include "core/instrument/instrument_loader.hpp"

#include "instrument_reader.hpp"
#include "io/json_reader.hpp"

namespace core {

using detail::Loader;
using nlohmann::json;

InstrumentError::InstrumentError(std::string source, std::vector<InstrumentProblem> problems)
    : InvalidData(txn("The instrument {0} is invalid: {1} problem", "The instrument {0} is invalid: {1} problems"), std::move(source), std::move(problems))
{
}

namespace {
std::pair<Instrument::Parts, std::vector<InstrumentProblem>> parse(std::string_view text)
{
    Loader loader;
    Instrument::Parts parts;
    readJson(text, loader.problems, [&](const json& root) { parts = loader.load(root); });
    return {std::move(parts), std::move(loader.problems)};
}
} // namespace

std::vector<InstrumentProblem> validateInstrument(std::string_view text) { return parse(text).second; }

Instrument loadInstrument(std::string_view text, const std::string& source)
{
    auto [parts, problems] = parse(text);
    if (!problems.empty())
        throw InstrumentError(source, std::move(problems));
    return Instrument(std::move(parts));
}

const Instrument& builtinInstrument()
{
    static const Instrument instrument = loadInstrument(builtinInstrumentJson(), "gelijkgerichtheid/instrument.json");
    return instrument;
}

const InstrumentVersions& builtinInstrumentVersions()
{
    static const Instrument v1_1 = loadInstrument(builtinInstrumentJson_1_1(), "gelijkgerichtheid/instrument-1.1.json");
    static const InstrumentVersions versions{&builtinInstrument(), &v1_1};
    return versions;
}

std::optional<std::string_view> builtinInstrumentJsonOf(std::string_view version)
{
    const std::string_view texts[] = {builtinInstrumentJson(), builtinInstrumentJson_1_1()}; // as the versions
    const auto& versions = builtinInstrumentVersions();
    for (std::size_t i = 0; i < versions.size(); ++i)
        if (versions[i]->version() == version)
            return texts[i];
    return std::nullopt;
}

} // namespace core
