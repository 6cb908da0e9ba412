#include "action_plan.hpp"

#include "db/database.hpp"

#include <optional>

namespace app {

std::optional<core::Id> previousRound(const db::Database& db, core::Id round)
{
    const auto thisRound = db.assessment(round);
    std::optional<core::Id> previous;
    for (const auto& r : db.assessments(thisRound.organisationId))
        if (r.date < thisRound.date || (r.date == thisRound.date && r.id < thisRound.id))
            previous = r.id;
    return previous;
}

ActionPlan actionPlan(const db::Database& db, core::Id round, Basis basis, const RoundData* current, const RoundData* earlier)
{
    ActionPlan plan;
    const auto thisRound = db.assessment(round);
    for (const auto& a : db.actionsOfOrganisation(thisRound.organisationId))
        if (db.assessment(a.assessmentId).date <= thisRound.date)
            plan.actions.push_back(a);
    // The organisation's previous round: each action's change is shown since then.
    const auto previous = previousRound(db, round);
    if (!previous)
        return plan;
    std::map<core::Id, core::Analysis> analyses;
    const auto analysisOf = [&](core::Id id) -> const core::Analysis& {
        if (id == round && current)
            return current->analysis;
        if (id == *previous && earlier)
            return earlier->analysis;
        if (!analyses.contains(id)) {
            auto data = loadRound(db, id, core::kDefaultGapThreshold, basis);
            if (data.toRecord)
                plan.toRecord.push_back(*data.toRecord);
            plan.waiting = plan.waiting || !data.waiting.empty();
            analyses.emplace(id, std::move(data.analysis));
        }
        return analyses.at(id);
    };
    const bool versionChanged = db.assessment(*previous).instrumentVersion != thisRound.instrumentVersion;
    for (const auto& a : plan.actions)
        if (a.assessmentId != round) {
            auto progress = core::actionProgress(a, analysisOf(*previous), analysisOf(round));
            for (auto& p : progress)
                p.versionChanged = versionChanged;
            plan.progress[a.id] = std::move(progress);
        }
    return plan;
}

} // namespace app
