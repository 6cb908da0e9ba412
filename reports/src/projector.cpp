#include "reports/projector.hpp"

#include "reports/pdf_document.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>

namespace reports {

ProjectorSizes projectorSizes(double height)
{
    const double u = height / 1080.0;
    return {72 * u, 44 * u, 34 * u, 28 * u};
}

double projectorChartScale(double height) { return projectorSizes(height).small / 6.5; }

Drawing projectorDrawing(ProjectorScreen screen)
{
    return [screen = std::move(screen)](cairo_t* cr, Rect area) {
        const auto size = projectorSizes(area.h);
        const double margin = area.h * 0.045;
        const double x = area.x + margin;
        const double fullWidth = area.w - 2 * margin;
        const auto ink = [cr](double grey) { cairo_set_source_rgb(cr, grey, grey, grey); };
        const auto navy = [cr] { cairo_set_source_rgb(cr, 0.12, 0.23, 0.37); };
        double y = area.y + margin * 0.6;

        // Across the top: where this is, and the headline.
        ink(0.27);
        if (!screen.title.empty())
            y += drawText(cr, screen.title, x, y, fullWidth, size.small) + margin * 0.2;
        navy();
        y += drawText(cr, screen.headline, x, y, fullWidth, size.headline, true) + margin * 0.4;

        double footerTop = area.y + area.h - margin * 0.5;
        if (!screen.footer.empty()) {
            footerTop -= textHeight(cr, screen.footer, fullWidth, size.small);
            ink(0.27);
            drawText(cr, screen.footer, x, footerTop, fullWidth, size.small);
        }

        const bool right = !screen.qr.empty() || (screen.chart && !screen.wideChart);
        const double leftWidth = right ? (area.w - 3 * margin) * 0.5 : fullWidth;
        const Rect side = screen.wideChart ? Rect{x, y, fullWidth, footerTop - margin * 0.4 - y}
                                           : Rect{x + leftWidth + margin, y, area.w - leftWidth - 3 * margin,
                                                  footerTop - margin * 0.4 - y};
        ink(0.1);
        for (const auto& line : screen.lines) {
            // Never over the footer: a line that would not fit whole is left out, with the rest.
            if (y + textHeight(cr, line, leftWidth, size.line) > footerTop)
                break;
            y += drawText(cr, line, x, y, leftWidth, size.line) + size.line * 0.35;
        }

        if (!screen.counts.empty()) {
            // Party, started, finished: one row each, the numbers in columns of their own.
            y += size.body * 0.4;
            const double column = textWidthOf(cr, "0000", size.body, true) + size.body;
            const double started = std::max(column, textWidthOf(cr, screen.startedHeading, size.body, true) + size.body * 0.6);
            const double finished = std::max(column, textWidthOf(cr, screen.finishedHeading, size.body, true) + size.body * 0.6);
            const double partyWidth = leftWidth - started - finished;
            const auto row = [&](const std::string& party, const std::string& a, const std::string& b, bool bold) {
                const double h = std::max({drawText(cr, party, x, y, partyWidth, size.body, bold),
                                           drawText(cr, a, x + partyWidth, y, started, size.body, bold, 2),
                                           drawText(cr, b, x + partyWidth + started, y, finished, size.body, bold, 2)});
                y += h + size.body * 0.2;
            };
            navy();
            row(screen.countsHeading, screen.startedHeading, screen.finishedHeading, true);
            ink(0.1);
            for (const auto& c : screen.counts) {
                if (y + size.body * 1.3 > footerTop)
                    break; // never over the footer; the rows are the shown parties, a handful
                cairo_rectangle(cr, x, y - size.body * 0.1, leftWidth, std::max(1.0, area.h / 1080));
                ink(0.75);
                cairo_fill(cr);
                ink(0.1);
                row(c.party, c.started, c.finished, false);
            }
        }

        if (!screen.qr.empty()) {
            // Dark modules on white with a quiet zone of four, as large as the side allows with
            // the lines under it.
            const double linesHeight = static_cast<double>(screen.qrLines.size()) * size.line * 1.4;
            const double room = std::min(side.w, side.h - linesHeight);
            const double modules = static_cast<double>(screen.qr.size()) + 8;
            const double cell = std::floor(room / modules);
            const double qx = side.x + (side.w - cell * modules) / 2;
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_rectangle(cr, qx, side.y, cell * modules, cell * modules);
            cairo_fill(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
            for (std::size_t r = 0; r < screen.qr.size(); ++r)
                for (std::size_t c = 0; c < screen.qr[r].size(); ++c)
                    if (screen.qr[r][c])
                        cairo_rectangle(cr, qx + cell * (static_cast<double>(c) + 4), side.y + cell * (static_cast<double>(r) + 4),
                                        cell, cell);
            cairo_fill(cr);
            double ly = side.y + cell * modules;
            ink(0.1);
            for (const auto& line : screen.qrLines)
                ly += drawText(cr, line, side.x, ly, side.w, size.line, true, 1) + size.line * 0.2;
        } else if (screen.chart) {
            // The chart in its own units, enlarged so that its labels are as large as the text.
            const double scale = projectorChartScale(area.h);
            cairo_save(cr);
            cairo_translate(cr, side.x, side.y);
            cairo_scale(cr, scale, scale);
            screen.chart(cr, Rect{0, 0, side.w / scale, side.h / scale});
            cairo_restore(cr);
        }
    };
}

} // namespace reports
