#include "reports/comparison_tables.hpp"

#include "reports/score_tables.hpp"

#include "core/analysis/analysis.hpp"
#include "core/text/domain_names.hpp"

namespace reports {

using core::tr;
using core::tx;

std::string measureName(const core::Measure& m, const core::Instrument& instrument, core::Language lang)
{
    if (m.dimension.empty())
        return m.code == "index" ? std::string(tr(lang, tx("Gelijkgerichtheidsindex"))) : indexComponentName(m.code, lang);
    const auto e = core::elementFromCode(m.dimension);
    const auto t = core::themeFromCode(m.dimension);
    const std::string dimension = e ? instrument.name(*e).in(lang) : t ? instrument.name(*t).in(lang) : m.dimension;
    if (m.party == "gap")
        return tr(lang, tx("{0}: hospital side minus medical side"), {dimension});
    return dimension + ": " + core::partyName(instrument, m.party, lang);
}

std::string rankabilityReading(double rankability, core::Language lang)
{
    if (rankability >= 0.75)
        return std::string(tr(lang, tx("differences between hospitals are mostly real")));
    if (rankability >= 0.5)
        return std::string(tr(lang, tx("differences between hospitals are partly real, partly chance")));
    return std::string(tr(lang, tx("differences between hospitals are mostly chance")));
}

std::string positionText(const core::ComparedHospital& h, core::Language lang)
{
    switch (h.position) {
    case core::FunnelPosition::Within: return std::string(tr(lang, tx("within the limits")));
    case core::FunnelPosition::Outside95:
        return std::string(h.above ? tr(lang, tx("above the 95% limit, as about 1 hospital in 20 is by chance"))
                                   : tr(lang, tx("below the 95% limit, as about 1 hospital in 20 is by chance")));
    case core::FunnelPosition::Outside998:
        return std::string(h.above ? tr(lang, tx("above the 99.8% limit: variation worth a conversation"))
                                   : tr(lang, tx("below the 99.8% limit: variation worth a conversation")));
    case core::FunnelPosition::NoLimits: break;
    }
    return std::string(tr(lang, tx("no limits: the measure has no precision per hospital")));
}

namespace {

Cell numberOr(const std::optional<double>& v, int decimals) { return v ? Cell::of(*v, decimals) : Cell::dash(); }

const char* positionCode(core::FunnelPosition p, bool above)
{
    switch (p) {
    case core::FunnelPosition::Within: return "within";
    case core::FunnelPosition::Outside95: return above ? "above_95" : "below_95";
    case core::FunnelPosition::Outside998: return above ? "above_998" : "below_998";
    case core::FunnelPosition::NoLimits: break;
    }
    return "no_limits";
}

} // namespace

Table comparisonSummary(const std::vector<GroupComparison>& list, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"group", std::string(tr(lang, tx("peer group")))},
                 {"measure", std::string(tr(lang, tx("measure")))},
                 {"hospitals", std::string(tr(lang, tx("hospitals"))), true},
                 {"q1", std::string(tr(lang, tx("1st quartile"))), true},
                 {"median", std::string(tr(lang, tx("median"))), true},
                 {"q3", std::string(tr(lang, tx("3rd quartile"))), true},
                 {"tau2", std::string(tr(lang, tx("tau² (between)"))), true},
                 {"rankability", std::string(tr(lang, tx("rankability"))), true},
                 {"reading", std::string(tr(lang, tx("what it says")))}};
    for (const auto& g : list) {
        const auto& c = g.comparison;
        std::vector<Cell> row{Cell::of(g.group), Cell::coded(c.measure.code, measureName(c.measure, instrument, lang)),
                              Cell::of(static_cast<long long>(c.hospitals))};
        if (!c.shown) {
            for (int i = 0; i < 5; ++i)
                row.push_back(Cell::dash());
            row.push_back(Cell::of(tr(lang, tx("fewer than {0} hospitals: not compared"), {std::to_string(core::kMinComparedHospitals)})));
        } else {
            row.push_back(Cell::of(c.q1, 1));
            row.push_back(Cell::of(c.median, 1));
            row.push_back(Cell::of(c.q3, 1));
            row.push_back(c.spread ? Cell::of(c.spread->tau2, 1) : Cell::dash());
            row.push_back(c.spread ? Cell::of(c.spread->rankability, 2) : Cell::dash());
            row.push_back(Cell::of(c.spread ? rankabilityReading(c.spread->rankability, lang)
                                            : std::string(tr(lang, tx("distribution only: no precision per hospital")))));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table comparisonHospitals(const std::vector<GroupComparison>& list, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"group", std::string(tr(lang, tx("peer group")))},
                 {"measure", std::string(tr(lang, tx("measure")))},
                 {"hospital", std::string(tr(lang, tx("hospital")))},
                 {"hospital_key", std::string(tr(lang, tx("key")))},
                 {"round_date", std::string(tr(lang, tx("round")))},
                 {"value", std::string(tr(lang, tx("value"))), true},
                 {"n", "n", true},
                 {"shrunken", std::string(tr(lang, tx("shrunken"))), true},
                 {"lower_95", std::string(tr(lang, tx("95% from"))), true},
                 {"upper_95", std::string(tr(lang, tx("95% to"))), true},
                 {"lower_998", std::string(tr(lang, tx("99.8% from"))), true},
                 {"upper_998", std::string(tr(lang, tx("99.8% to"))), true},
                 {"position", std::string(tr(lang, tx("position")))}};
    for (const auto& g : list)
        for (const auto& h : g.comparison.rows) {
            const auto& m = g.comparison.measure;
            t.rows.push_back({Cell::of(g.group), Cell::coded(m.code, measureName(m, instrument, lang)), Cell::of(h.package->hospitalName),
                              Cell::of(h.package->hospitalKey), Cell::coded(h.package->roundDate, core::formatDate(h.package->roundDate, lang)),
                              Cell::of(h.value, 1),
                              Cell::of(static_cast<long long>(h.n)), numberOr(h.shrunken, 1),
                              numberOr(h.limits ? std::optional(h.limits->lower95) : std::nullopt, 1),
                              numberOr(h.limits ? std::optional(h.limits->upper95) : std::nullopt, 1),
                              numberOr(h.limits ? std::optional(h.limits->lower998) : std::nullopt, 1),
                              numberOr(h.limits ? std::optional(h.limits->upper998) : std::nullopt, 1),
                              Cell::coded(positionCode(h.position, h.above), positionText(h, lang))});
        }
    return t;
}

} // namespace reports
