// demo.
#include "commands.hpp"

#include "core/answers/answer_export.hpp"
#include "core/advice/recommendations.hpp"
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"
#include "national_demo.hpp"

#include <filesystem>

#include <algorithm>
#include <sstream>

namespace cli {

using core::tr;
using core::tx;
using core::txn;

namespace {

/// A round of a demo hospital, through the same checked import as any user's file.
core::Id addRound(db::Database& db, core::Id org, const std::string& hospital, const std::string& name, const std::string& date,
                  const std::vector<core::AnswerRow>& answers, const std::vector<std::string>& modules,
                  const std::vector<core::AnswerRow>& moduleAnswers, const core::IncentiveInputs& incentives, core::Language lang)
{
    const core::Id round = db.createAssessment({org, name, date, core::kMinAnonymityK, "", modules});
    std::stringstream csv;
    core::AnswerCsvExporter exporter(csv, db.instrumentOf(round), core::CsvDialect::standard());
    for (const auto& row : answers)
        exporter.add(row);
    for (const auto& row : moduleAnswers)
        exporter.add(row);
    exporter.finish();
    const auto summary = db.importAnswers(round, csv, false);
    if (!summary.ok())
        throw core::Error(core::Message{tx("the demo data of {0} was refused: {1}"), {hospital, summary.problems.front().render(lang)}});
    db.setIncentives(round, incentives);
    return round;
}

/// The actions a demo hospital agreed in its first round, titled in the language of the run.
void addActions(db::Database& db, core::Id round, const std::vector<core::DemoAction>& actions, core::Language lang)
{
    const auto& catalogue = core::builtinCatalogue();
    for (const auto& d : actions) {
        const auto it = std::find_if(catalogue.begin(), catalogue.end(),
                                     [&](const core::Recommendation& r) { return r.id == d.recommendation; });
        if (it == catalogue.end())
            throw core::Error(core::Message{tx("there is no recommendation \"{0}\"; see 'samenspel recommend --all'"), {d.recommendation}});
        auto action = core::actionFrom(*it, round, lang);
        action.status = d.status;
        action.responsible = d.responsible;
        action.due = d.due;
        action.notes = d.notes;
        db.addAction(action);
    }
}

} // namespace

namespace {

/// The national demo: forty hospitals' packages in a folder, imported into the comparison database.
int nationalDemo(const Context& c, db::Database& db)
{
    const auto lang = c.options.lang;
    if (db.packageCount() > 0) {
        c.out << tr(lang, tx("{0} already holds packages for the comparison; the national demo is only added to a database "
                             "without them."),
                    {db.path()})
              << "\n";
        return kOk;
    }
    std::string folder = c.args.text("packages");
    if (folder.empty())
        folder = (std::filesystem::path(db.path()).parent_path() / (std::filesystem::path(db.path()).stem().string() + "-packages")).string();
    const auto files = app::writeNationalDemo(db, folder);
    c.out << tr(lang, txn("National demo: {0} package of fictional hospitals written to {1} and imported into {2}.",
                          "National demo: {0} packages of fictional hospitals written to {1} and imported into {2}."),
                files.size(), {std::to_string(files.size()), folder, db.path()})
          << "\n";
    c.out << tr(lang, tx("Compare them: samenspel --db {0} compare"), {db.path()}) << "\n";
    return kOk;
}

} // namespace

int cmdDemo(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = db::Database::open(c.options.db, db::Database::Mode::CreateIfMissing);
    if (c.args.flag("national"))
        return nationalDemo(c, db);
    const auto hospitals = core::demoHospitals(core::builtinInstrument());
    std::size_t added = 0;
    db.transaction([&] {
        // The first rounds first, so that they keep ids 1, 2 and 3; the follow-ups after them.
        std::vector<std::pair<core::Id, const core::DemoHospital*>> followUps;
        for (const auto& h : hospitals) {
            if (db.findOrganisation(h.name)) {
                c.out << tr(lang, tx("{0} is already in the database; left as it is."), {h.name}) << "\n";
                continue;
            }
            const core::Id org = db.addOrganisation(h.name, h.hospitalType);
            const core::Id round =
                addRound(db, org, h.name, h.roundName, h.roundDate, h.answers, h.modules, h.moduleAnswers, h.incentives, lang);
            addActions(db, round, h.actions, lang);
            if (h.followUp)
                followUps.emplace_back(org, &h);
            ++added;
        }
        for (const auto& [org, h] : followUps)
            addRound(db, org, h->name, h->followUp->roundName, h->followUp->roundDate, h->followUp->answers, h->modules,
                     h->followUp->moduleAnswers, h->incentives, lang);
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
