#include "reports/incentive_tables.hpp"

#include "core/text/domain_names.hpp"
#include "core/instrument/instrument_loader.hpp"

#include <cmath>

namespace reports {

using core::tr;
using core::tx;
using core::txn;
using core::txc;

std::string arrangementsSentence(const core::IncentiveInputs& inputs, core::Language lang)
{
    const auto& p = inputs.pot;
    const std::string pot =
        p.perSpecialist ? tr(lang, tx("{0} per agreed specialist, for {1} specialists"),
                             {core::formatMoney(p.perSpecialist->fee, lang), core::formatNumber(p.perSpecialist->specialists, 0, lang)})
        : p.revenueShare ? tr(lang, tx("{0}% of the revenue"), {core::formatNumber(100.0 * p.share, 1, lang)})
                         : core::formatMoney(p.amount, lang);
    const auto& g = inputs.goodwill;
    std::string goodwill(tr(lang, tx("Goodwill: not given.")));
    if (g.value > 0)
        goodwill = tr(lang, tx("Goodwill: {0} per specialist, {1}, {2}."),
                      {core::formatMoney(g.value, lang), std::string(tr(lang, g.pooled ? tx("pooled in the MSB") : tx("per vakgroep"))),
                       g.years > 1 ? tr(lang, tx("earned in and out over {0} years"), {core::formatNumber(g.years, 0, lang)})
                                   : std::string(tr(lang, tx("paid at once")))});
    return tr(lang,
              tx("Distribution model: {0}. MSB pot: {1}. Above the ceiling the insurer pays {2}% of the tariff; shared savings {3}%."),
              {core::modelName(inputs.model.name, lang), pot, core::formatNumber(100.0 * inputs.contract.aboveCeilingPayment, 0, lang),
               core::formatNumber(100.0 * inputs.contract.sharedSavings, 0, lang)}) +
           " " + goodwill;
}

std::string alignmentSentence(const std::string& model, const core::IncentiveAlignment& alignment, core::Language lang)
{
    const auto score = [&](const std::optional<double>& v) { return v ? core::formatNumber(*v, 0, lang) : std::string("-"); };
    return tr(lang,
              txn("Distribution model: {0}. Incentive alignment of the distribution model itself: {1} ({2} result against "
                  "the theme in {3} outcomes over {4} scenarios).",
                  "Distribution model: {0}. Incentive alignment of the distribution model itself: {1} ({2} results against "
                  "the theme in {3} outcomes over {4} scenarios)."),
              alignment.conflicts,
              {core::modelName(model, lang), score(alignment.value), std::to_string(alignment.conflicts),
               std::to_string(alignment.assessed), std::to_string(alignment.scenarios)}) +
           " " +
           tr(lang,
              txn("How the hospital and the MSB are paid (the contracts): {0} ({1} result against the theme).",
                  "How the hospital and the MSB are paid (the contracts): {0} ({1} results against the theme)."),
              alignment.contractConflicts, {score(alignment.contract), std::to_string(alignment.contractConflicts)});
}

Table vakgroepTable(const core::IncentiveInputs& in, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"name", std::string(tr(lang, tx("vakgroep")))},
                 {"self_employed", std::string(tr(lang, tx("self-empl."))), true},
                 {"salaried", std::string(tr(lang, txc("number of specialists", "salaried"))), true},
                 {"production", std::string(tr(lang, tx("production"))), true},
                 {"ceiling", std::string(tr(lang, tx("ceiling"))), true},
                 {"dagdelen", "dagdelen", true},
                 {"disutility", std::string(tr(lang, tx("on-call burden"))), true},
                 {"benchmark_growth", std::string(tr(lang, tx("benchmark %"))), true},
                 {"tariff", std::string(tr(lang, tx("tariff"))), true},
                 {"marginal_cost", std::string(tr(lang, tx("marginal cost"))), true}};
    for (const auto& v : in.vakgroepen)
        t.rows.push_back({Cell::of(v.name), Cell::of(static_cast<long long>(v.selfEmployed)),
                          Cell::of(static_cast<long long>(v.salaried)), Cell::of(static_cast<long long>(v.production)),
                          Cell::of(static_cast<long long>(v.ceiling)), Cell::of(static_cast<long long>(v.dagdelen)),
                          Cell::of(static_cast<long long>(v.disutility)), Cell::of(100.0 * v.benchmarkGrowth, 1),
                          Cell::of(core::formatMoney(v.tariff, lang)), Cell::of(core::formatMoney(v.marginalCost, lang))});
    return t;
}

Table outcomeTable(const core::ScenarioOutcome& o, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"actor", std::string(tr(lang, tx("actor")))},
                 {"now", std::string(tr(lang, tx("now"))), true},
                 {"a", "(a)", true},
                 {"b", "(b)", true},
                 {"difference", "(b) - (a)", true},
                 {"relative", "%", true},
                 {"prefers", std::string(tr(lang, tx("prefers"))), true},
                 {"stance", std::string(tr(lang, tx("stance")))},
                 {"pot", std::string(tr(lang, tx("from the pot"))), true},
                 {"share", std::string(tr(lang, tx("from the share"))), true},
                 {"cause", std::string(tr(lang, tx("because of")))}};
    for (const auto& a : o.actors) {
        const char prefers = a.prefers();
        t.rows.push_back({Cell::of(core::actorName(a, lang)), Cell::of(core::formatMoney(a.now, lang)), Cell::of(core::formatMoney(a.a, lang)),
                          Cell::of(core::formatMoney(a.b, lang)), Cell::of(core::formatMoney(a.difference, lang)),
                          Cell::of(100.0 * a.relative, 1), Cell::of(prefers ? std::string{'(', prefers, ')'} : "-"),
                          Cell::of(core::stanceName(a.stance, lang)), Cell::of(core::formatMoney(a.potEffect, lang)),
                          Cell::of(core::formatMoney(a.shareEffect, lang)),
                          Cell::of(a.stance == core::Stance::Conflict ? core::causeName(a.cause, a.kind, lang) : std::string())});
    }
    return t;
}

Table scenarioSummary(const std::vector<core::Scenario>& scenarios, const std::vector<core::ScenarioOutcome>& outcomes,
                      core::Language lang)
{
    Table t;
    t.columns = {{"scenario", std::string(tr(lang, tx("scenario")))},
                 {"theme", std::string(tr(lang, tx("theme")))},
                 {"serves", std::string(tr(lang, tx("serves the theme")))},
                 {"conflicts", std::string(tr(lang, tx("in conflict with the theme")))}};
    for (std::size_t i = 0; i < scenarios.size() && i < outcomes.size(); ++i) {
        std::string conflicts;
        for (const auto& a : outcomes[i].actors)
            if (a.stance == core::Stance::Conflict && a.counted)
                conflicts += (conflicts.empty() ? "" : ", ") + core::actorName(a, lang) + " [" + core::causeName(a.cause, a.kind, lang) + "]";
        const auto& s = scenarios[i];
        t.rows.push_back({Cell::of(s.name.in(lang)), Cell::of(core::builtinInstrument().shortName(s.theme).in(lang)),
                          Cell::of(std::string(s.servedByB ? "(b) " : "(a) ") + (s.servedByB ? s.b.label : s.a.label).in(lang)),
                          Cell::of(conflicts.empty() ? std::string(tr(lang, tx("none"))) : conflicts)});
    }
    return t;
}

Table modelComparison(const std::vector<core::ScenarioOutcome>& outcomes, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns.push_back({"model", std::string(tr(lang, tx("model")))});
    if (outcomes.empty())
        return t;
    for (const auto& a : outcomes.front().actors)
        if (a.counted || a.kind == core::ActorKind::Insurer)
            t.columns.push_back({a.actor, core::actorName(a, lang), true});
    for (const auto& o : outcomes) {
        std::vector<Cell> row{Cell::of(core::modelRowName(o, lang))};
        for (const auto& a : o.actors)
            if (a.counted || a.kind == core::ActorKind::Insurer) {
                auto cell = Cell::of(100.0 * a.relative, 1);
                if (a.stance == core::Stance::Conflict)
                    cell.text += " !";
                row.push_back(cell);
            }
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table elasticityTable(const core::IncentiveInputs& in, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns.push_back({"vakgroep", std::string(tr(lang, tx("vakgroep")))});
    std::vector<core::DistributionModel> models{in.model};
    t.columns.push_back({"current", tr(lang, tx("current ({0})"), {core::modelName(in.model.name, lang)}), true});
    for (const auto& c : core::presetCodes()) {
        models.push_back(*core::preset(c));
        t.columns.push_back({c, core::modelName(c, lang), true});
    }
    for (std::size_t v = 0; v < in.vakgroepen.size(); ++v) {
        if (in.vakgroepen[v].selfEmployed <= 0)
            continue;
        std::vector<Cell> row{Cell::of(in.vakgroepen[v].name)};
        for (const auto& m : models)
            row.push_back(Cell::of(core::productionElasticity(in, m, v), 2));
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table outcomeRows(const std::vector<core::ScenarioOutcome>& outcomes)
{
    Table t;
    t.columns = {{"scenario", "scenario"}, {"model", "model"},   {"current_model", "current_model"},
                 {"actor", "actor"},       {"measure", "measure"}, {"now", "now", true},
                 {"a", "a", true},         {"b", "b", true},       {"difference", "difference", true},
                 {"relative", "relative", true}, {"prefers", "prefers"}, {"stance", "stance"},
                 {"counted", "counted"}, {"pot_effect", "pot_effect", true}, {"share_effect", "share_effect", true},
                 {"own_effect", "own_effect", true}, {"cause", "cause"}};
    for (const auto& o : outcomes)
        for (const auto& a : o.actors) {
            const char prefers = a.prefers();
            t.rows.push_back({Cell::of(o.scenario), Cell::of(o.model), Cell::flag(o.currentModel), Cell::of(a.actor),
                              Cell::of(a.measure), Cell::of(a.now, 2), Cell::of(a.a, 2), Cell::of(a.b, 2),
                              Cell::of(a.difference, 2), Cell::of(a.relative, 6),
                              prefers ? Cell::of(std::string(1, prefers)) : Cell::empty(),
                              Cell::of(std::string(core::code(a.stance))), Cell::flag(a.counted), Cell::of(a.potEffect, 2),
                              Cell::of(a.shareEffect, 2), Cell::of(a.ownEffect, 2),
                              a.stance == core::Stance::Conflict ? Cell::of(std::string(core::code(a.cause))) : Cell::empty()});
        }
    return t;
}

Table breakEvenTable(const core::SweepResult& sweep, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"actor", std::string(tr(lang, tx("actor")))},
                 {"at", sweep.parameter.code(), true},
                 {"below", std::string(tr(lang, tx("below")))},
                 {"above", std::string(tr(lang, tx("above")))}};
    for (const auto& b : sweep.breakEvens)
        t.rows.push_back({Cell::of(core::actorName(b.kind, b.actor, lang)), Cell::of(b.at, 4), Cell::of(core::stanceName(b.below, lang)),
                          Cell::of(core::stanceName(b.above, lang))});
    return t;
}

} // namespace reports
