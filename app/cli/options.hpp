#pragma once
// The command line, parsed by the command table (command_table.hpp) into the general options and
// the command's own arguments.

#include "arguments.hpp"
#include "error_text.hpp"

#include "core/text/i18n.hpp"
#include "core/answers/records.hpp"
#include "reports/table.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cli {

/// The exit codes of samenspel (also in `samenspel --help` and the README).
enum ExitCode : int {
    kOk = 0,
    kFailed = 1,        ///< a file or the database could not be read or written
    kUsage = 2,         ///< the command line is wrong
    kInputRefused = 3,  ///< the input was checked and refused (import problems, invalid instrument, bad value)
    kDatabaseUnusable = 4, ///< no database, not a Samenspel database, or written by a newer version
};

/// Wrong command line; the message is already in the user's language.
using UsageError = app::UsageError;

struct CommandSpec;

struct Options {
    const CommandSpec* command = nullptr; ///< the command's row in the table; nullptr with --help or --version alone
    core::Language lang = core::Language::Nl;
    std::string db;      ///< the database file (resolved to the default when not given)
    reports::TableFormat format = reports::TableFormat::Text;
    std::string documentFormat; ///< --format of a command that writes documents (report): pdf, html, json, csv
    std::string documentLanguages; ///< --lang as given to a command whose document may be in both languages
    bool help = false;
    bool version = false;
    std::string helpText; ///< set when help is true
    Arguments args;      ///< the command's own options, as its row declares them
};

/// The language of all output: --lang, else $SAMENSPEL_LANG, else Dutch.
core::Language languageOf(const std::vector<std::string>& args);

/// Parses argv. Throws UsageError. The language is read first (--lang, else $SAMENSPEL_LANG,
/// else Dutch) so that help and messages are in it.
Options parseOptions(const std::vector<std::string>& args);

} // namespace cli
