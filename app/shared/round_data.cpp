#include "round_data.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "core/analysis/shared_state.hpp"
#include "db/database.hpp"

namespace app {

namespace {

bool sameAnswers(const std::vector<core::AnswerRow>& a, const std::vector<core::AnswerRow>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const core::AnswerRow& x, const core::AnswerRow& y) {
        return x.respondent == y.respondent && x.role == y.role && x.item == y.item && x.value == y.value;
    });
}

} // namespace

RoundData loadRound(const db::Database& db, core::Id id, double gapThreshold, Basis basis, SharedStatesCache* cache)
{
    RoundData r;
    db.readSnapshot([&] {
        r.round = db.assessment(id);
        r.instrument = &db.instrumentOf(id);
        std::vector<core::AnswerRow> current;
        db.forEachAnswer(id, [&](const core::AnswerRow& row) { current.push_back(row); });
        SharedStatesCache local;
        auto& known = cache ? *cache : local;
        if (known.round != id || known.count != db.sharedStateCount(id) || known.states.empty()) {
            known.states = db.sharedStates(id);
            known.round = id;
            known.count = known.states.size();
        }
        const auto& released = known.states;
        r.sharedAt = db.sharedAt(id);
        r.incentives = db.incentives(id);
        if (basis == Basis::Current) {
            r.differsFromShared = !released.empty() && !sameAnswers(released.back(), current);
            for (const auto& row : current)
                r.responses.add(row);
            return;
        }
        auto update = core::updateShared(*r.instrument, current, released, r.round.anonymityK, core::kDetailN);
        r.waiting = std::move(update.waiting);
        for (const auto& row : update.shared)
            r.responses.add(row);
        if (update.changed)
            r.toRecord = SharedRecord{id, std::move(update.shared)};
    });
    core::AnalysisOptions options{r.round.anonymityK, gapThreshold, std::nullopt};
    if (r.incentives)
        options.incentiveAlignment = core::incentiveAlignment(*r.incentives, core::scenariosFor(*r.incentives, r.round.modules)).value;
    r.analysis = core::analyse(*r.instrument, r.responses, options);
    return r;
}

bool recordShared(db::Database& db, const std::vector<SharedRecord>& records)
{
    if (records.empty())
        return true;
    if (db.readOnly())
        return false;
    db.transaction([&] {
        for (const auto& r : records)
            db.addSharedState(r.round, r.rows);
    });
    return true;
}

core::RoundFacts factsOf(const RoundData& data)
{
    return core::roundFacts(data.analysis, data.responses, *data.instrument, data.incentives);
}

std::vector<core::Advice> adviceFor(const RoundData& data, const core::Catalogue& catalogue, core::Language lang)
{
    return core::advise(catalogue, factsOf(data), *data.instrument, lang);
}

} // namespace app
