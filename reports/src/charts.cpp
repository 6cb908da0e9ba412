#include "reports/charts.hpp"

#include "reports/incentive_tables.hpp"
#include "reports/table.hpp"

#include <cairo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace reports {
namespace {

constexpr double kPi = 3.14159265358979323846;

void colour(cairo_t* cr, const Colour& c, double alpha = 1.0) { cairo_set_source_rgba(cr, c[0], c[1], c[2], alpha); }

std::string number(double v, int decimals, char separator)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    std::string s = buffer;
    for (char& ch : s)
        if (ch == '.')
            ch = separator;
    return s;
}

/// A series' mark at (x, y), `size` across: its shape tells series apart where colours are alike
/// (or not seen): circle, square, triangle, diamond, triangle down, plus, cross, hexagon.
void marker(cairo_t* cr, int shape, double x, double y, double size)
{
    const double h = size / 2;
    const auto polygon = [&](std::initializer_list<std::pair<double, double>> corners) {
        bool first = true;
        for (const auto& [dx, dy] : corners) {
            first ? cairo_move_to(cr, x + dx * h, y + dy * h) : cairo_line_to(cr, x + dx * h, y + dy * h);
            first = false;
        }
        cairo_close_path(cr);
        cairo_fill(cr);
    };
    switch (shape % 8) {
    case 0: cairo_arc(cr, x, y, h, 0, 2 * kPi); cairo_fill(cr); break;
    case 1: polygon({{-0.85, -0.85}, {0.85, -0.85}, {0.85, 0.85}, {-0.85, 0.85}}); break;
    case 2: polygon({{0, -1.1}, {1, 0.8}, {-1, 0.8}}); break;
    case 3: polygon({{0, -1.15}, {1.15, 0}, {0, 1.15}, {-1.15, 0}}); break;
    case 4: polygon({{0, 1.1}, {1, -0.8}, {-1, -0.8}}); break;
    case 5:
    case 6: {
        cairo_save(cr);
        cairo_set_line_width(cr, size / 3.5);
        if (shape % 8 == 5) {
            cairo_move_to(cr, x - h, y), cairo_line_to(cr, x + h, y), cairo_move_to(cr, x, y - h), cairo_line_to(cr, x, y + h);
        } else {
            cairo_move_to(cr, x - h, y - h), cairo_line_to(cr, x + h, y + h), cairo_move_to(cr, x - h, y + h), cairo_line_to(cr, x + h, y - h);
        }
        cairo_stroke(cr);
        cairo_restore(cr);
        break;
    }
    default: polygon({{1, 0}, {0.5, 0.87}, {-0.5, 0.87}, {-1, 0}, {-0.5, -0.87}, {0.5, -0.87}}); break;
    }
}

/// Legend entries in rows under a chart; returns the height used. With `markers`, each entry is a
/// short line with its series' mark; without, a square of its colour.
/// With `draw` false it only measures.
double legend(cairo_t* cr, double x, double y, double width, const std::vector<std::pair<std::string, Colour>>& entries,
              const std::vector<int>& markers = {}, bool draw = true)
{
    double cx = x;
    double cy = y;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& [label, c] = entries[i];
        const double w = textWidthOf(cr, label, 8) + 22;
        if (cx + w > x + width && cx > x) {
            cx = x;
            cy += 13;
        }
        if (!draw) {
            cx += w + 8;
            continue;
        }
        colour(cr, c);
        if (i < markers.size()) {
            cairo_save(cr);
            cairo_set_line_width(cr, 1.6);
            cairo_move_to(cr, cx - 2, cy + 5.5);
            cairo_line_to(cr, cx + 12, cy + 5.5);
            cairo_stroke(cr);
            cairo_restore(cr);
            marker(cr, markers[i], cx + 5, cy + 5.5, 6.5);
        } else {
            cairo_rectangle(cr, cx, cy + 2, 10, 7);
            cairo_fill(cr);
        }
        cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
        drawText(cr, label, cx + 15, cy, w, 8);
        cx += w + 8;
    }
    return cy - y + 13;
}

} // namespace

Colour partyColour(std::string_view party)
{
    // Colour-blind-friendly tones; the sides repeat the colour of their main party, darker.
    if (party == "rvb" || party == "hospital_side")
        return party == "rvb" ? Colour{0.00, 0.45, 0.70} : Colour{0.00, 0.30, 0.50};
    if (party == "msb_board")
        return {0.84, 0.37, 0.00};
    if (party == "specialist_self_employed")
        return {0.90, 0.62, 0.00};
    if (party == "specialist_salaried")
        return {0.80, 0.47, 0.65};
    if (party == "medical_side")
        return {0.60, 0.25, 0.00};
    if (party == "nursing")
        return {0.00, 0.62, 0.45};
    if (party == "client_council")
        return {0.34, 0.71, 0.91};
    if (party == "gp")
        return {0.45, 0.45, 0.45};
    if (party == "insurer")
        return {0.55, 0.55, 0.20};
    if (party == "supervisory_board")
        return {0.35, 0.25, 0.60};
    return {0.6, 0.6, 0.6};
}

void radarChart(cairo_t* cr, Rect area, const std::vector<std::string>& axes, const std::vector<Series>& series)
{
    const std::size_t n = axes.size();
    if (n < 3)
        return;
    std::vector<std::pair<std::string, Colour>> entries;
    std::vector<int> markers;
    for (std::size_t i = 0; i < series.size(); ++i) {
        entries.emplace_back(series[i].label, series[i].colour);
        markers.push_back(static_cast<int>(i)); // a shape of its own, beside its colour
    }
    // The legend as high as its rows really are in this width, so that it never runs into what
    // follows the chart.
    const double legendHeight = legend(cr, 0, 0, area.w, entries, markers, false) + 6;
    const double chartHeight = area.h - legendHeight;
    const double cx = area.x + area.w / 2;
    const double cy = area.y + chartHeight / 2;
    const auto direction = [n](std::size_t i) {
        const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
        return std::pair{std::cos(angle), std::sin(angle)};
    };
    // Each axis's label just outside the end of its axis, its near side kLabelGap away, so that no
    // marker at 100 sits on it; the radius is the largest at which every label stays in the area.
    constexpr double kLabelWidth = 90;
    constexpr double kLabelGap = 6;
    std::vector<double> labelWidth(n), labelHeight(n);
    for (std::size_t i = 0; i < n; ++i) {
        labelWidth[i] = std::min(kLabelWidth, textWidthOf(cr, axes[i], 8) + 1);
        labelHeight[i] = textHeight(cr, axes[i], labelWidth[i], 8);
    }
    const auto reach = [&](std::size_t i) { // from the end of the axis to the label's centre
        const auto [ux, uy] = direction(i);
        return kLabelGap + std::abs(ux) * labelWidth[i] / 2 + std::abs(uy) * labelHeight[i] / 2;
    };
    double r = std::min(area.w, chartHeight) / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const auto [ux, uy] = direction(i);
        if (std::abs(ux) > 1e-6)
            r = std::min(r, (area.w / 2 - labelWidth[i] / 2) / std::abs(ux) - reach(i));
        if (std::abs(uy) > 1e-6)
            r = std::min(r, (chartHeight / 2 - labelHeight[i] / 2) / std::abs(uy) - reach(i));
    }
    r = std::max(r, 12.0);
    const auto point = [&](std::size_t i, double value) {
        const auto [ux, uy] = direction(i);
        return std::pair{cx + ux * r * value / 100.0, cy + uy * r * value / 100.0};
    };
    cairo_set_line_width(cr, 0.5);
    for (int ring = 1; ring <= 4; ++ring) {
        cairo_set_source_rgb(cr, 0.82, 0.82, 0.82);
        for (std::size_t i = 0; i <= n; ++i) {
            const auto [x, y] = point(i % n, 25.0 * ring);
            i == 0 ? cairo_move_to(cr, x, y) : cairo_line_to(cr, x, y);
        }
        cairo_stroke(cr);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, 100);
        cairo_set_source_rgb(cr, 0.82, 0.82, 0.82);
        cairo_move_to(cr, cx, cy);
        cairo_line_to(cr, x, y);
        cairo_stroke(cr);
        const auto [ux, uy] = direction(i);
        const double lx = x + ux * reach(i);
        const double ly = y + uy * reach(i);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        drawText(cr, axes[i], lx - labelWidth[i] / 2, ly - labelHeight[i] / 2, labelWidth[i], 8, false, 1);
    }
    cairo_set_line_width(cr, 1.6);
    for (std::size_t k = 0; k < series.size(); ++k) {
        const auto& s = series[k];
        colour(cr, s.colour);
        // Lines between neighbouring values; a dot on every value, so that a value next to a
        // missing one (a party not asked or not shown there) stays visible.
        bool started = false;
        for (std::size_t i = 0; i <= n; ++i) {
            const auto& v = s.values[i % n];
            if (!v) {
                started = false;
                continue;
            }
            const auto [x, y] = point(i % n, *v);
            started ? cairo_line_to(cr, x, y) : cairo_move_to(cr, x, y);
            started = true;
        }
        cairo_stroke(cr);
        for (std::size_t i = 0; i < n; ++i)
            if (const auto& v = s.values[i]) {
                const auto [x, y] = point(i, *v);
                marker(cr, static_cast<int>(k), x, y, 5.5);
            }
    }
    // The scale along the first axis, beside it and over the lines, so that no series hides it.
    for (int ring = 1; ring <= 4; ++ring) {
        const auto [x, y] = point(0, 25.0 * ring);
        const std::string label = std::to_string(25 * ring);
        cairo_set_source_rgba(cr, 1, 1, 1, 0.85);
        cairo_rectangle(cr, x + 2, y - 4.5, textWidthOf(cr, label, 6.5) + 2, 8);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        drawText(cr, label, x + 3, y - 5, 24, 6.5);
    }
    legend(cr, area.x, area.y + area.h - legendHeight + 4, area.w, entries, markers);
}

Colour scaleColour(double value)
{
    // ColorBrewer RdBu (5): #ca0020 #f4a582 #f7f7f7 #92c5de #0571b0.
    static constexpr std::array<Colour, 5> stops{Colour{0.792, 0.000, 0.125}, Colour{0.957, 0.647, 0.510},
                                                 Colour{0.969, 0.969, 0.969}, Colour{0.573, 0.773, 0.871},
                                                 Colour{0.020, 0.443, 0.690}};
    const double t = std::clamp(value, 0.0, 100.0) / 25.0;
    const auto i = std::min<std::size_t>(3, static_cast<std::size_t>(t));
    const double f = t - static_cast<double>(i);
    Colour c{};
    for (std::size_t k = 0; k < 3; ++k)
        c[k] = stops[i][k] + (stops[i + 1][k] - stops[i][k]) * f;
    return c;
}

namespace {

/// Dark enough that text on it should be white (relative luminance, WCAG).
bool isDark(const Colour& c)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]) < 0.18;
}

/// The scale under a heat map: the colours from low to high with their words, then the note.
void scaleLegend(cairo_t* cr, double x, double y, const ScaleLegend& legend)
{
    cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
    const double lowWidth = textWidthOf(cr, legend.low, 7.5);
    drawText(cr, legend.low, x, y, lowWidth + 2, 7.5);
    const double barX = x + lowWidth + 6;
    const double barWidth = 120;
    for (int i = 0; i < 60; ++i) {
        colour(cr, scaleColour(100.0 * (i + 0.5) / 60.0));
        cairo_rectangle(cr, barX + barWidth * i / 60.0, y + 1, barWidth / 60.0 + 0.3, 8);
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
    const double highWidth = textWidthOf(cr, legend.high, 7.5);
    drawText(cr, legend.high, barX + barWidth + 6, y, highWidth + 2, 7.5);
    if (!legend.note.empty()) // on a line of its own under the scale, wrapping where it must
        drawText(cr, legend.note, x, y + 13, 480, 7.5);
}

} // namespace

void heatmap(cairo_t* cr, Rect area, const std::vector<std::string>& rows, const std::vector<std::string>& columns,
             const std::vector<std::vector<std::optional<double>>>& values, char decimalSeparator,
             const std::vector<std::vector<std::string>>& labels, const ScaleLegend& legend)
{
    if (rows.empty() || columns.empty())
        return;
    const bool withLegend = !legend.low.empty() || !legend.high.empty();
    if (withLegend) {
        const double height = legend.note.empty() ? 14 : 14 + textHeight(cr, legend.note, 480, 7.5);
        scaleLegend(cr, area.x, area.y + area.h - height, legend);
        area.h -= height + 8;
    }
    const double labelWidth = 140;
    // The rotated column names rise at 60 degrees: the band above the cells fits the longest.
    double longest = 0;
    for (const auto& c : columns)
        longest = std::max(longest, textWidthOf(cr, c, 7.5, true));
    const double headerHeight = std::clamp(longest * 0.87 + 10, 30.0, area.h / 2);
    // The last name leans out to the right by half its width: room for it within the area (an SVG
    // would cut it off at its edge).
    // It starts at 0.35 of its column and reaches cos 60 = half its width further, plus its own
    // height at the angle: room r with (W - r) / n columns solves r = lean - 0.65 (W - r) / n.
    const double columnsWidth = area.w - labelWidth;
    const double n = static_cast<double>(columns.size());
    const double lean = textWidthOf(cr, columns.back(), 7.5, true) / 2 + 10;
    const double room = std::max(0.0, (lean - 0.65 * columnsWidth / n) / (1 - 0.65 / n));
    const double cw = (columnsWidth - room) / n;
    const double ch = (area.h - headerHeight) / static_cast<double>(rows.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        // Column names at an angle, so that long party names need no breaking.
        cairo_save(cr);
        cairo_translate(cr, area.x + labelWidth + cw * (static_cast<double>(c) + 0.35), area.y + headerHeight - 4);
        cairo_rotate(cr, -kPi / 3);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        drawText(cr, columns[c], 0, -4, -1, 7.5, true);
        cairo_restore(cr);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const double y = area.y + headerHeight + ch * static_cast<double>(r);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        drawText(cr, rows[r], area.x, y + ch / 2 - 5, labelWidth - 6, 8);
        for (std::size_t c = 0; c < columns.size() && c < values[r].size(); ++c) {
            const double x = area.x + labelWidth + cw * static_cast<double>(c);
            const auto& v = values[r][c];
            const Colour fill = v ? scaleColour(*v) : Colour{0.88, 0.88, 0.88};
            colour(cr, fill);
            cairo_rectangle(cr, x + 1, y + 1, cw - 2, ch - 2);
            cairo_fill(cr);
            isDark(fill) ? cairo_set_source_rgb(cr, 1, 1, 1) : cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
            const bool labelled = r < labels.size() && c < labels[r].size();
            drawText(cr, labelled ? labels[r][c] : v ? number(*v, 0, decimalSeparator) : "-", x, y + ch / 2 - 5, cw, 8,
                     false, 1);
        }
    }
}

void barChart(cairo_t* cr, Rect area, const std::vector<Bar>& bars, double max, double threshold,
              const std::string& thresholdLabel, char decimalSeparator)
{
    if (bars.empty() || max <= 0)
        return;
    const double labelWidth = 230;
    const double top = thresholdLabel.empty() ? 0 : 12; // room for the threshold's label
    const double bh = std::min(18.0, (area.h - top) / static_cast<double>(bars.size()));
    const double scale = (area.w - labelWidth - 34) / max;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double y = area.y + top + bh * static_cast<double>(i);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        drawText(cr, bars[i].label, area.x, y + 2, labelWidth - 6, 7.5);
        bars[i].flagged ? cairo_set_source_rgb(cr, 0.70, 0.09, 0.17) : cairo_set_source_rgb(cr, 0.35, 0.55, 0.75);
        cairo_rectangle(cr, area.x + labelWidth, y + 3, bars[i].value * scale, bh - 6);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        // As many decimals as the gap table, so that bar and table say the same.
        drawText(cr, number(bars[i].value, 1, decimalSeparator), area.x + labelWidth + bars[i].value * scale + 3, y + 2, 34, 7.5);
    }
    const double x = area.x + labelWidth + threshold * scale;
    const double dash[] = {3, 3};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    cairo_move_to(cr, x, area.y + top);
    cairo_line_to(cr, x, area.y + top + bh * static_cast<double>(bars.size()));
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    if (!thresholdLabel.empty())
        drawText(cr, thresholdLabel, x - 60, area.y, 120, 7, false, 1);
}

void spreadChart(cairo_t* cr, Rect area, const std::vector<SpreadRow>& rows, const std::array<std::string, 3>& words)
{
    if (rows.empty())
        return;
    const double labelWidth = 200;
    const double legendHeight = 18;
    const double rh = std::min(16.0, (area.h - legendHeight) / static_cast<double>(rows.size()));
    const double width = area.w - labelWidth - 28; // room at the end for a narrow "agree" share
    const std::array<Colour, 3> colours{scaleColour(5), Colour{0.73, 0.73, 0.73}, scaleColour(95)};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = area.y + rh * static_cast<double>(i);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        drawText(cr, rows[i].label, area.x, y + 2, labelWidth - 6, 7.5);
        double x = area.x + labelWidth;
        const std::array<double, 3> shares{rows[i].disagree, rows[i].neutral, rows[i].agree};
        for (std::size_t k = 0; k < 3; ++k) {
            const double w = width * shares[k];
            colour(cr, colours[k]);
            cairo_rectangle(cr, x, y + 2, w, rh - 4);
            cairo_fill(cr);
            // Every share that is not nothing is labelled: inside when it fits, smaller when it
            // nearly does, and a narrow last one after the bar.
            const auto percent = std::lround(100 * shares[k]);
            const std::string label = std::to_string(percent) + "%";
            isDark(colours[k]) ? cairo_set_source_rgb(cr, 1, 1, 1) : cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
            if (percent == 0) {
            } else if (w > 22) {
                drawText(cr, label, x, y + 2.5, w, 7, false, 1);
            } else if (k == 2) {
                cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
                drawText(cr, label, x + w + 2, y + 2.5, 26, 7);
            } else if (w > 13) {
                drawText(cr, label, x, y + 3.5, w, 5.5, false, 1);
            }
            x += w;
        }
    }
    legend(cr, area.x + labelWidth, area.y + area.h - legendHeight + 4, width,
           {{words[0], colours[0]}, {words[1], colours[1]}, {words[2], colours[2]}});
}

void moveChart(cairo_t* cr, Rect area, const std::vector<Move>& rows, const Series& a, const Series& b)
{
    if (rows.empty())
        return;
    const double labelWidth = 120;
    const double legendHeight = 16;
    const double rh = (area.h - legendHeight - 14) / static_cast<double>(rows.size());
    const double left = area.x + labelWidth;
    const double scale = (area.w - labelWidth - 10) / 10.0;
    cairo_set_line_width(cr, 0.4);
    for (int tick = 0; tick <= 10; tick += 2) {
        const double x = left + tick * scale;
        cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
        cairo_move_to(cr, x, area.y);
        cairo_line_to(cr, x, area.y + rh * static_cast<double>(rows.size()));
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
        drawText(cr, std::to_string(tick), x - 10, area.y + rh * static_cast<double>(rows.size()) + 1, 20, 7, false, 1);
    }
    const auto arrow = [&](double y, std::optional<double> from, std::optional<double> to, const Colour& c) {
        if (!from || !to)
            return;
        colour(cr, c);
        cairo_set_line_width(cr, 2.0);
        cairo_move_to(cr, left + *from * scale, y);
        cairo_line_to(cr, left + *to * scale, y);
        cairo_stroke(cr);
        cairo_arc(cr, left + *from * scale, y, 2.5, 0, 2 * kPi);
        cairo_fill(cr);
        const double dir = *to >= *from ? 1.0 : -1.0;
        cairo_move_to(cr, left + *to * scale, y);
        cairo_line_to(cr, left + *to * scale - dir * 5, y - 3.5);
        cairo_line_to(cr, left + *to * scale - dir * 5, y + 3.5);
        cairo_close_path(cr);
        cairo_fill(cr);
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = area.y + rh * static_cast<double>(i);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        drawText(cr, rows[i].label, area.x, y + rh / 2 - 5, labelWidth - 6, 8);
        arrow(y + rh * 0.35, rows[i].fromA, rows[i].toA, a.colour);
        arrow(y + rh * 0.68, rows[i].fromB, rows[i].toB, b.colour);
    }
    legend(cr, area.x + labelWidth, area.y + area.h - legendHeight, area.w - labelWidth, {{a.label, a.colour}, {b.label, b.colour}});
}

} // namespace reports

namespace reports {

Drawing modelChartOf(const std::vector<core::ScenarioOutcome>& models, const std::vector<std::string>& rows,
                     core::Language lang)
{
    const char separator = decimalSeparator(lang);
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<double>>> colours;
    std::vector<std::vector<std::string>> labels;
    if (!models.empty())
        for (const auto& a : models.front().actors)
            if (a.counted || a.kind == core::ActorKind::Insurer)
                columns.push_back(core::actorName(a, lang));
    for (const auto& o : models) {
        std::vector<std::optional<double>> row;
        std::vector<std::string> label;
        for (const auto& a : o.actors)
            if (a.counted || a.kind == core::ActorKind::Insurer) {
                const double gain = a.kind == core::ActorKind::Insurer ? -a.relative : a.relative;
                row.push_back(std::clamp(50.0 + 500.0 * gain, 0.0, 100.0));
                label.push_back(cellText(Cell::change(100.0 * a.relative, 1), separator) + "%" +
                                (a.stance == core::Stance::Conflict ? " !" : ""));
            }
        colours.push_back(std::move(row));
        labels.push_back(std::move(label));
    }
    const ScaleLegend legend{std::string(core::tr(lang, core::tx("loses"))), std::string(core::tr(lang, core::tx("gains"))),
                             std::string(core::tr(lang, core::tx("!: against the theme")))};
    return [rows, columns, colours, labels, separator, legend](cairo_t* cr, Rect area) {
        heatmap(cr, area, rows, columns, colours, separator, labels, legend);
    };
}

} // namespace reports
