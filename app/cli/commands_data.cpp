// init, org, assessment, import and export.
#include "commands.hpp"
#include "text_file.hpp"
#include "answer_files.hpp"

#include "core/text/domain_names.hpp"
#include "text_file.hpp"

#include "core/answers/answer_export.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "db/errors.hpp"
#include "reports/atomic_file.hpp"

#include <filesystem>
#include <map>

#include <unistd.h>
#include "reports/table.hpp"


namespace cli {
namespace {

using core::tr;
using core::tx;
using core::txn;
using reports::Cell;

reports::Table organisationTable(const std::vector<core::Organisation>& list, core::Language lang)
{
    reports::Table t;
    t.columns = {{"id", "id", true},
                 {"name", std::string(tr(lang, tx("name")))},
                 {"hospital_type", std::string(tr(lang, tx("type")))},
                 {"created_at", std::string(tr(lang, tx("created")))}};
    for (const auto& org : list)
        t.rows.push_back({Cell::of(static_cast<long long>(org.id)), Cell::of(org.name),
                          Cell::coded(org.hospitalType, core::hospitalTypeName(org.hospitalType, lang)), Cell::of(org.createdAt)});
    return t;
}

reports::Table assessmentTable(const db::Database& db, const std::vector<core::Assessment>& list, core::Language lang)
{
    reports::Table t;
    t.columns = {{"id", "id", true},
                 {"organisation", std::string(tr(lang, tx("organisation")))},
                 {"name", std::string(tr(lang, tx("round")))},
                 {"date", std::string(tr(lang, tx("date")))},
                 {"instrument", std::string(tr(lang, tx("instrument")))},
                 {"anonymity_k", "k", true},
                 {"respondents", std::string(tr(lang, tx("respondents"))), true}};
    for (const auto& a : list)
        t.rows.push_back({Cell::of(static_cast<long long>(a.id)), Cell::of(db.organisation(a.organisationId).name),
                          Cell::of(a.name), Cell::of(a.date), Cell::of(core::instrumentLabel(a)),
                          Cell::of(static_cast<long long>(a.anonymityK)),
                          Cell::of(static_cast<long long>(a.respondents))});
    return t;
}

/// An organisation given as its id or its name.
core::Organisation resolveOrganisation(const db::Database& db, const std::string& idOrName)
{
    long long id = 0;
    if (core::parseWholeNumber(idOrName, id) && idOrName.find_first_of(".,") == std::string::npos)
        return db.organisation(id);
    if (auto org = db.findOrganisation(idOrName))
        return *org;
    throw db::NotFound(core::Message{tx("there is no organisation named \"{0}\"; see 'samenspel org list'"), {idOrName}});
}

} // namespace

db::Database openExisting(const Context& c) { return db::Database::open(c.options.db, db::Database::Mode::ExistingOnly); }
db::Database openForReading(const Context& c) { return db::Database::open(c.options.db, db::Database::Mode::ReadOnly); }

db::Database openForSharing(const Context& c)
{
    // An empty file is no database to read from; a writable open would make it one.
    std::error_code error;
    if (std::filesystem::is_regular_file(c.options.db, error) && std::filesystem::file_size(c.options.db, error) == 0)
        return openForReading(c);
    // A folder that cannot be written holds no journal: the file is read as it is.
    const auto folder = std::filesystem::absolute(c.options.db, error).parent_path();
    if (std::filesystem::exists(c.options.db, error) && access(folder.c_str(), W_OK) != 0)
        return openForReading(c);
    try {
        return openExisting(c);
    } catch (const db::Unwritable&) {
        return openForReading(c);
    }
}

void sayWaiting(const Context& c, bool waiting)
{
    if (waiting)
        c.err << tr(c.options.lang, tx("Note: newer answers are not in this output yet: they would change a figure by fewer "
                                       "respondents than a step (docs/disclosure.md, rule 5). They are shared once enough "
                                       "others of their party have been added or changed."))
              << "\n";
}

void recordShared(const Context& c, db::Database& db, const std::vector<app::SharedRecord>& records)
{
    if (!app::recordShared(db, records))
        c.err << tr(c.options.lang, tx("Note: {0} cannot be written, so this output was not recorded as shared. A later output "
                                       "from a writable copy may then differ from it by fewer respondents than "
                                       "docs/disclosure.md allows."),
                    {c.options.db})
              << "\n";
}

int cmdInit(const Context& c)
{
    const auto db = db::Database::open(c.options.db, db::Database::Mode::CreateIfMissing);
    c.out << tr(c.options.lang, tx("Database ready: {0} (schema version {1})"),
                {db.path(), std::to_string(db.schemaVersion())})
          << "\n";
    return kOk;
}

int cmdOrgAdd(const Context& c)
{
    auto db = openExisting(c);
    const core::Id id = db.addOrganisation(c.args.text("name"), c.args.text("type"));
    reports::writeTable(c.out, organisationTable({db.organisation(id)}, c.options.lang), c.options.format);
    return kOk;
}

int cmdOrgList(const Context& c)
{
    const auto db = openForReading(c);
    reports::writeTable(c.out, organisationTable(db.organisations(), c.options.lang), c.options.format);
    return kOk;
}

int cmdAssessmentCreate(const Context& c)
{
    auto db = openExisting(c);
    const auto org = resolveOrganisation(db, c.args.text("org"));
    const core::Id id =
        db.createAssessment({org.id, c.args.text("name"), c.args.text("date"), c.args.integer("k"), c.args.text("instrument-version"),
                             c.args.list("module")});
    reports::writeTable(c.out, assessmentTable(db, {db.assessment(id)}, c.options.lang), c.options.format);
    return kOk;
}

int cmdAssessmentList(const Context& c)
{
    const auto db = openForReading(c);
    std::optional<core::Id> org;
    if (!c.args.text("org").empty())
        org = resolveOrganisation(db, c.args.text("org")).id;
    reports::writeTable(c.out, assessmentTable(db, db.assessments(org), c.options.lang), c.options.format);
    return kOk;
}

int cmdAssessmentInvited(const Context& c)
{
    const auto lang = c.options.lang;
    const auto id = *c.args.id("assessment");
    const auto sets = c.args.list("set");
    std::map<core::Role, int> changes;
    for (const auto& item : sets) {
        const auto eq = item.find('=');
        const auto role = eq == std::string::npos ? std::nullopt : core::roleFromCode(item.substr(0, eq));
        long long count = -1;
        if (!role || !core::parseWholeNumber(item.substr(eq + 1), count) || count < 0 || count > db::kMaxInvited)
            throw UsageError(tr(lang, tx("--set takes ROLE=N: a role code ({0}) and a whole number from 0 to {1}, not '{2}'"),
                                {core::roleCodes(), std::to_string(db::kMaxInvited), item}));
        changes[*role] = static_cast<int>(count);
    }
    auto db = sets.empty() ? openForReading(c) : openExisting(c);
    if (!changes.empty())
        db.setInvited(id, changes);
    const auto& instrument = db.instrumentOf(id);
    reports::Table t;
    t.columns = {{"role", std::string(tr(lang, tx("role")))}, {"invited", std::string(tr(lang, tx("invited"))), true}};
    const auto invited = db.invited(id);
    for (const auto& [role, count] : invited)
        t.rows.push_back({reports::Cell::coded(std::string(core::code(role)), instrument.name(role).in(lang)),
                          reports::Cell::of(static_cast<long long>(count))});
    reports::writeTable(c.out, t, c.options.format);
    if (invited.empty())
        c.err << tr(lang, tx("No numbers invited are recorded for this round yet; record them with --set ROLE=N, e.g. --set rvb=5."))
              << "\n";
    // More respondents than invited: the report gives no rate for that role; say it now.
    std::map<core::Role, std::size_t> answered;
    for (const auto& r : db.respondents(id))
        ++answered[r.role];
    for (const auto& [role, count] : invited)
        if (answered[role] > static_cast<std::size_t>(count))
            c.err << tr(lang, tx("{0}: {1} respondents, more than the {2} invited; the report gives no response rate for it."),
                        {instrument.name(role).in(lang), std::to_string(answered[role]), std::to_string(count)})
                  << "\n";
    return kOk;
}

int cmdImport(const Context& c)
{
    const auto lang = c.options.lang;
    core::ImportOptions options;
    const auto from = c.args.text("from");
    if (from == "limesurvey")
        options.from = core::AnswerSource::LimeSurvey;
    else if (from == "samenspel")
        options.from = core::AnswerSource::Samenspel;
    else if (!from.empty())
        throw UsageError(tr(lang, tx("--from must be samenspel or limesurvey, not '{0}'"), {from}));
    options.includeIncomplete = c.args.flag("include-incomplete");
    auto db = openExisting(c);
    auto in = app::openInputFile(c.args.text("file"));
    const auto summary = db.importAnswers(*c.args.id("assessment"), in, c.args.flag("replace"), {}, options);
    if (!summary.ok()) {
        c.err << tr(lang, txn("Nothing was imported: {0} problem in {1}:", "Nothing was imported: {0} problems in {1}:"),
                    summary.problemCount, {std::to_string(summary.problemCount), c.args.text("file")})
              << "\n";
        const auto more = summary.problemCount - summary.problems.size();
        const auto printMore = [&] {
            c.err << "  " << tr(lang, txn("… and {0} more problem", "… and {0} more problems"), more, {std::to_string(more)}) << "\n";
        };
        for (std::size_t i = 0; i < summary.problems.size(); ++i) {
            if (i == core::ImportSummary::kListedProblems && more > 0)
                printMore(); // before the problem that stopped the reading, listed last
            c.err << "  " << summary.problems[i].render(lang) << "\n";
        }
        if (more > 0 && summary.problems.size() <= core::ImportSummary::kListedProblems)
            printMore();
        return kInputRefused;
    }
    c.out << app::importedSummary(summary, lang) << "\n";
    for (const auto& note : app::limeSurveyNotes(summary, lang, "--include-incomplete"))
        c.out << note << "\n";
    if (summary.windows1252Lines > 0)
        c.out << app::windows1252Note(summary.windows1252Lines, lang) << "\n";
    return kOk;
}

int cmdExport(const Context& c)
{
    if (c.args.text("dialect") != "standard" && c.args.text("dialect") != "excel")
        throw UsageError(tr(c.options.lang, tx("--dialect must be standard or excel, not '{0}'"), {c.args.text("dialect")}));
    const auto db = openForReading(c);
    const core::Id id = *c.args.id("assessment");
    const auto dialect = c.args.text("dialect") == "excel" ? core::CsvDialect::excelNl() : core::CsvDialect::standard();
    std::size_t rows = 0;
    const auto write = [&](std::ostream& out) { rows = app::writeAnswersCsv(db, id, out, dialect); };
    if (c.args.text("output") == "-") {
        write(c.out);
        return kOk;
    }
    reports::writeFileAtomically(c.args.text("output"), write);
    c.out << tr(c.options.lang, txn("Exported {0} answer row to {1}", "Exported {0} answer rows to {1}"), rows,
                {std::to_string(rows), c.args.text("output")})
          << "\n";
    return kOk;
}

} // namespace cli
