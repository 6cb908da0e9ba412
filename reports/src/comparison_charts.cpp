#include "reports/comparison_charts.hpp"

#include "reports/pdf_document.hpp"

#include "core/text/i18n.hpp"
#include "core/text/text_util.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace reports {
namespace {

using core::tr;
using core::tx;

void limitCurve(cairo_t* cr, const core::MeasureComparison& c, double z, int side, double pMin, double pMax,
                const std::function<double(double)>& x, const std::function<double(double)>& y)
{
    const auto& h = *c.spread;
    for (int i = 0; i <= 80; ++i) {
        const double p = pMin + (pMax - pMin) * i / 80.0;
        const double s = 1.0 / p;
        const double v = h.randomMean + side * z * std::sqrt(s * s + h.tau2);
        i == 0 ? cairo_move_to(cr, x(p), y(v)) : cairo_line_to(cr, x(p), y(v));
    }
    cairo_stroke(cr);
}

} // namespace

Drawing funnelChartOf(const core::MeasureComparison& c, const std::string& valueLabel, core::Language lang)
{
    if (!c.spread || c.rows.empty())
        return {};
    return [c, valueLabel, lang](cairo_t* cr, Rect area) {
        const double left = 44, bottom = 40, top = 6, right = 8;
        const Rect plot{area.x + left, area.y + top, area.w - left - right, area.h - top - bottom};
        double pMax = 0, pMin = 1e300, yLo = 1e300, yHi = -1e300;
        for (const auto& r : c.rows) {
            const double p = 1.0 / std::sqrt(*r.variance);
            pMax = std::max(pMax, p);
            pMin = std::min(pMin, p);
            yLo = std::min(yLo, r.value);
            yHi = std::max(yHi, r.value);
        }
        // Room for the 99.8% limits at the least precise hospital, within reason.
        const double reach = core::kZ998 * std::sqrt(1.0 / (0.8 * pMin * 0.8 * pMin) + c.spread->tau2); // at the left edge
        yLo = std::min(yLo, c.spread->randomMean - reach);
        yHi = std::max(yHi, c.spread->randomMean + reach);
        const double pad = (yHi - yLo) * 0.05 + 0.5;
        yLo -= pad;
        yHi += pad;
        const double xFrom = pMin * 0.8, xTo = pMax * 1.05;
        const auto x = [&](double p) { return plot.x + (p - xFrom) / (xTo - xFrom) * plot.w; };
        const auto y = [&](double v) { return plot.y + plot.h - (v - yLo) / (yHi - yLo) * plot.h; };
        // Axes and a light grid.
        cairo_set_line_width(cr, 0.5);
        cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
        const double step = std::pow(10.0, std::floor(std::log10((yHi - yLo) / 2)));
        for (double v = std::ceil(yLo / step) * step; v <= yHi; v += step) {
            cairo_move_to(cr, plot.x, y(v));
            cairo_line_to(cr, plot.x + plot.w, y(v));
            cairo_stroke(cr);
        }
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        for (double v = std::ceil(yLo / step) * step; v <= yHi; v += step)
            drawText(cr, core::formatNumber(v, 0, lang), area.x, y(v) - 5, left - 6, 7, false, 2);
        cairo_rectangle(cr, plot.x, plot.y, plot.w, plot.h);
        cairo_stroke(cr);
        cairo_save(cr);
        cairo_rectangle(cr, plot.x, plot.y, plot.w, plot.h);
        cairo_clip(cr);
        // Centre and limits.
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        cairo_set_line_width(cr, 1.0);
        cairo_move_to(cr, plot.x, y(c.spread->randomMean));
        cairo_line_to(cr, plot.x + plot.w, y(c.spread->randomMean));
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0.25, 0.40, 0.65);
        cairo_set_line_width(cr, 1.2);
        for (const int side : {-1, 1})
            limitCurve(cr, c, core::kZ998, side, xFrom, xTo, x, y);
        const double dash[] = {4, 3};
        cairo_set_dash(cr, dash, 2, 0);
        for (const int side : {-1, 1})
            limitCurve(cr, c, core::kZ95, side, xFrom, xTo, x, y);
        cairo_set_dash(cr, nullptr, 0, 0);
        // Hospitals: open circles, filled and named outside the 99.8% limits (outside the 95% limits
        // is what about 1 in 20 does by chance: not named).
        for (const auto& r : c.rows) {
            const double px = x(1.0 / std::sqrt(*r.variance)), py = y(r.value);
            const bool outside = r.position == core::FunnelPosition::Outside998;
            cairo_arc(cr, px, py, outside ? 3.2 : 2.6, 0, 2 * 3.14159265358979323846);
            cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
            if (outside)
                cairo_fill(cr);
            else {
                cairo_set_line_width(cr, 0.8);
                cairo_stroke(cr);
            }
        }
        cairo_restore(cr);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        std::vector<Rect> placed; // names moved down until they overlap no other
        for (const auto& r : c.rows)
            if (r.position == core::FunnelPosition::Outside998) {
                const double px = x(1.0 / std::sqrt(*r.variance)), py = y(r.value);
                const double w = textWidthOf(cr, r.package->hospitalName, 6.5) + 2;
                Rect at{px + w + 6 > plot.x + plot.w ? px - w - 4 : px + 5, py - 4.5, w, 9};
                for (bool moved = true; moved;) {
                    moved = false;
                    for (const auto& o : placed)
                        if (at.x < o.x + o.w && o.x < at.x + at.w && at.y < o.y + o.h && o.y < at.y + at.h) {
                            at.y = o.y + o.h;
                            moved = true;
                        }
                }
                placed.push_back(at);
                drawText(cr, r.package->hospitalName, at.x, at.y, at.w, 6.5);
            }
        // Axis titles and legend.
        drawText(cr, std::string(tr(lang, tx("precision (1 / standard error); further right: more respondents"))), plot.x, plot.y + plot.h + 3, plot.w, 7, false, 1);
        const std::string legend = tr(lang, tx("{0} per hospital; line: centre {1}; dashed: 95% limits; solid: 99.8% limits; filled and named: outside the 99.8% limits"),
                                      {valueLabel, core::formatNumber(c.spread->randomMean, 1, lang)});
        drawText(cr, legend, area.x, plot.y + plot.h + 16, area.w, 7, false, 1);
    };
}

} // namespace reports
