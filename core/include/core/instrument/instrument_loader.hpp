#pragma once
// Reading and validating an instrument file (schema: questionnaires/gelijkgerichtheid/SCHEMA.md).

#include "core/text/i18n.hpp"
#include "core/instrument/instrument.hpp"

#include <string>
#include <optional>
#include <string_view>
#include <vector>

namespace core {

using InstrumentProblem = DataProblem;

/// Thrown when an instrument is refused; lists every problem found, not just the first.
class InstrumentError : public InvalidData {
public:
    InstrumentError(std::string source, std::vector<InstrumentProblem> problems);
};

/// Every problem in the JSON text; empty when the instrument is valid.
std::vector<InstrumentProblem> validateInstrument(std::string_view json);

/// Parses and validates; throws InstrumentError naming `source` (usually the file name).
Instrument loadInstrument(std::string_view json, const std::string& source);

/// The gelijkgerichtheid instrument compiled into the program: new rounds get this version.
std::string_view builtinInstrumentJson();
const Instrument& builtinInstrument();
/// Every version of the built-in instrument the program has shipped, newest first (2.0, 1.1). A round
/// keeps the version it was created with (the database stores its text), so the catalogue may
/// cite statements of any of them; a statement a round's version does not have is not available.
std::string_view builtinInstrumentJson_1_1();
const InstrumentVersions& builtinInstrumentVersions();
/// The text of a built-in version ("2.0", "1.1"), as a round of it stores it; nothing for another.
std::optional<std::string_view> builtinInstrumentJsonOf(std::string_view version);

} // namespace core
