#include "report_data.hpp"

#include "core/incentive_analysis.hpp"
#include "core/recommendations.hpp"
#include "db/database.hpp"


namespace app {

std::unique_ptr<ReportData> gatherReport(const db::Database& db, core::Id round, reports::ReportDepth depth,
                                         core::Language lang, std::string advisor, std::string date, Basis basis)
{
    auto out = std::make_unique<ReportData>();
    db.readSnapshot([&] {
        out->data = loadRound(db, round, 15.0, basis);
        const auto& data = out->data;
        if (data.toRecord)
            out->toRecord.push_back(*data.toRecord);
        out->waiting = !data.waiting.empty();
        auto& input = out->input;
        input.organisation = db.organisation(data.round.organisationId);
        input.round = data.round;
        input.instrument = data.instrument;
        input.analysis = &data.analysis;
        const auto facts = core::roundFacts(data.analysis, data.responses, *data.instrument, data.incentives);
        input.advice = core::advise(core::builtinCatalogue(), facts, *data.instrument, lang);
        if (depth == reports::ReportDepth::Full) {
            std::optional<core::Id> previousId;
            for (const auto& r : db.assessments(data.round.organisationId))
                if (r.date < data.round.date || (r.date == data.round.date && r.id < data.round.id))
                    previousId = r.id;
            std::optional<core::Analysis> previous;
            if (previousId) {
                auto earlier = loadRound(db, *previousId, 15.0, basis);
                if (earlier.toRecord)
                    out->toRecord.push_back(*earlier.toRecord);
                out->waiting = out->waiting || !earlier.waiting.empty();
                previous = std::move(earlier.analysis);
            }
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
        input.advisor = std::move(advisor);
        input.date = std::move(date);
    });
    return out;
}

} // namespace app
