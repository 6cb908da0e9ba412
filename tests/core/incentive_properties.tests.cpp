// Invariants of the incentive model over random hospitals, models and courses; bad inputs; JSON.
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>

using namespace core;

namespace {

IncentiveInputs randomInputs(std::mt19937& random)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    IncentiveInputs in;
    const int n = std::uniform_int_distribution<int>(2, 8)(random);
    for (int i = 0; i < n; ++i) {
        Vakgroep v;
        v.name = "vakgroep " + std::to_string(i);
        v.selfEmployed = std::floor(u(random) * 15) + (i == 0 ? 1 : 0);
        v.salaried = std::floor(u(random) * 5);
        v.salaryCost = 200000 + 100000 * u(random);
        v.production = 500 + 20000 * u(random);
        v.ceiling = v.production * (0.9 + 0.2 * u(random));
        v.dagdelen = 500 + 6000 * u(random);
        v.disutility = 400 * u(random);
        v.benchmarkGrowth = -0.05 + 0.15 * u(random);
        v.quality = u(random);
        v.tariff = 500 + 5000 * u(random);
        v.marginalCost = v.tariff * (0.3 + 0.5 * u(random));
        in.vakgroepen.push_back(v);
    }
    in.pot = u(random) < 0.5 ? Pot{true, 0.1 + 0.2 * u(random), 0, std::nullopt} : Pot{false, 0, 1e6 + 4e7 * u(random), std::nullopt};
    in.contract = Contract{u(random), u(random), u(random) < 0.2 ? std::optional<double>(1e7 * u(random)) : std::nullopt};
    double sum = 0;
    for (auto& w : in.model.weights)
        sum += (w = u(random) < 0.5 ? 0.0 : u(random));
    if (sum == 0)
        in.model.weights[0] = sum = 1;
    for (auto& w : in.model.weights)
        w /= sum;
    in.model.name = "custom";
    if (u(random) < 0.3)
        in.model.corridor = Corridor{0.8 + 0.15 * u(random), 1.0 + 0.3 * u(random)};
    return in;
}

Course randomCourse(const IncentiveInputs& in, std::mt19937& random)
{
    std::uniform_real_distribution<double> u(-0.3, 0.3);
    Course c;
    for (const auto& v : in.vakgroepen)
        if (u(random) > 0)
            c.changes[v.name] = VakgroepChange{u(random), std::abs(u(random)) / 2, std::abs(u(random)), u(random), 0};
    return c;
}

} // namespace

TEST_CASE("invariants over random hospitals, models and courses", "[core][incentives][property]")
{
    // No SECTIONs in the loop: Catch enters a section only once per run, so every round checks all.
    std::mt19937 random(4242);
    std::size_t checked = 0;
    for (int round = 0; round < 300; ++round) {
        const auto in = randomInputs(random);
        const auto course = randomCourse(in, random);
        INFO("round " << round);

        // The vakgroepen's payments always sum to the pot, and the pot is what the contract says:
        // computed here independently from the course's production.
        double memberRevenue = 0;
        for (const auto& v : in.vakgroepen) {
            const auto it = course.changes.find(v.name);
            const VakgroepChange c = it == course.changes.end() ? VakgroepChange{} : it->second;
            const double p = v.production * (1 + c.production) / (1 + c.consultationTime);
            const double paid = std::min(p, v.ceiling) + in.contract.aboveCeilingPayment * std::max(0.0, p - v.ceiling);
            memberRevenue += v.tariff * paid * (v.selfEmployed + v.salaried > 0 ? v.selfEmployed / (v.selfEmployed + v.salaried) : 0);
        }
        for (const auto& m : {in.model, *preset("production"), *preset("benchmark"), *preset("dagdelen_disutility"),
                              *preset("corridor"), *preset("salaried")}) {
            const auto money = evaluate(in, m, course);
            double sum = 0;
            for (const double p : money.payment)
                sum += p;
            CHECK(sum == Approx(money.pot).epsilon(1e-9));
            if (!m.corridor && !m.fixedIncome && !in.contract.multiYearRevenue && in.pot.revenueShare)
                CHECK(money.pot == Approx(in.pot.share * memberRevenue).epsilon(1e-9));
        }
        // Under the salaried preset no one's income moves with production.
        const auto now = evaluate(in, *preset("salaried"));
        const auto then = evaluate(in, *preset("salaried"), course);
        for (std::size_t v = 0; v < in.vakgroepen.size(); ++v)
            CHECK(then.incomePerHead[v] == Approx(now.incomePerHead[v]).epsilon(1e-12));

        // Salaried pay does not move with production.
        Scenario s;
        s.id = "random";
        s.b = course;
        const auto o = compare(in, in.model, s);
        for (const auto& a : o.actors)
            if (a.kind == ActorKind::Salaried)
                CHECK(a.difference == 0.0);
        CHECK(o.a.salaryCost == o.b.salaryCost);

        DistributionModel dagdelen;
        dagdelen.weights[static_cast<std::size_t>(Component::Dagdelen)] = 1.0;
        auto fixed = in;
        fixed.pot = Pot{false, 0, 2e7, std::nullopt};
        // The production basis counts the self-employed part of a vakgroep's production value.
        const auto basis = [](const Vakgroep& v) { return v.production * v.tariff * v.selfEmployed / (v.selfEmployed + v.salaried); };
        double total = 0;
        for (const auto& v : fixed.vakgroepen)
            if (v.selfEmployed > 0)
                total += basis(v);
        for (std::size_t v = 0; v < in.vakgroepen.size(); ++v) {
            const auto& g = in.vakgroepen[v];
            if (g.selfEmployed <= 0)
                continue;
            // Salaried preset and a pure dagdelen model: no production incentive at all.
            CHECK(productionElasticity(in, *preset("salaried"), v) == Approx(0.0).margin(1e-9));
            CHECK(productionElasticity(in, dagdelen, v) == Approx(0.0).margin(1e-9));
            // A pure production model with a fixed pot: 1 - the vakgroep's share.
            CHECK(productionElasticity(fixed, *preset("production"), v) == Approx(1.0 - basis(g) / total).epsilon(1e-6));
            ++checked;
        }
    }
    CHECK(checked > 600);
}

TEST_CASE("bad incentive inputs are refused, each problem naming its field", "[core][incentives]")
{
    auto doc = nlohmann::json::parse(incentivesToJson(demoIncentives(0)));
    const auto problems = [](const nlohmann::json& j) {
        std::vector<std::string> out;
        try {
            parseIncentives(j.dump(), "test.json");
        } catch (const InvalidData& e) {
            for (const auto& p : e.problems())
                out.push_back(p.where + ": " + p.what.render(Language::En));
        }
        return out;
    };
    const auto has = [](const std::vector<std::string>& list, const std::string& needle) {
        for (const auto& p : list)
            if (p.find(needle) != std::string::npos)
                return true;
        INFO("problems: " << (list.empty() ? std::string("none") : list.front()));
        return false;
    };
    REQUIRE(problems(doc).empty());
    SECTION("a negative count")
    {
        doc["vakgroepen"][0]["self_employed"] = -3;
        CHECK(has(problems(doc), "vakgroepen[0] (orthopedie).self_employed: -3 is outside 0 to"));
    }
    SECTION("weights that do not sum to 1")
    {
        doc["model"] = {{"weights", {{"production", 0.5}, {"dagdelen", 0.4}}}};
        CHECK(has(problems(doc), "model.weights: the weights sum to 0.9; they must sum to 1"));
    }
    SECTION("a scenario naming an unknown vakgroep")
    {
        doc["scenarios"] = nlohmann::json::array({{{"id", "kno"}, {"name", "KNO"}, {"theme", "primary_care"}, {"serves", "b"},
                                                   {"a", {{"label", "nu"}}},
                                                   {"b", {{"label", "anders"}, {"changes", {{"kno", {{"production", -0.1}}}}}}}}});
        CHECK(has(problems(doc), "scenario kno, course b, changes: there is no vakgroep \"kno\""));
    }
    SECTION("a hospital without revenue")
    {
        for (auto& v : doc["vakgroepen"])
            v["tariff"] = 0;
        CHECK(has(problems(doc), "vakgroepen: there is no revenue"));
    }
    SECTION("a corridor floor above its cap")
    {
        doc["model"] = {{"weights", {{"production", 1}}}, {"corridor", {{"floor", 1.2}, {"cap", 1.1}}}};
        CHECK(has(problems(doc), "model.corridor: the floor 1.2 is above the cap 1.1"));
    }
    SECTION("wrong types never crash: each is a problem with its field")
    {
        doc["schema_version"] = "1";
        doc["pot"] = 5;
        doc["scenarios"] = "none";
        const auto list = problems(doc);
        CHECK(has(list, "schema_version: must be 1"));
        CHECK(has(list, "pot: must be an object"));
        CHECK(has(list, "scenarios: must be an array"));
        try {
            parseIncentives("{\"schema_version\": 1e400}", "huge.json");
            FAIL("accepted");
        } catch (const InvalidData& e) {
            CHECK(e.describe(Language::En).find("huge.json are invalid: 1 problem") != std::string::npos);
        }
    }
    SECTION("a typo in a field name, a share above 1 and a duplicate name: all reported")
    {
        doc["vakgroepen"][1]["prodution"] = 5;
        doc["contract"]["shared_savings"] = 1.5;
        doc["vakgroepen"][2]["name"] = "orthopedie";
        const auto list = problems(doc);
        CHECK(has(list, "vakgroepen[1].prodution: is not a known field"));
        CHECK(has(list, "contract.shared_savings: 1.5 is outside 0 to 1"));
        CHECK(has(list, "the name \"orthopedie\" is used twice"));
    }
}

TEST_CASE("incentive inputs survive JSON: write, read, write", "[core][incentives]")
{
    for (std::size_t h = 0; h < 3; ++h) {
        auto in = demoIncentives(h);
        in.scenarios.push_back(builtinScenarios()[4]);
        const auto json = incentivesToJson(in);
        const auto back = parseIncentives(json, "round trip");
        CHECK(incentivesToJson(back) == json);
        CHECK(back.model.name == in.model.name);
        CHECK(back.vakgroepen.size() == in.vakgroepen.size());
    }
    std::mt19937 random(7);
    for (int i = 0; i < 50; ++i) {
        const auto in = randomInputs(random);
        CHECK(incentivesToJson(parseIncentives(incentivesToJson(in), "random")) == incentivesToJson(in));
    }
}

TEST_CASE("a sweep finds where a conflict appears", "[core][incentives]")
{
    // Ceiling conflict under a production model: paying above the ceiling makes growth profitable for
    // the hospital too, from some share c of the tariff on.
    auto in = demoIncentives(0);
    in.model = *preset("production");
    const auto& s = builtinScenarios().front();
    const auto result = sweep(in, in.model, s, *parseSweepParameter("ceiling_payment"), 0.0, 1.0, 101);
    REQUIRE(result.values.size() == 101);
    // The hospital gains 540 x (3800 x c x (1 - 0.15 x 12/14) - 2100) from growing 540 units (the pot takes 15%
    // of the part earned by the 12 self-employed of 14 orthopaedists): zero at c = 0.6342.
    // Around it lies the neutral band of the tolerance: aligned -> neutral -> conflict.
    std::vector<BreakEven> hospital;
    for (const auto& b : result.breakEvens)
        if (b.actor == "hospital")
            hospital.push_back(b);
    REQUIRE(hospital.size() == 2);
    CHECK(hospital[0].below == Stance::Aligned);
    CHECK(hospital[0].above == Stance::Neutral);
    CHECK(hospital[1].below == Stance::Neutral);
    CHECK(hospital[1].above == Stance::Conflict);
    const double zero = 2100.0 / (3800.0 * (1.0 - 0.15 * 12.0 / 14.0));
    CHECK(hospital[0].at < zero);
    CHECK(hospital[1].at > zero);
    CHECK((hospital[0].at + hospital[1].at) / 2 == Approx(zero).epsilon(0.01));
    CHECK_FALSE(parseSweepParameter("weight:fame"));
    CHECK(parseSweepParameter("benchmark_growth:cardiologie")->vakgroep == "cardiologie");
}
