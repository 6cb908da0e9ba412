#pragma once
// Every command of samenspel, declared once: its name, what it does, its usage line, its options
// and the function that runs it. The help, the parsing and the dispatch all read this table
// (README, "Adding a command").

#include "core/text/i18n.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cli {

struct Context;

enum class ValueKind { Text, Id, Integer, Count, Number, Flag, List };

struct OptionSpec {
    const char* name;           ///< "assessment"; "output,o" also gives -o
    ValueKind kind = ValueKind::Text;
    const char* valueName;      ///< shown in the help ("ID"); nullptr: Boost's "arg"
    core::TextKey help;
    bool required = false;
    bool positional = false;    ///< may be given without its name (one per command)
    double number = 0;          ///< default of a number, count or integer
    const char* text = "";      ///< default of a text

    /// The name without its short form: "output" for "output,o".
    std::string key() const;
    /// How a missing required option is named in the message: "--org", "-o", or "FILE".
    std::string shownName() const;
};

struct CommandSpec {
    const char* name;           ///< "init", "org add", …
    core::TextKey summary;
    const char* usage;          ///< after "samenspel [OPTIONS] "
    std::vector<OptionSpec> options;
    int (*run)(const Context&);
    bool documentFormat = false; ///< --format names the document's format (pdf, html, …), not a table's
    bool bothLanguages = false;  ///< --lang may also be "both": a document in Dutch and English
};

const std::vector<CommandSpec>& commandTable();
const CommandSpec* findCommand(std::string_view name);
/// Whether `word` starts a two-word command ("org", "actions", …).
bool takesSubcommand(std::string_view word);

} // namespace cli
