// The charts of a round's analysis, as the report and the desktop program both show them.

#include "reports/charts.hpp"
#include "reports/score_tables.hpp"
#include "reports/table.hpp"

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
    for (const auto& p : a.parties)
        columns.push_back(core::partyName(instrument, p.code, lang));
    columns.push_back(std::string(core::tr(lang, core::tx("overall"))));
    const auto add = [&](const core::DimensionResult& d, const std::string& name) {
        rows.push_back(name);
        std::vector<std::optional<double>> row;
        for (const auto& p : d.parties)
            row.push_back(p.stat.shown ? std::optional<double>(p.stat.mean) : std::nullopt);
        row.push_back(d.overall);
        values.push_back(std::move(row));
    };
    for (std::size_t i = 0; i < core::kElements.size(); ++i)
        add(a.elements[i], instrument.name(core::kElements[i]).in(lang));
    for (std::size_t i = 0; i < core::kThemes.size(); ++i)
        add(a.themes[i], instrument.shortName(core::kThemes[i]).in(lang));
    const char separator = lang == core::Language::Nl ? ',' : '.';
    const ScaleLegend legend{"0 " + std::string(core::tr(lang, core::tx("low"))), "100 " + std::string(core::tr(lang, core::tx("high"))),
                             std::string(core::tr(lang, core::tx("-: not shown (too few respondents) or not asked")))};
    return [rows, columns, values, separator, legend](cairo_t* cr, Rect area) {
        heatmap(cr, area, rows, columns, values, separator, {}, legend);
    };
}

Drawing gapChartOf(const core::Analysis& a, const core::Instrument& instrument, core::Language lang, std::size_t limit)
{
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < a.gaps.size() && i < limit; ++i) {
        const auto& g = a.gaps[i];
        const auto name = g.dimension.isTheme ? instrument.shortName(g.dimension.theme).in(lang)
                                              : instrument.name(g.dimension.element).in(lang);
        bars.push_back({name + ": " + core::partyName(instrument, g.a, lang) + " / " + core::partyName(instrument, g.b, lang),
                        g.gap, g.flagged});
    }
    const double threshold = a.options.gapThreshold;
    return [bars, threshold](cairo_t* cr, Rect area) { barChart(cr, area, bars, 100, threshold); };
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
