#pragma once
// Reading and validating an instrument file (schema: questionnaires/gelijkgerichtheid/SCHEMA.md).

#include "core/text/i18n.hpp"
#include "core/instrument/instrument.hpp"

#include <string>
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

/// The gelijkgerichtheid instrument compiled into the program.
std::string_view builtinInstrumentJson();
const Instrument& builtinInstrument();

} // namespace core
