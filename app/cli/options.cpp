#include "options.hpp"

#include "command_table.hpp"
#include "option_descriptions.hpp"

#include "core/text/text_util.hpp"
#include "db/database.hpp"

#include <boost/program_options.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <sstream>

namespace cli {
namespace po = boost::program_options;
using core::Language;
using core::tr;
using core::tx;
using core::txc;

po::options_description globalOptions(Language lang)
{
    po::options_description d(std::string(tr(lang, tx("General options"))));
    d.add_options()
        ("db", po::value<std::string>()->value_name("FILE"),
         std::string(tr(lang, tx("the database file (default: $SAMENSPEL_DB, else a file in your user data folder)"))).c_str())
        ("lang", po::value<std::string>()->value_name("nl|en"), std::string(tr(lang, tx("language of all output (default nl)"))).c_str())
        ("format", po::value<std::string>()->value_name("table|json|csv"), std::string(tr(lang, tx("output format for data (default table)"))).c_str())
        ("help,h", std::string(tr(lang, tx("show help"))).c_str())
        ("version", std::string(tr(lang, tx("show the version"))).c_str());
    return d;
}

po::options_description commandOptions(const CommandSpec* spec, Language lang)
{
    po::options_description d(std::string(tr(lang, tx("Options of this command"))));
    if (!spec)
        return d;
    for (const auto& o : spec->options) {
        // A number's default is said from the table ("default {0}"), so help and behaviour cannot differ.
        const bool number = o.kind == ValueKind::Number || o.kind == ValueKind::Count || o.kind == ValueKind::Integer;
        const std::string help = number ? tr(lang, o.help, {core::formatNumber(o.number, o.number == std::floor(o.number) ? 0 : 2, lang)})
                                        : std::string(tr(lang, o.help));
        const auto named = [&](auto* semantic) {
            if (o.valueName)
                semantic->value_name(o.valueName);
            d.add_options()(o.name, semantic, help.c_str());
        };
        switch (o.kind) {
        case ValueKind::Text: named(po::value<std::string>()); break;
        case ValueKind::Id: named(po::value<core::Id>()); break;
        case ValueKind::Integer: named(po::value<int>()); break;
        case ValueKind::Count: named(po::value<long long>()); break; // read signed, so that -3 is refused, not wrapped
        case ValueKind::Number: named(po::value<double>()); break;
        case ValueKind::List: named(po::value<std::vector<std::string>>()); break;
        case ValueKind::Flag: d.add_options()(o.name, help.c_str()); break;
        }
    }
    return d;
}

const std::vector<ExitCodeText>& exitCodeTexts()
{
    static const std::vector<ExitCodeText> codes{
        {kOk, txc("exit code", "done")},
        {kFailed, tx("a file or the database could not be read or written")},
        {kUsage, tx("the command line is wrong")},
        {kInputRefused, tx("the input was checked and refused (import problems, invalid instrument, a bad value or duplicate name)")},
        {kDatabaseUnusable, tx("no usable database: missing, empty, not a Samenspel file, damaged, or written by a newer version")},
    };
    return codes;
}

namespace {

/// The values the command line gave for the command's own options.
Arguments arguments(const CommandSpec& spec, const po::variables_map& vm, Language lang)
{
    Arguments args(&spec.options);
    for (const auto& o : spec.options) {
        const std::string key = o.key();
        if (!vm.count(key))
            continue;
        const auto& v = vm[key];
        switch (o.kind) {
        case ValueKind::Text: args.set(key, v.as<std::string>()); break;
        case ValueKind::Id: args.set(key, v.as<core::Id>()); break;
        case ValueKind::Integer: args.set(key, v.as<int>()); break;
        case ValueKind::Count: {
            const long long n = v.as<long long>();
            if (n < 1)
                throw UsageError(tr(lang, tx("--{0} must be a whole number of at least 1, not {1}"), {key, std::to_string(n)}));
            args.set(key, static_cast<std::size_t>(n));
            break;
        }
        case ValueKind::Number: args.set(key, v.as<double>()); break;
        case ValueKind::List: args.set(key, v.as<std::vector<std::string>>()); break;
        case ValueKind::Flag: args.set(key, true); break;
        }
    }
    return args;
}

std::string generalHelp(Language lang, const po::options_description& global)
{
    std::ostringstream out;
    out << tr(lang, tx("Samenspel: measure how aligned (gelijkgericht) the executive board and the medical specialists are."))
        << "\n\n"
        << tr(lang, tx("Usage: samenspel [OPTIONS] COMMAND [ARGUMENTS]")) << "\n\n"
        << tr(lang, tx("Commands:")) << "\n";
    for (const auto& c : commandTable()) {
        std::string name = c.name;
        name.resize(22, ' ');
        out << "  " << name << tr(lang, c.summary) << "\n";
    }
    out << "\n" << global << "\n"
        << tr(lang, tx("'samenspel COMMAND --help' shows a command's options.")) << "\n\n"
        << tr(lang, tx("Exit codes:")) << "\n";
    for (const auto& e : exitCodeTexts())
        out << "  " << e.code << "  " << tr(lang, e.meaning) << "\n";
    return out.str();
}

std::string commandHelp(Language lang, const CommandSpec& spec, const po::options_description& global,
                        const po::options_description& own)
{
    std::ostringstream out;
    out << tr(lang, tx("Usage:")) << " samenspel " << tr(lang, tx("[OPTIONS]")) << " " << spec.usage << "\n\n" << tr(lang, spec.summary) << "\n\n";
    if (!own.options().empty())
        out << own << "\n";
    out << global;
    return out.str();
}

/// What a value of the command's option `option` ("--top") must be, when the table says.
std::optional<std::string> expected(const CommandSpec* spec, const std::string& option, Language lang)
{
    if (!spec)
        return std::nullopt;
    for (const auto& o : spec->options) {
        if ("--" + o.key() != option)
            continue;
        switch (o.kind) {
        case ValueKind::Id:
            return tr(lang, tx("{0} takes an id, a whole number as the list commands show it"), {option});
        case ValueKind::Integer:
            return tr(lang, tx("{0} takes a whole number from {1} to {2}"),
                      {option, std::to_string(std::numeric_limits<int>::min()), std::to_string(std::numeric_limits<int>::max())});
        case ValueKind::Count:
            return tr(lang, tx("{0} takes a whole number from 1 to {1}"), {option, std::to_string(std::numeric_limits<std::size_t>::max())});
        case ValueKind::Number:
            return tr(lang, tx("{0} takes a number, such as 0.5"), {option});
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

/// Boost's messages are English only: each kind of command-line error gets its own text.
std::string describe(const po::error& e, const CommandSpec* spec, Language lang)
{
    const auto* named = dynamic_cast<const po::error_with_option_name*>(&e);
    const std::string option = named ? named->get_option_name() : std::string();
    if (dynamic_cast<const po::unknown_option*>(&e))
        return tr(lang, tx("unknown option {0}"), {option});
    if (dynamic_cast<const po::validation_error*>(&e))
        return expected(spec, option, lang).value_or(tr(lang, tx("invalid value for {0}"), {option}));
    if (dynamic_cast<const po::multiple_occurrences*>(&e))
        return tr(lang, tx("{0} is given more than once"), {option});
    if (const auto* syntax = dynamic_cast<const po::invalid_command_line_syntax*>(&e)) {
        if (syntax->kind() == po::invalid_syntax::extra_parameter)
            return tr(lang, tx("{0} takes no value"), {option});
        if (syntax->kind() == po::invalid_syntax::missing_parameter || syntax->kind() == po::invalid_syntax::empty_adjacent_parameter)
            return tr(lang, tx("{0} needs a value"), {option});
    }
    if (dynamic_cast<const po::ambiguous_option*>(&e))
        return tr(lang, tx("{0} could be more than one option; write the option's full name"), {option});
    if (dynamic_cast<const po::too_many_positional_options_error*>(&e))
        return std::string(tr(lang, tx("too many arguments")));
    return tr(lang, tx("the command line cannot be read at {0}"), {option.empty() ? std::string("?") : option});
}

template <typename T>
std::optional<T> get(const po::variables_map& vm, const char* key)
{
    if (vm.count(key))
        return vm[key].as<T>();
    return std::nullopt;
}

} // namespace

Language languageOf(const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string value;
        if (args[i] == "--lang" && i + 1 < args.size())
            value = args[i + 1];
        else if (args[i].starts_with("--lang="))
            value = args[i].substr(7);
        else
            continue;
        if (const auto lang = core::languageFromCode(value))
            return *lang;
    }
    if (const char* env = std::getenv("SAMENSPEL_LANG"))
        if (const auto lang = core::languageFromCode(env))
            return *lang;
    return Language::Nl;
}

Options parseOptions(const std::vector<std::string>& args)
{
    Options o;
    o.lang = languageOf(args);
    const Language lang = o.lang;
    const auto global = globalOptions(lang);

    // The command words: the first one or two arguments that are not options, before any option
    // of the command itself (whose values could otherwise be taken for words).
    std::vector<std::string> words;
    std::vector<std::string> rest;
    bool commandOptionSeen = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        const bool globalWithValue = a == "--db" || a == "--lang" || a == "--format";
        const bool isGlobal = globalWithValue || a == "--help" || a == "-h" || a == "--version" ||
                            a.starts_with("--db=") || a.starts_with("--lang=") || a.starts_with("--format=");
        if (!a.starts_with("-") && !commandOptionSeen &&
            (words.empty() || (words.size() == 1 && takesSubcommand(words[0])))) {
            words.push_back(a);
            continue;
        }
        commandOptionSeen = commandOptionSeen || (a.starts_with("-") && !isGlobal);
        rest.push_back(a);
        if (globalWithValue && i + 1 < args.size())
            rest.push_back(args[++i]);
    }
    const std::string name = words.empty() ? "" : words[0] + (words.size() > 1 ? " " + words[1] : "");
    const CommandSpec* spec = findCommand(name);
    if (!spec && !name.empty()) {
        if (words.size() == 1 && takesSubcommand(words[0]))
            throw UsageError(tr(lang, tx("'{0}' needs a subcommand; see 'samenspel --help'"), {words[0]}));
        throw UsageError(tr(lang, tx("unknown command '{0}'; see 'samenspel --help'"), {name}));
    }

    const auto own = commandOptions(spec, lang);
    po::options_description all;
    all.add(global).add(own);
    po::positional_options_description positional;
    if (spec)
        for (const auto& option : spec->options)
            if (option.positional)
                positional.add(option.key().c_str(), option.kind == ValueKind::List ? -1 : 1); // a list takes the rest

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(rest).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(tr(lang, tx("{0}; see 'samenspel {1} --help'"), {describe(e, spec, lang), name}));
    }

    if (vm.count("version") && !vm.count("help")) {
        o.version = true;
        return o;
    }
    if (vm.count("help") || !spec) {
        o.help = true;
        o.helpText = spec ? commandHelp(lang, *spec, global, own) : generalHelp(lang, global);
        return o;
    }
    o.command = spec;
    if (const auto f = get<std::string>(vm, "format"); f && spec->documentFormat) {
        o.documentFormat = *f;
    } else if (f) {
        if (*f == "table")
            o.format = reports::TableFormat::Text;
        else if (*f == "json")
            o.format = reports::TableFormat::Json;
        else if (*f == "csv")
            o.format = reports::TableFormat::Csv;
        else
            throw UsageError(tr(lang, tx("--format must be table, json or csv, not '{0}'"), {*f}));
    }
    if (const auto l = get<std::string>(vm, "lang"); l && spec->bothLanguages) {
        if (!core::languageFromCode(*l) && *l != "both")
            throw UsageError(tr(lang, tx("--lang must be nl, en or both, not '{0}'"), {*l}));
        o.documentLanguages = *l;
    } else if (l && !core::languageFromCode(*l))
        throw UsageError(tr(lang, tx("--lang must be nl or en, not '{0}'"), {*l}));
    o.db = get<std::string>(vm, "db").value_or(db::defaultDatabasePath());
    if (o.db.empty()) // --db "" (an unset shell variable, say)
        throw UsageError(std::string(tr(lang, tx("--db needs a file name, such as --db ziekenhuis.samenspel"))));
    for (const auto& option : spec->options)
        if (option.required && (!vm.count(option.key()) ||
                                (option.kind == ValueKind::Text && vm[option.key()].as<std::string>().empty())))
            throw UsageError(tr(lang, tx("'{0}' needs {1}; see 'samenspel {0} --help'"), {name, option.shownName()}));
    o.args = arguments(*spec, vm, lang);
    return o;
}

} // namespace cli
