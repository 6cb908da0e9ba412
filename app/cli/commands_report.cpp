// report: the assessment report as a PDF file.
#include "commands.hpp"

#include "core/incentive_analysis.hpp"
#include "db/database.hpp"
#include "reports/assessment_report.hpp"
#include "reports/atomic_file.hpp"
#include "reports/questionnaire_form.hpp"
#include "core/instrument_loader.hpp"
#include "round_data.hpp"

#include <ctime>

namespace cli {

using core::tr;
using core::tx;

namespace {

std::string today()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

} // namespace

int cmdQuestionnaire(const Context& c)
{
    const auto lang = c.options.lang;
    const auto role = core::roleFromCode(c.options.role);
    if (!role)
        throw UsageError(tr(lang, tx("--role must be a role code (rvb, msb_board, specialist_self_employed, ...), not '{0}'"),
                            {c.options.role}));
    // A round's own instrument when given, else the built-in one.
    std::optional<db::Database> db;
    const core::Instrument* instrument = &core::builtinInstrument();
    if (c.options.assessment) {
        db = openExisting(c);
        instrument = &db->instrumentOf(*c.options.assessment);
    }
    reports::writeFileAtomically(c.options.output,
                                 [&](std::ostream& out) { reports::writeQuestionnairePdf(out, *instrument, *role, lang); });
    c.out << tr(lang, tx("Questionnaire for {0} written to {1}"), {instrument->name(*role).in(lang), c.options.output}) << "\n";
    return kOk;
}

int cmdReport(const Context& c)
{
    const auto lang = c.options.lang;
    const auto depth = reports::depthFromCode(c.options.depth);
    if (!depth)
        throw UsageError(tr(lang, tx("--depth must be workshop, full or aggregate, not '{0}'"), {c.options.depth}));
    const auto& format = c.options.reportFormat;
    if (format != "pdf" && format != "html" && format != "json" && format != "csv")
        throw UsageError(tr(lang, tx("--format for a report must be pdf, html, json or csv, not '{0}'"), {format}));
    const auto db = openExisting(c);
    const auto data = loadRound(db, *c.options.assessment, 15.0);
    reports::ReportInput input;
    input.organisation = db.organisation(data.round.organisationId);
    input.round = data.round;
    input.instrument = data.instrument;
    input.analysis = &data.analysis;
    const auto facts = core::roundFacts(data.analysis, data.responses, *data.instrument, data.incentives);
    input.advice = core::advise(core::builtinCatalogue(), facts, *data.instrument, lang);
    if (*depth == reports::ReportDepth::Full) {
        std::optional<core::Analysis> previous;
        for (const auto& r : db.assessments(data.round.organisationId))
            if (r.date < data.round.date || (r.date == data.round.date && r.id < data.round.id))
                previous = loadRound(db, r.id, 15.0).analysis;
        for (const auto& a : db.actionsOfOrganisation(data.round.organisationId))
            if (db.assessment(a.assessmentId).date <= data.round.date) {
                input.actions.push_back(a);
                if (previous && a.assessmentId != data.round.id)
                    input.progress[a.id] = core::actionProgress(a, *previous, data.analysis);
            }
    }
    input.incentives = data.incentives;
    if (data.incentives) {
        input.scenarios = core::scenariosFor(*data.incentives);
        for (const auto& s : input.scenarios)
            input.outcomes.push_back(core::compare(*data.incentives, data.incentives->model, s));
    }
    input.advisor = c.options.advisor;
    input.date = today();
    reports::writeFileAtomically(c.options.output, [&](std::ostream& out) {
        if (format == "pdf")
            reports::writePdfReport(out, input, *depth, lang);
        else if (format == "html")
            reports::writeHtmlReport(out, input, *depth, lang);
        else
            reports::writeDataReport(out, input, *depth, lang, format == "json");
    });
    c.out << tr(lang, tx("Report written to {0}"), {c.options.output}) << "\n";
    return kOk;
}

} // namespace cli
