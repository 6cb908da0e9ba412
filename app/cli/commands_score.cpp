// score: the analysis of one round, as a workshop reads it or as data.
#include "commands.hpp"

#include "round_data.hpp"
#include "db/database.hpp"
#include "reports/score_tables.hpp"
#include "reports/module_tables.hpp"

#include <algorithm>

namespace cli {

using app::loadRound;
using app::RoundData;

using core::tr;
using core::tx;
using core::txn;

int cmdScore(const Context& c)
{
    const auto lang = c.options.lang;
    const double gap = c.args.number("gap-threshold");
    if (!(gap >= 0.0 && gap <= 100.0)) // also refuses nan
        throw UsageError(std::string(tr(lang, tx("--gap-threshold must be between 0 and 100 points"))));
    auto db = openForSharing(c);
    const core::Id id = *c.args.id("assessment");
    const auto data = loadRound(db, id, c.args.number("gap-threshold"), app::Basis::Shared);
    if (data.toRecord)
        recordShared(c, db, {*data.toRecord});
    sayWaiting(c, !data.waiting.empty());
    const auto& round = data.round;
    const auto& instrument = *data.instrument;
    const auto& analysis = data.analysis;

    if (c.options.format == reports::TableFormat::Json) {
        c.out << reports::scoreJson(analysis) << "\n";
        return kOk;
    }
    if (c.options.format == reports::TableFormat::Csv) {
        reports::writeTable(c.out, reports::scoreRows(analysis, lang), c.options.format);
        return kOk;
    }
    auto& out = c.out;
    const auto text = reports::TableFormat::Text;
    out << db.organisation(round.organisationId).name << " - " << round.name << " (" << round.date << "), "
        << tr(lang, txn("{0} respondent in the parties shown", "{0} respondents in the parties shown"), analysis.shownRespondents(),
              {std::to_string(analysis.shownRespondents())})
        << "\n";
    // Said alike whether nobody answered or only groups below the threshold did.
    if (analysis.shownRespondents() == 0) {
        out << tr(lang, tx("Nothing to show yet: no party has {0} respondents who answered. Import answers with "
                           "'samenspel import --assessment {1} FILE'."),
                  {std::to_string(round.anonymityK), std::to_string(id)})
            << "\n";
        return kOk;
    }
    reports::writeHeading(out, tr(lang, tx("Gelijkgerichtheidsindex")));
    reports::writeTable(out, reports::indexTable(analysis, lang), text);
    reports::writeHeading(out, tr(lang, tx("Scores per 7S element (0-100)")));
    reports::writeTable(out, reports::scoreTable(analysis, instrument, lang, false), text);
    reports::writeHeading(out, tr(lang, tx("Scores per theme of right care at the right place (0-100)")));
    reports::writeTable(out, reports::scoreTable(analysis, instrument, lang, true), text);
    for (const auto& m : analysis.modules) {
        const auto info = std::find_if(instrument.modules().begin(), instrument.modules().end(),
                                        [&](const core::ModuleInfo& i) { return i.id == m.module; });
        reports::writeHeading(out, tr(lang, tx("Module: {0} (its statements as one scale, 0-100)"), {info->title.in(lang)}));
        reports::writeTable(out, reports::moduleScoreTable(instrument, m.result, lang), text);
    }
    reports::writeHeading(out, tr(lang, tx("Largest gaps between parties")));
    reports::writeTable(out, reports::gapTable(analysis, instrument, lang, 10), text);
    reports::writeHeading(out, tr(lang, tx("Consensus within parties (r_wg, 0-1; 0.7 and up is usually read as agreement)")));
    reports::writeTable(out, reports::consensusTable(analysis, instrument, lang), text);
    reports::writeHeading(out, tr(lang, tx("Consensus against a slightly skewed null (r_wg, sensitivity check)")));
    reports::writeTable(out, reports::consensusTable(analysis, instrument, lang, reports::Agreement::RwgSkewed), text);
    reports::writeHeading(out, tr(lang, tx("Consensus as a_wg (-1 to 1)")));
    reports::writeTable(out, reports::consensusTable(analysis, instrument, lang, reports::Agreement::Awg), text);
    reports::writeHeading(out, tr(lang, tx("Do the parties differ more than chance? ICC(1) and ICC(2)")));
    if (const auto icc = reports::iccTable(analysis, instrument, lang); icc.rows.empty())
        out << reports::iccMissing(lang) << "\n";
    else
        reports::writeTable(out, icc, text);
    for (const auto& note : reports::agreementNotes(lang))
        out << note << "\n";
    reports::writeHeading(out, tr(lang, tx("Congruence across the 7S")));
    for (const auto& line : reports::congruenceLines(analysis, instrument, lang))
        out << line << "\n";
    reports::writeHeading(out, tr(lang, tx("Change agenda: now and desired (0-10)")));
    reports::writeTable(out, reports::agendaTable(analysis, instrument, lang), text);
    reports::writeHeading(out, tr(lang, tx("Reliability of the scales (Cronbach's alpha)")));
    reports::writeTable(out, reports::alphaTable(analysis, instrument, lang), text);
    out << "\n";
    for (const auto& note : reports::scoreNotes(analysis, lang))
        out << note << "\n";
    return kOk;
}

} // namespace cli
