#pragma once
// Optional modules: extra statements and profile questions a round may add to the core
// questionnaire (schema: questionnaires/modules/SCHEMA.md). A round's instrument is the core
// instrument with its modules merged in, so that everything that reads an instrument reads them.

#include "core/instrument/instrument.hpp"
#include "core/text/i18n.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// A validated module. Built only by loadModule().
struct Module {
    ModuleInfo info;
    std::string extends;               ///< the id of the instrument it belongs to
    std::vector<Source> sources;
    std::vector<Question> questions;   ///< its statements, then its profile questions
};

/// Thrown when a module file is refused; lists every problem found.
class ModuleError : public InvalidData {
public:
    ModuleError(std::string source, std::vector<DataProblem> problems);
};

/// Every problem in the JSON text of a module; empty when it is valid.
std::vector<DataProblem> validateModule(std::string_view json);
/// Parses and validates; throws ModuleError naming `source`.
Module loadModule(std::string_view json, const std::string& source);
/// True when the JSON text is meant as a module (it names the instrument it "extends").
bool looksLikeModule(std::string_view json);

/// `instrument` with `modules` merged in: core statements, module statements (in the order given),
/// ratings, core profile questions, module profile questions; sources joined by code. Throws
/// InvalidData when a module belongs to another instrument or is given twice.
Instrument withModules(const Instrument& instrument, const std::vector<const Module*>& modules);

/// The modules compiled into the program, by id (alphabetically: the order a round merges them in).
const std::vector<const Module*>& builtinModules();
const Module* builtinModule(std::string_view id);
/// What the recommendation catalogue's codes are checked against: every built-in version of the
/// instrument, and the current one with every built-in module.
const InstrumentVersions& catalogueInstruments();
/// The text of a built-in module, as a round that uses it stores it.
std::optional<std::string_view> builtinModuleJson(std::string_view id);

} // namespace core
