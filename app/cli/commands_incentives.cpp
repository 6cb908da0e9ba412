// incentives import|export|show and simulate.
#include "commands.hpp"
#include "text_file.hpp"

#include "core/incentive_analysis.hpp"
#include "core/incentive_json.hpp"
#include "db/database.hpp"
#include "db/errors.hpp"
#include "reports/atomic_file.hpp"
#include "reports/incentive_tables.hpp"

#include <filesystem>

namespace cli {

using core::tr;
using core::tx;

namespace {

core::IncentiveInputs storedInputs(const db::Database& db, core::Id id)
{
    auto inputs = db.incentives(id);
    if (!inputs)
        throw db::NotFound(core::Message{tx("round {0} has no incentive inputs; store them with 'samenspel incentives "
                                            "import --assessment {0} FILE'"),
                                         {std::to_string(id)}});
    return *inputs;
}

/// The scenario named by --scenario: an own or built-in id, or a JSON file with one scenario.
core::Scenario findScenario(const core::IncentiveInputs& inputs, const std::string& wanted)
{
    for (const auto& s : inputs.scenarios)
        if (s.id == wanted)
            return s;
    for (const auto& s : core::builtinScenarios())
        if (s.id == wanted) {
            if (const auto problems = core::checkScenario(inputs, s); !problems.empty())
                throw core::Error(problems.front());
            return s;
        }
    if (std::filesystem::exists(wanted))
        return core::parseScenario(app::readJsonFile(wanted), inputs, wanted);
    std::string ids;
    for (const auto& s : core::applicableScenarios(inputs))
        ids += (ids.empty() ? "" : ", ") + s.id;
    for (const auto& s : inputs.scenarios)
        ids += (ids.empty() ? "" : ", ") + s.id;
    throw db::NotFound(core::Message{tx("there is no scenario \"{0}\"; expected one of {1}, or a JSON file"), {wanted, ids}});
}

} // namespace

int cmdIncentivesImport(const Context& c)
{
    auto db = openExisting(c);
    const auto inputs = core::parseIncentives(app::readJsonFile(c.options.file), c.options.file);
    db.setIncentives(*c.options.assessment, inputs);
    c.out << tr(c.options.lang, tx("Stored the incentive inputs of round {0}: {1} vakgroepen, model {2}, {3} own scenario(s)."),
                {std::to_string(*c.options.assessment), std::to_string(inputs.vakgroepen.size()), inputs.model.name,
                 std::to_string(inputs.scenarios.size())})
          << "\n";
    return kOk;
}

int cmdIncentivesExport(const Context& c)
{
    const auto db = openForReading(c);
    const auto json = core::incentivesToJson(storedInputs(db, *c.options.assessment));
    if (c.options.output == "-") {
        c.out << json << "\n";
        return kOk;
    }
    reports::writeFileAtomically(c.options.output, [&](std::ostream& out) { out << json << "\n"; });
    c.out << tr(c.options.lang, tx("Wrote the incentive inputs to {0}"), {c.options.output}) << "\n";
    return kOk;
}

int cmdIncentivesShow(const Context& c)
{
    const auto lang = c.options.lang;
    const auto db = openForReading(c);
    const auto inputs = storedInputs(db, *c.options.assessment);
    if (c.options.format != reports::TableFormat::Text) {
        reports::writeTable(c.out, reports::vakgroepTable(inputs, lang), c.options.format);
        return kOk;
    }
    const std::string pot = inputs.pot.revenueShare
                                ? tr(lang, tx("{0}% of the revenue"), {core::formatNumber(100.0 * inputs.pot.share, 1, lang)})
                                : reports::formatMoney(inputs.pot.amount, lang);
    c.out << tr(lang, tx("Distribution model: {0}. MSB pot: {1}. Above the ceiling the insurer pays {2}% of the tariff; "
                         "shared savings {3}%."),
                {reports::modelLabel(inputs.model.name, lang), pot, core::formatNumber(100.0 * inputs.contract.aboveCeilingPayment, 0, lang),
                 core::formatNumber(100.0 * inputs.contract.sharedSavings, 0, lang)})
          << "\n\n";
    reports::writeTable(c.out, reports::vakgroepTable(inputs, lang), c.options.format);
    return kOk;
}

int cmdSimulate(const Context& c)
{
    const auto lang = c.options.lang;
    core::IncentiveInputs inputs;
    if (!c.options.inputs.empty()) {
        inputs = core::parseIncentives(app::readJsonFile(c.options.inputs), c.options.inputs);
    } else {
        const auto db = openForReading(c);
        inputs = storedInputs(db, *c.options.assessment);
    }
    if (!c.options.model.empty() && c.options.model != "current") {
        const auto m = core::preset(c.options.model);
        if (!m)
            throw UsageError(tr(lang, tx("--model must be current or a preset (production, benchmark, dagdelen_disutility, "
                                         "corridor, salaried), not '{0}'"),
                                {c.options.model}));
        inputs.model = *m;
    }
    const bool json = c.options.format == reports::TableFormat::Json;
    const bool csv = c.options.format == reports::TableFormat::Csv;
    if (c.options.scenario.empty()) {
        const auto scenarios = core::scenariosFor(inputs);
        std::vector<core::ScenarioOutcome> outcomes;
        for (const auto& s : scenarios)
            outcomes.push_back(core::compare(inputs, inputs.model, s));
        if (csv) {
            reports::writeTable(c.out, reports::outcomeRows(outcomes), c.options.format);
            return kOk;
        }
        const auto alignment = core::incentiveAlignment(inputs, scenarios);
        if (json) {
            c.out << reports::simulateJson(inputs, scenarios, outcomes, alignment) << "\n";
            return kOk;
        }
        c.out << tr(lang, tx("Distribution model: {0}. Incentive alignment: {1} ({2} conflict(s) in {3} outcomes over {4} scenarios)."),
                    {reports::modelLabel(inputs.model.name, lang), alignment.value ? core::formatNumber(*alignment.value, 0, lang) : "-",
                     std::to_string(alignment.conflicts), std::to_string(alignment.assessed), std::to_string(alignment.scenarios)})
              << "\n";
        reports::writeHeading(c.out, tr(lang, tx("Scenarios: who is rewarded for the course that does not serve the theme")));
        reports::writeTable(c.out, reports::scenarioSummary(scenarios, outcomes, lang), reports::TableFormat::Text);
        reports::writeHeading(c.out, tr(lang, tx("Production incentive: % change in income per specialist for 1% more own production")));
        reports::writeTable(c.out, reports::elasticityTable(inputs, lang), reports::TableFormat::Text);
        c.out << "\n" << tr(lang, tx("Details of one scenario: samenspel simulate ... --scenario ID [--compare-models]")) << "\n";
        return kOk;
    }
    const auto scenario = findScenario(inputs, c.options.scenario);
    if (!c.options.sweep.empty()) {
        const auto parameter = core::parseSweepParameter(c.options.sweep);
        if (!parameter)
            throw UsageError(tr(lang, tx("--sweep must be weight:COMPONENT, benchmark_growth[:VAKGROEP], ceiling_payment or "
                                         "shared_savings, not '{0}'"),
                                {c.options.sweep}));
        const auto result = core::sweep(inputs, inputs.model, scenario, *parameter, c.options.from, c.options.to, c.options.steps);
        if (json) {
            c.out << reports::sweepJson(scenario, result) << "\n";
            return kOk;
        }
        if (csv) {
            reports::writeTable(c.out, reports::breakEvenTable(result, lang), c.options.format);
            return kOk;
        }
        c.out << reports::scenarioTitle(scenario, lang) << "\n";
        c.out << tr(lang, tx("Sweep of {0} from {1} to {2} in {3} steps: {4} break-even point(s)."),
                    {parameter->code(), core::formatNumber(c.options.from, 3, lang), core::formatNumber(c.options.to, 3, lang),
                     std::to_string(result.values.size()), std::to_string(result.breakEvens.size())})
              << "\n\n";
        reports::writeTable(c.out, reports::breakEvenTable(result, lang), reports::TableFormat::Text);
        return kOk;
    }
    if (c.options.compareModels) {
        const auto outcomes = core::compareModels(inputs, scenario);
        if (json) {
            c.out << reports::compareJson(scenario, outcomes) << "\n";
            return kOk;
        }
        if (csv) {
            reports::writeTable(c.out, reports::outcomeRows(outcomes), c.options.format);
            return kOk;
        }
        c.out << reports::scenarioTitle(scenario, lang) << "\n"
              << tr(lang, tx("Difference (b) - (a) in % per actor and model; ! marks a conflict with the theme.")) << "\n\n";
        reports::writeTable(c.out, reports::modelComparison(outcomes, lang), reports::TableFormat::Text);
        return kOk;
    }
    const auto outcome = core::compare(inputs, inputs.model, scenario);
    if (json) {
        c.out << reports::compareJson(scenario, {outcome}) << "\n";
        return kOk;
    }
    if (csv) {
        reports::writeTable(c.out, reports::outcomeRows({outcome}), c.options.format);
        return kOk;
    }
    c.out << reports::scenarioTitle(scenario, lang) << "\n" << scenario.description.in(lang) << "\n"
          << "(a) " << scenario.a.label.in(lang) << "\n(b) " << scenario.b.label.in(lang) << "\n"
          << tr(lang, tx("Distribution model: {0}."), {reports::modelLabel(inputs.model.name, lang)}) << "\n\n";
    reports::writeTable(c.out, reports::outcomeTable(outcome, lang), reports::TableFormat::Text);
    return kOk;
}

} // namespace cli
