#include "round_data.hpp"

#include "core/incentive_analysis.hpp"
#include "db/database.hpp"

namespace app {

RoundData loadRound(const db::Database& db, core::Id id, double gapThreshold)
{
    RoundData r;
    r.round = db.assessment(id);
    r.instrument = &db.instrumentOf(id);
    db.forEachAnswer(id, [&](const core::AnswerRow& row) { r.responses.add(row); });
    r.incentives = db.incentives(id);
    core::AnalysisOptions options{r.round.anonymityK, gapThreshold, std::nullopt};
    if (r.incentives)
        options.incentiveAlignment = core::incentiveAlignment(*r.incentives, core::scenariosFor(*r.incentives)).value;
    r.analysis = core::analyse(*r.instrument, r.responses, options);
    return r;
}

} // namespace app
