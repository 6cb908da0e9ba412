#pragma once
// An A4 PDF document written with cairo and pango: flowing text, numbered headings (collected for
// the table of contents), tables, charts, a running header and page numbers. Fonts are embedded
// by cairo (subsets of DejaVu Sans).

#include "reports/document_sink.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace reports {

/// An RGB image: a chart or a report page for the screen.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb; ///< width x height x 3 bytes, row by row
};

/// Pages drawn as images instead of PDF: the same layout and page breaks as the PDF (text is
/// measured without hinting, as on paper), for the desktop program's preview.
struct PageImages {
    double scale = 1.0; ///< pixels per point
    int maxPages = 0;   ///< 0: every page; else the first pages only (the rest is laid out, not kept)
    std::vector<Image> pages;
};

/// What a PDF says about itself (File > Properties in a reader).
struct PdfInfo {
    std::string title;
    std::string author;   ///< the advisor; empty: none
    std::string subject;
    std::string keywords; ///< comma-separated
    std::string date;     ///< YYYY-MM-DD; empty: cairo's time of writing
    std::string language; ///< "nl" or "en": the catalogue's /Lang (screen readers read by it)
};

class PdfDocument final : public DocumentSink {
public:
    /// Writes to `out` (use writeFileAtomically for files). `header` runs at the top of every
    /// page but the first; `pageLabel` is "page {0} of {1}"-like with {0} only ("pagina {0}").
    PdfDocument(std::ostream& out, std::string header, std::string pageLabel);
    /// Draws the pages into `images` instead (kept until the document is destroyed).
    PdfDocument(PageImages& images, std::string header, std::string pageLabel);
    ~PdfDocument() override;
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    static constexpr double kWidth = 595.276; ///< A4 in points
    static constexpr double kHeight = 841.89;
    static constexpr double kMargin = 56.0;
    double textWidth() const { return kWidth - 2 * kMargin; }

    /// The cover: the first page, which gets no header or number.
    void cover(const Cover& cover) override;
    void heading(const std::string& text, int level = 1) override;
    void paragraph(const std::string& text, double size = 10.0, bool bold = false) override;
    void bullet(const std::string& text) override;
    void table(const Table& table, double size = 8.5) override;
    void drawing(double height, const Drawing& draw, const ChartText& text = {}) override;
    void pageBreak() override;
    /// The table of contents, from the headings of an earlier pass over the same content.
    void contents(const std::string& title, const std::vector<TocEntry>& entries) override;
    const std::vector<TocEntry>& headings() const override { return m_headings; }
    void finish() override;

    void space(double points);
    int page() const { return m_page; }
    /// Table cells so narrow that a word in them had to break across lines (0 in a good layout).
    std::size_t brokenWords() const { return m_brokenWords; }
    /// For a draft that only learns where headings fall: charts take their room but are not drawn.
    void draftOnly() { m_draft = true; }
    /// Title, author, subject, keywords and language in the PDF (no effect on page images).
    void describe(const PdfInfo& info);

private:
    struct Impl;
    void ensure(double height);
    /// Places the headings (and a short paragraph introducing what follows them) waiting for their
    /// content on the page where the next `height` points, the start of that content, fit too.
    void placeWaiting(double height);
    void closeList(); ///< ends the list structure element that bullets opened
    void startPage();
    void endPage();

    std::unique_ptr<Impl> m_impl;
    std::string m_header;
    std::string m_pageLabel;
    std::vector<TocEntry> m_headings;
    struct Waiting {
        std::string text;
        int level = 0; ///< 1 or 2: a heading; 0: a short paragraph after a heading
        double size = 10;
        bool bold = false;
    };
    std::vector<Waiting> m_waiting; ///< not yet placed: their page depends on what follows
    int m_chapter = 0; ///< the outline item of the last level-1 heading (bookmarks nest under it)
    int m_page = 0;
    std::size_t m_brokenWords = 0;
    bool m_inList = false;
    bool m_draft = false;
    double m_y = 0;
    bool m_open = false;
};

/// The table of contents with the pages its headings fall on: `write` writes the document with the
/// contents it is given into draft passes, which learn the pages; the contents page itself may move
/// them, so passes repeat until they stay put (in practice twice).
std::vector<TocEntry> settledContents(const std::string& header, const std::string& pageLabel,
                                      const std::function<void(DocumentSink&, const std::vector<TocEntry>&)>& write);

/// Pango text in a cairo context: the one place text is laid out (documents and charts).
/// Returns the height used. `align`: 0 left, 1 centre, 2 right.
double drawText(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold = false,
                int align = 0);
/// The height text would take.
double textHeight(cairo_t* cr, const std::string& text, double width, double size, bool bold = false);
/// The width of a single line of text.
double textWidthOf(cairo_t* cr, const std::string& text, double size, bool bold = false);

/// A drawing as an RGB image (for showing on screen); `scale` enlarges the drawing's text and lines
/// (a drawing laid out for 1.5 x fewer points fills the same pixels).
Image renderImage(int width, int height, const Drawing& draw, double scale = 1.0);

/// A drawing as a PNG or SVG file (written atomically), or SVG text for HTML.
void writePng(const std::string& path, int width, int height, const Drawing& draw);
/// The unit of an SVG's width and height: points for print, pixels for a screen (the projector's
/// picture, drawn for exactly the pixels of the window that shows it).
enum class SvgUnit { Point, Pixel };
std::string svgText(int width, int height, const Drawing& draw, SvgUnit unit = SvgUnit::Point);

} // namespace reports
