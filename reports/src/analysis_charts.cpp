// The charts of a round's analysis, as the report and the desktop program both show them.

#include "reports/charts.hpp"

#include "core/analysis/key_findings.hpp"
#include "reports/score_tables.hpp"
#include "reports/table.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace reports {

Drawing radarOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    std::vector<std::string> axes;
    for (const auto e : core::kElements)
        axes.push_back(instrument.name(e).in(lang));
    std::vector<Series> series;
    for (const auto& p : a.parties) {
        if (p.isSide)
            continue;
        Series s{instrument.shortName(p.roles.front()).in(lang), partyColour(p.code), {}};
        for (const auto& d : a.elements) {
            const auto* r = d.find(p.code);
            s.values.push_back(r && r->stat.shown ? std::optional<double>(r->stat.mean) : std::nullopt);
        }
        series.push_back(std::move(s));
    }
    return [axes, series](cairo_t* cr, Rect area) { radarChart(cr, area, axes, series); };
}

Drawing heatmapOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<double>>> values;
    // A side of one role repeats that role's column: left out.
    std::vector<std::string> parties;
    for (const auto& p : a.parties)
        if (!p.isSide || p.roles.size() > 1) {
            parties.push_back(p.code);
            columns.push_back(core::partyName(instrument, p.code, lang));
        }
    columns.push_back(std::string(core::tr(lang, core::tx("overall"))));
    const char separator = decimalSeparator(lang);
    std::vector<std::vector<std::string>> labels;
    const auto add = [&](const core::DimensionResult& d, const std::string& name) {
        rows.push_back(name);
        std::vector<std::optional<double>> row;
        std::vector<std::string> label;
        for (const auto& code : parties) {
            const auto* p = d.find(code);
            const bool shown = p && p->stat.shown;
            row.push_back(shown ? std::optional<double>(p->stat.mean) : std::nullopt);
            // A party divided among itself is marked, not shown as a calm middle colour.
            const bool divided = shown && p->rwg && *p->rwg < core::kDividedRwg;
            label.push_back(shown ? core::formatNumber(p->stat.mean, 0, lang) + (divided ? " ÷" : "") : "-");
        }
        row.push_back(d.overall);
        label.push_back(d.overall ? core::formatNumber(*d.overall, 0, lang) : "-");
        values.push_back(std::move(row));
        labels.push_back(std::move(label));
    };
    for (std::size_t i = 0; i < core::kElements.size(); ++i)
        add(a.elements[i], instrument.name(core::kElements[i]).in(lang));
    for (std::size_t i = 0; i < core::kThemes.size(); ++i)
        add(a.themes[i], instrument.shortName(core::kThemes[i]).in(lang));
    // The mark for a divided party is explained where it is used.
    const bool anyDivided = std::any_of(labels.begin(), labels.end(), [](const std::vector<std::string>& row) {
        return std::any_of(row.begin(), row.end(), [](const std::string& l) { return l.ends_with("÷"); });
    });
    const ScaleLegend legend{
        "0 " + std::string(core::tr(lang, core::tx("low"))), "100 " + std::string(core::tr(lang, core::tx("high"))),
        anyDivided ? core::tr(lang, core::tx("÷: divided among themselves (r_wg below {0}); -: not shown (too few respondents) or not asked"),
                              {core::formatNumber(core::kDividedRwg, 1, lang)})
                   : std::string(core::tr(lang, core::tx("-: not shown (too few respondents) or not asked")))};
    return [rows, columns, values, separator, labels, legend](cairo_t* cr, Rect area) {
        heatmap(cr, area, rows, columns, values, separator, labels, legend);
    };
}

Drawing gapChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, std::size_t limit)
{
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < a.gaps.size() && i < limit; ++i) {
        const auto& g = a.gaps[i];
        const auto name = g.dimension.isTheme ? instrument.shortName(g.dimension.theme).in(lang)
                                              : instrument.name(g.dimension.element).in(lang);
        // Who is higher comes first.
        const bool aHigher = g.meanA >= g.meanB;
        bars.push_back({name + ": " + gapPartyName(a, instrument, aHigher ? g.a : g.b, lang) + " > " +
                            gapPartyName(a, instrument, aHigher ? g.b : g.a, lang),
                        g.gap, g.flagged});
    }
    const double threshold = a.options.gapThreshold;
    const std::string label = core::tr(lang, core::tx("from {0}: not aligned"), {core::formatNumber(threshold, 0, lang)});
    const char separator = decimalSeparator(lang);
    return [bars, threshold, label, separator](cairo_t* cr, Rect area) {
        barChart(cr, area, bars, 100, threshold, label, separator);
    };
}

std::size_t spreadRows(const core::Analysis& a)
{
    std::size_t n = 0;
    for (const auto& d : a.elements)
        for (const auto& p : d.parties)
            n += !p.isSide && p.spread ? 1U : 0U;
    return n;
}

Drawing spreadChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    std::vector<SpreadRow> rows;
    for (const auto& party : a.parties) {
        if (party.isSide)
            continue;
        for (const auto& d : a.elements)
            if (const auto* r = d.find(party.code); r && r->spread)
                rows.push_back({core::partyName(instrument, party.code, lang) + ": " + instrument.name(d.dimension.element).in(lang),
                                r->spread->disagree, r->spread->neutral, r->spread->agree});
    }
    const std::array<std::string, 3> words{std::string(core::tr(lang, core::tx("disagree"))),
                                           std::string(core::tr(lang, core::tx("neutral"))),
                                           std::string(core::tr(lang, core::tx("agree")))};
    return [rows, words](cairo_t* cr, Rect area) { spreadChart(cr, area, rows, words); };
}

Drawing agendaChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang)
{
    const auto cell = [&](core::Element e, std::string_view side) -> const core::AgendaCell* {
        for (const auto& c : a.changeAgenda.cells)
            if (c.element == e && c.party == side)
                return &c;
        return nullptr;
    };
    std::vector<Move> rows;
    for (const auto e : core::kElements) {
        const auto* h = cell(e, core::kHospitalSide);
        const auto* m = cell(e, core::kMedicalSide);
        rows.push_back({instrument.name(e).in(lang), h ? std::optional(h->current) : std::nullopt,
                        h ? std::optional(h->desired) : std::nullopt, m ? std::optional(m->current) : std::nullopt,
                        m ? std::optional(m->desired) : std::nullopt});
    }
    const Series hospital{core::partyName(instrument, core::kHospitalSide, lang), partyColour(core::kHospitalSide), {}};
    const Series medical{core::partyName(instrument, core::kMedicalSide, lang), partyColour(core::kMedicalSide), {}};
    return [rows, hospital, medical](cairo_t* cr, Rect area) { moveChart(cr, area, rows, hospital, medical); };
}

} // namespace reports
