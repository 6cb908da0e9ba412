#include "command_table.hpp"

#include "commands.hpp"
#include "core/analysis/analysis.hpp"
#include "core/answers/records.hpp"

namespace cli {

using core::tx;
using V = ValueKind;

std::string OptionSpec::key() const
{
    const std::string n = name;
    return n.substr(0, n.find(','));
}

std::string OptionSpec::shownName() const
{
    if (positional) {
        if (valueName)
            return valueName;
        std::string upper = key();
        for (char& c : upper)
            c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        return upper;
    }
    const std::string n = name;
    const auto comma = n.find(',');
    return comma == std::string::npos ? "--" + n : "-" + n.substr(comma + 1);
}

namespace {

OptionSpec required(OptionSpec o)
{
    o.required = true;
    return o;
}

OptionSpec positional(OptionSpec o)
{
    o.positional = true;
    return o;
}

OptionSpec withHelp(OptionSpec o, core::TextKey help)
{
    o.help = help;
    return o;
}

// Options that several commands share.
const OptionSpec kAssessment{"assessment", V::Id, "ID", tx("the round's id")};
const OptionSpec kFile{"file", V::Text, "FILE", tx("the file to read")};
const OptionSpec kOutput{"output,o", V::Text, "FILE", tx("the file to write; - for standard output")};
const OptionSpec kModule{"module", V::List, "CODE",
                         tx("add an optional module to the questionnaire (may be repeated; see 'samenspel assessment modules')")};
const OptionSpec kOverlay{"overlay", V::List, "FILE",
                          tx("an advisor's file that adds, changes or switches off recommendations (may be repeated)")};

/// What an action holds; `withClear`: also --clear-notes (changing an action).
std::vector<OptionSpec> actionFields(bool withClear)
{
    std::vector<OptionSpec> out{
        {"owner", V::Text, "OWNER", tx("rvb, msb, both or other")},
        {"responsible", V::Text, "ROLE", tx("the role or function responsible (never a person's name)")},
        {"due", V::Text, "YYYY-MM-DD", tx("due date")},
        {"status", V::Text, "STATUS", tx("open, in_progress, done or dropped")},
        {"notes", V::Text, "TEXT", tx("notes")},
        {"title", V::Text, "TEXT", tx("the action in your words (default: the recommendation's title)")},
    };
    if (withClear)
        out.push_back({"clear-notes", V::Flag, nullptr, tx("remove the notes")});
    return out;
}

template <typename... More>
std::vector<OptionSpec> join(std::vector<OptionSpec> first, More&&... more)
{
    (first.insert(first.end(), more.begin(), more.end()), ...);
    return first;
}

} // namespace

const std::vector<CommandSpec>& commandTable()
{
    static const std::vector<CommandSpec> table{
        {"init", tx("create the database (nothing happens if it exists)"), "init", {}, cmdInit},
        {"org add", tx("add an organisation (hospital)"), "org add NAME [--type TYPE]",
         {required(positional({"name", V::Text, "NAME", tx("the organisation's name")})),
          {"type", V::Text, "TYPE", tx("hospital type: umc, stz, general, regional, categorical or other")}},
         cmdOrgAdd},
        {"org list", tx("list the organisations"), "org list", {}, cmdOrgList},
        {"assessment create", tx("create a round of the questionnaire"),
         "assessment create --org ORG --name NAME [--date YYYY-MM-DD] [--k K] [--instrument-version VERSION] [--module CODE]...",
         {required({"org", V::Text, "ORG", tx("organisation id or name")}),
          required({"name", V::Text, "NAME", tx("name of the round, e.g. \"Nulmeting 2026\"")}),
          {"date", V::Text, "YYYY-MM-DD", tx("date of the round (default today)")},
          {"instrument-version", V::Text, "VERSION",
           tx("an earlier version of the questionnaire, such as 1.1, to go on comparing with rounds of it (default the current one)")},
          {"k", V::Integer, "K", tx("anonymity threshold: parties with fewer respondents are never shown (at least {0}, default {0})"),
           false, false, core::kMinAnonymityK},
          kModule},
         cmdAssessmentCreate},
        {"assessment modules", tx("list the optional modules of the questionnaire, and add them to a round or take them out"),
         "assessment modules [--assessment ID] [--add CODE]... [--remove CODE]...",
         {{"assessment", V::Id, "ID", tx("the round: show which modules it uses")},
          {"add", V::List, "CODE", tx("add this module to the round (may be repeated)")},
          {"remove", V::List, "CODE", tx("take this module out of the round, while it holds no answers to it (may be repeated)")}},
         cmdAssessmentModules},
        {"assessment list", tx("list the rounds"), "assessment list [--org ORG]",
         {{"org", V::Text, "ORG", tx("only this organisation (id or name)")}}, cmdAssessmentList},
        {"assessment invited", tx("record or show how many people of each role were invited (for the response rate)"),
         "assessment invited --assessment ID [--set ROLE=N]...",
         {required(kAssessment),
          {"set", V::List, "ROLE=N", tx("how many of a role were invited, e.g. rvb=5 (may be repeated; 0 removes it)")}},
         cmdAssessmentInvited},
        {"import", tx("import answers from a CSV file (long or wide layout) or a LimeSurvey response export"),
         "import --assessment ID FILE [--from samenspel|limesurvey] [--include-incomplete] [--replace]",
         {required(kAssessment), required(positional(kFile)),
          {"from", V::Text, "samenspel|limesurvey",
           tx("the program that wrote the file (default: told by its header line)")},
          {"include-incomplete", V::Flag, nullptr,
           tx("LimeSurvey: also import responses that were never submitted (left out by default)")},
          {"replace", V::Flag, nullptr, tx("replace the answers of respondents already in the round")}},
         cmdImport},
        {"export", tx("export a round's answers as CSV (long layout)"), "export --assessment ID -o FILE [--dialect standard|excel]",
         {required(kAssessment), required(kOutput),
          {"dialect", V::Text, "standard|excel",
           tx("standard: UTF-8, comma; excel: what Excel on a Dutch Windows machine opens directly (BOM, semicolon, CRLF)"), false,
           false, 0, "standard"}},
         cmdExport},
        {"score", tx("show a round's scores, gaps, consensus, change agenda and gelijkgerichtheidsindex"),
         "score --assessment ID [--gap-threshold POINTS]",
         {required(kAssessment),
          {"gap-threshold", V::Number, "POINTS",
           tx("gap between parties (0-100 points) from which it counts as misalignment (default {0})"), false, false,
           core::kDefaultGapThreshold}},
         cmdScore},
        {"instrument show", tx("show the questions of the built-in instrument, or of a round's own version"),
         "instrument show [--assessment ID | --module CODE...]",
         {withHelp(kAssessment, tx("show this round's instrument")),
          withHelp(kModule, tx("show the built-in instrument with this module (may be repeated)"))},
         cmdInstrumentShow},
        {"instrument validate", tx("check an instrument or module file (the built-in instrument without FILE)"),
         "instrument validate [FILE]",
         {positional(kFile)}, cmdInstrumentValidate},
        {"instrument export", tx("write the questionnaire as a LimeSurvey survey (.lss), to collect answers online"),
         "instrument export -o FILE.lss [--format lss] [--role ROLE] [--lang nl|en|both] [--assessment ID | --module CODE...]",
         {required(withHelp(kOutput, tx("the survey file to write (.lss); - for standard output"))),
          {"role", V::Text, "ROLE", tx("a survey for this role only, without the question about the role")},
          withHelp(kAssessment, tx("use this round's instrument and anonymity threshold")),
          withHelp(kModule, tx("the built-in instrument with this module (may be repeated)"))},
         cmdInstrumentExport, true, true},
        {"incentives import", tx("store a round's incentive inputs (vakgroepen, contract, distribution model) from JSON"),
         "incentives import --assessment ID FILE", {required(kAssessment), required(positional(kFile))}, cmdIncentivesImport},
        {"incentives export", tx("write a round's incentive inputs as JSON"), "incentives export --assessment ID -o FILE",
         {required(kAssessment), required(kOutput)}, cmdIncentivesExport},
        {"incentives show", tx("show a round's incentive inputs"), "incentives show --assessment ID", {required(kAssessment)},
         cmdIncentivesShow},
        {"simulate", tx("show who gains from each move under the distribution model, contract and scenarios"),
         "simulate (--assessment ID | --inputs FILE) [--scenario ID|FILE] [--model PRESET] [--compare-models] "
         "[--sweep PARAMETER --from X --to Y --steps N]",
         {kAssessment,
          {"inputs", V::Text, "FILE", tx("incentive inputs from a JSON file instead of the round's")},
          {"scenario", V::Text, "ID|FILE", tx("one scenario: a built-in or own id, or a JSON file")},
          {"model", V::Text, "PRESET",
           tx("a distribution model preset instead of the current model: production, benchmark, dagdelen_disutility, "
              "corridor, salaried")},
          {"compare-models", V::Flag, nullptr, tx("the scenario under the current model and every preset, side by side")},
          {"sweep", V::Text, "PARAMETER",
           tx("vary one parameter: weight:COMPONENT, benchmark_growth[:VAKGROEP], ceiling_payment or shared_savings")},
          {"from", V::Number, "X", tx("start of the sweep (default {0})"), false, false, 0.0},
          {"to", V::Number, "Y", tx("end of the sweep (default {0})"), false, false, 1.0},
          {"steps", V::Count, "N", tx("values in the sweep (default {0})"), false, false, 101}},
         cmdSimulate},
        {"recommend", tx("the recommendations for a round, most urgent first, with the figures behind them"),
         "recommend --assessment ID [--top N | --all] [--explain ID] [--overlay FILE]",
         {required(kAssessment),
          {"explain", V::Text, "ID", tx("why this recommendation does or does not apply")},
          {"top", V::Count, "N", tx("how many to show (default {0})"), false, false, 5},
          {"all", V::Flag, nullptr, tx("show every recommendation that applies")},
          kOverlay},
         cmdRecommend},
        {"actions add", tx("add an action to the plan, from a recommendation"),
         "actions add --assessment ID --recommendation ID [--owner rvb|msb|both|other] [--responsible ROLE] "
         "[--due YYYY-MM-DD] [--status STATUS] [--title TEXT] [--notes TEXT] [--overlay FILE]",
         join({required(kAssessment), kOverlay}, actionFields(false),
              std::vector<OptionSpec>{required({"recommendation", V::Text, "ID", tx("the recommendation's id")})}),
         cmdActionsAdd},
        {"actions update", tx("change an action: status, owner, due date, notes"),
         "actions update --id N [--status open|in_progress|done|dropped] [--owner rvb|msb|both|other] "
         "[--responsible ROLE] [--due YYYY-MM-DD] [--title TEXT] [--notes TEXT | --clear-notes]",
         join(actionFields(true), std::vector<OptionSpec>{required({"id", V::Id, "N", tx("the action's id")})}), cmdActionsUpdate},
        {"actions list", tx("the action plan up to a round, with the change since each action was agreed"),
         "actions list --assessment ID", {required(kAssessment)}, cmdActionsList},
        {"report", tx("the assessment report as PDF or HTML, or its tables as JSON or CSV"),
         "report --assessment ID -o FILE [--format pdf|html|json|csv] [--depth workshop|full|aggregate] [--advisor NAME] [--table NAME]",
         {required(kAssessment), required(withHelp(kOutput, tx("the file to write"))),
          {"depth", V::Text, "DEPTH", tx("workshop (short handout), full (default) or aggregate (nothing below party level)"),
           false, false, 0, "full"},
          {"advisor", V::Text, "NAME", tx("the advisor named on the cover")},
          {"table", V::Text, "NAME",
           tx("with --format csv, the table to write: scores (default), gaps, index, agenda, recommendations, response, "
              "changes, alpha, scenarios or actions (docs/report-data.md)"),
           false, false, 0, "scores"}},
         cmdReport, true},
        {"questionnaire", tx("a printable blank questionnaire for one role (PDF), for answers on paper"),
         "questionnaire --role ROLE -o FILE [--assessment ID]",
         {required({"role", V::Text, "ROLE", tx("the role it is for")}), required(withHelp(kOutput, tx("the PDF file to write"))),
          withHelp(kAssessment, tx("use this round's instrument"))},
         cmdQuestionnaire},
        {"workshop serve", tx("serve a workshop to the participants' phones on this network, until Ctrl+C"),
         "workshop serve --assessment ID [--bind ADDRESS] [--port N] [--live]",
         {required(kAssessment),
          {"live", V::Flag, nullptr, tx("live questions during the meeting (a pulse, a vote, a re-rating) instead of the questionnaire")},
          {"bind", V::Text, "ADDRESS",
           tx("the one network address of this computer to listen on (default: its first address on a local network)")},
          {"port", V::Integer, "N", tx("the port to listen on, up to 65535; 0 takes any free port (default 8080)"), false, false, 8080}},
         cmdWorkshopServe},
        {"exchange export", tx("the round's figures for the ministry's comparison: a package without answers or small parties"),
         "exchange export --assessment ID -o FILE",
         {required(kAssessment), required(withHelp(kOutput, tx("the package file to write; - for standard output")))},
         cmdExchangeExport},
        {"exchange show", tx("what an exchange package holds, after checking it"), "exchange show FILE",
         {required(positional({"file", V::Text, "FILE", tx("the package file")}))},
         cmdExchangeShow},
        {"exchange import", tx("read hospitals' exchange packages into the comparison database (made when missing)"),
         "exchange import FILE...",
         {required(positional({"files", V::List, "FILE", tx("the package files; all are checked, and none is stored when one has a problem")}))},
         cmdExchangeImport},
        {"compare", tx("compare the hospitals of the comparison database, without ranking them"),
         "compare [--measure CODE]... [--peer-group type|model|family|FILE] [--min-hospitals N]",
         {{"measure", V::List, "CODE",
           tx("what to compare: index, level, agreement, consensus, congruence, incentives, or ELEMENT.PARTY such as "
              "structure.medical_side or structure.gap (may be repeated; default the index, its components and each element's gap)")},
          {"peer-group", V::Text, "BY",
           tx("compare within groups: type, model (organisation model), family (distribution model), or a JSON file of your own "
              "groups")},
          {"min-hospitals", V::Integer, "N", tx("the fewest hospitals a group is compared with, at least 5 (default 5)"), false, false, 5}},
         cmdCompare},
        {"compare report", tx("the national report of the comparison as PDF or HTML: the field, funnels, peer groups, actions"),
         "compare report -o FILE [--format pdf|html]", {required(withHelp(kOutput, tx("the file to write")))}, cmdCompareReport, true},
        {"demo", tx("fill the database with three demo hospitals, or with --national the comparison with forty"),
         "demo [--national [--packages FOLDER]]",
         {{"national", V::Flag, nullptr, tx("packages of forty fictional hospitals for the ministry's comparison, instead")},
          {"packages", V::Text, "FOLDER", tx("where the national demo writes its package files (default: beside the database)")}},
         cmdDemo},
    };
    return table;
}

const CommandSpec* findCommand(std::string_view name)
{
    for (const auto& c : commandTable())
        if (name == c.name)
            return &c;
    return nullptr;
}

bool takesSubcommand(std::string_view word)
{
    for (const auto& c : commandTable()) {
        const std::string_view name = c.name;
        if (name.size() > word.size() && name.starts_with(word) && name[word.size()] == ' ')
            return true;
    }
    return false;
}

} // namespace cli
