#include "core/incentives/incentives.hpp"

#include "incentives/finite_results.hpp"

#include <algorithm>
#include <cmath>

namespace core {

namespace {
constexpr std::array<std::string_view, kComponents.size()> kComponentCodes{
    "equal", "dagdelen", "disutility", "production", "benchmark", "quality"};
}

std::string_view code(Component c) { return kComponentCodes[static_cast<std::size_t>(c)]; }

std::optional<Component> componentFromCode(std::string_view c)
{
    for (std::size_t i = 0; i < kComponents.size(); ++i)
        if (kComponentCodes[i] == c)
            return kComponents[i];
    return std::nullopt;
}

std::vector<std::string> presetCodes() { return {"production", "benchmark", "dagdelen_disutility", "corridor", "salaried"}; }

bool sameDivision(const DistributionModel& x, const DistributionModel& y)
{
    for (std::size_t i = 0; i < x.weights.size(); ++i)
        if (std::abs(x.weights[i] - y.weights[i]) > 1e-9)
            return false;
    const bool sameCorridor = x.corridor.has_value() == y.corridor.has_value() &&
                              (!x.corridor || (x.corridor->floor == y.corridor->floor && x.corridor->cap == y.corridor->cap));
    return sameCorridor && x.fixedIncome == y.fixedIncome;
}

std::optional<DistributionModel> preset(std::string_view c)
{
    DistributionModel m;
    m.name = std::string(c);
    const auto set = [&](Component component, double w) { m.weights[static_cast<std::size_t>(component)] = w; };
    if (c == "production") {
        set(Component::Production, 1.0);
    } else if (c == "benchmark") {
        set(Component::Benchmark, 1.0);
    } else if (c == "dagdelen_disutility") {
        set(Component::Dagdelen, 0.7);
        set(Component::Disutility, 0.3);
    } else if (c == "corridor") {
        set(Component::Production, 1.0);
        m.corridor = Corridor{0.9, 1.15};
    } else if (c == "salaried") {
        set(Component::Equal, 1.0);
        m.fixedIncome = true;
    } else {
        return std::nullopt;
    }
    return m;
}

DistributionModel withWeight(DistributionModel model, Component component, double x)
{
    const auto index = static_cast<std::size_t>(component);
    double others = 0;
    for (std::size_t i = 0; i < model.weights.size(); ++i)
        if (i != index)
            others += model.weights[i];
    const auto rest = static_cast<std::size_t>(component == Component::Equal ? Component::Dagdelen : Component::Equal);
    for (std::size_t i = 0; i < model.weights.size(); ++i) {
        if (i == index)
            model.weights[i] = x;
        else if (others > 0)
            model.weights[i] *= (1.0 - x) / others;
        else
            model.weights[i] = i == rest ? 1.0 - x : 0.0;
    }
    model.name = "custom";
    return model;
}

const Vakgroep* IncentiveInputs::find(std::string_view name) const
{
    for (const auto& v : vakgroepen)
        if (v.name == name)
            return &v;
    return nullptr;
}

namespace {

/// Per vakgroep, the quantities of one course.
struct Situation {
    std::vector<double> selfEmployed; ///< heads under this course
    std::vector<double> salaried;
    std::vector<double> production;
    std::vector<double> dagdelen;
    std::vector<double> movedOut;
    std::vector<double> incomeElsewhere;
    std::vector<double> ceiling;
    std::vector<double> norm; ///< the benchmark's expected production
    Contract contract;
    std::optional<double> agreedRevenueChange;
};

double valueOr(const std::map<std::string, double>& m, const std::string& key, double fallback)
{
    const auto it = m.find(key);
    return it == m.end() ? fallback : it->second;
}

Situation situation(const IncentiveInputs& in, const Course& course)
{
    Situation s;
    const auto& env = course.environment;
    s.contract = env.contract.value_or(in.contract);
    s.agreedRevenueChange = env.agreedRevenueChange;
    for (const auto& v : in.vakgroepen) {
        const auto it = course.changes.find(v.name);
        const VakgroepChange c = it == course.changes.end() ? VakgroepChange{} : it->second;
        s.selfEmployed.push_back(std::max(0.0, v.selfEmployed + c.selfEmployed));
        s.salaried.push_back(std::max(0.0, v.salaried + c.salaried));
        const double before = v.selfEmployed + v.salaried;
        const double staffing = before > 0 ? (s.selfEmployed.back() + s.salaried.back()) / before : 1.0;
        s.production.push_back(v.production * (1.0 + c.production) / (1.0 + c.consultationTime));
        s.dagdelen.push_back(v.dagdelen * (1.0 + c.dagdelen) * staffing);
        s.movedOut.push_back(v.production * c.movedOut);
        s.incomeElsewhere.push_back(c.incomeElsewhere);
        s.ceiling.push_back(v.ceiling * (1.0 + valueOr(env.ceilingChange, v.name, 0.0)));
        const double growth = valueOr(env.benchmarkGrowth, v.name, v.benchmarkGrowth);
        s.norm.push_back(v.production * (1.0 + growth) * (1.0 + valueOr(env.agreedPath, v.name, 0.0)));
    }
    return s;
}

/// The part of a vakgroep's work done by self-employed specialists under a course.
double memberFraction(const Situation& s, std::size_t i)
{
    const double all = s.selfEmployed[i] + s.salaried[i];
    return all > 0 ? s.selfEmployed[i] / all : 0.0;
}

struct Revenue {
    double total = 0;
    double members = 0; ///< earned by self-employed specialists
    bool fixed = false;
};

Revenue revenueOf(const IncentiveInputs& in, const Situation& s)
{
    Revenue r;
    for (std::size_t i = 0; i < in.vakgroepen.size(); ++i) {
        const double p = s.production[i];
        const double paid = std::min(p, s.ceiling[i]) + s.contract.aboveCeilingPayment * std::max(0.0, p - s.ceiling[i]);
        const double value = in.vakgroepen[i].tariff * paid;
        r.total += value;
        r.members += value * memberFraction(s, i);
    }
    if (s.contract.multiYearRevenue && r.total > 0) {
        r.members *= *s.contract.multiYearRevenue / r.total;
        r.total = *s.contract.multiYearRevenue;
        r.fixed = true;
    }
    return r;
}

/// Each vakgroep's part of the pot (sums to 1 over the vakgroepen with self-employed members).
std::vector<double> shares(const IncentiveInputs& in, const DistributionModel& m, const Situation& s)
{
    const std::size_t n = in.vakgroepen.size();
    std::vector<double> out(n, 0.0);
    for (const auto component : kComponents) {
        const double w = m.weight(component);
        if (w == 0.0)
            continue;
        std::vector<double> basis(n, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            const auto& v = in.vakgroepen[i];
            const double heads = s.selfEmployed[i];
            if (heads <= 0)
                continue; // the MSB pays its own members only
            const double f = memberFraction(s, i);
            switch (component) {
            case Component::Equal: basis[i] = heads; break;
            case Component::Dagdelen: basis[i] = f * s.dagdelen[i]; break;
            case Component::Disutility: basis[i] = f * v.disutility; break;
            case Component::Production: basis[i] = f * s.production[i] * v.tariff; break;
            case Component::Benchmark:
                // Production against the norm (what comparable hospitals did), valued at the baseline.
                basis[i] = s.norm[i] > 0 ? f * v.production * v.tariff * s.production[i] / s.norm[i] : 0.0;
                break;
            case Component::Quality: basis[i] = v.quality * heads; break;
            }
        }
        double total = 0.0;
        for (const double b : basis)
            total += b;
        if (total <= 0.0) { // nothing to divide on: fall back to equal per specialist
            for (std::size_t i = 0; i < n; ++i)
                basis[i] = s.selfEmployed[i];
            total = 0.0;
            for (const double b : basis)
                total += b;
        }
        for (std::size_t i = 0; i < n && total > 0; ++i)
            out[i] += w * basis[i] / total;
    }
    return out;
}

double potFor(const Pot& pot, double memberRevenue, const Situation& s)
{
    if (pot.perSpecialist) {
        double heads = 0;
        for (const double h : s.selfEmployed)
            heads += h;
        return pot.perSpecialist->fee * std::min(heads, pot.perSpecialist->specialists);
    }
    return pot.revenueShare ? pot.share * memberRevenue : pot.amount;
}

/// Per vakgroep, the goodwill its members pay this year per head (002 §3.3.6). Per vakgroep: a
/// leaver whom no newcomer of the same vakgroep buys out is paid by the members who stay (a
/// newcomer's own buy-in stays within the vakgroep). Pooled: the MSB pays every leaver and every
/// newcomer buys in, so only the leavers nobody replaces anywhere cost the members, all of them alike.
std::vector<double> goodwillPerHead(const IncentiveInputs& in, const Situation& s)
{
    std::vector<double> out(in.vakgroepen.size(), 0.0);
    const auto& g = in.goodwill;
    if (g.value <= 0)
        return out;
    const double years = std::max(1.0, g.years);
    double leavers = 0;
    double joiners = 0;
    double heads = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double change = s.selfEmployed[i] - in.vakgroepen[i].selfEmployed;
        leavers += std::max(0.0, -change);
        joiners += std::max(0.0, change);
        heads += s.selfEmployed[i];
        if (!g.pooled && change < 0 && s.selfEmployed[i] > 0)
            out[i] = -change * g.value / years / s.selfEmployed[i];
    }
    if (g.pooled && heads > 0)
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = s.selfEmployed[i] > 0 ? std::max(0.0, leavers - joiners) * g.value / years / heads : 0.0;
    return out;
}

} // namespace

MoneyState evaluate(const IncentiveInputs& in, const DistributionModel& m, const Course& course, bool holdPot)
{
    const Situation s = situation(in, course);
    const Situation base = situation(in, Course{});
    const Revenue baseRevenue = revenueOf(in, base);
    Revenue revenue = revenueOf(in, s);
    if (s.agreedRevenueChange) {
        const double factor = 1.0 + *s.agreedRevenueChange;
        revenue = Revenue{baseRevenue.total * factor, baseRevenue.members * factor, true};
    }
    MoneyState out;
    out.revenue = revenue.total;
    out.memberRevenue = revenue.members;
    for (std::size_t i = 0; i < in.vakgroepen.size(); ++i) {
        if (!revenue.fixed)
            out.sharedSavings += s.contract.sharedSavings * in.vakgroepen[i].tariff * s.movedOut[i];
        out.variableCost += in.vakgroepen[i].marginalCost * s.production[i];
        out.salaryCost += s.salaried[i] * in.vakgroepen[i].salaryCost;
    }
    const double basePot = potFor(in.pot, baseRevenue.members, base);
    out.pot = m.fixedIncome || holdPot ? basePot : potFor(in.pot, revenue.members, s);
    out.contractPot = m.corridor ? basePot : out.pot;

    if (m.corridor) {
        // Budgets are the baseline parts of the baseline pot; the pot is what the corridor pays. The
        // band's top is the cap or the agreed ceiling, whichever is lower: production the hospital is
        // not paid for earns nothing extra.
        const auto budgets = shares(in, m, base);
        out.pot = 0.0;
        for (std::size_t i = 0; i < in.vakgroepen.size(); ++i) {
            const double agreed = in.vakgroepen[i].production;
            const double ratio = agreed > 0 ? s.production[i] / agreed : 1.0;
            const double ceiling = agreed > 0 && s.ceiling[i] > 0 ? s.ceiling[i] / agreed : m.corridor->cap;
            const double top = std::max(m.corridor->floor, std::min(m.corridor->cap, ceiling));
            out.payment.push_back(budgets[i] * basePot * std::clamp(ratio, m.corridor->floor, top));
            out.pot += out.payment.back();
        }
    } else {
        for (const double share : shares(in, m, s))
            out.payment.push_back(share * out.pot);
    }
    // Income earned elsewhere adds to a share of a pot; a fixed income (the salaried preset) stays what
    // it is wherever the work is done.
    const bool elsewhere = !m.fixedIncome &&
                           std::any_of(s.incomeElsewhere.begin(), s.incomeElsewhere.end(), [](double x) { return x != 0.0; });
    const std::vector<double> baseIncome = elsewhere ? evaluate(in, m, Course{}, holdPot).incomePerHead : std::vector<double>{};
    // Salaried specialists (the salaried preset) own no goodwill.
    out.goodwillPerHead = m.fixedIncome ? std::vector<double>(in.vakgroepen.size(), 0.0) : goodwillPerHead(in, s);
    out.heads = s.selfEmployed;
    for (std::size_t i = 0; i < in.vakgroepen.size(); ++i) {
        const double heads = s.selfEmployed[i];
        const double extra = elsewhere ? s.incomeElsewhere[i] * baseIncome[i] : 0.0;
        out.incomePerHead.push_back(heads > 0 ? out.payment[i] / heads + extra - out.goodwillPerHead[i] : 0.0);
    }
    out.insurerCost = out.revenue + out.sharedSavings;
    out.hospitalMargin = out.revenue + out.sharedSavings - out.variableCost - out.pot - out.salaryCost;
    return out;
}

double productionElasticity(const IncentiveInputs& inputs, const DistributionModel& model, std::size_t vakgroep)
{
    constexpr double h = 1e-4;
    const auto& name = inputs.vakgroepen.at(vakgroep).name;
    Course up;
    Course down;
    up.changes[name].production = h;
    down.changes[name].production = -h;
    const double hi = evaluate(inputs, model, up, true).incomePerHead[vakgroep];
    const double lo = evaluate(inputs, model, down, true).incomePerHead[vakgroep];
    FiniteResults finite;
    finite.check(name + " (" + model.name + ")", std::isfinite(hi) && std::isfinite(lo));
    finite.require("production_elasticity");
    if (hi <= 0.0 || lo <= 0.0)
        return 0.0;
    return (std::log(hi) - std::log(lo)) / (std::log(1.0 + h) - std::log(1.0 - h));
}

} // namespace core
