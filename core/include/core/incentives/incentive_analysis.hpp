#pragma once
// Who gains from which course: payoffs per actor under two courses, conflicts with the theme,
// models side by side, parameter sweeps with their break-even points, and the incentive-
// alignment score that feeds the gelijkgerichtheidsindex.

#include "core/incentives/incentives.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

/// Payoff differences within this share of the base count as neutral. The base is the actor's own
/// payoff under (a) for a vakgroep and the MSB, and the baseline revenue of the vakgroepen the
/// scenario changes for the hospital and the insurer (the business the move is about).
inline constexpr double kIncentiveTolerance = 0.005;

enum class ActorKind { Vakgroep, Salaried, Msb, Hospital, Insurer };
/// Aligned: gains from the course that serves the theme (or loses from the other); conflict: the
/// reverse; neutral: within the tolerance.
enum class Stance { Aligned, Neutral, Conflict };
std::string_view code(Stance s);

/// Which part of an actor's result puts it against the theme (docs/incentives.md, "Pot and share").
enum class Cause {
    None,  ///< not against the theme
    Pot,   ///< how the hospital pays the MSB: the contract sets the pot
    Share, ///< how the distribution model divides the pot over the vakgroepen
    Own,   ///< the actor's own business: the hospital's margin under its insurer contract, the
           ///< insurer's cost, a specialist's income earned elsewhere
    Several, ///< the distribution model together with a contract
};
std::string_view code(Cause c);

struct ActorOutcome {
    ActorKind kind = ActorKind::Vakgroep;
    std::string actor;   ///< the vakgroep's name, or salaried / msb / hospital / insurer
    std::string measure; ///< income_per_head, salary_per_head, pot, margin, cost
    double now = 0;      ///< the payoff now: the baseline, with every vakgroep at its norm
    double a = 0;        ///< payoff under course (a); for the insurer its cost
    double b = 0;
    double difference = 0; ///< b - a
    double relative = 0;   ///< difference / base (see docs/incentives.md)
    Stance stance = Stance::Neutral;
    bool counted = false;  ///< counts in the alignment score (changed vakgroepen, MSB, hospital)
    /// The difference split by where it comes from: potEffect + shareEffect + ownEffect = difference.
    /// Vakgroep: the change of the pot at its average share, and of its share at the average pot
    /// (a Shapley split: neither goes first). MSB: the contract's pot, and what a corridor pays
    /// beyond it. Hospital: what it pays the MSB under the contract (pot), a corridor's part (share),
    /// and its margin from revenue, savings and costs (own). Insurer: its cost (own).
    double potEffect = 0;
    double shareEffect = 0;
    double ownEffect = 0;
    Stance potStance = Stance::Neutral;   ///< the stance of the pot effect alone
    Stance shareStance = Stance::Neutral; ///< of the share effect alone: the distribution model's own verdict
    Stance contractStance = Stance::Neutral; ///< of the pot and own effects together: the contracts' verdict
    Cause cause = Cause::None;         ///< for a conflict: the part that causes it
    /// 'a' or 'b': the course this actor is better off with; 0 when neutral.
    char prefers() const;
};

struct ScenarioOutcome {
    std::string scenario;
    std::string model;          ///< the model's name (a preset code or "custom")
    bool currentModel = false;  ///< the hospital's own model
    MoneyState a;
    MoneyState b;
    std::vector<ActorOutcome> actors;
    std::size_t conflicts() const;
};

/// Every vakgroep a scenario names must exist: the problems, each naming the field.
std::vector<Message> checkScenario(const IncentiveInputs& inputs, const Scenario& scenario);

/// Throws core::Error when the scenario names an unknown vakgroep.
ScenarioOutcome compare(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario);

/// The scenario under the current model and each preset.
std::vector<ScenarioOutcome> compareModels(const IncentiveInputs& inputs, const Scenario& scenario);

struct SweepParameter {
    enum class Kind { Weight, BenchmarkGrowth, CeilingPayment, SharedSavings };
    Kind kind = Kind::Weight;
    Component component = Component::Production; ///< for Weight
    std::string vakgroep;                        ///< for BenchmarkGrowth; empty: all vakgroepen
    std::string code() const;
};
/// "weight:<component>", "benchmark_growth[:<vakgroep>]", "ceiling_payment", "shared_savings".
std::optional<SweepParameter> parseSweepParameter(std::string_view text);

struct BreakEven {
    ActorKind kind = ActorKind::Vakgroep;
    std::string actor;
    double at = 0;   ///< the parameter value where the stance changes
    Stance below = Stance::Neutral;
    Stance above = Stance::Neutral;
};

struct SweepResult {
    SweepParameter parameter;
    std::vector<double> values;
    std::vector<std::size_t> conflicts; ///< counted conflicts per value
    std::vector<BreakEven> breakEvens;
};

/// Evaluates `steps` evenly spaced values from `from` to `to` (inclusive); a weight sweep scales
/// the other weights so that all still sum to 1. Break-evens are refined by bisection.
SweepResult sweep(const IncentiveInputs& inputs, const DistributionModel& model, const Scenario& scenario,
                  const SweepParameter& parameter, double from, double to, std::size_t steps);

/// The distribution model judged by what it does itself: 100 x (1 - counted outcomes whose share
/// effect is against the theme / counted outcomes) over the scenarios, under the current model.
/// The contracts' part (pot and own effects together) is scored beside it the same way. nullopt
/// when no scenario applies.
struct IncentiveAlignment {
    std::optional<double> value;          ///< the distribution model's
    std::optional<double> contract;       ///< the contracts': how the hospital pays the MSB and is paid itself
    std::size_t scenarios = 0;
    std::size_t assessed = 0;
    std::size_t conflicts = 0;            ///< share effects against the theme
    std::size_t contractConflicts = 0;    ///< pot and own effects against the theme
};
IncentiveAlignment incentiveAlignment(const IncentiveInputs& inputs, const std::vector<Scenario>& scenarios);

/// The built-in scenarios that reproduce the worked examples (DOMAIN §6), on the standard
/// vakgroep names (orthopedie, cardiologie, chirurgie, urologie).
const std::vector<Scenario>& builtinScenarios();
/// Their data file, compiled into the program (questionnaires/incentives/scenarios.json).
std::string_view builtinScenariosJson();
/// The built-in scenarios whose vakgroepen all exist in the inputs, without those of a module of
/// the questionnaire that is not in `modules` (the round's modules, by id).
std::vector<Scenario> applicableScenarios(const IncentiveInputs& inputs, const std::vector<std::string>& modules = {});
/// What a hospital is judged on: the applicable built-in scenarios, then its own.
std::vector<Scenario> scenariosFor(const IncentiveInputs& inputs, const std::vector<std::string>& modules = {});

} // namespace core
