#include "reports/incentive_tables.hpp"

#include <nlohmann/json.hpp>

namespace reports {
namespace {

using nlohmann::json;

json outcomeJson(const core::ScenarioOutcome& o)
{
    json actors = json::array();
    for (const auto& a : o.actors)
        actors.push_back({{"actor", a.actor}, {"measure", a.measure}, {"now", a.now}, {"a", a.a}, {"b", a.b},
                          {"difference", a.difference}, {"relative", a.relative},
                          {"prefers", a.prefers() ? json(std::string(1, a.prefers())) : json(nullptr)},
                          {"stance", std::string(core::code(a.stance))}, {"counted", a.counted},
                          {"pot_effect", a.potEffect}, {"share_effect", a.shareEffect}, {"own_effect", a.ownEffect},
                          {"share_stance", std::string(core::code(a.shareStance))},
                          {"contract_stance", std::string(core::code(a.contractStance))},
                          {"cause", a.stance == core::Stance::Conflict ? json(std::string(core::code(a.cause))) : json(nullptr)}});
    return json{{"scenario", o.scenario}, {"model", o.model}, {"current_model", o.currentModel},
                {"conflicts", o.conflicts()}, {"actors", actors}};
}

json scenarioJson(const core::Scenario& s)
{
    return json{{"id", s.id}, {"name", {{"nl", s.name.nl}, {"en", s.name.en}}}, {"theme", std::string(core::code(s.theme))},
                {"serves", s.servedByB ? "b" : "a"}, {"builtin", s.builtin}, {"between_hospitals", s.betweenHospitals}};
}

} // namespace

std::string simulateJson(const core::IncentiveInputs& inputs, const std::vector<core::Scenario>& scenarios,
                         const std::vector<core::ScenarioOutcome>& outcomes, const core::IncentiveAlignment& alignment)
{
    json doc;
    doc["model"] = inputs.model.name;
    doc["alignment"] = {{"value", alignment.value ? json(*alignment.value) : json(nullptr)},
                        {"contract", alignment.contract ? json(*alignment.contract) : json(nullptr)},
                        {"scenarios", alignment.scenarios},
                        {"assessed", alignment.assessed},
                        {"conflicts", alignment.conflicts},
                        {"contract_conflicts", alignment.contractConflicts}};
    json list = json::array();
    for (std::size_t i = 0; i < scenarios.size() && i < outcomes.size(); ++i) {
        auto entry = scenarioJson(scenarios[i]);
        entry["outcome"] = outcomeJson(outcomes[i]);
        list.push_back(entry);
    }
    doc["scenarios"] = list;
    json elasticities = json::object();
    for (std::size_t v = 0; v < inputs.vakgroepen.size(); ++v) {
        if (inputs.vakgroepen[v].selfEmployed <= 0)
            continue;
        json row = json::object();
        row["current"] = core::productionElasticity(inputs, inputs.model, v);
        for (const auto& c : core::presetCodes())
            row[c] = core::productionElasticity(inputs, *core::preset(c), v);
        elasticities[inputs.vakgroepen[v].name] = row;
    }
    doc["elasticities"] = elasticities;
    return doc.dump(2);
}

std::string compareJson(const core::Scenario& scenario, const std::vector<core::ScenarioOutcome>& outcomes)
{
    json doc = scenarioJson(scenario);
    json models = json::array();
    for (const auto& o : outcomes)
        models.push_back(outcomeJson(o));
    doc["models"] = models;
    return doc.dump(2);
}

std::string sweepJson(const core::Scenario& scenario, const core::SweepResult& sweep)
{
    json doc = scenarioJson(scenario);
    json breakEvens = json::array();
    for (const auto& b : sweep.breakEvens)
        breakEvens.push_back({{"actor", b.actor}, {"at", b.at}, {"below", std::string(core::code(b.below))},
                              {"above", std::string(core::code(b.above))}});
    doc["sweep"] = {{"parameter", sweep.parameter.code()},
                    {"from", sweep.values.empty() ? 0.0 : sweep.values.front()},
                    {"to", sweep.values.empty() ? 0.0 : sweep.values.back()},
                    {"steps", sweep.values.size()},
                    {"conflicts", sweep.conflicts},
                    {"break_evens", breakEvens}};
    return doc.dump(2);
}

} // namespace reports
