// The incentive model against figures computed by hand, on a small hospital with round numbers:
//   orthopedie        4 self-employed, 1000 units, tariff 1000, marginal cost  500, 400 dagdelen, on-call 100
//   cardiologie       5 self-employed, 2000 units, tariff 1000, marginal cost  400, 500 dagdelen, on-call 200
//   chirurgie         6 self-employed, 1500 units, tariff 2000, marginal cost 1000, 600 dagdelen, on-call 300
//   urologie          5 self-employed, 1000 units, tariff 1000, marginal cost  500, 500 dagdelen, on-call 100
//   kindergeneeskunde 2 salaried (200,000 each), 500 units, tariff 1000, marginal cost 500
// Ceilings equal production; no benchmark growth; the pot is 20% of the revenue earned by
// self-employed specialists; nothing is paid above the ceiling; half the savings on care moved out
// go to the hospital.
// Baseline: revenue 7,500,000 (7,000,000 by the MSB's members); pot 1,400,000; variable cost
// 3,550,000; salaries 400,000; hospital margin 7.5M - 3.55M - 1.4M - 0.4M = 2,150,000.
// Income per specialist by production value: 1/7 x 1.4M / 4 = 50,000; cardiology 80,000;
// surgery 100,000; urology 40,000.
// Tolerance: 0.5% of the actor's payoff under (a); for the hospital and the insurer 0.5% of the
// baseline revenue of the vakgroepen the scenario changes.
#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

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
    add("cardiologie", 5, 0, 2000, 1000, 400, 500, 200);
    add("chirurgie", 6, 0, 1500, 2000, 1000, 600, 300);
    add("urologie", 5, 0, 1000, 1000, 500, 500, 100);
    add("kindergeneeskunde", 0, 2, 500, 1000, 500, 300, 100);
    in.pot = Pot{true, 0.2, 0, std::nullopt};
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

ScenarioOutcome run(const char* model, const std::string& scenario)
{
    return compare(hospital(model), *preset(model), builtin(scenario));
}

} // namespace

TEST_CASE("the baseline money, by hand", "[core][incentives]")
{
    const auto in = hospital("production");
    const auto m = evaluate(in, in.model);
    CHECK(m.revenue == Approx(7500000));
    CHECK(m.memberRevenue == Approx(7000000));
    CHECK(m.pot == Approx(1400000));
    CHECK(m.variableCost == Approx(3550000));
    CHECK(m.salaryCost == Approx(400000));
    CHECK(m.hospitalMargin == Approx(2150000));
    CHECK(m.incomePerHead[0] == Approx(50000));
    CHECK(m.incomePerHead[2] == Approx(100000));
    CHECK(m.incomePerHead[4] == 0.0); // no self-employed members: no part of the pot
}

TEST_CASE("ceiling conflict: growth the hospital is not paid for", "[core][incentives]")
{
    SECTION("benchmark: the orthopaedists lose share unless they grow, and gain from exceeding the ceiling")
    {
        const auto o = run("benchmark", "ceiling_conflict");
        const auto& ortho = actor(o, "orthopedie");
        // Now: everyone at the norm, 50,000. (a) peers grow 5%: basis 1000 x 1000 / 1.05 of 6,952,381 -> 47,945.21.
        // (b) 1060 units: 1,009,524 of 7,009,524 -> 50,407.61. The revenue stays 7.5M: nothing is paid above the ceiling.
        CHECK(ortho.now == Approx(50000));
        CHECK(ortho.a == Approx(1400000.0 * (1000000.0 / 1.05) / (1000000.0 / 1.05 + 6000000.0) / 4));
        CHECK(ortho.b == Approx(1400000.0 * (1060000.0 / 1.05) / (1060000.0 / 1.05 + 6000000.0) / 4));
        CHECK(ortho.a < ortho.now); // standing still loses income
        CHECK(ortho.stance == Stance::Conflict);
        CHECK(ortho.prefers() == 'b');
        // The hospital pays 60 x 500 = 30,000 more for care it is not paid for.
        const auto& h = actor(o, "hospital");
        CHECK(h.a == Approx(2150000));
        CHECK(h.b == Approx(2120000));
        CHECK(h.stance == Stance::Aligned); // it loses from the course that does not serve the theme
        CHECK(h.prefers() == 'a');
    }
    SECTION("production: standing still costs nothing, but growing above the ceiling still pays")
    {
        const auto o = run("production", "ceiling_conflict");
        const auto& ortho = actor(o, "orthopedie");
        CHECK(ortho.a == Approx(ortho.now));
        CHECK(ortho.b == Approx(1400000.0 * 1060000.0 / 7060000.0 / 4)); // 52,549.58
        CHECK(ortho.stance == Stance::Conflict);
    }
    SECTION("dagdelen and disutility: the orthopaedists are neutral; the hospital still bears the cost")
    {
        const auto o = run("dagdelen_disutility", "ceiling_conflict");
        CHECK(actor(o, "orthopedie").difference == Approx(0.0).margin(1e-6));
        CHECK(actor(o, "orthopedie").stance == Stance::Neutral);
        CHECK(actor(o, "orthopedie").prefers() == 0);
        CHECK(actor(o, "hospital").difference == Approx(-30000));
        CHECK(actor(o, "hospital").stance == Stance::Aligned);
        CHECK(o.conflicts() == 0);
    }
}

TEST_CASE("substitution penalty: supporting GPs costs the cardiologists income", "[core][incentives]")
{
    const auto o = run("benchmark", "substitution_penalty");
    // (b) 1800 units, 200 moved out: member revenue 6.8M, pot 1.36M; cardiology 1.8M of 6.8M -> 360,000 / 5 = 72,000.
    CHECK(actor(o, "cardiologie").a == Approx(80000));
    CHECK(actor(o, "cardiologie").b == Approx(72000));
    CHECK(actor(o, "msb").b == Approx(1360000));
    // Hospital: 7.3M + savings 0.5 x 200 x 1000 - (3.55M - 80,000) - 1.36M - 0.4M = 2,170,000.
    CHECK(actor(o, "hospital").b == Approx(2170000));
    // The insurer pays 7.3M + 100,000 instead of 7.5M.
    CHECK(actor(o, "insurer").b == Approx(7400000));
    CHECK(actor(o, "insurer").stance == Stance::Aligned);
}

TEST_CASE("shared decision making lowers measured production", "[core][incentives]")
{
    const auto o = run("production", "shared_decision_making");
    // Surgery: 1500 x 0.95 / 1.05 = 1357.14 units; revenue 7.5M - 142.857 x 2000 = 7,214,285.71; member revenue
    // 6,714,285.71; pot 1,342,857.14; surgery 2,714,285.71 of it -> 542,857.14 / 6 = 90,476.19.
    const double units = 1500 * 0.95 / 1.05;
    const double revenue = 7500000 - (1500 - units) * 2000;
    CHECK(actor(o, "chirurgie").b == Approx(0.2 * units * 2000 / 6));
    // Hospital: revenue - (3.55M - 142.857 x 1000) - 0.2 (revenue - 0.5M) - 0.4M = 2,064,285.71.
    CHECK(actor(o, "hospital").b == Approx(revenue - (3550000 - (1500 - units) * 1000) - 0.2 * (revenue - 500000) - 400000));
}

TEST_CASE("concentrating low-complex care with a production model: everyone gains", "[core][incentives]")
{
    const auto o = run("production", "lchv_concentration");
    // 1150 units within a ceiling raised to 1150: member revenue 7.15M, pot 1.43M, ortho 1.15M / 7.15M x 1.43M / 4.
    CHECK(actor(o, "orthopedie").b == Approx(57500));
    // Hospital: 7.65M - 3.625M - 1.43M - 0.4M = 2,195,000.
    CHECK(actor(o, "hospital").b == Approx(2195000));
    // Care moves between hospitals: the insurer's regional cost is not modelled, so it has no stance.
    for (const auto& a : o.actors)
        CHECK(a.kind != ActorKind::Insurer);
}

TEST_CASE("a multi-year deal removes the substitution penalty under a benchmark model", "[core][incentives]")
{
    const auto o = run("benchmark", "multi_year_deal");
    // Revenue 7.5M x 0.996 = 7.47M, member revenue 6.972M, pot 1,394,400, and no separate shared savings.
    // The norm follows the agreed path: 2000 x 0.9 = 1800, so cardiology is at par: 2/7 x 1,394,400 / 5 = 79,680.
    CHECK(actor(o, "cardiologie").b == Approx(79680));
    CHECK(actor(o, "msb").b == Approx(1394400));
    // Hospital: 7.47M - 3.47M - 1.3944M - 0.4M = 2,205,600.
    CHECK(actor(o, "hospital").b == Approx(2205600));
    CHECK(actor(o, "insurer").b == Approx(7470000));
    SECTION("the path is relative to the vakgroep's own benchmark growth")
    {
        auto in = hospital("benchmark");
        for (auto& v : in.vakgroepen)
            v.benchmarkGrowth = 0.03;
        const auto grown = compare(in, in.model, builtin("multi_year_deal"));
        CHECK(actor(grown, "cardiologie").stance == Stance::Neutral);
    }
}

TEST_CASE("regional concentration: the hospital loses what the partner gains", "[core][incentives]")
{
    const auto o = run("production", "regional_concentration");
    // Urology 800 units: member revenue 6.8M, pot 1.36M, urology 0.8M / 6.8M -> 160,000 / 5 = 32,000, plus 20% of
    // the baseline 40,000 earned in the partner hospital: 40,000.
    CHECK(actor(o, "urologie").b == Approx(40000));
    // Hospital: 7.3M - 3.45M - 1.36M - 0.4M = 2,090,000 against 2,150,000.
    CHECK(actor(o, "hospital").b == Approx(2090000));
}

TEST_CASE("the sign of every counted stance, per scenario and model", "[core][incentives]")
{
    // A aligned, N neutral, C conflict, for: the vakgroep the scenario changes, the MSB, the hospital.
    // Each row follows from the figures above (or, for dagdelen + on-call burden, from the pot alone:
    // the vakgroep's part only moves with its dagdelen).
    struct Row {
        const char* scenario;
        const char* model;
        const char* vakgroep;
        std::string stances;
    };
    const std::vector<Row> rows{
        {"ceiling_conflict", "benchmark", "orthopedie", "CNA"},
        {"ceiling_conflict", "production", "orthopedie", "CNA"},
        {"ceiling_conflict", "dagdelen_disutility", "orthopedie", "NNA"},
        {"substitution_penalty", "benchmark", "cardiologie", "CCA"},
        {"substitution_penalty", "dagdelen_disutility", "cardiologie", "CCA"},
        {"shared_decision_making", "production", "chirurgie", "CCC"},
        {"shared_decision_making", "dagdelen_disutility", "chirurgie", "CCC"},
        {"lchv_concentration", "production", "orthopedie", "AAA"},
        {"lchv_concentration", "dagdelen_disutility", "orthopedie", "AAA"},
        {"multi_year_deal", "benchmark", "cardiologie", "NNA"},
        {"multi_year_deal", "dagdelen_disutility", "cardiologie", "NNA"},
        {"regional_concentration", "production", "urologie", "NCC"},
        {"regional_concentration", "dagdelen_disutility", "urologie", "ACC"},
    };
    const std::map<Stance, char> letter{{Stance::Aligned, 'A'}, {Stance::Neutral, 'N'}, {Stance::Conflict, 'C'}};
    for (const auto& r : rows) {
        INFO(r.scenario << " under " << r.model);
        const auto o = run(r.model, r.scenario);
        const std::string got{letter.at(actor(o, r.vakgroep).stance), letter.at(actor(o, "msb").stance),
                              letter.at(actor(o, "hospital").stance)};
        CHECK(got == r.stances);
    }
}

TEST_CASE("pot and share: a result split into what the contract and the distribution model do, by hand", "[core][incentives]")
{
    // Substitution: cardiology produces 10% less (2000 -> 1800 units). The members' revenue falls from
    // 7,000,000 to 6,800,000, so the pot (20%) from 1,400,000 to 1,360,000: -40,000.
    SECTION("production model: the cardiologists lose through both")
    {
        // Shares by production value: 2,000,000 / 7,000,000 = 0.285714 and 1,800,000 / 6,800,000 = 0.264706.
        // Per head: 80,000 -> 1,360,000 x 0.264706 / 5 = 72,000: -8,000. Pot part: -40,000 x 0.275210 / 5
        // = -2,201.68; share part: 1,380,000 x -0.021008 / 5 = -5,798.32.
        const auto& c = actor(run("production", "substitution_penalty"), "cardiologie");
        CHECK(c.difference == Approx(-8000));
        CHECK(c.potEffect == Approx(-2201.68).epsilon(1e-5));
        CHECK(c.shareEffect == Approx(-5798.32).epsilon(1e-5));
        CHECK(c.ownEffect == Approx(0).margin(1e-6));
        CHECK(c.stance == Stance::Conflict);
        CHECK(c.shareStance == Stance::Conflict);
        CHECK(c.cause == Cause::Several);
    }
    SECTION("dagdelen + on-call burden: only the pot moves; the conflict is the contract's, not the model's")
    {
        // Share 0.7 x 500/2000 + 0.3 x 200/700 = 0.260714, before and after: per head
        // 1,400,000 x 0.260714 / 5 = 73,000 -> 1,360,000 x 0.260714 / 5 = 70,914.29.
        const auto& c = actor(run("dagdelen_disutility", "substitution_penalty"), "cardiologie");
        CHECK(c.difference == Approx(-2085.71).epsilon(1e-5));
        CHECK(c.potEffect == Approx(-2085.71).epsilon(1e-5));
        CHECK(c.shareEffect == Approx(0).margin(1e-6));
        CHECK(c.stance == Stance::Conflict);
        CHECK(c.shareStance == Stance::Neutral);
        CHECK(c.cause == Cause::Pot);
        const auto& msb = actor(run("dagdelen_disutility", "substitution_penalty"), "msb");
        CHECK(msb.potEffect == Approx(-40000));
        CHECK(msb.cause == Cause::Pot);
    }
    SECTION("the hospital: the pot it pays is its gain, its margin on the care its loss")
    {
        // It pays the MSB 40,000 less (pot part +40,000). Its own part: revenue -200,000, variable cost
        // -80,000 (200 units x 400), shared savings +100,000 (half of 200 units x 1000): -20,000.
        const auto& h = actor(run("dagdelen_disutility", "substitution_penalty"), "hospital");
        CHECK(h.potEffect == Approx(40000));
        CHECK(h.shareEffect == Approx(0).margin(1e-6));
        CHECK(h.ownEffect == Approx(-20000));
        CHECK(h.difference == Approx(20000));
    }
}

TEST_CASE("the parts always add up to the result, for every scenario, model and actor", "[core][incentives]")
{
    for (const auto* model : {"production", "benchmark", "dagdelen_disutility", "corridor", "salaried"})
        for (const auto& s : builtinScenarios()) {
            if (!checkScenario(hospital(model), s).empty())
                continue;
            for (const auto& a : compare(hospital(model), *preset(model), s).actors) {
                INFO(model << " " << s.id << " " << a.actor);
                CHECK(a.potEffect + a.shareEffect + a.ownEffect == Approx(a.difference).margin(1e-6 * (1 + std::abs(a.difference))));
                // Without a corridor the MSB's pot is the contract's: the model divides it, nothing more.
                if (a.kind == ActorKind::Msb && std::string(model) != "corridor")
                    CHECK(a.shareEffect == Approx(0).margin(1e-6));
            }
        }
}

TEST_CASE("corridor: growth above the agreed ceiling earns nothing extra, as its recommendation says", "[core][incentives]")
{
    // Ceiling conflict: the orthopaedists produce 6% more, above a ceiling equal to the agreed
    // production. The band's top is the ceiling (1.0), not the cap (1.15): their budget pays 100%.
    const auto o = run("corridor", "ceiling_conflict");
    const auto& ortho = actor(o, "orthopedie");
    CHECK(ortho.b == Approx(ortho.a));
    CHECK(ortho.stance == Stance::Neutral);
    CHECK(actor(o, "msb").stance != Stance::Conflict);
    // Concentration raises the ceiling 15% with the production: then the band pays up to its cap.
    const auto& grown = actor(run("corridor", "lchv_concentration"), "orthopedie");
    CHECK(grown.b / grown.a == Approx(1.15).epsilon(1e-9));
    CHECK(grown.stance == Stance::Aligned);
}

TEST_CASE("salaried: income earned elsewhere does not add to a fixed income", "[core][incentives]")
{
    // The regional partnership moves 20% of urology to the partner hospital. Self-employed urologists
    // earn that income there; on a fixed income nothing changes for them.
    const auto& urology = actor(run("salaried", "regional_concentration"), "urologie");
    CHECK(urology.difference == Approx(0).margin(1e-6));
    CHECK(urology.stance == Stance::Neutral);
    const auto& selfEmployed = actor(run("production", "regional_concentration"), "urologie");
    CHECK(selfEmployed.ownEffect > 0); // under a pot, their income elsewhere counts
}

TEST_CASE("goodwill: an orthopaedist replaced by a urologist, per vakgroep and pooled, by hand", "[core][incentives]")
{
    // (b) orthopedie 4 -> 3 specialists, 1000 -> 920 units; urologie 5 -> 6, 1000 -> 1100 units, of which the
    // ceiling pays 1000. Paid member revenue 7,000,000 - 80,000 = 6,920,000: pot 1,384,000. Production basis
    // 920,000 + 2,000,000 + 3,000,000 + 1,100,000 = 7,020,000.
    auto in = hospital("production");
    const double pot = 1384000.0;
    const double ortho = pot * 920000.0 / 7020000.0 / 3;   // 60,459.64
    const double uro = pot * 1100000.0 / 7020000.0 / 6;    // 36,144.35
    SECTION("without goodwill the orthopaedists gain: fewer share a payment that falls less")
    {
        const auto o = compare(in, in.model, builtin("goodwill_pooling"));
        CHECK(actor(o, "orthopedie").a == Approx(50000));
        CHECK(actor(o, "orthopedie").b == Approx(ortho));
        CHECK(actor(o, "orthopedie").stance == Stance::Aligned);
        CHECK(actor(o, "urologie").b == Approx(uro)); // a newcomer shares a growth the ceiling does not pay
    }
    SECTION("goodwill per vakgroep, paid at once: the three who stay buy the leaver out")
    {
        in.goodwill = Goodwill{100000, false, 1};
        const auto o = compare(in, in.model, builtin("goodwill_pooling"));
        const auto& a = actor(o, "orthopedie");
        CHECK(a.b == Approx(ortho - 100000.0 / 3)); // 27,126.31
        CHECK(o.b.goodwillPerHead[0] == Approx(100000.0 / 3));
        CHECK(o.b.goodwillPerHead[3] == 0.0); // the newcomer's buy-in stays within urology
        CHECK(a.stance == Stance::Conflict);
        // Payment per head = pot x share x 1/heads, from (1,400,000; 1/7; 1/4) to (1,384,000; 0.131054; 1/3).
        // The heads' Shapley part (weights 1/3, 1/6, 1/6, 1/3 over the orders) is +15,888.17, the pot's
        // -637.81, the share's -4,790.71 (sum 10,459.64 = 60,459.64 - 50,000). Own: heads and goodwill.
        CHECK(a.potEffect == Approx(-637.8148600370853));
        CHECK(a.shareEffect == Approx(-4790.711346266898));
        CHECK(a.ownEffect == Approx(15888.16533260977 - 100000.0 / 3)); // the goodwill turns them against it
        CHECK(a.potEffect + a.shareEffect + a.ownEffect == Approx(a.difference));
        CHECK(a.cause == Cause::Several); // their share falls with their production too
    }
    SECTION("pooled goodwill with earn-in and earn-out: the urologist buys in, the orthopaedists pay nothing")
    {
        in.goodwill = Goodwill{100000, true, 5};
        const auto o = compare(in, in.model, builtin("goodwill_pooling"));
        CHECK(actor(o, "orthopedie").b == Approx(ortho));
        CHECK(actor(o, "orthopedie").stance == Stance::Aligned);
        for (const double g : o.b.goodwillPerHead)
            CHECK(g == 0.0);
    }
    SECTION("pooled, but nobody replaces the leaver: all 19 who stay pay a fifth each year")
    {
        in.goodwill = Goodwill{100000, true, 5};
        Scenario s = builtin("goodwill_pooling");
        s.b.changes.erase("urologie");
        const auto m = evaluate(in, in.model, s.b);
        for (const std::size_t i : {0u, 1u, 2u, 3u})
            CHECK(m.goodwillPerHead[i] == Approx(100000.0 / 5 / 19)); // 1,052.63 each
        CHECK(m.goodwillPerHead[4] == 0.0); // paediatrics: salaried only
    }
    SECTION("salaried specialists own no goodwill")
    {
        in.goodwill = Goodwill{100000, false, 1};
        const auto o = compare(in, *preset("salaried"), builtin("goodwill_pooling"));
        for (const double g : o.b.goodwillPerHead)
            CHECK(g == 0.0);
    }
}

TEST_CASE("a fixed fee per agreed specialist: one more orthopaedist brings the MSB nothing, by hand", "[core][incentives]")
{
    // (a) orthopedie 4 -> 5 specialists and 1000 -> 1100 units; the ceiling raised to 2000 so that all is paid.
    auto in = hospital("production");
    in.vakgroepen[0].ceiling = 2000;
    SECTION("revenue share: the pot grows with the extra production, so the MSB wants the extra hire")
    {
        const auto o = compare(in, in.model, builtin("fixed_fee_headcount"));
        // Member revenue 7,100,000: pot 1,420,000; orthopaedics 0.2 x 1,100,000 = 220,000 over 5.
        CHECK(actor(o, "orthopedie").a == Approx(44000));
        CHECK(actor(o, "orthopedie").b == Approx(50000));
        CHECK(actor(o, "orthopedie").stance == Stance::Aligned);
        const auto& msb = actor(o, "msb");
        CHECK(msb.a == Approx(1420000));
        CHECK(msb.stance == Stance::Conflict);
        CHECK(msb.cause == Cause::Pot);
    }
    SECTION("per agreed specialist (70,000 for 20): the pot stays 1,400,000 and the MSB has no stake")
    {
        in.pot = Pot{false, 0, 0, PerSpecialistFee{70000, 20}};
        const auto base = evaluate(in, in.model);
        CHECK(base.pot == Approx(1400000));
        const auto o = compare(in, in.model, builtin("fixed_fee_headcount"));
        CHECK(actor(o, "msb").a == Approx(1400000));
        CHECK(actor(o, "msb").stance == Stance::Neutral);
        // The same pot shared by one more: 1.4M x 1,100,000 / 7,100,000 over 5 = 43,380.28.
        const auto& ortho = actor(o, "orthopedie");
        CHECK(ortho.a == Approx(1400000.0 * 1100000.0 / 7100000.0 / 5));
        CHECK(ortho.stance == Stance::Aligned);
        CHECK(ortho.potEffect == Approx(0.0).margin(1e-6));
        CHECK(ortho.potEffect + ortho.shareEffect + ortho.ownEffect == Approx(ortho.difference));
        // The hospital still earns 100 x (1000 - 500) on the extra production: its own margin.
        CHECK(actor(o, "hospital").a - actor(o, "hospital").b == Approx(50000));
    }
}

TEST_CASE("split staffing: salaried surgeons, self-employed plastic surgeons, by hand", "[core][incentives]")
{
    // Surgery salaried (6), plastic surgery self-employed: 3 specialists, 600 units at 1500 (cost 800), 300
    // dagdelen, on-call 60. Member revenue 1,000,000 + 2,000,000 + 1,000,000 + 900,000 = 4,900,000: pot 980,000.
    // (b): plastic surgery 510 units (765,000), surgery 1350: member revenue 4,765,000, pot 953,000.
    const auto hospitalWithPlasticSurgery = [](const char* model) {
        auto in = hospital(model);
        in.vakgroepen[2].salaried = 6;
        in.vakgroepen[2].selfEmployed = 0;
        in.vakgroepen[2].salaryCost = 200000;
        Vakgroep plastic;
        plastic.name = "plastische chirurgie";
        plastic.selfEmployed = 3;
        plastic.production = plastic.ceiling = 600;
        plastic.tariff = 1500;
        plastic.marginalCost = 800;
        plastic.dagdelen = 300;
        plastic.disutility = 60;
        in.vakgroepen.push_back(plastic);
        return in;
    };
    SECTION("production: the plastic surgeons lose by their share and by the pot; the salaried surgeons not at all")
    {
        const auto in = hospitalWithPlasticSurgery("production");
        const auto o = compare(in, in.model, builtin("split_staffing"));
        const auto& plastic = actor(o, "plastische chirurgie");
        CHECK(plastic.a == Approx(60000));  // 0.2 x 900,000 / 3
        CHECK(plastic.b == Approx(51000));  // 0.2 x 765,000 / 3
        CHECK(plastic.stance == Stance::Conflict);
        // Pot part: -27,000 x the mean share (180,000/980,000 + 153,000/953,000)/2, over 3 = -1,548.99.
        const double meanShare = (180000.0 / 980000.0 + 153000.0 / 953000.0) / 2;
        CHECK(plastic.potEffect == Approx(-27000.0 * meanShare / 3));
        CHECK(plastic.shareEffect == Approx(-9000.0 + 27000.0 * meanShare / 3));
        CHECK(plastic.cause == Cause::Several);
        CHECK(actor(o, "salaried").stance == Stance::Neutral);
        CHECK(o.b.heads[2] == 0.0); // surgery is no actor of the MSB
    }
    SECTION("dagdelen and on-call burden: the share holds; only the smaller pot costs them")
    {
        const auto in = hospitalWithPlasticSurgery("dagdelen_disutility");
        const auto o = compare(in, in.model, builtin("split_staffing"));
        const auto& plastic = actor(o, "plastische chirurgie");
        // Share 0.7 x 300/1700 + 0.3 x 60/460 of the pot, which falls by 27,000.
        const double share = 0.7 * 300.0 / 1700.0 + 0.3 * 60.0 / 460.0;
        CHECK(plastic.difference == Approx(-27000.0 * share / 3));
        CHECK(plastic.shareEffect == Approx(0.0).margin(1e-6));
        CHECK(plastic.cause == Cause::Pot);
    }
    SECTION("salaried: nobody loses")
    {
        const auto in = hospitalWithPlasticSurgery("salaried");
        const auto o = compare(in, in.model, builtin("split_staffing"));
        CHECK(actor(o, "plastische chirurgie").stance == Stance::Neutral);
    }
}

TEST_CASE("a headcount change that leaves fewer than none is refused, naming the field", "[core][incentives]")
{
    const auto in = hospital("production");
    Scenario s = builtin("goodwill_pooling");
    s.b.changes["orthopedie"].selfEmployed = -5;
    const auto problems = checkScenario(in, s);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().render(Language::En) ==
          "scenario goodwill_pooling, course b, changes.orthopedie.self_employed: 5 specialists cannot leave; the vakgroep has 4 "
          "self-employed specialists");
}

TEST_CASE("focus clinic (000, 001): hip and knee replacements in a third less theatre time, by hand", "[core][incentives][modules]")
{
    SECTION("a production model neither rewards nor punishes it: the orthopaedists' production is the same")
    {
        const auto o = run("production", "focus_clinic");
        CHECK(actor(o, "orthopedie").a == Approx(50000));
        CHECK(actor(o, "orthopedie").b == Approx(50000));
        CHECK(actor(o, "hospital").b == Approx(2150000)); // the model has no cost of theatre time
    }
    SECTION("dagdelen + on-call burden: fewer half-days, a smaller part of the pot")
    {
        const auto o = run("dagdelen_disutility", "focus_clinic");
        // Baseline: 0.7 x 1.4M x 400/2000 + 0.3 x 1.4M x 100/700 = 196,000 + 60,000 = 256,000 / 4 = 64,000.
        CHECK(actor(o, "orthopedie").a == Approx(64000));
        // A third of the 30% of half-days they take: 360 half-days of 1,960: 980,000 x 360 / 1,960 = 180,000 + 60,000 = 240,000 / 4.
        CHECK(actor(o, "orthopedie").b == Approx(60000));
        CHECK(actor(o, "orthopedie").stance == Stance::Conflict);
        CHECK(actor(o, "msb").stance == Stance::Neutral); // the pot is the same
    }
}

TEST_CASE("focus clinic with the freed time filled: supply that makes its own demand, by hand", "[core][incentives][modules]")
{
    // Half as many replacements again, 30% of the production: orthopaedics 1,150 units against a ceiling of
    // 1,000, nothing paid above it: revenue and pot unchanged.
    const auto o = run("production", "focus_clinic_filled");
    // Production value 1.15M of 7.15M: 1.4M x 1.15 / 7.15 = 225,175 / 4 = 56,293.71 (was 50,000).
    CHECK(actor(o, "orthopedie").b == Approx(56293.71).margin(0.01));
    CHECK(actor(o, "orthopedie").stance == Stance::Conflict); // the course that serves appropriate care is (a)
    // Hospital: 7.5M - (3.55M + 150 x 500) - 1.4M - 0.4M = 2,075,000 against 2,150,000.
    CHECK(actor(o, "hospital").b == Approx(2075000));
    CHECK(actor(o, "hospital").stance == Stance::Aligned);
    CHECK(actor(o, "msb").stance == Stance::Neutral);
    // Under dagdelen + on-call burden the extra procedures earn the orthopaedists nothing.
    CHECK(actor(run("dagdelen_disutility", "focus_clinic_filled"), "orthopedie").stance == Stance::Neutral);
}

TEST_CASE("the hospital's orthopaedists in a ZBC nearby (002 §3.3.2), by hand", "[core][incentives][modules]")
{
    SECTION("production: what they lose here they earn there; the MSB and the hospital lose")
    {
        const auto o = run("production", "zbc_outflow");
        // 800 units: member revenue 6.8M, pot 1.36M, 0.8M / 6.8M -> 160,000 / 4 = 40,000, plus 20% of 50,000 earned in the ZBC.
        CHECK(actor(o, "orthopedie").b == Approx(50000));
        CHECK(actor(o, "orthopedie").stance == Stance::Neutral);
        // Hospital: 7.3M - 3.45M - 1.36M - 0.4M = 2,090,000 against 2,150,000.
        CHECK(actor(o, "hospital").b == Approx(2090000));
        CHECK(actor(o, "hospital").stance == Stance::Conflict);
        CHECK(actor(o, "msb").stance == Stance::Conflict);
    }
    SECTION("dagdelen + on-call burden: the orthopaedists gain")
    {
        const auto o = run("dagdelen_disutility", "zbc_outflow");
        // 0.7 x 1.36M x 320/1,920 + 0.3 x 1.36M x 100/700 = 158,667 + 58,286 = 216,952 / 4 = 54,238, plus 20% of 64,000.
        CHECK(actor(o, "orthopedie").b == Approx(67038.10).margin(0.01));
        CHECK(actor(o, "orthopedie").stance == Stance::Aligned);
    }
}

TEST_CASE("a module's scenarios are offered only to rounds that use the module", "[core][incentives][modules]")
{
    const auto in = hospital("production");
    const auto has = [](const std::vector<Scenario>& list, const std::string& id) {
        return std::any_of(list.begin(), list.end(), [&](const Scenario& s) { return s.id == id; });
    };
    for (const char* id : {"focus_clinic", "focus_clinic_filled", "zbc_outflow"}) {
        INFO(id);
        CHECK(builtin(id).module == "focus_clinic");
        CHECK_FALSE(has(scenariosFor(in), id));
        CHECK_FALSE(has(scenariosFor(in, {"msb_governance"}), id));
        CHECK(has(scenariosFor(in, {"msb_governance", "focus_clinic"}), id));
    }
    CHECK(has(scenariosFor(in), "lchv_concentration"));
}
