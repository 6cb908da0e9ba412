#include "reports/pdf_document.hpp"
#include "reports/projector.hpp"

#include "reports/atomic_file.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
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

/// A structure element of a tagged PDF around what is drawn in its lifetime (PDF 1.7, 14.8.4):
/// what screen readers and reflowing readers follow. Cairo ignores tags on image surfaces.
class Tag {
public:
    Tag(cairo_t* cr, const char* name) : m_cr(cr), m_name(name) { cairo_tag_begin(m_cr, m_name, ""); }
    ~Tag() { cairo_tag_end(m_cr, m_name); }
    Tag(const Tag&) = delete;
    Tag& operator=(const Tag&) = delete;

private:
    cairo_t* m_cr;
    const char* m_name;
};

} // namespace

namespace {
/// The smallest text drawn on this thread while a SmallestText lives (0: none is recording).
thread_local double t_smallest = 0;
thread_local int t_probes = 0;
} // namespace

SmallestText::SmallestText()
{
    if (t_probes++ == 0)
        t_smallest = 1e9;
}
SmallestText::~SmallestText() { --t_probes; }
double SmallestText::pixels() const { return t_smallest; }

double drawText(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold, int align)
{
    if (t_probes > 0 && !text.empty()) {
        double dx = 0;
        double dy = size;
        cairo_user_to_device_distance(cr, &dx, &dy);
        t_smallest = std::min(t_smallest, std::hypot(dx, dy)); // also when the text is rotated
    }
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
    std::ostream* out = nullptr;  ///< where the finished PDF goes
    std::ostringstream pdf;       ///< what cairo writes, completed in finish()
    std::string language;         ///< the document's language, for the catalogue
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
    m_impl->out = &out;
    m_impl->surface = cairo_pdf_surface_create_for_stream(writeToStream, &m_impl->pdf, kWidth, kHeight);
    cairo_pdf_surface_set_metadata(m_impl->surface, CAIRO_PDF_METADATA_CREATOR, "Samenspel");
    m_impl->cr = cairo_create(m_impl->surface);
    m_impl->measure = m_impl->cr;
    // Tagged: everything is inside one Document element. (Cairo 1.16 also needs a structure
    // element once there are links: without one it leaves a reserved object unwritten.)
    cairo_tag_begin(m_impl->cr, "Document", "");
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

void PdfDocument::cover(const Cover& c)
{
    startPage();
    cairo_t* cr = m_impl->cr;
    const double x = kMargin;
    const double w = kWidth - 2 * kMargin;
    cairo_set_source_rgb(cr, 0.12, 0.25, 0.45);
    cairo_rectangle(cr, 0, 0, kWidth, 250);
    cairo_fill(cr);
    const auto text = [&](const char* tag, const std::string& s, double top, double size, bool bold = false) {
        const Tag t(cr, tag);
        return drawText(cr, s, x, top, w, size, bold);
    };
    cairo_set_source_rgb(cr, 1, 1, 1);
    text("P", c.brand, 80, 14);
    text("H1", c.title, 110, 22, true);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    double y = 300;
    y += text("P", c.organisation, y, 20, true) + 10;
    y += text("P", c.round, y, 13) + 30;
    y += text("P", c.kind, y, 12) + 8;
    for (const auto& line : c.details)
        y += text("P", line, y, 11) + 4;
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    text("P", c.note, kHeight - 80, 9);
    cairo_set_source_rgb(cr, 0, 0, 0);
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
    m_impl->language = info.language;
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

namespace {
double headingSize(int level) { return level == 1 ? 16 : 12; }
double headingSpace(int level) { return level == 1 ? 8 : 4; }
} // namespace

void PdfDocument::heading(const std::string& text, int level)
{
    m_waiting.push_back({text, level, headingSize(level), true});
}

void PdfDocument::placeWaiting(double height)
{
    closeList();
    if (m_waiting.empty()) {
        ensure(height);
        return;
    }
    const auto heightOf = [&](const Waiting& w) {
        const double h = textHeight(m_impl->measure, w.text, textWidth(), w.size, w.bold);
        return w.level > 0 ? headingSpace(w.level) + h + 6 : h + 5;
    };
    double waiting = 0;
    for (const auto& w : m_waiting)
        waiting += heightOf(w);
    // Content taller than a page starts under its headings wherever they are.
    ensure(waiting + std::min(height, kHeight - 2 * kMargin - 18 - waiting));
    for (const auto& w : m_waiting) {
        if (w.level == 0) {
            const Tag p(m_impl->cr, "P");
            m_y += drawText(m_impl->cr, w.text, kMargin, m_y, textWidth(), w.size, w.bold) + 5;
            continue;
        }
        m_y += headingSpace(w.level);
        if (!m_impl->images) { // a bookmark per heading, sections under their chapter
            const int item = cairo_pdf_surface_add_outline(m_impl->surface,
                                                           w.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : m_chapter,
                                                           w.text.c_str(), target(m_page, m_y).c_str(),
                                                           static_cast<cairo_pdf_outline_flags_t>(0));
            if (w.level == 1)
                m_chapter = item;
        }
        cairo_set_source_rgb(m_impl->cr, 0.12, 0.25, 0.45);
        const Tag h(m_impl->cr, w.level == 1 ? "H1" : "H2");
        m_y += drawText(m_impl->cr, w.text, kMargin, m_y, textWidth(), w.size, true) + 6;
        cairo_set_source_rgb(m_impl->cr, 0, 0, 0);
        m_headings.push_back({w.text, w.level, m_page});
    }
    m_waiting.clear();
}

void PdfDocument::paragraph(const std::string& raw, double size, bool bold)
{
    const std::string text = typeset(raw);
    const double h = textHeight(m_impl->measure, text, textWidth(), size, bold);
    // A short paragraph after a heading, or a bold one (a heading of its own), introduces what
    // follows: it waits to be placed with it.
    if (h < 60 && (bold || (!m_waiting.empty() && m_waiting.back().level > 0))) {
        m_waiting.push_back({text, 0, size, bold});
        return;
    }
    placeWaiting(h);
    const Tag p(m_impl->cr, "P");
    drawText(m_impl->cr, text, kMargin, m_y, textWidth(), size, bold);
    m_y += h + 5;
}

void PdfDocument::bullet(const std::string& raw)
{
    const std::string text = typeset(raw);
    const double h = textHeight(m_impl->measure, text, textWidth() - 14, 10);
    if (m_inList && m_waiting.empty()) // the next item of the same list
        ensure(h);
    else
        placeWaiting(h);
    if (!m_inList)
        cairo_tag_begin(m_impl->cr, "L", "");
    m_inList = true;
    const Tag item(m_impl->cr, "LI");
    {
        const Tag label(m_impl->cr, "Lbl");
        drawText(m_impl->cr, "•", kMargin + 2, m_y, 10, 10);
    }
    const Tag body(m_impl->cr, "LBody");
    drawText(m_impl->cr, text, kMargin + 14, m_y, textWidth() - 14, 10);
    m_y += h + 3;
}

void PdfDocument::closeList()
{
    if (m_inList)
        cairo_tag_end(m_impl->cr, "L");
    m_inList = false;
}

void PdfDocument::space(double points) { m_y += points; }

void PdfDocument::pageBreak()
{
    placeWaiting(0);
    endPage();
    startPage();
}

void PdfDocument::drawing(double height, const Drawing& draw, const ChartText& text)
{
    placeWaiting(height);
    // A chart is a figure; a drawing without a description (a question on the paper form) is
    // a group of its own.
    const Tag figure(m_impl->cr, text.description.empty() ? "Div" : "Figure");
    cairo_save(m_impl->cr);
    if (!m_draft)
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
    const auto shown = [&](const Cell& c) { return typeset(cellText(c, t.decimalSeparator)); };
    // Each column as wide as its content (long text capped, and wrapping); no narrower than its
    // longest word, so that nothing breaks inside a word. When even the words do not fit, the
    // table's type gets smaller (down to 6 pt) before a word has to break.
    const auto widestWord = [&](const std::string& s, double sz, bool bold) {
        double w = 0;
        std::size_t start = 0;
        while (start < s.size()) {
            const auto end = std::min(s.find(' ', start), s.size());
            if (end > start)
                w = std::max(w, textWidthOf(measure, s.substr(start, end - start), sz, bold));
            start = end + 1;
        }
        return w;
    };
    std::vector<double> natural(columns);
    std::vector<double> least(columns);
    const auto measureColumns = [&](double sz) {
        for (std::size_t i = 0; i < columns; ++i) {
            const auto& header = t.columns[i].header;
            // A number column's header may wrap between words; a text column's header stays whole.
            natural[i] = std::min(200.0, t.columns[i].rightAligned ? widestWord(header, sz, true)
                                                                    : textWidthOf(measure, header, sz, true));
            least[i] = widestWord(header, sz, true);
            for (const auto& row : t.rows)
                if (i < row.size()) {
                    const auto text = shown(row[i]);
                    natural[i] = std::max(natural[i], std::min(260.0, textWidthOf(measure, text, sz)));
                    least[i] = std::max(least[i], widestWord(text, sz, false));
                }
            least[i] += 8;
            natural[i] = std::max(natural[i] + 8, least[i]);
        }
    };
    const auto sum = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    measureColumns(size);
    while (sum(least) > textWidth() && size > 6.0) {
        size = std::max(6.0, size - 0.5);
        measureColumns(size);
    }
    std::vector<double> widths = natural;
    if (sum(natural) > textWidth()) {
        // Every column gives up the same share of what it has beyond its longest word.
        const double room = textWidth() - sum(least);
        const double spare = sum(natural) - sum(least);
        for (std::size_t i = 0; i < columns; ++i)
            widths[i] = room >= 0 ? least[i] + (natural[i] - least[i]) * room / spare : least[i] * textWidth() / sum(least);
    }
    for (std::size_t i = 0; i < columns; ++i) { // what still had to break (none in a good table)
        m_brokenWords += widestWord(t.columns[i].header, size, true) > widths[i] - 6 ? 1U : 0U;
        for (const auto& row : t.rows)
            if (i < row.size())
                m_brokenWords += widestWord(shown(row[i]), size, false) > widths[i] - 6 ? 1U : 0U;
    }
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
        const Tag tr(cr, "TR");
        double x = kMargin;
        if (bold) {
            cairo_set_source_rgb(cr, 0.90, 0.93, 0.97);
            cairo_rectangle(cr, kMargin, m_y, textWidth(), h);
            cairo_fill(cr);
            cairo_set_source_rgb(cr, 0, 0, 0);
        }
        for (std::size_t i = 0; i < columns && i < cells.size(); ++i) {
            const Tag cell(cr, bold ? "TH" : "TD");
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
    placeWaiting(headerHeight * 3);
    const Tag table(cr, "Table");
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
    placeWaiting(14);
    const Tag toc(m_impl->cr, "TOC");
    for (const auto& e : entries) {
        if (e.title == title)
            continue;
        const double indent = e.level == 1 ? 0 : 16;
        ensure(14);
        // Each line is a link to its page (the page is known from the earlier pass).
        const bool link = !m_impl->images && e.page > 0;
        const Tag line(m_impl->cr, "TOCI");
        if (link)
            cairo_tag_begin(m_impl->cr, CAIRO_TAG_LINK, target(e.page, kMargin).c_str());
        drawText(m_impl->cr, e.title, kMargin + indent, m_y, textWidth() - indent - 40, e.level == 1 ? 10 : 9, e.level == 1);
        drawText(m_impl->cr, std::to_string(e.page), kMargin, m_y, textWidth(), 10, false, 2);
        if (link)
            cairo_tag_end(m_impl->cr, CAIRO_TAG_LINK);
        m_y += e.level == 1 ? 15 : 13;
    }
}

namespace {

/// An incremental update (PDF 1.7, 7.5.6) that gives the document catalogue of `pdf`, as cairo
/// 1.16 writes it, a /Lang entry: cairo has no call for the language that screen readers and
/// hyphenation use. Empty when the file does not look as expected.
std::string languageUpdate(const std::string& pdf, const std::string& language)
{
    const auto number = [&](const std::string& key, std::size_t from) -> long long {
        const auto at = pdf.find(key, from);
        return at == std::string::npos ? -1 : std::atoll(pdf.c_str() + at + key.size());
    };
    const auto start = pdf.rfind("startxref");
    const auto trailer = pdf.rfind("trailer");
    if (start == std::string::npos || trailer == std::string::npos || trailer > start)
        return {};
    const long long previous = number("startxref", start);
    const long long size = number("/Size ", trailer);
    const long long root = number("/Root ", trailer);
    const long long info = number("/Info ", trailer);
    const auto object = pdf.find("\n" + std::to_string(root) + " 0 obj");
    if (previous <= 0 || size <= 0 || root <= 0 || object == std::string::npos)
        return {};
    const auto open = pdf.find("<<", object);
    const auto end = pdf.find("endobj", object);
    const auto close = pdf.rfind(">>", end);
    if (open == std::string::npos || end == std::string::npos || close == std::string::npos || close < open ||
        pdf.find("/Lang", open) < end)
        return {};
    const std::size_t offset = pdf.size();
    std::string update = std::to_string(root) + " 0 obj\n" + pdf.substr(open, close - open) + "   /Lang (" + language +
                         ")\n>>\nendobj\n";
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    const std::size_t xref = offset + update.size();
    update += "xref\n" + std::to_string(root) + " 1\n" + entry + "trailer\n<< /Size " + std::to_string(size) + "\n   /Root " +
              std::to_string(root) + " 0 R\n" + (info > 0 ? "   /Info " + std::to_string(info) + " 0 R\n" : std::string()) +
              "   /Prev " + std::to_string(previous) + "\n>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return update;
}

} // namespace

void PdfDocument::finish()
{
    placeWaiting(0);
    if (m_impl->out)
        cairo_tag_end(m_impl->cr, "Document");
    endPage();
    cairo_surface_finish(m_impl->surface);
    if (!m_impl->out)
        return;
    const std::string pdf = m_impl->pdf.str();
    m_impl->out->write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
    if (!m_impl->language.empty()) {
        const auto update = languageUpdate(pdf, m_impl->language);
        m_impl->out->write(update.data(), static_cast<std::streamsize>(update.size()));
    }
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

std::string svgText(int width, int height, const Drawing& draw, SvgUnit unit)
{
    std::ostringstream out;
    cairo_surface_t* surface = cairo_svg_surface_create_for_stream(writeToStream, &out, width, height);
    if (unit == SvgUnit::Pixel)
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
    cairo_t* cr = cairo_create(surface);
    draw(cr, Rect{0, 0, static_cast<double>(width), static_cast<double>(height)});
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return out.str();
}

std::vector<TocEntry> settledContents(const std::string& header, const std::string& pageLabel,
                                      const std::function<void(DocumentSink&, const std::vector<TocEntry>&)>& write)
{
    std::vector<TocEntry> toc;
    for (int pass = 0; pass < 4; ++pass) {
        std::ostringstream discard;
        PdfDocument draft(discard, header, pageLabel);
        draft.draftOnly();
        write(draft, toc);
        const auto& found = draft.headings();
        const bool stable = found.size() == toc.size() &&
                            std::equal(found.begin(), found.end(), toc.begin(),
                                       [](const TocEntry& a, const TocEntry& b) { return a.page == b.page; });
        toc = found;
        if (stable)
            break;
    }
    return toc;
}

} // namespace reports
