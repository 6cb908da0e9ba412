#pragma once
// The options as Boost.Program_options describes them, built from the command table: the parser,
// `--help` and the manual page (man_page.hpp) all read these, so they cannot say different things.

#include "core/text/i18n.hpp"

#include <boost/program_options/options_description.hpp>

#include <vector>

namespace cli {

struct CommandSpec;

/// --db, --lang, --format, --help and --version, with their help in `lang`.
boost::program_options::options_description globalOptions(core::Language lang);
/// A command's own options, from its row in the table; empty for nullptr.
boost::program_options::options_description commandOptions(const CommandSpec* spec, core::Language lang);

/// An exit code of samenspel and what it means (options.hpp ExitCode).
struct ExitCodeText {
    int code;
    core::TextKey meaning;
};
const std::vector<ExitCodeText>& exitCodeTexts();

} // namespace cli
