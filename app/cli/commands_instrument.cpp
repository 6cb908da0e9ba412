// instrument show and instrument validate.
#include "commands.hpp"
#include "answer_files.hpp"
#include "text_file.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"
#include "core/text/domain_names.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "reports/atomic_file.hpp"
#include "reports/limesurvey_survey.hpp"
#include "reports/table.hpp"


namespace cli {
namespace {

using core::tr;
using core::tx;
using reports::Cell;

std::string roleList(const core::Question& q)
{
    std::string out;
    for (const auto r : q.roles)
        out += (out.empty() ? "" : " ") + std::string(core::code(r));
    return out;
}

/// The ids of the built-in modules, for a message: "care_cores, focus_clinic, msb_governance".
std::string moduleCodes()
{
    std::string out;
    for (const auto* m : core::builtinModules())
        out += (out.empty() ? "" : ", ") + m->info.id;
    return out;
}

/// The instrument a command is about: a round's own (its version and modules) with --assessment,
/// else the built-in one with the modules named by --module.
class ChosenInstrument {
public:
    explicit ChosenInstrument(const Context& c)
    {
        const auto modules = c.args.list("module");
        if (const auto id = c.args.id("assessment")) {
            if (!modules.empty())
                throw UsageError(std::string(tr(c.options.lang, tx("--module is for the built-in questionnaire; a round "
                                                                   "(--assessment) has its own modules: see 'samenspel "
                                                                   "assessment modules'"))));
            m_db = openForReading(c);
            m_instrument = &m_db->instrumentOf(*id);
            m_round = id;
            return;
        }
        std::vector<const core::Module*> chosen;
        for (const auto* m : core::builtinModules())
            if (std::find(modules.begin(), modules.end(), m->info.id) != modules.end())
                chosen.push_back(m);
        for (const auto& code : modules)
            if (!core::builtinModule(code))
                throw UsageError(tr(c.options.lang, tx("there is no module \"{0}\"; the modules are {1}"),
                                    {core::visibleText(code), moduleCodes()}));
        if (!chosen.empty()) {
            m_merged = core::withModules(core::builtinInstrument(), chosen);
            m_instrument = &*m_merged;
        }
    }
    const core::Instrument& instrument() const { return *m_instrument; }
    db::Database* database() { return m_db ? &*m_db : nullptr; }
    std::optional<core::Id> round() const { return m_round; }

private:
    std::optional<db::Database> m_db;
    std::optional<core::Instrument> m_merged;
    const core::Instrument* m_instrument = &core::builtinInstrument();
    std::optional<core::Id> m_round;
};

} // namespace

int cmdInstrumentShow(const Context& c)
{
    const auto lang = c.options.lang;
    const ChosenInstrument chosen(c);
    const auto& instrument = chosen.instrument();
    reports::Table t;
    t.columns = {{"id", std::string(tr(lang, tx("code")))},
                 {"kind", std::string(tr(lang, tx("kind")))},
                 {"element", std::string(tr(lang, tx("element")))},
                 {"theme", std::string(tr(lang, tx("theme")))},
                 {"reverse", std::string(tr(lang, tx("reverse")))},
                 {"roles", std::string(tr(lang, tx("roles")))},
                 {"source", std::string(tr(lang, tx("source")))},
                 {"text", std::string(tr(lang, tx("text")))}};
    for (const auto& q : instrument.questions()) {
        const bool table = c.options.format == reports::TableFormat::Text;
        // Codes for programs (JSON, CSV), names for people.
        t.rows.push_back({Cell::of(q.code), Cell::coded(std::string(core::code(q.kind)), core::questionKindName(q.kind, lang)),
                          q.element ? Cell::coded(std::string(core::code(*q.element)), instrument.name(*q.element).in(lang)) : Cell::empty(),
                          q.theme ? Cell::coded(std::string(core::code(*q.theme)), instrument.shortName(*q.theme).in(lang)) : Cell::empty(),
                          Cell::of(std::string(q.reverse ? (table ? "R" : "true") : (table ? "" : "false"))),
                          Cell::of(table ? std::to_string(q.roles.size()) : roleList(q)),
                          Cell::coded(q.source.publication + " " + q.source.section, instrument.cite(q.source, lang)),
                          Cell::of(q.text.in(lang))});
    }
    if (c.options.format == reports::TableFormat::Text)
        c.out << instrument.title().in(lang) << " (" << instrument.id() << " " << instrument.edition() << ")\n\n";
    reports::writeTable(c.out, t, c.options.format);
    return kOk;
}

int cmdInstrumentValidate(const Context& c)
{
    const auto lang = c.options.lang;
    std::string text;
    std::string name = "gelijkgerichtheid/instrument.json";
    if (c.args.text("file").empty()) {
        text = core::builtinInstrumentJson();
    } else {
        text = app::readJsonFile(c.args.text("file"));
        name = c.args.text("file");
    }
    if (core::looksLikeModule(text)) {
        const auto module = core::loadModule(text, name); // throws ModuleError with every problem
        const auto statements = static_cast<std::size_t>(std::count_if(module.questions.begin(), module.questions.end(), [](const core::Question& q) {
            return q.kind == core::QuestionKind::Likert;
        }));
        c.out << tr(lang, tx("{0} is valid: module {1} {2} of {3} (statements: {4}; profile questions: {5})."),
                    {name, module.info.id, module.info.version, module.extends, std::to_string(statements),
                     std::to_string(module.questions.size() - statements)})
              << "\n";
        return kOk;
    }
    const auto instrument = core::loadInstrument(text, name); // throws InstrumentError with every problem
    const auto count = [&](core::QuestionKind kind) { return instrument.questionsOfKind(kind).size(); };
    c.out << tr(lang, tx("{0} is valid: instrument {1} {2} (statements: {3}; ratings: {4}; profile questions: {5})."),
                {name, instrument.id(), instrument.version(), std::to_string(count(core::QuestionKind::Likert)),
                 std::to_string(count(core::QuestionKind::Rating)),
                 std::to_string(count(core::QuestionKind::Choice) + count(core::QuestionKind::Number))})
          << "\n";
    return kOk;
}

int cmdInstrumentExport(const Context& c)
{
    const auto lang = c.options.lang;
    const auto& output = c.args.text("output");
    const bool named = output.size() > 4 && core::toLowerAscii(output.substr(output.size() - 4)) == ".lss";
    const auto format = c.options.documentFormat.empty() ? std::string("lss") : c.options.documentFormat;
    if (format != "lss")
        throw UsageError(tr(lang, tx("--format for instrument export must be lss (a LimeSurvey survey), not '{0}'"), {format}));
    if (output != "-" && !named)
        throw UsageError(tr(lang, tx("{0} is not named as a .lss file; LimeSurvey imports a survey structure only from a "
                                     "file ending in .lss"),
                            {output}));
    ChosenInstrument chosen(c);
    const core::Instrument* instrument = &chosen.instrument();
    reports::limesurvey::StructureOptions options;
    if (const auto id = chosen.round())
        options = app::surveyOptions(*chosen.database(), *id);
    const auto& languages = c.options.documentLanguages;
    if (languages == "both")
        options.languages = {core::Language::Nl, core::Language::En};
    else
        options.languages = {languages.empty() ? lang : *core::languageFromCode(languages)};
    if (const auto& role = c.args.text("role"); !role.empty()) {
        options.role = core::roleFromCode(role);
        if (!options.role)
            throw UsageError(tr(lang, tx("--role must be one of {0}, not '{1}'"), {core::roleCodes(), role}));
    }
    const auto survey = reports::limesurvey::surveyStructure(*instrument, options);
    const auto write = [&](std::ostream& out) { reports::limesurvey::writeLss(out, survey); };
    if (output == "-") {
        write(c.out);
        return kOk;
    }
    reports::writeFileAtomically(output, write);
    std::size_t statements = 0, marks = 0, profile = 0;
    for (const auto& q : instrument->questions())
        if (!options.role || q.askedOf(*options.role))
            ++(q.kind == core::QuestionKind::Likert ? statements : q.kind == core::QuestionKind::Rating ? marks : profile);
    const std::string names(tr(lang, options.languages.size() > 1              ? tx("Dutch and English")
                                     : options.languages[0] == core::Language::Nl ? tx("Dutch")
                                                                                  : tx("English")));
    c.out << tr(lang, tx("Wrote the LimeSurvey survey {0}: {1} statements, {2} marks and {3} questions about the hospital, "
                         "in {4}; without names, access codes, IP addresses or times."),
                {output, std::to_string(statements), std::to_string(marks), std::to_string(profile), names})
          << "\n"
          << tr(lang, tx("In LimeSurvey: Create survey > Import, choose this file, and activate the survey. Export the "
                         "responses later as CSV with \"Question code\" headings and answer codes, import them with "
                         "'samenspel import --assessment ID FILE.csv', and then delete them in LimeSurvey."))
          << "\n";
    return kOk;
}

} // namespace cli
