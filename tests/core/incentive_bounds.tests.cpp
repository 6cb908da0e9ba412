// Absurd incentive figures: every one has a realistic range, the counts are capped, and a result
// that is not a finite number is refused rather than shown.
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

using namespace core;
using nlohmann::json;

namespace {

/// Every problem of the inputs in English, one per line; empty when they are accepted.
std::string problems(const json& doc)
{
    try {
        parseIncentives(doc.dump(), "f.json");
    } catch (const InvalidData& e) {
        return e.describe(Language::En);
    }
    return {};
}

json demo() { return json::parse(incentivesToJson(demoIncentives(0))); }

json vakgroep(const std::string& name)
{
    return {{"name", name}, {"self_employed", 3},  {"salaried", 0},       {"production", 1000},
            {"dagdelen", 900}, {"tariff", 1000}, {"marginal_cost", 500}};
}

json scenario(const std::string& id)
{
    return {{"id", id}, {"name", "S"}, {"theme", "primary_care"}, {"serves", "b"}, {"a", {{"label", "nu"}}},
            {"b", {{"label", "anders"}, {"changes", {{"cardiologie", {{"production", -0.1}}}}}}}};
}

} // namespace

TEST_CASE("every incentive figure outside its realistic range is refused with the field and the range",
          "[core][incentives][hostile]")
{
    REQUIRE(problems(demo()).empty());
    struct Case {
        json::json_pointer field;
        double value;
        std::string expected;
    };
    const std::vector<Case> cases{
        {"/vakgroepen/0/self_employed"_json_pointer, 1001, "vakgroepen[0] (orthopedie).self_employed: 1001 is outside 0 to 1000"},
        {"/vakgroepen/0/salaried"_json_pointer, 5000, "vakgroepen[0] (orthopedie).salaried: 5000 is outside 0 to 1000"},
        {"/vakgroepen/0/salary_cost"_json_pointer, 3e6, "salary_cost: 3000000 is outside 0 to 2000000"},
        {"/vakgroepen/0/production"_json_pointer, 2e7, "production: 20000000 is outside 0 to 10000000"},
        {"/vakgroepen/0/ceiling"_json_pointer, 1e300, "ceiling: 1e+300 is outside 0 to 10000000"},
        {"/vakgroepen/0/dagdelen"_json_pointer, 2e6, "dagdelen: 2000000 is outside 0 to 1000000"},
        {"/vakgroepen/0/disutility"_json_pointer, -1, "disutility: -1 is outside 0 to 1000000"},
        {"/vakgroepen/0/benchmark_growth"_json_pointer, 5, "benchmark_growth: 5 is outside -0.9 to 1"},
        {"/vakgroepen/0/quality"_json_pointer, 101, "quality: 101 is outside 0 to 100"},
        {"/vakgroepen/0/tariff"_json_pointer, 1e308, "vakgroepen[0] (orthopedie).tariff: 1e+308 is outside 0 to 1000000"},
        {"/vakgroepen/0/marginal_cost"_json_pointer, 1e7, "marginal_cost: 10000000 is outside 0 to 1000000"},
        {"/pot/share"_json_pointer, 1.5, "pot.share: 1.5 is outside 0 to 1"},
        {"/contract/multi_year_revenue"_json_pointer, 1e11, "contract.multi_year_revenue: 100000000000 is outside 0 to 10000000000"},
        {"/contract/above_ceiling_payment"_json_pointer, 2, "contract.above_ceiling_payment: 2 is outside 0 to 1"}};
    for (const auto& c : cases) {
        auto doc = demo();
        doc[c.field] = c.value;
        INFO(c.field.to_string());
        CHECK_THAT(problems(doc), Catch::Contains(c.expected) && Catch::Contains("1 problem"));
    }
    auto doc = demo();
    doc["pot"] = {{"kind", "fixed"}, {"amount", 2e9}};
    CHECK_THAT(problems(doc), Catch::Contains("pot.amount: 2000000000 is outside 0 to 1000000000"));
    doc = demo();
    doc["scenarios"] = json::array({scenario("s")});
    doc["scenarios"][0]["b"]["changes"]["cardiologie"]["production"] = 50;
    doc["scenarios"][0]["b"]["environment"] = {{"agreed_revenue_change", -1}, {"benchmark_growth", {{"cardiologie", 3}}}};
    const auto found = problems(doc);
    CHECK_THAT(found, Catch::Contains("scenarios[0] (s).b.changes.cardiologie.production: 50 is outside -1 to 2"));
    CHECK_THAT(found, Catch::Contains("scenarios[0] (s).b.environment.agreed_revenue_change: -1 is outside -0.9 to 1"));
    CHECK_THAT(found, Catch::Contains("scenarios[0] (s).b.environment.benchmark_growth.cardiologie: 3 is outside -0.9 to 1"));
}

TEST_CASE("at most 200 vakgroepen and 50 scenarios; 200 vakgroepen are simulated", "[core][incentives][hostile]")
{
    auto doc = demo();
    doc["vakgroepen"] = json::array();
    for (int i = 0; i < 20000; ++i)
        doc["vakgroepen"].push_back(vakgroep("v" + std::to_string(i)));
    CHECK(problems(doc) == "The incentive inputs f.json are invalid: 1 problem\n  vakgroepen: 20000 vakgroepen; at most 200 are allowed");

    auto& list = doc["vakgroepen"];
    list.erase(list.begin() + 200, list.end());
    doc["vakgroepen"][0]["name"] = "cardiologie";
    REQUIRE(problems(doc).empty());
    doc["scenarios"] = json::array();
    for (int i = 0; i < 51; ++i)
        doc["scenarios"].push_back(scenario("s" + std::to_string(i)));
    CHECK_THAT(problems(doc), Catch::Contains("scenarios: 51 scenarios; at most 50 are allowed"));
    doc["scenarios"].erase(50);
    REQUIRE(problems(doc).empty());
    json many = json::object();
    for (int i = 0; i < 201; ++i)
        many["v" + std::to_string(i)] = {{"production", 0.1}};
    doc["scenarios"][0]["a"]["changes"] = many;
    CHECK_THAT(problems(doc), Catch::Contains("scenarios[0] (s0).a.changes: names 201 vakgroepen; at most 200 are allowed"));

    // The largest accepted hospital is simulated in full: every outcome and elasticity a number.
    doc["scenarios"].erase(doc["scenarios"].begin() + 1, doc["scenarios"].end());
    doc["scenarios"][0]["a"]["changes"] = json::object();
    const auto in = parseIncentives(doc.dump(), "f.json");
    REQUIRE(in.vakgroepen.size() == kMaxVakgroepen);
    for (const auto& s : scenariosFor(in))
        for (const auto& a : compare(in, in.model, s).actors)
            CHECK(std::isfinite(a.relative));
    for (std::size_t v = 0; v < in.vakgroepen.size(); v += 20)
        CHECK(std::isfinite(productionElasticity(in, in.model, v)));
}

TEST_CASE("a result that is not a finite number is refused with a message, never shown", "[core][incentives][hostile]")
{
    // Figures set in code pass no reader: the model itself must not let inf or NaN through.
    auto in = demoIncentives(0);
    in.vakgroepen[0].tariff = 1e308;
    in.vakgroepen[0].production = 1e7;
    const auto& s = builtinScenarios().front();
    const auto refused = [](const std::function<void()>& f) {
        try {
            f();
        } catch (const InvalidData& e) {
            return e.describe(Language::En);
        }
        return std::string("accepted");
    };
    const auto message = refused([&] { compare(in, in.model, s); });
    CHECK_THAT(message, Catch::Contains("The incentive model cannot compute ceiling_conflict (dagdelen_disutility)"));
    CHECK_THAT(message, Catch::Contains("hospital.margin: is not a finite number"));
    CHECK_THAT(refused([&] { incentiveAlignment(in, scenariosFor(in)); }), Catch::Contains("is not a finite number"));
    CHECK_THAT(refused([&] { productionElasticity(in, in.model, 0); }), Catch::Contains("is not a finite number"));
    CHECK_FALSE(validateIncentives(in).empty());
}
