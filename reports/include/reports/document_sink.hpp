#pragma once
// What a report is written to: the content is written once, against this interface, and each
// format (PDF, HTML, data) implements it.

#include "reports/table.hpp"

#include <functional>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;

namespace reports {

struct Rect {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
};

/// Draws into a rectangle of a cairo context: charts use this, so the same code draws on a PDF
/// page, into an SVG or PNG file, and on screen.
using Drawing = std::function<void(cairo_t*, Rect)>;

struct TocEntry {
    std::string title;
    int level = 1;
    int page = 0;
};

class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    virtual void cover(const Drawing& draw) = 0;
    virtual void contents(const std::string& title, const std::vector<TocEntry>& entries) = 0;
    /// A heading, kept together with the next `keep` points where pages exist.
    virtual void heading(const std::string& text, int level = 1, double keep = 60) = 0;
    virtual void paragraph(const std::string& text, double size = 10.0, bool bold = false) = 0;
    virtual void bullet(const std::string& text) = 0;
    virtual void table(const Table& table, double size = 8.5) = 0;
    /// A chart of `height` points over the text width.
    virtual void drawing(double height, const Drawing& draw) = 0;
    virtual void pageBreak() = 0;
    virtual void finish() = 0;
    virtual const std::vector<TocEntry>& headings() const = 0;
};

} // namespace reports
