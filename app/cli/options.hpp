#pragma once
// The command line, parsed into one plain struct.

#include "core/i18n.hpp"
#include "core/records.hpp"
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
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Options {
    std::string command; ///< "init", "org add", "assessment list", …; empty with --help or --version
    core::Language lang = core::Language::Nl;
    std::string db;      ///< the database file (resolved to the default when not given)
    reports::TableFormat format = reports::TableFormat::Text;
    bool help = false;
    bool version = false;
    std::string helpText; ///< set when help is true

    std::string name;
    std::string type;
    std::string org; ///< an organisation id or name
    std::optional<core::Id> assessment;
    std::string date;
    int k = core::kMinAnonymityK;
    std::string file;   ///< input file (import, instrument validate)
    std::string output; ///< -o FILE; "-" is standard output
    bool replace = false;
    std::string dialect = "standard";
    double gapThreshold = 15.0;

    // simulate
    std::string inputs;   ///< --inputs FILE instead of the round's stored inputs
    std::string scenario; ///< a scenario id, or a JSON file with one
    std::string model;    ///< a preset, or "current"
    bool compareModels = false;
    std::string sweep;    ///< the parameter to sweep
    double from = 0.0;
    double to = 1.0;
    std::size_t steps = 101;

    // recommend and actions
    std::string explain;
    std::vector<std::string> overlays;
    std::size_t top = 5;
    bool all = false;
    std::optional<core::Id> id;
    std::string recommendation;
    std::string owner;
    std::string responsible;
    std::string due;
    std::string status;
    std::string notes;
    bool clearNotes = false;
    std::string title;

    // report
    std::string depth = "full";
    std::string reportFormat = "pdf";
    std::string advisor;
    std::string role; ///< questionnaire
};

/// Parses argv. Throws UsageError. The language is read first (--lang, else $SAMENSPEL_LANG,
/// else Dutch) so that help and messages are in it.
Options parseOptions(const std::vector<std::string>& args);

} // namespace cli
