#include "core/incentive_analysis.hpp"

#include <algorithm>
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

std::size_t ScenarioOutcome::conflicts() const
{
    return static_cast<std::size_t>(std::count_if(actors.begin(), actors.end(), [](const ActorOutcome& o) {
        return o.counted && o.stance == Stance::Conflict;
    }));
}

std::vector<Message> checkScenario(const IncentiveInputs& inputs, const Scenario& scenario)
{
    std::vector<Message> out;
    const auto check = [&](const std::string& name, const char* course, const char* field) {
        if (!inputs.find(name))
            out.push_back(Message{tx("scenario {0}, course {1}, {2}: there is no vakgroep \"{3}\""),
                                  {scenario.id, course, field, name}});
    };
    for (const auto& [course, c] : {std::pair{"a", &scenario.a}, std::pair{"b", &scenario.b}}) {
        for (const auto& [name, change] : c->changes)
            check(name, course, "changes");
        for (const auto& [name, growth] : c->environment.benchmarkGrowth)
            check(name, course, "benchmark_growth");
        for (const auto& [name, ceiling] : c->environment.ceilingChange)
            check(name, course, "ceiling_change");
    }
    return out;
}

namespace {

Stance stanceOf(double difference, double base, bool servedByB)
{
    if (base == 0.0 || std::abs(difference) <= kIncentiveTolerance * std::abs(base))
        return Stance::Neutral;
    const double gainFromServing = servedByB ? difference : -difference;
    return gainFromServing > 0 ? Stance::Aligned : Stance::Conflict;
}

ActorOutcome outcome(ActorKind kind, std::string actor, std::string measure, double a, double b, double base,
                     bool servedByB, bool counted)
{
    ActorOutcome o{kind, std::move(actor), std::move(measure), a, b, b - a, base != 0.0 ? (b - a) / std::abs(base) : 0.0,
                   Stance::Neutral, counted};
    o.stance = stanceOf(b - a, base, servedByB);
    return o;
}

} // namespace

ScenarioOutcome compare(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario)
{
    if (const auto problems = checkScenario(inputs, scenario); !problems.empty())
        throw Error(problems.front());
    ScenarioOutcome out{scenario.id, model.name, evaluate(inputs, model, scenario.a), evaluate(inputs, model, scenario.b), {}};
    const bool b = scenario.servedByB;
    std::set<std::string> changed;
    for (const auto* course : {&scenario.a, &scenario.b})
        for (const auto& [name, change] : course->changes)
            changed.insert(name);
    for (std::size_t i = 0; i < inputs.vakgroepen.size(); ++i) {
        const auto& v = inputs.vakgroepen[i];
        if (v.selfEmployed <= 0)
            continue;
        out.actors.push_back(outcome(ActorKind::Vakgroep, v.name, "income_per_head", out.a.incomePerHead[i],
                                     out.b.incomePerHead[i], out.a.incomePerHead[i], b, changed.contains(v.name)));
    }
    double salaried = 0;
    double salaryCost = 0;
    for (const auto& v : inputs.vakgroepen) {
        salaried += v.salaried;
        salaryCost += v.salaried * v.salaryCost;
    }
    if (salaried > 0) // fixed pay: never moves with production
        out.actors.push_back(outcome(ActorKind::Salaried, "salaried", "salary_per_head", salaryCost / salaried,
                                     salaryCost / salaried, salaryCost / salaried, b, false));
    out.actors.push_back(outcome(ActorKind::Msb, "msb", "pot", out.a.pot, out.b.pot, out.a.pot, b, true));
    out.actors.push_back(outcome(ActorKind::Hospital, "hospital", "margin", out.a.hospitalMargin, out.b.hospitalMargin,
                                 out.a.hospitalMargin, b, true));
    // For the insurer a lower cost is the better outcome.
    auto insurer = outcome(ActorKind::Insurer, "insurer", "cost", out.a.insurerCost, out.b.insurerCost, out.a.insurerCost,
                           !b, false);
    out.actors.push_back(insurer);
    return out;
}

std::vector<ScenarioOutcome> compareModels(const IncentiveInputs& inputs, const Scenario& scenario)
{
    std::vector<ScenarioOutcome> out{compare(inputs, inputs.model, scenario)};
    out.front().model = "current (" + inputs.model.name + ")";
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
    case SweepParameter::Kind::Weight: {
        const auto index = static_cast<std::size_t>(p.component);
        double others = 0;
        for (std::size_t i = 0; i < v.model.weights.size(); ++i)
            if (i != index)
                others += v.model.weights[i];
        for (std::size_t i = 0; i < v.model.weights.size(); ++i) {
            if (i == index)
                v.model.weights[i] = x;
            else
                v.model.weights[i] = others > 0 ? v.model.weights[i] * (1.0 - x) / others
                                                : (1.0 - x) / static_cast<double>(v.model.weights.size() - 1);
        }
        v.model.name = "custom";
        break;
    }
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
            if (previous[k].stance == outcome.actors[k].stance)
                continue;
            // Bisection between the two grid points for where the stance changes.
            double lo = previousX;
            double hi = x;
            for (int iteration = 0; iteration < 40; ++iteration) {
                const double mid = (lo + hi) / 2.0;
                (at(inputs, model, scenario, parameter, mid).actors[k].stance == previous[k].stance ? lo : hi) = mid;
            }
            result.breakEvens.push_back({outcome.actors[k].actor, (lo + hi) / 2.0, previous[k].stance, outcome.actors[k].stance});
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
                out.conflicts += a.stance == Stance::Conflict ? 1 : 0;
            }
    }
    if (out.assessed > 0)
        out.value = 100.0 * (1.0 - static_cast<double>(out.conflicts) / static_cast<double>(out.assessed));
    return out;
}

std::vector<Scenario> applicableScenarios(const IncentiveInputs& inputs)
{
    std::vector<Scenario> out;
    for (const auto& s : builtinScenarios())
        if (checkScenario(inputs, s).empty())
            out.push_back(s);
    return out;
}

} // namespace core
