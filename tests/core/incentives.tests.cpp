// The incentive model against figures computed by hand, on a small hospital with round numbers:
//   orthopedie  4 self-employed, 1000 units, tariff 1000, marginal cost  500, 400 dagdelen, disutility 100
//   cardiologie 5 self-employed + 1 salaried (200,000), 2000 units, tariff 1000, marginal cost 400, 500 dagdelen, 200
//   chirurgie   6 self-employed, 1500 units, tariff 2000, marginal cost 1000, 600 dagdelen, 300
//   urologie    5 self-employed, 1000 units, tariff 1000, marginal cost  500, 500 dagdelen, 100
// Ceilings equal production; no benchmark growth; the pot is 20% of the revenue; nothing is paid
// above the ceiling; half the savings on care moved out go to the hospital.
// Baseline: revenue 7,000,000; pot 1,400,000; variable cost 3,300,000; salaries 200,000;
// hospital margin 7,000,000 - 3,300,000 - 1,400,000 - 200,000 = 2,100,000.
#include "core/incentive_analysis.hpp"
#include "core/incentive_json.hpp"

#include <catch2/catch.hpp>

using namespace core;

namespace {

IncentiveInputs hospital(const char* model)
{
    IncentiveInputs in;
    const auto add = [&](const char* name, double se, double sal, double units, double tariff, double cost, double dagdelen,
                         double disutility) {
        Vakgroep v;
        v.name = name;
        v.selfEmployed = se;
        v.salaried = sal;
        v.salaryCost = sal > 0 ? 200000 : 0;
        v.production = units;
        v.ceiling = units;
        v.tariff = tariff;
        v.marginalCost = cost;
        v.dagdelen = dagdelen;
        v.disutility = disutility;
        in.vakgroepen.push_back(v);
    };
    add("orthopedie", 4, 0, 1000, 1000, 500, 400, 100);
    add("cardiologie", 5, 1, 2000, 1000, 400, 500, 200);
    add("chirurgie", 6, 0, 1500, 2000, 1000, 600, 300);
    add("urologie", 5, 0, 1000, 1000, 500, 500, 100);
    in.pot = Pot{true, 0.2, 0};
    in.contract = Contract{0.0, 0.5, std::nullopt};
    in.model = *preset(model);
    return in;
}

const Scenario& builtin(const std::string& id)
{
    for (const auto& s : builtinScenarios())
        if (s.id == id)
            return s;
    FAIL("no scenario " << id);
    throw std::logic_error("unreachable");
}

const ActorOutcome& actor(const ScenarioOutcome& o, const std::string& name)
{
    for (const auto& a : o.actors)
        if (a.actor == name)
            return a;
    FAIL("no actor " << name);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("the baseline money, by hand", "[core][incentives]")
{
    const auto in = hospital("production");
    const auto m = evaluate(in, in.model);
    CHECK(m.revenue == Approx(7000000));
    CHECK(m.pot == Approx(1400000));
    CHECK(m.variableCost == Approx(3300000));
    CHECK(m.salaryCost == Approx(200000));
    CHECK(m.hospitalMargin == Approx(2100000));
    // Production shares by value: 1M, 2M, 3M, 1M of 7M.
    CHECK(m.incomePerHead[0] == Approx(1400000.0 / 7 / 4));
    CHECK(m.incomePerHead[2] == Approx(1400000.0 * 3 / 7 / 6));
}

TEST_CASE("ceiling conflict: the benchmark rewards growth the hospital is not paid for", "[core][incentives]")
{
    const auto& s = builtin("ceiling_conflict");
    SECTION("benchmark preset: the orthopaedists gain from exceeding the ceiling while the hospital loses")
    {
        const auto o = compare(hospital("benchmark"), *preset("benchmark"), s);
        // (a) ortho basis 1000 x 1000 / 1.05 = 952,381 of 6,952,381 -> x 1.4M / 4 = 47,945.21.
        // (b) 1060 units: basis 1,009,524 of 7,009,524 -> 50,407.61. Revenue stays 7M (no pay above the ceiling).
        const auto& ortho = actor(o, "orthopedie");
        CHECK(ortho.a == Approx(1400000.0 * (1000000.0 / 1.05) / (1000000.0 / 1.05 + 6000000.0) / 4));
        CHECK(ortho.b == Approx(1400000.0 * (1060000.0 / 1.05) / (1060000.0 / 1.05 + 6000000.0) / 4));
        CHECK(ortho.difference > 0);
        CHECK(ortho.stance == Stance::Conflict);
        // The hospital pays 60 x 500 = 30,000 more for care it is not paid for: 2,100,000 -> 2,070,000.
        const auto& h = actor(o, "hospital");
        CHECK(h.a == Approx(2100000));
        CHECK(h.b == Approx(2070000));
        CHECK(h.stance == Stance::Aligned); // it loses from the course that does not serve the theme
        CHECK(actor(o, "msb").stance == Stance::Neutral);
        CHECK(o.conflicts() == 1);
    }
    SECTION("dagdelen and disutility: the orthopaedists are neutral, and no one is in conflict")
    {
        const auto o = compare(hospital("dagdelen_disutility"), *preset("dagdelen_disutility"), s);
        CHECK(actor(o, "orthopedie").difference == Approx(0.0).margin(1e-6));
        CHECK(actor(o, "orthopedie").stance == Stance::Neutral);
        CHECK(actor(o, "hospital").difference == Approx(-30000));
        CHECK(actor(o, "hospital").stance != Stance::Conflict);
        CHECK(o.conflicts() == 0);
    }
}

TEST_CASE("substitution penalty: supporting GPs costs the cardiologists income", "[core][incentives]")
{
    const auto o = compare(hospital("benchmark"), *preset("benchmark"), builtin("substitution_penalty"));
    // (b) 1800 units, 200 moved out: revenue 6.8M, pot 1.36M, cardiology 1.8M of 6.8M -> 360,000 / 5 = 72,000
    // against 2/7 x 1.4M / 5 = 80,000.
    const auto& cardio = actor(o, "cardiologie");
    CHECK(cardio.a == Approx(80000));
    CHECK(cardio.b == Approx(72000));
    CHECK(cardio.stance == Stance::Conflict);
    CHECK(actor(o, "msb").b == Approx(1360000));
    CHECK(actor(o, "msb").stance == Stance::Conflict);
    // Hospital: 6.8M + savings 0.5 x 200 x 1000 - (3.3M - 200 x 400) - 1.36M - 0.2M = 2,120,000.
    CHECK(actor(o, "hospital").b == Approx(2120000));
    CHECK(actor(o, "hospital").stance == Stance::Aligned);
    // The insurer pays 6.8M + 100,000 instead of 7M.
    CHECK(actor(o, "insurer").b == Approx(6900000));
    CHECK(actor(o, "insurer").stance == Stance::Aligned);
}

TEST_CASE("shared decision making lowers measured production", "[core][incentives]")
{
    const auto o = compare(hospital("production"), *preset("production"), builtin("shared_decision_making"));
    // Surgery: 1500 x 0.95 / 1.10 = 1295.45 units; revenue 7M - 204.545 x 2000 = 6,590,909; pot 1,318,182;
    // surgery share 2,590,909 / 6,590,909 -> 518,182 / 6 = 86,364 against 100,000.
    const double units = 1500 * 0.95 / 1.10;
    const double revenue = 7000000 - (1500 - units) * 2000;
    const auto& surgery = actor(o, "chirurgie");
    CHECK(surgery.a == Approx(100000));
    CHECK(surgery.b == Approx(0.2 * revenue * (units * 2000) / revenue / 6));
    CHECK(surgery.stance == Stance::Conflict);
    // Hospital: revenue - (3.3M - (1500 - units) x 1000) - 0.2 revenue - 0.2M.
    CHECK(actor(o, "hospital").b == Approx(revenue - (3300000 - (1500 - units) * 1000) - 0.2 * revenue - 200000));
    CHECK(actor(o, "hospital").stance == Stance::Conflict);
    SECTION("under dagdelen and disutility the surgeons lose only through the smaller pot")
    {
        const auto d = compare(hospital("dagdelen_disutility"), *preset("dagdelen_disutility"), builtin("shared_decision_making"));
        CHECK(actor(d, "chirurgie").relative == Approx(revenue / 7000000 - 1));
    }
}

TEST_CASE("concentrating low-complex care with a production model: everyone gains", "[core][incentives]")
{
    const auto o = compare(hospital("production"), *preset("production"), builtin("lchv_concentration"));
    // 1150 units within a ceiling raised to 1150: revenue 7.15M, pot 1.43M, ortho 1.15M / 7.15M x 1.43M / 4 = 57,500.
    CHECK(actor(o, "orthopedie").b == Approx(57500));
    CHECK(actor(o, "orthopedie").stance == Stance::Aligned);
    // Hospital: 7.15M - 3.375M - 1.43M - 0.2M = 2,145,000.
    CHECK(actor(o, "hospital").b == Approx(2145000));
    CHECK(actor(o, "hospital").stance == Stance::Aligned);
    CHECK(actor(o, "msb").stance == Stance::Aligned);
    CHECK(o.conflicts() == 0);
}

TEST_CASE("a multi-year deal removes the substitution penalty", "[core][incentives]")
{
    const auto o = compare(hospital("benchmark"), *preset("benchmark"), builtin("multi_year_deal"));
    // Revenue 7M x 0.996 = 6,972,000; pot 1,394,400. The benchmark follows the agreed path (-10%):
    // cardiology 1800 / 0.9 = 2000 units' worth, so its share stays 2/7: 398,400 / 5 = 79,680 (-0.4%: neutral).
    CHECK(actor(o, "cardiologie").b == Approx(79680));
    CHECK(actor(o, "cardiologie").stance == Stance::Neutral);
    CHECK(actor(o, "msb").stance == Stance::Neutral);
    // Hospital: 6.972M + 100,000 savings - 3.22M - 1.3944M - 0.2M = 2,257,600.
    CHECK(actor(o, "hospital").b == Approx(2257600));
    CHECK(actor(o, "hospital").stance == Stance::Aligned);
    CHECK(o.conflicts() == 0);
    // Without the deal the same move is penalised.
    CHECK(compare(hospital("benchmark"), *preset("benchmark"), builtin("substitution_penalty")).conflicts() == 2);
}

TEST_CASE("regional concentration: the hospital loses what the partner gains", "[core][incentives]")
{
    const auto o = compare(hospital("production"), *preset("production"), builtin("regional_concentration"));
    // Urology 800 units: revenue 6.8M, pot 1.36M, urology 0.8M / 6.8M -> 160,000 / 5 = 32,000, plus 20% of the
    // baseline 40,000 earned in the partner hospital: 40,000 -> neutral.
    CHECK(actor(o, "urologie").b == Approx(40000));
    CHECK(actor(o, "urologie").stance == Stance::Neutral);
    // Hospital: 6.8M - 3.2M - 1.36M - 0.2M = 2,040,000 against 2,100,000: it loses from the course that serves the theme.
    CHECK(actor(o, "hospital").b == Approx(2040000));
    CHECK(actor(o, "hospital").stance == Stance::Conflict);
}
