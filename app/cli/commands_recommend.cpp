// recommend, and the action plan: actions add|update|list.
#include "commands.hpp"
#include "text_file.hpp"

#include "core/recommendations.hpp"
#include "db/database.hpp"
#include "db/errors.hpp"
#include "reports/advice_tables.hpp"
#include "round_data.hpp"

#include <map>

namespace cli {

using app::loadRound;
using app::RoundData;

using core::tr;
using core::tx;

namespace {

core::Catalogue catalogue(const Context& c, const core::Instrument& instrument)
{
    core::Catalogue out = core::builtinCatalogue();
    for (const auto& file : c.options.overlays)
        out = core::applyOverlay(out, app::readJsonFile(file), instrument, file);
    return out;
}

std::vector<core::Advice> adviceFor(const Context& c, const RoundData& data, const core::Catalogue& list)
{
    const auto facts = core::roundFacts(data.analysis, data.responses, *data.instrument, data.incentives);
    return core::advise(list, facts, *data.instrument, c.options.lang);
}

} // namespace

int cmdRecommend(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = openForSharing(c);
    const auto data = loadRound(db, *c.options.assessment, 15.0, app::Basis::Shared);
    const auto list = catalogue(c, *data.instrument);
    const auto advice = adviceFor(c, data, list);
    // Recorded once nothing can fail any more: only an output that is given counts as shared.
    const auto share = [&] {
        if (data.toRecord)
            recordShared(c, db, {*data.toRecord});
        sayWaiting(c, !data.waiting.empty());
    };
    if (!c.options.explain.empty()) {
        const auto it = std::find_if(advice.begin(), advice.end(),
                                     [&](const core::Advice& a) { return a.recommendation->id == c.options.explain; });
        if (it == advice.end())
            throw db::NotFound(core::Message{tx("there is no recommendation \"{0}\"; see 'samenspel recommend --all'"),
                                             {c.options.explain}});
        share();
        if (c.options.format == reports::TableFormat::Json) {
            c.out << reports::adviceJson({*it}, lang) << "\n";
            return kOk;
        }
        if (c.options.format == reports::TableFormat::Csv) {
            reports::writeTable(c.out, reports::testRows(*it, lang), c.options.format);
            return kOk;
        }
        for (const auto& line : reports::explanation(*it, lang))
            c.out << line << "\n";
        return kOk;
    }
    share();
    const std::size_t top = c.options.all ? advice.size() : c.options.top;
    if (c.options.format != reports::TableFormat::Text) {
        std::vector<core::Advice> shown;
        for (const auto& a : advice)
            if (a.triggered && shown.size() < top)
                shown.push_back(a);
        if (c.options.format == reports::TableFormat::Json)
            c.out << reports::adviceJson(shown, lang) << "\n";
        else
            reports::writeTable(c.out, reports::adviceRows(shown, lang), c.options.format);
        return kOk;
    }
    const auto triggered = static_cast<std::size_t>(std::count_if(advice.begin(), advice.end(), [](const core::Advice& a) { return a.triggered; }));
    c.out << db.organisation(data.round.organisationId).name << " - " << data.round.name << ": "
          << tr(lang, tx("{0} of {1} recommendations apply; the first {2}, most urgent first (* = headline recommendation):"),
                {std::to_string(triggered), std::to_string(list.size()), std::to_string(std::min(top, triggered))})
          << "\n\n";
    reports::writeTable(c.out, reports::adviceTable(advice, top, *data.instrument, lang), reports::TableFormat::Text);
    reports::writeHeading(c.out, tr(lang, tx("Why")));
    for (const auto& line : reports::adviceDetails(advice, top, lang))
        c.out << line << "\n";
    reports::writeHeading(c.out, tr(lang, tx("All that apply, by 7S element and theme")));
    reports::writeTable(c.out, reports::adviceByDimension(advice, *data.instrument, lang), reports::TableFormat::Text);
    c.out << "\n" << tr(lang, tx("Why a recommendation does or does not apply: samenspel recommend --assessment {0} --explain ID"),
                        {std::to_string(*c.options.assessment)})
          << "\n";
    return kOk;
}

int cmdActionsAdd(const Context& c)
{
    auto db = openExisting(c);
    const auto& instrument = db.instrumentOf(*c.options.assessment);
    const auto list = catalogue(c, instrument);
    const auto rec = std::find_if(list.begin(), list.end(), [&](const core::Recommendation& r) { return r.id == c.options.recommendation; });
    if (rec == list.end())
        throw db::NotFound(core::Message{tx("there is no recommendation \"{0}\"; see 'samenspel recommend --all'"),
                                         {c.options.recommendation}});
    auto a = core::actionFrom(*rec, *c.options.assessment, c.options.lang);
    if (!c.options.title.empty())
        a.title = c.options.title;
    if (!c.options.owner.empty())
        a.owner = c.options.owner;
    a.responsible = c.options.responsible;
    a.due = c.options.due;
    a.status = c.options.status.empty() ? "open" : c.options.status;
    a.notes = c.options.notes;
    const auto id = db.addAction(a);
    c.out << tr(c.options.lang, tx("Action {0} added to round {1}: {2}"), {std::to_string(id), std::to_string(a.assessmentId), a.title})
          << "\n";
    return kOk;
}

int cmdActionsUpdate(const Context& c)
{
    auto db = openExisting(c);
    auto a = db.action(*c.options.id);
    if (!c.options.title.empty())
        a.title = c.options.title;
    if (!c.options.owner.empty())
        a.owner = c.options.owner;
    if (!c.options.responsible.empty())
        a.responsible = c.options.responsible;
    if (!c.options.due.empty())
        a.due = c.options.due;
    if (!c.options.status.empty())
        a.status = c.options.status;
    if (!c.options.notes.empty())
        a.notes = c.options.notes;
    if (c.options.clearNotes)
        a.notes.clear();
    db.updateAction(a);
    c.out << tr(c.options.lang, tx("Action {0} updated: {1} ({2})"), {std::to_string(a.id), a.title, a.status}) << "\n";
    return kOk;
}

int cmdActionsList(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = openForSharing(c);
    const auto current = db.assessment(*c.options.assessment);
    std::vector<core::Action> actions;
    for (const auto& a : db.actionsOfOrganisation(current.organisationId))
        if (db.assessment(a.assessmentId).date <= current.date)
            actions.push_back(a);
    // The previous round of the organisation: the change is shown since then.
    std::optional<core::Assessment> previous;
    for (const auto& a : db.assessments(current.organisationId))
        if (a.date < current.date || (a.date == current.date && a.id < current.id))
            previous = a;
    // The change in each target since the round the action was agreed in.
    // The same progress as in the report's action plan: from the rounds' shared states.
    std::map<core::Id, core::Analysis> analyses;
    std::vector<app::SharedRecord> toRecord;
    bool waiting = false;
    const auto analysisOf = [&](core::Id id) -> const core::Analysis& {
        if (!analyses.contains(id)) {
            auto data = loadRound(db, id, 15.0, app::Basis::Shared);
            if (data.toRecord)
                toRecord.push_back(*data.toRecord);
            waiting = waiting || !data.waiting.empty();
            analyses.emplace(id, std::move(data.analysis));
        }
        return analyses.at(id);
    };
    std::map<core::Id, std::vector<core::ActionProgress>> progress;
    for (const auto& a : actions)
        if (previous && a.assessmentId != current.id)
            progress[a.id] = core::actionProgress(a, analysisOf(previous->id), analysisOf(current.id));
    const auto table = reports::actionTable(actions, progress, db.instrumentOf(current.id), lang);
    recordShared(c, db, toRecord);
    sayWaiting(c, waiting);
    if (c.options.format == reports::TableFormat::Text) {
        if (actions.empty()) {
            c.out << tr(lang, tx("No actions yet. Add one from a recommendation: samenspel actions add --assessment {0} "
                                 "--recommendation ID"),
                        {std::to_string(current.id)})
                  << "\n";
            return kOk;
        }
        c.out << tr(lang, tx("Action plan of {0} up to round {1} ({2})"),
                    {db.organisation(current.organisationId).name, current.name, current.date})
              << "\n\n";
    }
    reports::writeTable(c.out, table, c.options.format);
    return kOk;
}

} // namespace cli
