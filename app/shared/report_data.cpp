#include "report_data.hpp"

#include "action_plan.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "core/advice/recommendations.hpp"
#include "db/database.hpp"


namespace app {

std::unique_ptr<ReportData> gatherReport(const db::Database& db, core::Id round, reports::ReportDepth depth,
                                         core::Language lang, std::string advisor, std::string date, Basis basis)
{
    auto out = std::make_unique<ReportData>();
    db.readSnapshot([&] {
        out->data = loadRound(db, round, core::kDefaultGapThreshold, basis);
        const auto& data = out->data;
        if (data.toRecord)
            out->toRecord.push_back(*data.toRecord);
        out->waiting = !data.waiting.empty();
        auto& input = out->input;
        input.organisation = db.organisation(data.round.organisationId);
        input.round = data.round;
        input.instrument = data.instrument;
        input.analysis = &data.analysis;
        input.advice = adviceFor(data, core::builtinCatalogue(), lang);
        input.invited = db.invited(round);
        if (!data.instrument->modules().empty())
            input.boardAnswers = factsOf(data).profile;
        // The previous round, read on the same basis: its figures as they were shared.
        if (const auto previous = previousRound(db, round)) {
            out->previous = loadRound(db, *previous, core::kDefaultGapThreshold, basis);
            if (out->previous->toRecord)
                out->toRecord.push_back(*out->previous->toRecord);
            out->waiting = out->waiting || !out->previous->waiting.empty();
            input.previous = reports::ReportInput::Earlier{out->previous->round,
                                                           core::roundChanges(out->previous->analysis, data.analysis)};
        }
        if (depth == reports::ReportDepth::Full) {
            auto plan = actionPlan(db, round, basis, &data, out->previous ? &*out->previous : nullptr);
            input.actions = std::move(plan.actions);
            input.progress = std::move(plan.progress);
            out->toRecord.insert(out->toRecord.end(), plan.toRecord.begin(), plan.toRecord.end());
            out->waiting = out->waiting || plan.waiting;
        }
        input.incentives = data.incentives;
        if (data.incentives) {
            input.scenarios = core::scenariosFor(*data.incentives, data.round.modules);
            for (const auto& s : input.scenarios)
                input.outcomes.push_back(core::compare(*data.incentives, data.incentives->model, s));
        }
        input.advisor = std::move(advisor);
        input.date = std::move(date);
    });
    return out;
}

} // namespace app
