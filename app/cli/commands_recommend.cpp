// recommend, and the action plan: actions add|update|list.
#include "commands.hpp"
#include "core/instrument/module.hpp"
#include "text_file.hpp"

#include "core/advice/recommendations.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"
#include "db/errors.hpp"
#include "reports/advice_tables.hpp"
#include "action_plan.hpp"
#include "core/text/domain_names.hpp"
#include "round_data.hpp"

#include <algorithm>
#include <map>

namespace cli {

using app::loadRound;
using app::RoundData;

using core::tr;
using core::tx;
using core::txn;

namespace {

/// The built-in catalogue with the advisor's overlays. An overlay, like the built-in catalogue,
/// may name the codes of any version of the instrument and of any module (one written for 1.1
/// rounds still serves 2.0 ones; its tests on 1.1 statements are left out there), and of the round's own.
core::Catalogue catalogue(const Context& c, const core::Instrument& instrument)
{
    core::InstrumentVersions versions = core::catalogueInstruments();
    if (std::none_of(versions.begin(), versions.end(),
                     [&](const core::Instrument* v) { return v->id() == instrument.id() && v->edition() == instrument.edition(); }))
        versions.push_back(&instrument);
    core::Catalogue out = core::builtinCatalogue();
    for (const auto& file : c.args.list("overlay"))
        out = core::applyOverlay(out, app::readJsonFile(file), versions, file);
    return out;
}

} // namespace

int cmdRecommend(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = openForSharing(c);
    const auto data = loadRound(db, *c.args.id("assessment"), core::kDefaultGapThreshold, app::Basis::Shared);
    const auto list = catalogue(c, *data.instrument);
    const auto advice = app::adviceFor(data, list, lang);
    // Recorded once nothing can fail any more: only an output that is given counts as shared.
    const auto share = [&] {
        if (data.toRecord)
            recordShared(c, db, {*data.toRecord});
        sayWaiting(c, !data.waiting.empty());
    };
    if (!c.args.text("explain").empty()) {
        const auto it = std::find_if(advice.begin(), advice.end(),
                                     [&](const core::Advice& a) { return a.recommendation->id == c.args.text("explain"); });
        if (it == advice.end())
            throw db::NotFound(core::Message{tx("there is no recommendation \"{0}\"; see 'samenspel recommend --all'"),
                                             {c.args.text("explain")}});
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
    const std::size_t top = c.args.flag("all") ? advice.size() : c.args.count("top");
    if (c.options.format != reports::TableFormat::Text) {
        std::vector<core::Advice> shown;
        for (const auto* a : core::applying(advice, top))
            shown.push_back(*a);
        if (c.options.format == reports::TableFormat::Json)
            c.out << reports::adviceJson(shown, lang) << "\n";
        else
            reports::writeTable(c.out, reports::adviceRows(shown, lang), c.options.format);
        return kOk;
    }
    const auto triggered = core::applying(advice).size();
    c.out << db.organisation(data.round.organisationId).name << " - " << data.round.name << ": "
          << tr(lang,
                txn("{0} of {1} recommendations applies; the first {2}, most urgent first (* = headline recommendation):",
                    "{0} of {1} recommendations apply; the first {2}, most urgent first (* = headline recommendation):"),
                triggered, {std::to_string(triggered), std::to_string(list.size()), std::to_string(std::min(top, triggered))})
          << "\n\n";
    reports::writeTable(c.out, reports::adviceTable(advice, top, *data.instrument, lang, true), reports::TableFormat::Text);
    reports::writeHeading(c.out, tr(lang, tx("Why")));
    for (const auto& line : reports::adviceDetails(advice, top, *data.instrument, lang))
        c.out << line << "\n";
    reports::writeHeading(c.out, tr(lang, tx("All that apply, by 7S element and theme")));
    reports::writeTable(c.out, reports::adviceByDimension(advice, *data.instrument, lang), reports::TableFormat::Text);
    c.out << "\n" << tr(lang, tx("Why a recommendation does or does not apply: samenspel recommend --assessment {0} --explain ID"),
                        {std::to_string(*c.args.id("assessment"))})
          << "\n";
    return kOk;
}

int cmdActionsAdd(const Context& c)
{
    auto db = openExisting(c);
    const auto& instrument = db.instrumentOf(*c.args.id("assessment"));
    const auto list = catalogue(c, instrument);
    const auto rec = std::find_if(list.begin(), list.end(), [&](const core::Recommendation& r) { return r.id == c.args.text("recommendation"); });
    if (rec == list.end())
        throw db::NotFound(core::Message{tx("there is no recommendation \"{0}\"; see 'samenspel recommend --all'"),
                                         {c.args.text("recommendation")}});
    auto a = core::actionFrom(*rec, *c.args.id("assessment"), c.options.lang);
    if (!c.args.text("title").empty())
        a.title = c.args.text("title");
    if (!c.args.text("owner").empty())
        a.owner = c.args.text("owner");
    a.responsible = c.args.text("responsible");
    a.due = c.args.text("due");
    a.status = c.args.text("status").empty() ? "open" : c.args.text("status");
    a.notes = c.args.text("notes");
    const auto id = db.addAction(a);
    c.out << tr(c.options.lang, tx("Action {0} added to round {1}: {2}"), {std::to_string(id), std::to_string(a.assessmentId), a.title})
          << "\n";
    return kOk;
}

int cmdActionsUpdate(const Context& c)
{
    auto db = openExisting(c);
    auto a = db.action(*c.args.id("id"));
    if (!c.args.text("title").empty())
        a.title = c.args.text("title");
    if (!c.args.text("owner").empty())
        a.owner = c.args.text("owner");
    if (!c.args.text("responsible").empty())
        a.responsible = c.args.text("responsible");
    if (!c.args.text("due").empty())
        a.due = c.args.text("due");
    if (!c.args.text("status").empty())
        a.status = c.args.text("status");
    if (!c.args.text("notes").empty())
        a.notes = c.args.text("notes");
    if (c.args.flag("clear-notes"))
        a.notes.clear();
    db.updateAction(a);
    c.out << tr(c.options.lang, tx("Action {0} updated: {1} ({2})"), {std::to_string(a.id), a.title, core::actionStatusName(a.status, c.options.lang)})
          << "\n";
    return kOk;
}

int cmdActionsList(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = openForSharing(c);
    const auto current = db.assessment(*c.args.id("assessment"));
    // The same plan and progress as the report's: from the rounds' shared states.
    auto plan = app::actionPlan(db, current.id, app::Basis::Shared);
    const auto& actions = plan.actions;
    const auto table = reports::actionTable(actions, plan.progress, db.instrumentOf(current.id), lang);
    recordShared(c, db, plan.toRecord);
    sayWaiting(c, plan.waiting);
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
