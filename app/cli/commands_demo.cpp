// demo.
#include "commands.hpp"

#include "core/answers/answer_export.hpp"
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"

#include <sstream>

namespace cli {

using core::tr;
using core::tx;
using core::txn;

int cmdDemo(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = db::Database::open(c.options.db, db::Database::Mode::CreateIfMissing);
    const auto& instrument = core::builtinInstrument();
    std::size_t added = 0;
    db.transaction([&] {
        for (const auto& h : core::demoHospitals(instrument)) {
            if (db.findOrganisation(h.name)) {
                c.out << tr(lang, tx("{0} is already in the database; left as it is."), {h.name}) << "\n";
                continue;
            }
            const core::Id org = db.addOrganisation(h.name, h.hospitalType);
            const core::Id round = db.createAssessment({org, h.roundName, h.roundDate, core::kMinAnonymityK});
            // The demo goes through the same checked import as any user's file.
            std::stringstream csv;
            core::AnswerCsvExporter exporter(csv, instrument, core::CsvDialect::standard());
            for (const auto& row : h.answers)
                exporter.add(row);
            exporter.finish();
            const auto summary = db.importAnswers(round, csv, false);
            if (!summary.ok())
                throw core::Error(core::Message{tx("the demo data of {0} was refused: {1}"),
                                                {h.name, summary.problems.front().render(lang)}});
            db.setIncentives(round, h.incentives);
            ++added;
        }
    });
    c.out << tr(lang, txn("Demo database {0}: {1} hospital added.", "Demo database {0}: {1} hospitals added."), added,
                   {db.path(), std::to_string(added)}) << "\n";
    for (const auto& a : db.assessments())
        c.out << "  " << tr(lang, txn("round {0}: {1}, {2} ({3} respondent)", "round {0}: {1}, {2} ({3} respondents)"), a.respondents,
                            {std::to_string(a.id), db.organisation(a.organisationId).name, a.name,
                             std::to_string(a.respondents)})
              << "\n";
    c.out << tr(lang, tx("Scores of a round: samenspel --db {0} score --assessment ID"), {db.path()}) << "\n";
    return kOk;
}

} // namespace cli
