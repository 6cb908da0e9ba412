// incentives import|export|show and simulate.
#include "commands.hpp"
#include "text_file.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "core/incentives/incentive_json.hpp"
#include "db/database.hpp"
#include "db/errors.hpp"
#include "reports/atomic_file.hpp"
#include "reports/incentive_tables.hpp"

#include <filesystem>

namespace cli {

using core::tr;
using core::tx;
using core::txn;

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
    const auto inputs = core::parseIncentives(app::readJsonFile(c.args.text("file")), c.args.text("file"));
    db.setIncentives(*c.args.id("assessment"), inputs);
    c.out << tr(c.options.lang, tx("Stored the incentive inputs of round {0} (model {2}; vakgroepen: {1}; own scenarios: {3})."),
                {std::to_string(*c.args.id("assessment")), std::to_string(inputs.vakgroepen.size()), inputs.model.name,
                 std::to_string(inputs.scenarios.size())})
          << "\n";
    return kOk;
}

int cmdIncentivesExport(const Context& c)
{
    const auto db = openForReading(c);
    const auto json = core::incentivesToJson(storedInputs(db, *c.args.id("assessment")));
    if (c.args.text("output") == "-") {
        c.out << json << "\n";
        return kOk;
    }
    reports::writeFileAtomically(c.args.text("output"), [&](std::ostream& out) { out << json << "\n"; });
    c.out << tr(c.options.lang, tx("Wrote the incentive inputs to {0}"), {c.args.text("output")}) << "\n";
    return kOk;
}

int cmdIncentivesShow(const Context& c)
{
    const auto lang = c.options.lang;
    const auto db = openForReading(c);
    const auto inputs = storedInputs(db, *c.args.id("assessment"));
    if (c.options.format != reports::TableFormat::Text) {
        reports::writeTable(c.out, reports::vakgroepTable(inputs, lang), c.options.format);
        return kOk;
    }
    c.out << reports::arrangementsSentence(inputs, lang) << "\n\n";
    reports::writeTable(c.out, reports::vakgroepTable(inputs, lang), c.options.format);
    return kOk;
}

int cmdSimulate(const Context& c)
{
    const auto lang = c.options.lang;
    if (!c.args.id("assessment") && c.args.text("inputs").empty())
        throw UsageError(tr(lang, tx("'{0}' needs {1}; see 'samenspel {0} --help'"), {"simulate", std::string(tr(lang, tx("--assessment or --inputs")))}));
    if ((c.args.flag("compare-models") || !c.args.text("sweep").empty()) && c.args.text("scenario").empty())
        throw UsageError(std::string(tr(lang, tx("--compare-models and --sweep need --scenario"))));
    if (!c.args.text("sweep").empty() &&
        (!(c.args.number("from") <= c.args.number("to")) || c.args.count("steps") < 2 || c.args.count("steps") > 1000000))
        throw UsageError(std::string(tr(lang, tx("a sweep needs --from <= --to and 2 to 1000000 --steps"))));
    core::IncentiveInputs inputs;
    std::vector<std::string> modules; // a round's modules bring their scenarios
    if (!c.args.text("inputs").empty()) {
        inputs = core::parseIncentives(app::readJsonFile(c.args.text("inputs")), c.args.text("inputs"));
    } else {
        const auto db = openForReading(c);
        inputs = storedInputs(db, *c.args.id("assessment"));
        modules = db.assessment(*c.args.id("assessment")).modules;
    }
    if (!c.args.text("model").empty() && c.args.text("model") != "current") {
        const auto m = core::preset(c.args.text("model"));
        if (!m)
            throw UsageError(tr(lang, tx("--model must be current or a preset (production, benchmark, dagdelen_disutility, "
                                         "corridor, salaried), not '{0}'"),
                                {c.args.text("model")}));
        inputs.model = *m;
    }
    const bool json = c.options.format == reports::TableFormat::Json;
    const bool csv = c.options.format == reports::TableFormat::Csv;
    if (c.args.text("scenario").empty()) {
        const auto scenarios = core::scenariosFor(inputs, modules);
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
        c.out << reports::alignmentSentence(inputs.model.name, alignment, lang) << "\n";
        reports::writeHeading(c.out, tr(lang, tx("Scenarios: who is rewarded for the course that does not serve the theme")));
        reports::writeTable(c.out, reports::scenarioSummary(scenarios, outcomes, lang), reports::TableFormat::Text);
        reports::writeHeading(c.out, tr(lang, tx("Production incentive: % change in income per specialist for 1% more own production")));
        reports::writeTable(c.out, reports::elasticityTable(inputs, lang), reports::TableFormat::Text);
        c.out << "\n" << tr(lang, tx("Details of one scenario: samenspel simulate ... --scenario ID [--compare-models]")) << "\n";
        return kOk;
    }
    const auto scenario = findScenario(inputs, c.args.text("scenario"));
    if (!c.args.text("sweep").empty()) {
        const auto parameter = core::parseSweepParameter(c.args.text("sweep"));
        if (!parameter)
            throw UsageError(tr(lang, tx("--sweep must be weight:COMPONENT, benchmark_growth[:VAKGROEP], ceiling_payment or "
                                         "shared_savings, not '{0}'"),
                                {c.args.text("sweep")}));
        const auto result = core::sweep(inputs, inputs.model, scenario, *parameter, c.args.number("from"), c.args.number("to"), c.args.count("steps"));
        if (json) {
            c.out << reports::sweepJson(scenario, result) << "\n";
            return kOk;
        }
        if (csv) {
            reports::writeTable(c.out, reports::breakEvenTable(result, lang), c.options.format);
            return kOk;
        }
        c.out << core::scenarioTitle(scenario, lang) << "\n";
        c.out << tr(lang,
                    txn("Sweep of {0} from {1} to {2} in {3} steps: {4} break-even point.",
                        "Sweep of {0} from {1} to {2} in {3} steps: {4} break-even points."),
                    result.breakEvens.size(),
                    {parameter->code(), core::formatNumber(c.args.number("from"), 3, lang), core::formatNumber(c.args.number("to"), 3, lang),
                     std::to_string(result.values.size()), std::to_string(result.breakEvens.size())})
              << "\n\n";
        reports::writeTable(c.out, reports::breakEvenTable(result, lang), reports::TableFormat::Text);
        return kOk;
    }
    if (c.args.flag("compare-models")) {
        const auto outcomes = core::compareModels(inputs, scenario);
        if (json) {
            c.out << reports::compareJson(scenario, outcomes) << "\n";
            return kOk;
        }
        if (csv) {
            reports::writeTable(c.out, reports::outcomeRows(outcomes), c.options.format);
            return kOk;
        }
        c.out << core::scenarioTitle(scenario, lang) << "\n"
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
    c.out << core::scenarioTitle(scenario, lang) << "\n" << scenario.description.in(lang) << "\n"
          << "(a) " << scenario.a.label.in(lang) << "\n(b) " << scenario.b.label.in(lang) << "\n"
          << tr(lang, tx("Distribution model: {0}."), {core::modelName(inputs.model.name, lang)}) << "\n\n";
    reports::writeTable(c.out, reports::outcomeTable(outcome, lang), reports::TableFormat::Text);
    return kOk;
}

} // namespace cli
