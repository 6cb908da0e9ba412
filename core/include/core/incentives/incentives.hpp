#pragma once
// The money: how the insurer contract and the MSB's distribution model (verdeelmodel) reward or
// penalise each actor for a Right-Care-Right-Place move. docs/incentives.md gives the formulas.
//
// Flow: the insurer pays the hospital per unit up to the ceiling (above it a share of the
// tariff), or a fixed amount under a multi-year agreement, plus a share of the savings on care
// moved out of the hospital. The hospital pays the MSB its pot (a fixed amount, or a share of
// the revenue) and pays its salaried specialists. The MSB divides the pot over the vakgroepen
// with its distribution model; a vakgroep's self-employed specialists share its part equally.

#include "core/instrument/codes.hpp"
#include "core/text/i18n.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// The components a distribution model mixes; their weights sum to 1.
enum class Component { Equal, Dagdelen, Disutility, Production, Benchmark, Quality };
inline constexpr std::array kComponents{Component::Equal,      Component::Dagdelen,  Component::Disutility,
                                        Component::Production, Component::Benchmark, Component::Quality};
std::string_view code(Component c);
std::optional<Component> componentFromCode(std::string_view code);

/// Capacity (corridor) model: each vakgroep's budget is its baseline part of the pot, paid
/// between floor and cap times the budget in proportion to realised / agreed production.
struct Corridor {
    double floor = 0.9;
    double cap = 1.15;
};

struct DistributionModel {
    std::string name; ///< a preset code or "custom"
    std::array<double, kComponents.size()> weights{};
    std::optional<Corridor> corridor;
    bool fixedIncome = false; ///< salaried preset: the pot stays at its baseline amount
    double weight(Component c) const { return weights[static_cast<std::size_t>(c)]; }
};

/// The presets: production, benchmark, dagdelen_disutility, corridor, salaried.
/// (Corridor: budgets by production value, paid 90-115% by realised / agreed production.)
std::vector<std::string> presetCodes();
std::optional<DistributionModel> preset(std::string_view code);
/// Whether two models divide the pot the same way, whatever their names: the same weights (to
/// 1e-9), corridor and fixed income.
bool sameDivision(const DistributionModel& x, const DistributionModel& y);
/// The model with one component's weight set to `x` (0-1): the other weights keep their
/// proportions and fill the rest; when they are all zero the rest goes to equal pay per
/// specialist (or to dagdelen when equal is the one set). The result is named "custom".
DistributionModel withWeight(DistributionModel model, Component component, double x);

/// The RvB sets how many specialists the hospital needs and pays a fixed fee for each of them,
/// outside the earnings model (002 §3.5.2); specialists the MSB takes on beyond that number bring
/// no fee, so the same pot is shared by more.
struct PerSpecialistFee {
    double fee = 0.0;        ///< EUR per agreed specialist per year
    double specialists = 0;  ///< the number the RvB agreed to pay for
};

struct Pot {
    bool revenueShare = true; ///< true: share x hospital revenue; false: a fixed amount
    double share = 0.3;
    double amount = 0.0;
    /// When set, the pot is fee x min(self-employed specialists, agreed number) instead.
    std::optional<PerSpecialistFee> perSpecialist;
};

/// How a leaving specialist's goodwill (their part of the practice's value) is paid (002 §3.3.6).
/// Per vakgroep (pooled false): by a successor in the same vakgroep, or else by its remaining
/// members. Pooled: by the whole MSB, which newcomers in any vakgroep buy into; with an earn-in /
/// earn-out scheme the payments are spread over `years`.
struct Goodwill {
    double value = 0.0; ///< EUR per specialist
    bool pooled = false;
    double years = 1;   ///< the years over which goodwill is earned in and out (1: paid at once)
};

struct Vakgroep {
    std::string name;
    double selfEmployed = 0;  ///< specialists in the MSB
    double salaried = 0;      ///< specialists employed by the hospital
    double salaryCost = 0;    ///< per salaried specialist per year (EUR)
    double production = 0;    ///< units per year (the baseline, and the agreed production)
    double dagdelen = 0;      ///< working half-days per year
    double disutility = 0;    ///< on-call burden points
    double benchmarkGrowth = 0; ///< growth of the same specialty in comparable hospitals (0.05 = 5%)
    double quality = 1;       ///< quality score (0-1 or any positive scale)
    double tariff = 0;        ///< EUR per unit
    double marginalCost = 0;  ///< EUR per unit for the hospital
    double ceiling = 0;       ///< agreed production ceiling (units)
};

struct Contract {
    double aboveCeilingPayment = 0.0; ///< share of the tariff paid above the ceiling (0-1)
    double sharedSavings = 0.0;       ///< share of the savings on care moved out paid to the hospital (0-1)
    std::optional<double> multiYearRevenue; ///< an agreed revenue for the year, whatever the production
};

/// A change of course for one vakgroep, relative to its baseline.
struct VakgroepChange {
    double production = 0;       ///< relative change of production (-0.1 = 10% less)
    double movedOut = 0;         ///< share of baseline production moved out of the hospital (shared savings)
    double consultationTime = 0; ///< relative change of time per consultation (production / (1 + t))
    double dagdelen = 0;         ///< relative change of working half-days
    double incomeElsewhere = 0;  ///< earned outside this hospital, as a share of the baseline income per head
    double selfEmployed = 0;     ///< specialists joining (+) or leaving (-) the MSB in this vakgroep
    double salaried = 0;         ///< salaried specialists hired (+) or leaving (-)
};

/// What a course changes around the hospital.
struct Environment {
    std::map<std::string, double> benchmarkGrowth; ///< per vakgroep, replacing its input
    /// Per vakgroep: the distribution model's norm follows an agreed path, (1 + growth) x (1 + this).
    std::map<std::string, double> agreedPath;
    std::map<std::string, double> ceilingChange;   ///< per vakgroep, relative
    std::optional<Contract> contract;              ///< replaces the contract
    /// A multi-year agreement: the revenue is fixed at the baseline revenue x (1 + this), and the
    /// savings on care moved out are part of the deal (no separate shared savings).
    std::optional<double> agreedRevenueChange;
};

struct Course {
    LocalText label;
    std::map<std::string, VakgroepChange> changes;
    Environment environment;
};

/// Two courses of action, (a) the agreed or current course and (b) the alternative, and which
/// of them serves the theme.
struct Scenario {
    std::string id;
    LocalText name;
    LocalText description;
    Theme theme = Theme::AppropriateCare;
    bool servedByB = true;
    Course a;
    Course b;
    bool builtin = false;
    /// Care moves between hospitals: the insurer's regional cost is not modelled, so the insurer
    /// gets no stance.
    bool betweenHospitals = false;
    /// A built-in scenario of a module of the questionnaire (its id): offered only to rounds that
    /// use the module. Empty: offered to every round.
    std::string module = {};
};

/// Everything the model needs for one hospital.
struct IncentiveInputs {
    Pot pot;
    Goodwill goodwill;
    std::vector<Vakgroep> vakgroepen;
    Contract contract;
    DistributionModel model; ///< the hospital's current model
    std::vector<Scenario> scenarios; ///< the hospital's own scenarios, besides the built-in ones
    const Vakgroep* find(std::string_view name) const;
};

/// The money under one course.
struct MoneyState {
    double revenue = 0;        ///< paid by the insurer for production (or the multi-year amount)
    double memberRevenue = 0;  ///< the part earned by self-employed specialists (the pot's base)
    double sharedSavings = 0;  ///< paid by the insurer for care moved out (none under a fixed revenue)
    double pot = 0;            ///< paid to the MSB
    /// The pot as the contract between hospital and MSB sets it (a share of the revenue, or fixed).
    /// It equals `pot` except under a corridor, which pays its own budgets out of the baseline pot.
    double contractPot = 0;
    double variableCost = 0;
    double salaryCost = 0;
    double hospitalMargin = 0; ///< revenue + savings - variable cost - pot - salaries (fixed costs left out)
    double insurerCost = 0;    ///< revenue + savings
    std::vector<double> payment;      ///< per vakgroep, sums to the pot
    std::vector<double> heads;        ///< per vakgroep: self-employed specialists under this course
    std::vector<double> goodwillPerHead; ///< per vakgroep: goodwill its members pay this year, per head
    /// per vakgroep: payment / heads + income elsewhere - goodwill per head
    std::vector<double> incomePerHead;
};

/// Computes the money for a course (default: the baseline). With `holdPot` the pot stays at its
/// baseline amount, whatever the revenue does (a corridor still pays what it pays).
/// Salaried specialists' work earns the hospital revenue but not the MSB: in a vakgroep with both,
/// the pot's base and the vakgroep's dagdelen, disutility and production count only the
/// self-employed part, self-employed / (self-employed + salaried). A change of headcount changes
/// the heads that share a vakgroep's payment and its working half-days in proportion; its
/// production changes only as the course says.
MoneyState evaluate(const IncentiveInputs& inputs, const DistributionModel& model, const Course& course = {},
                    bool holdPot = false);

/// The distribution model's production incentive: % change in income per head of a vakgroep for a
/// 1% change in its own production, other vakgroepen and the pot held fixed (the point
/// elasticity, by a central difference). So a pure dagdelen model has 0, and a pure production
/// model 1 - the vakgroep's share.
double productionElasticity(const IncentiveInputs& inputs, const DistributionModel& model, std::size_t vakgroep);

} // namespace core
