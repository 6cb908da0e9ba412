// instrument show and instrument validate.
#include "commands.hpp"
#include "text_file.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/text/domain_names.hpp"
#include "db/database.hpp"
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

} // namespace

int cmdInstrumentShow(const Context& c)
{
    const auto lang = c.options.lang;
    // A round's own version when given (a 1.1 round keeps 1.1), else the built-in one.
    std::optional<db::Database> db;
    const core::Instrument* shown = &core::builtinInstrument();
    if (c.args.id("assessment")) {
        db = openForReading(c);
        shown = &db->instrumentOf(*c.args.id("assessment"));
    }
    const auto& instrument = *shown;
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
        c.out << instrument.title().in(lang) << " (" << instrument.id() << " " << instrument.version() << ")\n\n";
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
    const auto instrument = core::loadInstrument(text, name); // throws InstrumentError with every problem
    const auto count = [&](core::QuestionKind kind) { return instrument.questionsOfKind(kind).size(); };
    c.out << tr(lang, tx("{0} is valid: instrument {1} {2} (statements: {3}; ratings: {4}; profile questions: {5})."),
                {name, instrument.id(), instrument.version(), std::to_string(count(core::QuestionKind::Likert)),
                 std::to_string(count(core::QuestionKind::Rating)),
                 std::to_string(count(core::QuestionKind::Choice) + count(core::QuestionKind::Number))})
          << "\n";
    return kOk;
}

} // namespace cli
