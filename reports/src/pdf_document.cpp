#include "reports/pdf_document.hpp"

#include "reports/atomic_file.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <sstream>

namespace reports {
namespace {

cairo_status_t writeToStream(void* closure, const unsigned char* data, unsigned int length)
{
    auto* out = static_cast<std::ostream*>(closure);
    out->write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
    return *out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

struct LayoutDeleter {
    void operator()(PangoLayout* l) const { g_object_unref(l); }
};
struct FontDeleter {
    void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};

std::unique_ptr<PangoLayout, LayoutDeleter> layout(cairo_t* cr, const std::string& text, double width, double size,
                                                   bool bold, int align)
{
    std::unique_ptr<PangoLayout, LayoutDeleter> l(pango_cairo_create_layout(cr));
    std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_from_string("DejaVu Sans"));
    pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(l.get(), font.get());
    if (width > 0) {
        pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(l.get(), align == 1 ? PANGO_ALIGN_CENTER : align == 2 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    pango_layout_set_text(l.get(), text.c_str(), static_cast<int>(text.size()));
    return l;
}

} // namespace

double drawText(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold, int align)
{
    auto l = layout(cr, text, width, size, bold, align);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, l.get());
    int w = 0;
    int h = 0;
    pango_layout_get_pixel_size(l.get(), &w, &h);
    return h;
}

double textHeight(cairo_t* cr, const std::string& text, double width, double size, bool bold)
{
    auto l = layout(cr, text, width, size, bold, 0);
    int w = 0;
    int h = 0;
    pango_layout_get_pixel_size(l.get(), &w, &h);
    return h;
}

double textWidthOf(cairo_t* cr, const std::string& text, double size, bool bold)
{
    auto l = layout(cr, text, -1, size, bold, 0);
    int w = 0;
    int h = 0;
    pango_layout_get_pixel_size(l.get(), &w, &h);
    return w;
}

namespace {

/// The pixels of an RGB24 image surface.
Image imageOf(cairo_surface_t* surface)
{
    cairo_surface_flush(surface);
    const int width = cairo_image_surface_get_width(surface);
    const int height = cairo_image_surface_get_height(surface);
    Image image{width, height, std::vector<unsigned char>(static_cast<std::size_t>(width * height * 3))};
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            // RGB24 is stored as 32-bit native-endian 0x00RRGGBB.
            std::uint32_t pixel = 0;
            std::memcpy(&pixel, data + y * stride + x * 4, 4);
            auto* out = &image.rgb[static_cast<std::size_t>((y * width + x) * 3)];
            out[0] = static_cast<unsigned char>((pixel >> 16) & 0xFF);
            out[1] = static_cast<unsigned char>((pixel >> 8) & 0xFF);
            out[2] = static_cast<unsigned char>(pixel & 0xFF);
        }
    return image;
}

} // namespace

struct PdfDocument::Impl {
    cairo_surface_t* surface = nullptr;
    cairo_t* cr = nullptr;
    PageImages* images = nullptr; ///< set: pages go to images, not to PDF
    /// Where text is measured: the PDF surface itself, or for images a PDF surface that writes
    /// nowhere, so that both lay out lines and pages identically.
    cairo_t* measure = nullptr;
    cairo_surface_t* measureSurface = nullptr;
    ~Impl()
    {
        if (measureSurface) {
            cairo_destroy(measure);
            cairo_surface_destroy(measureSurface);
        }
        if (cr)
            cairo_destroy(cr);
        if (surface)
            cairo_surface_destroy(surface);
    }
};

PdfDocument::PdfDocument(std::ostream& out, std::string header, std::string pageLabel)
    : m_impl(std::make_unique<Impl>()), m_header(std::move(header)), m_pageLabel(std::move(pageLabel))
{
    m_impl->surface = cairo_pdf_surface_create_for_stream(writeToStream, &out, kWidth, kHeight);
    cairo_pdf_surface_set_metadata(m_impl->surface, CAIRO_PDF_METADATA_CREATOR, "Samenspel");
    m_impl->cr = cairo_create(m_impl->surface);
    m_impl->measure = m_impl->cr;
}

PdfDocument::PdfDocument(PageImages& images, std::string header, std::string pageLabel)
    : m_impl(std::make_unique<Impl>()), m_header(std::move(header)), m_pageLabel(std::move(pageLabel))
{
    m_impl->images = &images;
    m_impl->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::ceil(kWidth * images.scale)),
                                                 static_cast<int>(std::ceil(kHeight * images.scale)));
    m_impl->cr = cairo_create(m_impl->surface);
    cairo_scale(m_impl->cr, images.scale, images.scale);
    m_impl->measureSurface = cairo_pdf_surface_create_for_stream(
        [](void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }, nullptr, kWidth, kHeight);
    m_impl->measure = cairo_create(m_impl->measureSurface);
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::startPage()
{
    ++m_page;
    m_open = true;
    m_y = kMargin + 18;
    if (m_impl->images) {
        cairo_set_source_rgb(m_impl->cr, 1, 1, 1);
        cairo_paint(m_impl->cr);
        cairo_set_source_rgb(m_impl->cr, 0, 0, 0);
    }
    if (m_page > 1) {
        cairo_t* cr = m_impl->cr;
        cairo_set_source_rgb(cr, 0.45, 0.45, 0.5);
        drawText(cr, m_header, kMargin, 24, textWidth(), 8);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, kMargin, 38);
        cairo_line_to(cr, kWidth - kMargin, 38);
        cairo_stroke(cr);
        std::string label = m_pageLabel;
        if (const auto p = label.find("{0}"); p != std::string::npos)
            label.replace(p, 3, std::to_string(m_page));
        drawText(cr, label, kMargin, kHeight - 36, textWidth(), 8, false, 2);
        cairo_set_source_rgb(cr, 0, 0, 0);
    }
}

void PdfDocument::endPage()
{
    if (!m_open)
        return;
    m_open = false;
    if (auto* images = m_impl->images) {
        if (images->maxPages == 0 || static_cast<int>(images->pages.size()) < images->maxPages)
            images->pages.push_back(imageOf(m_impl->surface));
        return;
    }
    cairo_show_page(m_impl->cr);
}

void PdfDocument::ensure(double height)
{
    if (!m_open)
        startPage();
    else if (m_y + height > kHeight - kMargin) {
        endPage();
        startPage();
    }
}

void PdfDocument::cover(const Drawing& draw)
{
    startPage();
    draw(m_impl->cr, Rect{0, 0, kWidth, kHeight});
    endPage();
}

void PdfDocument::describe(const PdfInfo& info)
{
    if (m_impl->images)
        return;
    const auto set = [&](cairo_pdf_metadata_t key, const std::string& value) {
        if (!value.empty())
            cairo_pdf_surface_set_metadata(m_impl->surface, key, value.c_str());
    };
    set(CAIRO_PDF_METADATA_TITLE, info.title);
    set(CAIRO_PDF_METADATA_AUTHOR, info.author);
    set(CAIRO_PDF_METADATA_SUBJECT, info.subject);
    set(CAIRO_PDF_METADATA_KEYWORDS, info.keywords);
    if (info.date.size() == 10)
        set(CAIRO_PDF_METADATA_CREATE_DATE, info.date + "T00:00:00Z");
}

namespace {
/// A cairo link or outline target: a page, and a place on it in points.
std::string target(int page, double y)
{
    return "page=" + std::to_string(page) + " pos=[" + std::to_string(static_cast<int>(PdfDocument::kMargin)) + " " +
           std::to_string(static_cast<int>(y)) + "]";
}
} // namespace

void PdfDocument::heading(const std::string& text, int level, double keep)
{
    const double size = level == 1 ? 16 : 12;
    // Keep a heading with what follows it.
    const double h = textHeight(m_impl->measure, text, textWidth(), size, true);
    ensure(h + std::min(keep, kHeight - 2 * kMargin - 60));
    m_y += level == 1 ? 8 : 4;
    if (!m_impl->images) { // a bookmark per heading, sections under their chapter
        const int item = cairo_pdf_surface_add_outline(m_impl->surface, level == 1 ? CAIRO_PDF_OUTLINE_ROOT : m_chapter,
                                                       text.c_str(), target(m_page, m_y).c_str(),
                                                       static_cast<cairo_pdf_outline_flags_t>(0));
        if (level == 1)
            m_chapter = item;
    }
    cairo_set_source_rgb(m_impl->cr, 0.12, 0.25, 0.45);
    drawText(m_impl->cr, text, kMargin, m_y, textWidth(), size, true);
    m_y += h + 6;
    cairo_set_source_rgb(m_impl->cr, 0, 0, 0);
    m_headings.push_back({text, level, m_page});
}

void PdfDocument::paragraph(const std::string& text, double size, bool bold)
{
    const double h = textHeight(m_impl->measure, text, textWidth(), size, bold);
    ensure(h);
    drawText(m_impl->cr, text, kMargin, m_y, textWidth(), size, bold);
    m_y += h + 5;
}

void PdfDocument::bullet(const std::string& text)
{
    const double h = textHeight(m_impl->measure, text, textWidth() - 14, 10);
    ensure(h);
    drawText(m_impl->cr, "•", kMargin + 2, m_y, 10, 10);
    drawText(m_impl->cr, text, kMargin + 14, m_y, textWidth() - 14, 10);
    m_y += h + 3;
}

void PdfDocument::space(double points) { m_y += points; }

void PdfDocument::pageBreak()
{
    endPage();
    startPage();
}

void PdfDocument::drawing(double height, const Drawing& draw)
{
    ensure(height);
    cairo_save(m_impl->cr);
    draw(m_impl->cr, Rect{kMargin, m_y, textWidth(), height});
    cairo_restore(m_impl->cr);
    cairo_set_source_rgb(m_impl->cr, 0, 0, 0);
    m_y += height + 8;
}

void PdfDocument::table(const Table& t, double size)
{
    cairo_t* cr = m_impl->cr;
    cairo_t* measure = m_impl->measure;
    const std::size_t columns = t.columns.size();
    if (columns == 0)
        return;
    // Column widths from the content, shrunk proportionally to fit; long text wraps.
    std::vector<double> widths(columns, 0.0);
    const auto shown = [&](const Cell& c) {
        std::string s = c.text;
        if (c.number && !c.integral && t.decimalSeparator != '.')
            std::replace(s.begin(), s.end(), '.', t.decimalSeparator);
        return s;
    };
    const auto longestHeaderWord = [&](const std::string& header) {
        double w = 0;
        std::size_t start = 0;
        while (start < header.size()) {
            const auto end = std::min(header.find(' ', start), header.size());
            w = std::max(w, textWidthOf(measure, header.substr(start, end - start), size, true));
            start = end + 1;
        }
        return w;
    };
    for (std::size_t i = 0; i < columns; ++i) {
        // A number column's header may wrap between words; a text column's header stays whole.
        widths[i] = std::min(200.0, t.columns[i].rightAligned ? longestHeaderWord(t.columns[i].header)
                                                               : textWidthOf(measure, t.columns[i].header, size, true)) + 8;
        for (const auto& row : t.rows)
            if (i < row.size())
                widths[i] = std::max(widths[i], std::min(260.0, textWidthOf(measure, shown(row[i]), size)) + 8);
    }
    // Numbers keep their width; text columns give way (and wrap) when the table is too wide.
    double numeric = 0;
    double text = 0;
    for (std::size_t i = 0; i < columns; ++i)
        (t.columns[i].rightAligned ? numeric : text) += widths[i];
    if (numeric + text > textWidth() && text > 0) {
        // No text column narrower than its longest word, so words are not broken.
        const auto longestWord = [&](std::size_t i) {
            double w = 0;
            const auto widest = [&](const std::string& s, bool bold) {
                std::size_t start = 0;
                while (start < s.size()) {
                    const auto end = std::min(s.find(' ', start), s.size());
                    w = std::max(w, textWidthOf(measure, s.substr(start, end - start), size, bold));
                    start = end + 1;
                }
            };
            widest(t.columns[i].header, true);
            for (const auto& row : t.rows)
                if (i < row.size())
                    widest(shown(row[i]), false);
            return w + 8;
        };
        const double factor = std::max(0.2, (textWidth() - numeric) / text);
        for (std::size_t i = 0; i < columns; ++i)
            if (!t.columns[i].rightAligned)
                widths[i] = std::max(widths[i] * factor, std::min(widths[i], longestWord(i)));
    }
    // Still too wide (many number columns): everything gives way, so nothing crosses the margin.
    double all = 0;
    for (const double w : widths)
        all += w;
    if (all > textWidth())
        for (auto& w : widths)
            w *= textWidth() / all;
    const auto rowHeight = [&](const std::vector<std::string>& cells, bool bold) {
        double h = 0;
        for (std::size_t i = 0; i < columns && i < cells.size(); ++i)
            h = std::max(h, textHeight(measure, cells[i], widths[i] - 6, size, bold));
        return h + 5;
    };
    std::vector<std::string> header;
    for (const auto& c : t.columns)
        header.push_back(c.header);
    const auto drawRow = [&](const std::vector<std::string>& cells, bool bold, double h) {
        double x = kMargin;
        if (bold) {
            cairo_set_source_rgb(cr, 0.90, 0.93, 0.97);
            cairo_rectangle(cr, kMargin, m_y, textWidth(), h);
            cairo_fill(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
        }
        for (std::size_t i = 0; i < columns && i < cells.size(); ++i) {
            drawText(cr, cells[i], x + 3, m_y + 2.5, widths[i] - 6, size, bold, t.columns[i].rightAligned ? 2 : 0);
            x += widths[i];
        }
        cairo_set_source_rgb(cr, 0.8, 0.8, 0.8);
        cairo_set_line_width(cr, 0.4);
        cairo_move_to(cr, kMargin, m_y + h);
        cairo_line_to(cr, kMargin + textWidth(), m_y + h);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        m_y += h;
    };
    const double headerHeight = rowHeight(header, true);
    ensure(headerHeight * 3);
    drawRow(header, true, headerHeight);
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const auto& c : row)
            cells.push_back(shown(c));
        const double h = rowHeight(cells, false);
        if (m_y + h > kHeight - kMargin) { // continue on the next page, repeating the header
            endPage();
            startPage();
            drawRow(header, true, headerHeight);
        }
        drawRow(cells, false, h);
    }
    m_y += 10;
}

void PdfDocument::contents(const std::string& title, const std::vector<TocEntry>& entries)
{
    heading(title);
    for (const auto& e : entries) {
        if (e.title == title)
            continue;
        const double indent = e.level == 1 ? 0 : 16;
        ensure(14);
        // Each line is a link to its page (the page is known from the earlier pass).
        const bool link = !m_impl->images && e.page > 0;
        if (link)
            cairo_tag_begin(m_impl->cr, CAIRO_TAG_LINK, target(e.page, kMargin).c_str());
        drawText(m_impl->cr, e.title, kMargin + indent, m_y, textWidth() - indent - 40, e.level == 1 ? 10 : 9, e.level == 1);
        drawText(m_impl->cr, std::to_string(e.page), kMargin, m_y, textWidth(), 10, false, 2);
        if (link)
            cairo_tag_end(m_impl->cr, CAIRO_TAG_LINK);
        m_y += e.level == 1 ? 15 : 13;
    }
}

void PdfDocument::finish()
{
    endPage();
    cairo_surface_finish(m_impl->surface);
}

void writePng(const std::string& path, int width, int height, const Drawing& draw)
{
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    draw(cr, Rect{0, 0, static_cast<double>(width), static_cast<double>(height)});
    cairo_destroy(cr);
    writeFileAtomically(path, [&](std::ostream& out) {
        if (cairo_surface_write_to_png_stream(surface, writeToStream, &out) != CAIRO_STATUS_SUCCESS)
            out.setstate(std::ios::badbit);
    });
    cairo_surface_destroy(surface);
}

Image renderImage(int width, int height, const Drawing& draw, double scale)
{
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    draw(cr, Rect{0, 0, static_cast<double>(width) / scale, static_cast<double>(height) / scale});
    cairo_destroy(cr);
    Image image = imageOf(surface);
    cairo_surface_destroy(surface);
    return image;
}

std::string svgText(int width, int height, const Drawing& draw)
{
    std::ostringstream out;
    cairo_surface_t* surface = cairo_svg_surface_create_for_stream(writeToStream, &out, width, height);
    cairo_t* cr = cairo_create(surface);
    draw(cr, Rect{0, 0, static_cast<double>(width), static_cast<double>(height)});
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return out.str();
}

} // namespace reports
