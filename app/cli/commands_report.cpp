// report: the assessment report as a PDF file.
#include "commands.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "reports/assessment_report.hpp"
#include "reports/atomic_file.hpp"
#include "reports/questionnaire_form.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "report_data.hpp"

#include <algorithm>
#include <sstream>


namespace cli {


using core::tr;
using core::tx;


int cmdQuestionnaire(const Context& c)
{
    const auto lang = c.options.lang;
    const auto role = core::roleFromCode(c.args.text("role"));
    if (!role)
        throw UsageError(tr(lang, tx("--role must be a role code ({0}), not '{1}'"), {core::roleCodes(), c.args.text("role")}));
    // A round's own instrument when given, else the built-in one.
    std::optional<db::Database> db;
    const core::Instrument* instrument = &core::builtinInstrument();
    if (c.args.id("assessment")) {
        db = openForReading(c);
        instrument = &db->instrumentOf(*c.args.id("assessment"));
    }
    reports::writeFileAtomically(c.args.text("output"),
                                 [&](std::ostream& out) { reports::writeQuestionnairePdf(out, *instrument, *role, lang); });
    c.out << tr(lang, tx("Questionnaire for {0} written to {1}"), {instrument->name(*role).in(lang), c.args.text("output")}) << "\n";
    return kOk;
}

namespace {

/// The report format a file's name ends in (pdf, html for .html or .htm, json, csv), in any case;
/// empty for another name and for "-".
std::string formatOfName(const std::string& file)
{
    const auto dot = file.rfind('.');
    if (dot == std::string::npos || file.find('/', dot) != std::string::npos)
        return {};
    std::string ext = file.substr(dot + 1);
    for (char& ch : ext)
        ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    if (ext == "htm")
        return "html";
    return ext == "pdf" || ext == "html" || ext == "json" || ext == "csv" ? ext : std::string();
}

} // namespace

int cmdReport(const Context& c)
{
    const auto lang = c.options.lang;
    const auto depth = reports::depthFromCode(c.args.text("depth"));
    if (!depth)
        throw UsageError(tr(lang, tx("--depth must be workshop, full or aggregate, not '{0}'"), {c.args.text("depth")}));
    // Without --format the file's name says it ("rapport.html"); a name that says another format
    // than --format is a mistake, not a PDF named .html.
    const auto named = formatOfName(c.args.text("output"));
    const std::string format = !c.options.documentFormat.empty() ? c.options.documentFormat : named.empty() ? "pdf" : named;
    if (format != "pdf" && format != "html" && format != "json" && format != "csv")
        throw UsageError(tr(lang, tx("--format for a report must be pdf, html, json or csv, not '{0}'"), {format}));
    if (!named.empty() && named != format)
        throw UsageError(tr(lang, tx("{0} is named as a .{1} file, but --format is {2}; give the file a name ending in .{2}, or "
                                     "leave --format out"),
                            {c.args.text("output"), named, format}));
    const std::string table = c.args.text("table");
    if (format != "csv" && table != "scores")
        throw UsageError(tr(lang, tx("--table chooses the table of a CSV file; a {0} report holds them all"), {format}));
    auto db = openForSharing(c);
    const auto report = app::gatherReport(db, *c.args.id("assessment"), *depth, lang, c.args.text("advisor"), core::todayIso());
    const auto& input = report->input;
    if (format == "csv") { // one table per file; which ones there are depends on the depth
        const auto names = reports::reportTableNames(input, *depth);
        if (std::find(names.begin(), names.end(), table) == names.end())
            throw UsageError(tr(lang, tx("--table must be one of {0} for this report, not '{1}'"),
                                {core::joinList(names), table}));
    }
    const auto write = [&](std::ostream& out) {
        if (format == "pdf")
            reports::writePdfReport(out, input, *depth, lang);
        else if (format == "html")
            reports::writeHtmlReport(out, input, *depth, lang);
        else
            reports::writeDataReport(out, input, *depth, lang, format == "json", table);
    };
    if (c.args.text("output") == "-") { // standard output: made in memory first, so that a failure writes nothing
        std::ostringstream made;
        write(made);
        recordShared(c, db, report->toRecord);
        c.out << made.str();
        sayWaiting(c, report->waiting);
        return kOk;
    }
    reports::writeFileAtomically(c.args.text("output"), [&](std::ostream& out) {
        write(out);
        // Recorded when the report is made, just before it takes its name.
        recordShared(c, db, report->toRecord);
    });
    sayWaiting(c, report->waiting);
    c.out << tr(lang, tx("Report written to {0}"), {c.args.text("output")}) << "\n";
    return kOk;
}

} // namespace cli
