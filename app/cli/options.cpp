#include "options.hpp"

#include "core/text_util.hpp"
#include "db/database.hpp"

#include <boost/program_options.hpp>

#include <cstdlib>
#include <map>
#include <sstream>

namespace cli {
namespace po = boost::program_options;
using core::Language;
using core::tr;
using core::tx;

namespace {

struct CommandSpec {
    const char* name;
    core::TextKey summary;
    const char* usage;
};

const std::vector<CommandSpec>& commands()
{
    static const std::vector<CommandSpec> list{
        {"init", tx("create the database (nothing happens if it exists)"), "init"},
        {"org add", tx("add an organisation (hospital)"), "org add NAME [--type TYPE]"},
        {"org list", tx("list the organisations"), "org list"},
        {"assessment create", tx("create a round of the questionnaire"),
         "assessment create --org ORG --name NAME [--date YYYY-MM-DD] [--k K]"},
        {"assessment list", tx("list the rounds"), "assessment list [--org ORG]"},
        {"import", tx("import answers from a CSV file (long or wide layout)"),
         "import --assessment ID FILE [--replace]"},
        {"export", tx("export a round's answers as CSV (long layout)"),
         "export --assessment ID -o FILE [--dialect standard|excel]"},
        {"score", tx("show a round's scores, gaps, consensus, change agenda and gelijkgerichtheidsindex"),
         "score --assessment ID [--gap-threshold POINTS]"},
        {"instrument show", tx("show the questions of the built-in instrument"), "instrument show"},
        {"instrument validate", tx("check an instrument file (the built-in one without FILE)"),
         "instrument validate [FILE]"},
        {"incentives import", tx("store a round's incentive inputs (vakgroepen, contract, distribution model) from JSON"),
         "incentives import --assessment ID FILE"},
        {"incentives export", tx("write a round's incentive inputs as JSON"), "incentives export --assessment ID -o FILE"},
        {"incentives show", tx("show a round's incentive inputs"), "incentives show --assessment ID"},
        {"simulate", tx("show who gains from each move under the distribution model, contract and scenarios"),
         "simulate (--assessment ID | --inputs FILE) [--scenario ID|FILE] [--model PRESET] [--compare-models] "
         "[--sweep PARAMETER --from X --to Y --steps N]"},
        {"recommend", tx("the recommendations for a round, most urgent first, with the figures behind them"),
         "recommend --assessment ID [--top N | --all] [--explain ID] [--overlay FILE]"},
        {"actions add", tx("add an action to the plan, from a recommendation"),
         "actions add --assessment ID --recommendation ID [--owner rvb|msb|both|other] [--responsible ROLE] "
         "[--due YYYY-MM-DD] [--title TEXT] [--notes TEXT]"},
        {"actions update", tx("change an action: status, owner, due date, notes"),
         "actions update --id N [--status open|in_progress|done|dropped] [--owner ...] [--due ...] [--notes ...]"},
        {"actions list", tx("the action plan up to a round, with the change since each action was agreed"),
         "actions list --assessment ID"},
        {"report", tx("the assessment report as PDF or HTML, or its tables as JSON or CSV"),
         "report --assessment ID -o FILE [--format pdf|html|json|csv] [--depth workshop|full|aggregate] [--advisor NAME]"},
        {"questionnaire", tx("a printable blank questionnaire for one role (PDF), for answers on paper"),
         "questionnaire --role ROLE -o FILE [--assessment ID]"},
        {"demo", tx("fill the database with three demo hospitals"), "demo"},
    };
    return list;
}

/// Commands that take a second word (org add, …).
bool hasSubcommand(const std::string& word)
{
    return word == "org" || word == "assessment" || word == "instrument" || word == "incentives" || word == "actions";
}

Language initialLanguage(const std::vector<std::string>& args)
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

po::options_description commandOptions(const std::string& command, Language lang)
{
    po::options_description d(std::string(tr(lang, tx("Options of this command"))));
    const auto text = [&](core::TextKey key) { return std::string(tr(lang, key)); };
    if (command == "org add")
        d.add_options()("name", po::value<std::string>(), text(tx("the organisation's name")).c_str())
            ("type", po::value<std::string>()->value_name("TYPE"),
             text(tx("hospital type: umc, stz, general, regional, categorical or other")).c_str());
    if (command == "assessment create")
        d.add_options()("org", po::value<std::string>()->value_name("ORG"), text(tx("organisation id or name")).c_str())
            ("name", po::value<std::string>(), text(tx("name of the round, e.g. \"Nulmeting 2026\"")).c_str())
            ("date", po::value<std::string>()->value_name("YYYY-MM-DD"), text(tx("date of the round (default today)")).c_str())
            ("k", po::value<int>()->value_name("K"),
             text(tx("anonymity threshold: parties with fewer respondents are never shown (at least 3, default 3)")).c_str());
    if (command == "assessment list")
        d.add_options()("org", po::value<std::string>()->value_name("ORG"), text(tx("only this organisation (id or name)")).c_str());
    if (command == "import" || command == "export" || command == "score" || command.starts_with("incentives ") ||
        command == "simulate" || command == "recommend" || command == "actions add" || command == "actions list" ||
        command == "report")
        d.add_options()("assessment", po::value<core::Id>()->value_name("ID"), text(tx("the round's id")).c_str());
    if (command == "simulate")
        d.add_options()("inputs", po::value<std::string>()->value_name("FILE"),
                        text(tx("incentive inputs from a JSON file instead of the round's")).c_str())
            ("scenario", po::value<std::string>()->value_name("ID|FILE"),
             text(tx("one scenario: a built-in or own id, or a JSON file")).c_str())
            ("model", po::value<std::string>()->value_name("PRESET"),
             text(tx("a distribution model preset instead of the current model: production, benchmark, "
                     "dagdelen_disutility, corridor, salaried")).c_str())
            ("compare-models", text(tx("the scenario under the current model and every preset, side by side")).c_str())
            ("sweep", po::value<std::string>()->value_name("PARAMETER"),
             text(tx("vary one parameter: weight:COMPONENT, benchmark_growth[:VAKGROEP], ceiling_payment or shared_savings")).c_str())
            ("from", po::value<double>()->value_name("X"), text(tx("start of the sweep (default 0)")).c_str())
            ("to", po::value<double>()->value_name("Y"), text(tx("end of the sweep (default 1)")).c_str())
            ("steps", po::value<std::size_t>()->value_name("N"), text(tx("values in the sweep (default 101)")).c_str());
    if (command == "score")
        d.add_options()("gap-threshold", po::value<double>()->value_name("POINTS"),
                        text(tx("gap between parties (0-100 points) from which it counts as misalignment (default 15)")).c_str());
    if (command == "import" || command == "instrument validate" || command == "incentives import")
        d.add_options()("file", po::value<std::string>()->value_name("FILE"), text(tx("the file to read")).c_str());
    if (command == "import")
        d.add_options()("replace", text(tx("replace the answers of respondents already in the round")).c_str());
    if (command == "recommend")
        d.add_options()("explain", po::value<std::string>()->value_name("ID"),
                        text(tx("why this recommendation does or does not apply")).c_str())
            ("top", po::value<std::size_t>()->value_name("N"), text(tx("how many to show (default 5)")).c_str())
            ("all", text(tx("show every recommendation that applies")).c_str());
    if (command == "recommend" || command == "actions add")
        d.add_options()("overlay", po::value<std::vector<std::string>>()->value_name("FILE"),
                        text(tx("an advisor's file that adds, changes or switches off recommendations (may be repeated)")).c_str());
    if (command == "actions add" || command == "actions update")
        d.add_options()("owner", po::value<std::string>()->value_name("OWNER"), text(tx("rvb, msb, both or other")).c_str())
            ("responsible", po::value<std::string>()->value_name("ROLE"),
             text(tx("the role or function responsible (never a person's name)")).c_str())
            ("due", po::value<std::string>()->value_name("YYYY-MM-DD"), text(tx("due date")).c_str())
            ("status", po::value<std::string>()->value_name("STATUS"), text(tx("open, in_progress, done or dropped")).c_str())
            ("notes", po::value<std::string>()->value_name("TEXT"), text(tx("notes")).c_str())
            ("clear-notes", text(tx("remove the notes")).c_str())
            ("title", po::value<std::string>()->value_name("TEXT"),
             text(tx("the action in your words (default: the recommendation's title)")).c_str());
    if (command == "actions add")
        d.add_options()("recommendation", po::value<std::string>()->value_name("ID"), text(tx("the recommendation's id")).c_str());
    if (command == "actions update")
        d.add_options()("id", po::value<core::Id>()->value_name("N"), text(tx("the action's id")).c_str());
    if (command == "incentives export")
        d.add_options()("output,o", po::value<std::string>()->value_name("FILE"), text(tx("the file to write; - for standard output")).c_str());
    if (command == "questionnaire")
        d.add_options()("role", po::value<std::string>()->value_name("ROLE"), text(tx("the role it is for")).c_str())
            ("output,o", po::value<std::string>()->value_name("FILE"), text(tx("the PDF file to write")).c_str())
            ("assessment", po::value<core::Id>()->value_name("ID"), text(tx("use this round's instrument")).c_str());
    if (command == "report")
        d.add_options()("output,o", po::value<std::string>()->value_name("FILE"), text(tx("the file to write")).c_str())
            ("depth", po::value<std::string>()->value_name("DEPTH"),
             text(tx("workshop (short handout), full (default) or aggregate (nothing below party level)")).c_str())
            ("advisor", po::value<std::string>()->value_name("NAME"), text(tx("the advisor named on the cover")).c_str());
    if (command == "export")
        d.add_options()("output,o", po::value<std::string>()->value_name("FILE"), text(tx("the file to write; - for standard output")).c_str())
            ("dialect", po::value<std::string>()->value_name("standard|excel"),
             text(tx("standard: UTF-8, comma; excel: what Excel on a Dutch Windows machine opens directly (BOM, semicolon, CRLF)")).c_str());
    return d;
}

std::string generalHelp(Language lang, const po::options_description& global)
{
    std::ostringstream out;
    out << tr(lang, tx("Samenspel: measure how aligned (gelijkgericht) the executive board and the medical specialists are."))
        << "\n\n"
        << tr(lang, tx("Usage: samenspel [OPTIONS] COMMAND [ARGUMENTS]")) << "\n\n"
        << tr(lang, tx("Commands:")) << "\n";
    for (const auto& c : commands()) {
        std::string name = c.name;
        name.resize(22, ' ');
        out << "  " << name << tr(lang, c.summary) << "\n";
    }
    out << "\n" << global << "\n"
        << tr(lang, tx("'samenspel COMMAND --help' shows a command's options.")) << "\n\n"
        << tr(lang, tx("Exit codes: 0 done; 1 a file or the database could not be read or written; 2 wrong command "
                       "line; 3 input checked and refused; 4 no usable database (missing, not a Samenspel file, or "
                       "from a newer version)."))
        << "\n";
    return out.str();
}

std::string commandHelp(Language lang, const CommandSpec& spec, const po::options_description& global,
                        const po::options_description& own)
{
    std::ostringstream out;
    out << tr(lang, tx("Usage:")) << " samenspel [OPTIONS] " << spec.usage << "\n\n" << tr(lang, spec.summary) << "\n\n";
    if (!own.options().empty())
        out << own << "\n";
    out << global;
    return out.str();
}

/// Boost's messages are English only: each kind of command-line error gets its own text.
std::string describe(const po::error& e, Language lang)
{
    const auto* named = dynamic_cast<const po::error_with_option_name*>(&e);
    const std::string option = named ? named->get_option_name() : std::string();
    if (dynamic_cast<const po::unknown_option*>(&e))
        return tr(lang, tx("unknown option {0}"), {option});
    if (dynamic_cast<const po::validation_error*>(&e))
        return tr(lang, tx("invalid value for {0}"), {option});
    if (dynamic_cast<const po::multiple_occurrences*>(&e))
        return tr(lang, tx("{0} is given more than once"), {option});
    if (dynamic_cast<const po::invalid_command_line_syntax*>(&e))
        return tr(lang, tx("{0} needs a value"), {option});
    if (dynamic_cast<const po::too_many_positional_options_error*>(&e))
        return std::string(tr(lang, tx("too many arguments")));
    return e.what();
}

template <typename T>
std::optional<T> get(const po::variables_map& vm, const char* key)
{
    if (vm.count(key))
        return vm[key].as<T>();
    return std::nullopt;
}

} // namespace

Options parseOptions(const std::vector<std::string>& args)
{
    Options o;
    o.lang = initialLanguage(args);
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
            (words.empty() || (words.size() == 1 && hasSubcommand(words[0])))) {
            words.push_back(a);
            continue;
        }
        commandOptionSeen = commandOptionSeen || (a.starts_with("-") && !isGlobal);
        rest.push_back(a);
        if (globalWithValue && i + 1 < args.size())
            rest.push_back(args[++i]);
    }
    o.command = words.empty() ? "" : words[0] + (words.size() > 1 ? " " + words[1] : "");

    const CommandSpec* spec = nullptr;
    for (const auto& c : commands())
        if (o.command == c.name)
            spec = &c;
    if (!spec && !o.command.empty()) {
        if (words.size() == 1 && hasSubcommand(words[0]))
            throw UsageError(tr(lang, tx("'{0}' needs a subcommand; see 'samenspel --help'"), {words[0]}));
        throw UsageError(tr(lang, tx("unknown command '{0}'; see 'samenspel --help'"), {o.command}));
    }

    const auto own = commandOptions(o.command, lang);
    po::options_description all;
    all.add(global).add(own);
    po::positional_options_description positional;
    if (o.command == "org add")
        positional.add("name", 1);
    if (o.command == "import" || o.command == "instrument validate" || o.command == "incentives import")
        positional.add("file", 1);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(rest).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(tr(lang, tx("{0}; see 'samenspel {1} --help'"), {describe(e, lang), o.command}));
    }

    if (vm.count("version") && !vm.count("help")) {
        o.version = true;
        return o;
    }
    if (vm.count("help") || o.command.empty()) {
        o.help = true;
        o.helpText = spec ? commandHelp(lang, *spec, global, own) : generalHelp(lang, global);
        return o;
    }
    if (const auto f = get<std::string>(vm, "format"); f && o.command != "report") {
        if (*f == "table")
            o.format = reports::TableFormat::Text;
        else if (*f == "json")
            o.format = reports::TableFormat::Json;
        else if (*f == "csv")
            o.format = reports::TableFormat::Csv;
        else
            throw UsageError(tr(lang, tx("--format must be table, json or csv, not '{0}'"), {*f}));
    }
    if (const auto l = get<std::string>(vm, "lang"); l && !core::languageFromCode(*l))
        throw UsageError(tr(lang, tx("--lang must be nl or en, not '{0}'"), {*l}));
    o.db = get<std::string>(vm, "db").value_or(db::defaultDatabasePath());
    if (o.db.empty()) // --db "" (an unset shell variable, say)
        throw UsageError(std::string(tr(lang, tx("--db needs a file name, such as --db ziekenhuis.samenspel"))));
    o.name = get<std::string>(vm, "name").value_or("");
    o.type = get<std::string>(vm, "type").value_or("");
    o.org = get<std::string>(vm, "org").value_or("");
    o.assessment = get<core::Id>(vm, "assessment");
    o.date = get<std::string>(vm, "date").value_or("");
    o.k = get<int>(vm, "k").value_or(core::kMinAnonymityK);
    o.file = get<std::string>(vm, "file").value_or("");
    o.output = get<std::string>(vm, "output").value_or("");
    o.replace = vm.count("replace") > 0;
    o.dialect = get<std::string>(vm, "dialect").value_or("standard");
    o.gapThreshold = get<double>(vm, "gap-threshold").value_or(15.0);
    o.inputs = get<std::string>(vm, "inputs").value_or("");
    o.scenario = get<std::string>(vm, "scenario").value_or("");
    o.model = get<std::string>(vm, "model").value_or("");
    o.compareModels = vm.count("compare-models") > 0;
    o.sweep = get<std::string>(vm, "sweep").value_or("");
    o.from = get<double>(vm, "from").value_or(0.0);
    o.to = get<double>(vm, "to").value_or(1.0);
    o.steps = get<std::size_t>(vm, "steps").value_or(101);
    o.explain = get<std::string>(vm, "explain").value_or("");
    o.overlays = get<std::vector<std::string>>(vm, "overlay").value_or(std::vector<std::string>{});
    o.top = get<std::size_t>(vm, "top").value_or(5);
    o.all = vm.count("all") > 0;
    o.id = get<core::Id>(vm, "id");
    o.recommendation = get<std::string>(vm, "recommendation").value_or("");
    o.owner = get<std::string>(vm, "owner").value_or("");
    o.responsible = get<std::string>(vm, "responsible").value_or("");
    o.due = get<std::string>(vm, "due").value_or("");
    o.status = get<std::string>(vm, "status").value_or("");
    o.notes = get<std::string>(vm, "notes").value_or("");
    o.clearNotes = vm.count("clear-notes") > 0;
    o.title = get<std::string>(vm, "title").value_or("");
    o.depth = get<std::string>(vm, "depth").value_or("full");
    o.advisor = get<std::string>(vm, "advisor").value_or("");
    o.role = get<std::string>(vm, "role").value_or("");
    if (o.command == "report") {
        // For a report --format names the document format; the default data format does not apply.
        o.reportFormat = get<std::string>(vm, "format").value_or("pdf");
        o.format = reports::TableFormat::Text;
    }
    if (!(o.gapThreshold >= 0.0 && o.gapThreshold <= 100.0)) // also refuses nan
        throw UsageError(std::string(tr(lang, tx("--gap-threshold must be between 0 and 100 points"))));

    const auto require = [&](bool present, const char* what) {
        if (!present)
            throw UsageError(tr(lang, tx("'{0}' needs {1}; see 'samenspel {0} --help'"), {o.command, what}));
    };
    if (o.command == "org add")
        require(!o.name.empty(), "NAME");
    if (o.command == "assessment create") {
        require(!o.org.empty(), "--org");
        require(!o.name.empty(), "--name");
    }
    if (o.command == "import" || o.command == "export" || o.command == "score" || o.command.starts_with("incentives ") ||
        o.command == "recommend" || o.command == "actions add" || o.command == "actions list")
        require(o.assessment.has_value(), "--assessment");
    if (o.command == "actions add")
        require(!o.recommendation.empty(), "--recommendation");
    if (o.command == "report") {
        require(o.assessment.has_value(), "--assessment");
        require(!o.output.empty(), "-o");
    }
    if (o.command == "questionnaire") {
        require(!o.role.empty(), "--role");
        require(!o.output.empty(), "-o");
    }
    if (o.command == "actions update")
        require(o.id.has_value(), "--id");
    if (o.command == "import" || o.command == "incentives import")
        require(!o.file.empty(), "FILE");
    if (o.command == "incentives export")
        require(!o.output.empty(), "-o");
    if (o.command == "simulate") {
        require(o.assessment.has_value() || !o.inputs.empty(), "--assessment or --inputs");
        if ((o.compareModels || !o.sweep.empty()) && o.scenario.empty())
            throw UsageError(std::string(tr(lang, tx("--compare-models and --sweep need --scenario"))));
        if (!o.sweep.empty() && (!(o.from <= o.to) || o.steps < 2 || o.steps > 1000000))
            throw UsageError(std::string(tr(lang, tx("a sweep needs --from <= --to and 2 to 1000000 --steps"))));
    }
    if (o.command == "export") {
        require(!o.output.empty(), "-o");
        if (o.dialect != "standard" && o.dialect != "excel")
            throw UsageError(tr(lang, tx("--dialect must be standard or excel, not '{0}'"), {o.dialect}));
    }
    return o;
}

} // namespace cli
