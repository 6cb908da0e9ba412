#include "core/incentives/incentive_analysis.hpp"

#include "incentives/finite_results.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <set>

namespace core {

std::string_view code(Stance s)
{
    switch (s) {
    case Stance::Aligned: return "aligned";
    case Stance::Neutral: return "neutral";
    case Stance::Conflict: return "conflict";
    }
    return "neutral";
}

std::string_view code(Cause c)
{
    switch (c) {
    case Cause::None: return "none";
    case Cause::Pot: return "pot";
    case Cause::Share: return "share";
    case Cause::Own: return "own";
    case Cause::Several: return "several";
    }
    return "none";
}

std::size_t ScenarioOutcome::conflicts() const
{
    return static_cast<std::size_t>(std::count_if(actors.begin(), actors.end(), [](const ActorOutcome& o) {
        return o.counted && o.stance == Stance::Conflict;
    }));
}

std::vector<Message> checkScenario(const IncentiveInputs& inputs, const Scenario& scenario)
{
    std::vector<Message> out;
    std::string names;
    for (const auto& v : inputs.vakgroepen)
        names += (names.empty() ? "" : ", ") + v.name;
    const auto check = [&](const std::string& name, const char* course, const char* field) {
        if (!inputs.find(name))
            out.push_back(Message{tx("scenario {0}, course {1}, {2}: there is no vakgroep \"{3}\"; expected one of {4}"),
                                  {scenario.id, course, field, name, names}});
    };
    for (const auto& [course, c] : {std::pair{"a", &scenario.a}, std::pair{"b", &scenario.b}}) {
        for (const auto& [name, change] : c->changes) {
            check(name, course, "changes");
            const auto* v = inputs.find(name);
            if (v && v->selfEmployed + change.selfEmployed < 0)
                out.push_back(Message{tx("scenario {0}, course {1}, changes.{2}.self_employed: {3} specialists cannot leave; the "
                                         "vakgroep has {4} self-employed specialists"),
                                      {scenario.id, course, name, formatNumber(-change.selfEmployed, 0, Language::En),
                                       formatNumber(v->selfEmployed, 0, Language::En)}});
            if (v && v->salaried + change.salaried < 0)
                out.push_back(Message{tx("scenario {0}, course {1}, changes.{2}.salaried: {3} specialists cannot leave; the "
                                         "vakgroep has {4} salaried specialists"),
                                      {scenario.id, course, name, formatNumber(-change.salaried, 0, Language::En),
                                       formatNumber(v->salaried, 0, Language::En)}});
        }
        for (const auto& [name, growth] : c->environment.benchmarkGrowth)
            check(name, course, "benchmark_growth");
        for (const auto& [name, ceiling] : c->environment.ceilingChange)
            check(name, course, "ceiling_change");
        for (const auto& [name, path] : c->environment.agreedPath)
            check(name, course, "agreed_path");
    }
    return out;
}

char ActorOutcome::prefers() const
{
    if (stance == Stance::Neutral)
        return 0;
    const bool lowerIsBetter = kind == ActorKind::Insurer;
    return (difference > 0) != lowerIsBetter ? 'b' : 'a';
}

namespace {

Stance stanceOf(double difference, double base, bool servedByB)
{
    const double tolerance = kIncentiveTolerance * std::abs(base);
    // A zero base (no income, no revenue) still has a direction when the difference is real.
    if (std::abs(difference) <= (base != 0.0 ? tolerance : 1e-9))
        return Stance::Neutral;
    const double gainFromServing = servedByB ? difference : -difference;
    return gainFromServing > 0 ? Stance::Aligned : Stance::Conflict;
}

/// The part of a difference that comes from the pot and the part from the share; the rest is the
/// actor's own.
struct Parts {
    double pot = 0;
    double share = 0;
};

ActorOutcome outcome(ActorKind kind, std::string actor, std::string measure, double now, double a, double b, double base,
                     bool servedByB, bool counted, Parts parts = {})
{
    ActorOutcome o{kind, std::move(actor), std::move(measure), now, a, b, b - a,
                   base != 0.0 ? (b - a) / std::abs(base) : 0.0, Stance::Neutral, counted};
    o.stance = stanceOf(b - a, base, servedByB);
    o.potEffect = parts.pot;
    o.shareEffect = parts.share;
    o.ownEffect = o.difference - parts.pot - parts.share;
    o.potStance = stanceOf(o.potEffect, base, servedByB);
    o.shareStance = stanceOf(o.shareEffect, base, servedByB);
    o.contractStance = stanceOf(o.potEffect + o.ownEffect, base, servedByB);
    if (o.stance == Stance::Conflict) {
        const bool pot = o.potStance == Stance::Conflict;
        const bool share = o.shareStance == Stance::Conflict;
        const bool own = stanceOf(o.ownEffect, base, servedByB) == Stance::Conflict;
        // Several: the distribution model and a contract both, or no part alone but all together.
        o.cause = share ? (pot || own ? Cause::Several : Cause::Share) : pot ? Cause::Pot : own ? Cause::Own : Cause::Several;
    }
    return o;
}

/// A vakgroep's payment per head, pot x share / heads, split by a Shapley split over its three
/// factors: the contract's pot, the vakgroep's share of it, and the heads that share its payment
/// (exact, and none goes first). The share is the payment over the contract's pot, so what a
/// corridor pays beyond that pot counts as the share's. The heads' part, with goodwill and income
/// earned elsewhere, is the vakgroep's own.
Parts vakgroepParts(const MoneyState& a, const MoneyState& b, std::size_t i)
{
    const std::array<double, 3> from{a.contractPot, a.contractPot > 0 ? a.payment[i] / a.contractPot : 0.0,
                                     a.heads[i] > 0 ? 1.0 / a.heads[i] : 0.0};
    const std::array<double, 3> to{b.contractPot, b.contractPot > 0 ? b.payment[i] / b.contractPot : 0.0,
                                   b.heads[i] > 0 ? 1.0 / b.heads[i] : 0.0};
    // f(S): the product with the factors in S at their (b) value and the others at (a).
    const auto f = [&](unsigned set) {
        double product = 1.0;
        for (unsigned k = 0; k < 3; ++k)
            product *= (set >> k & 1u) ? to[k] : from[k];
        return product;
    };
    // Shapley weights for three players: 1/3 with no other factor moved, 1/6 with one, 1/3 with both.
    const auto shapley = [&](unsigned k) {
        double value = 0.0;
        for (unsigned set = 0; set < 8; ++set) {
            if (set >> k & 1u)
                continue;
            const int others = std::popcount(set);
            value += (others == 1 ? 1.0 / 6.0 : 1.0 / 3.0) * (f(set | 1u << k) - f(set));
        }
        return value;
    };
    return {shapley(0), shapley(1)};
}

/// Every vakgroep a course changes, directly or through its environment.
std::set<std::string> changedVakgroepen(const Scenario& s)
{
    std::set<std::string> out;
    for (const auto* course : {&s.a, &s.b}) {
        for (const auto& [name, change] : course->changes)
            out.insert(name);
        for (const auto* m : {&course->environment.benchmarkGrowth, &course->environment.ceilingChange,
                              &course->environment.agreedPath})
            for (const auto& [name, value] : *m)
                out.insert(name);
    }
    return out;
}

/// Now: no changes, and every vakgroep exactly at its norm (as last year's distribution).
Course now(const IncentiveInputs& inputs)
{
    Course c;
    for (const auto& v : inputs.vakgroepen)
        c.environment.benchmarkGrowth[v.name] = 0.0;
    return c;
}

} // namespace

ScenarioOutcome compare(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario)
{
    if (const auto problems = checkScenario(inputs, scenario); !problems.empty())
        throw Error(problems.front());
    ScenarioOutcome out{scenario.id, model.name, false, evaluate(inputs, model, scenario.a),
                        evaluate(inputs, model, scenario.b), {}};
    const MoneyState current = evaluate(inputs, model, now(inputs));
    const bool b = scenario.servedByB;
    const auto changed = changedVakgroepen(scenario);
    double affectedRevenue = 0;
    for (const auto& v : inputs.vakgroepen)
        if (changed.contains(v.name))
            affectedRevenue += v.tariff * v.production;
    if (affectedRevenue <= 0)
        affectedRevenue = out.a.revenue;
    for (std::size_t i = 0; i < inputs.vakgroepen.size(); ++i) {
        const auto& v = inputs.vakgroepen[i];
        if (v.selfEmployed <= 0)
            continue;
        out.actors.push_back(outcome(ActorKind::Vakgroep, v.name, "income_per_head", current.incomePerHead[i],
                                     out.a.incomePerHead[i], out.b.incomePerHead[i], out.a.incomePerHead[i], b,
                                     changed.contains(v.name), vakgroepParts(out.a, out.b, i)));
    }
    double salaried = 0;
    double salaryCost = 0;
    for (const auto& v : inputs.vakgroepen) {
        salaried += v.salaried;
        salaryCost += v.salaried * v.salaryCost;
    }
    if (salaried > 0) { // fixed pay: never moves with production
        const double pay = salaryCost / salaried;
        out.actors.push_back(outcome(ActorKind::Salaried, "salaried", "salary_per_head", pay, pay, pay, pay, b, false));
    }
    const double contractPot = out.b.contractPot - out.a.contractPot;
    const double corridorPart = (out.b.pot - out.a.pot) - contractPot;
    out.actors.push_back(
        outcome(ActorKind::Msb, "msb", "pot", current.pot, out.a.pot, out.b.pot, out.a.pot, b, true, {contractPot, corridorPart}));
    out.actors.push_back(outcome(ActorKind::Hospital, "hospital", "margin", current.hospitalMargin, out.a.hospitalMargin,
                                 out.b.hospitalMargin, affectedRevenue, b, true, {-contractPot, -corridorPart}));
    // For the insurer a lower cost is the better outcome. When care only moves between hospitals
    // its regional cost is not modelled, so it gets no stance.
    if (!scenario.betweenHospitals)
        out.actors.push_back(outcome(ActorKind::Insurer, "insurer", "cost", current.insurerCost, out.a.insurerCost,
                                     out.b.insurerCost, affectedRevenue, !b, false));
    FiniteResults finite;
    for (const auto& a : out.actors)
        finite.check(a.actor + "." + a.measure,
                     std::isfinite(a.now) && std::isfinite(a.a) && std::isfinite(a.b) && std::isfinite(a.difference) &&
                         std::isfinite(a.relative) && std::isfinite(a.potEffect) && std::isfinite(a.shareEffect));
    finite.require(scenario.id + " (" + model.name + ")");
    return out;
}

std::vector<ScenarioOutcome> compareModels(const IncentiveInputs& inputs, const Scenario& scenario)
{
    std::vector<ScenarioOutcome> out{compare(inputs, inputs.model, scenario)};
    out.front().currentModel = true;
    for (const auto& c : presetCodes())
        out.push_back(compare(inputs, *preset(c), scenario));
    return out;
}

std::string SweepParameter::code() const
{
    switch (kind) {
    case Kind::Weight: return "weight:" + std::string(core::code(component));
    case Kind::BenchmarkGrowth: return vakgroep.empty() ? "benchmark_growth" : "benchmark_growth:" + vakgroep;
    case Kind::CeilingPayment: return "ceiling_payment";
    case Kind::SharedSavings: return "shared_savings";
    }
    return {};
}

std::optional<SweepParameter> parseSweepParameter(std::string_view text)
{
    SweepParameter p;
    const auto colon = text.find(':');
    const auto head = text.substr(0, colon);
    const auto tail = colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
    if (head == "weight") {
        const auto c = componentFromCode(tail);
        if (!c)
            return std::nullopt;
        p.kind = SweepParameter::Kind::Weight;
        p.component = *c;
    } else if (head == "benchmark_growth") {
        p.kind = SweepParameter::Kind::BenchmarkGrowth;
        p.vakgroep = std::string(tail);
    } else if (head == "ceiling_payment" && tail.empty()) {
        p.kind = SweepParameter::Kind::CeilingPayment;
    } else if (head == "shared_savings" && tail.empty()) {
        p.kind = SweepParameter::Kind::SharedSavings;
    } else {
        return std::nullopt;
    }
    return p;
}

namespace {

/// Inputs, model and scenario with the swept parameter set to x.
struct Variant {
    IncentiveInputs inputs;
    DistributionModel model;
    Scenario scenario;
};

Variant apply(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario,
              const SweepParameter& p, double x)
{
    Variant v{inputs, model, scenario};
    const auto contracts = [&](auto&& set) {
        set(v.inputs.contract);
        for (auto* course : {&v.scenario.a, &v.scenario.b})
            if (course->environment.contract)
                set(*course->environment.contract);
    };
    switch (p.kind) {
    case SweepParameter::Kind::Weight: v.model = withWeight(v.model, p.component, x); break;
    case SweepParameter::Kind::BenchmarkGrowth:
        for (auto& g : v.inputs.vakgroepen)
            if (p.vakgroep.empty() || g.name == p.vakgroep)
                g.benchmarkGrowth = x;
        for (auto* course : {&v.scenario.a, &v.scenario.b})
            for (auto& [name, growth] : course->environment.benchmarkGrowth)
                if (p.vakgroep.empty() || name == p.vakgroep)
                    growth = x;
        break;
    case SweepParameter::Kind::CeilingPayment: contracts([x](Contract& c) { c.aboveCeilingPayment = x; }); break;
    case SweepParameter::Kind::SharedSavings: contracts([x](Contract& c) { c.sharedSavings = x; }); break;
    }
    return v;
}

ScenarioOutcome at(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario,
                   const SweepParameter& p, double x)
{
    const auto v = apply(inputs, model, scenario, p, x);
    return compare(v.inputs, v.model, v.scenario);
}

} // namespace

SweepResult sweep(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario,
                  const SweepParameter& parameter, double from, double to, std::size_t steps)
{
    SweepResult result{parameter, {}, {}, {}};
    steps = std::max<std::size_t>(steps, 2);
    std::vector<ActorOutcome> previous;
    double previousX = from;
    for (std::size_t i = 0; i < steps; ++i) {
        const double x = from + (to - from) * static_cast<double>(i) / static_cast<double>(steps - 1);
        const auto outcome = at(inputs, model, scenario, parameter, x);
        result.values.push_back(x);
        result.conflicts.push_back(outcome.conflicts());
        for (std::size_t k = 0; k < previous.size() && k < outcome.actors.size(); ++k) {
            if (!outcome.actors[k].counted || previous[k].stance == outcome.actors[k].stance)
                continue;
            // Bisection between the two grid points for where the stance changes.
            double lo = previousX;
            double hi = x;
            for (int iteration = 0; iteration < 40; ++iteration) {
                const double mid = (lo + hi) / 2.0;
                (at(inputs, model, scenario, parameter, mid).actors[k].stance == previous[k].stance ? lo : hi) = mid;
            }
            result.breakEvens.push_back({outcome.actors[k].kind, outcome.actors[k].actor, (lo + hi) / 2.0, previous[k].stance,
                                         outcome.actors[k].stance});
        }
        previous = outcome.actors;
        previousX = x;
    }
    return result;
}

IncentiveAlignment incentiveAlignment(const IncentiveInputs& inputs, const std::vector<Scenario>& scenarios)
{
    IncentiveAlignment out;
    for (const auto& s : scenarios) {
        if (!checkScenario(inputs, s).empty())
            continue;
        const auto outcome = compare(inputs, inputs.model, s);
        ++out.scenarios;
        for (const auto& a : outcome.actors)
            if (a.counted) {
                ++out.assessed;
                out.conflicts += a.shareStance == Stance::Conflict ? 1 : 0;
                out.contractConflicts += a.contractStance == Stance::Conflict ? 1 : 0;
            }
    }
    if (out.assessed > 0) {
        const auto score = [&](std::size_t conflicts) {
            return 100.0 * (1.0 - static_cast<double>(conflicts) / static_cast<double>(out.assessed));
        };
        out.value = score(out.conflicts);
        out.contract = score(out.contractConflicts);
    }
    return out;
}

std::vector<Scenario> scenariosFor(const IncentiveInputs& inputs, const std::vector<std::string>& modules)
{
    auto out = applicableScenarios(inputs, modules);
    out.insert(out.end(), inputs.scenarios.begin(), inputs.scenarios.end());
    return out;
}

std::vector<Scenario> applicableScenarios(const IncentiveInputs& inputs, const std::vector<std::string>& modules)
{
    std::vector<Scenario> out;
    for (const auto& s : builtinScenarios())
        if (checkScenario(inputs, s).empty() &&
            (s.module.empty() || std::find(modules.begin(), modules.end(), s.module) != modules.end()))
            out.push_back(s);
    return out;
}

} // namespace core
