#include "incentives/sweep_presenter.hpp"

#include "incentives/vakgroep_table.hpp"

#include "reports/incentive_tables.hpp"

#include <cmath>

namespace gui {

using core::tr;
using core::tx;
using core::txn;

namespace {

/// The range a parameter may be swept over, in percent.
std::pair<double, double> bounds(const core::SweepParameter& p)
{
    return p.kind == core::SweepParameter::Kind::BenchmarkGrowth ? std::pair{-50.0, 100.0} : std::pair{0.0, 100.0};
}

} // namespace

SweepPresenter::SweepPresenter(core::IncentiveInputs inputs, core::Scenario scenario, core::Language lang)
    : m_inputs(std::move(inputs)), m_scenario(std::move(scenario)), m_lang(lang)
{
    for (const auto c : core::kComponents) {
        core::SweepParameter p;
        p.kind = core::SweepParameter::Kind::Weight;
        p.component = c;
        m_parameters.push_back(p);
    }
    for (const auto kind : {core::SweepParameter::Kind::BenchmarkGrowth, core::SweepParameter::Kind::CeilingPayment,
                            core::SweepParameter::Kind::SharedSavings}) {
        core::SweepParameter p;
        p.kind = kind;
        m_parameters.push_back(p);
    }
}

std::vector<std::string> SweepPresenter::labels() const
{
    std::vector<std::string> out;
    for (const auto& p : m_parameters) {
        switch (p.kind) {
        case core::SweepParameter::Kind::Weight:
            out.push_back(tr(m_lang, tx("weight of {0} in the distribution model"), {core::componentName(p.component, m_lang)}));
            break;
        case core::SweepParameter::Kind::BenchmarkGrowth:
            out.push_back(std::string(tr(m_lang, tx("growth of the benchmark (all vakgroepen)"))));
            break;
        case core::SweepParameter::Kind::CeilingPayment:
            out.push_back(std::string(tr(m_lang, tx("payment above the ceiling (share of the tariff)"))));
            break;
        case core::SweepParameter::Kind::SharedSavings:
            out.push_back(std::string(tr(m_lang, tx("shared savings on care moved out (share)"))));
            break;
        }
    }
    return out;
}

std::optional<std::function<std::string(JobControl&)>> SweepPresenter::job(std::size_t parameter, const std::string& from,
                                                                           const std::string& to,
                                                                           std::shared_ptr<core::SweepResult> out)
{
    m_error.clear();
    if (parameter >= m_parameters.size())
        return std::nullopt;
    const auto p = m_parameters[parameter];
    const auto [low, high] = bounds(p);
    const auto a = parseTypedNumber(from);
    const auto b = parseTypedNumber(to);
    if (!a || !b || *a < low || *b > high || *a >= *b) {
        m_error = tr(m_lang, tx("The range must be two numbers in percent from {0} to {1}, the first below the second."),
                     {core::formatNumber(low, 0, m_lang), core::formatNumber(high, 0, m_lang)});
        return std::nullopt;
    }
    return [inputs = m_inputs, scenario = m_scenario, p, a = *a / 100, b = *b / 100, out = std::move(out),
            lang = m_lang, label = labels()[parameter]](JobControl& control) {
        const auto percent = [lang](double fraction) {
            const double x = 100 * fraction;
            return core::formatNumber(x, std::abs(x - std::round(x)) < 1e-9 ? 0 : 1, lang);
        };
        control.checkpoint(5);
        *out = core::sweep(inputs, inputs.model, scenario, p, a, b, kSteps);
        control.checkpoint(100);
        std::size_t least = 0;
        for (std::size_t i = 1; i < out->conflicts.size(); ++i)
            if (out->conflicts[i] < out->conflicts[least])
                least = i;
        return tr(lang,
                  txn("{0} from {1}% to {2}%: {3} break-even point; fewest conflicts with the theme ({4}) at {5}%.",
                      "{0} from {1}% to {2}%: {3} break-even points; fewest conflicts with the theme ({4}) at {5}%."),
                  out->breakEvens.size(),
                  {label, percent(a), percent(b),
                   std::to_string(out->breakEvens.size()),
                   out->conflicts.empty() ? std::string("-") : std::to_string(out->conflicts[least]),
                   out->values.empty() ? std::string("-") : percent(out->values[least])});
    };
}

reports::Table SweepPresenter::breakEvens(const core::SweepResult& result) const
{
    auto table = reports::breakEvenTable(result, m_lang);
    table.columns[1].header = std::string(tr(m_lang, tx("at (%)")));
    for (auto& row : table.rows)
        if (row[1].number)
            row[1] = reports::Cell::of(100 * *row[1].number, 1);
    return table;
}

} // namespace gui
