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

/// The first page: what the document is, for whom and from whom. Each format lays it out itself
/// (PDF: a drawn page; HTML: text).
struct Cover {
    std::string brand;                ///< "Samenspel"
    std::string title;                ///< what the document is about
    std::string organisation;
    std::string round;                ///< the round and its date
    std::string kind;                 ///< e.g. "Volledig rapport"
    std::vector<std::string> details; ///< advisor, date of the report
    std::string note;                 ///< small print at the foot (the anonymity rule)
};

/// What a chart shows, for readers who cannot see it: one sentence, and its figures as tables
/// (HTML puts them behind the chart; PDF has the chart only).
struct ChartText {
    std::string description;
    std::vector<Table> data;
};

struct TocEntry {
    std::string title;
    int level = 1;
    int page = 0;
};

class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    virtual void cover(const Cover& cover) = 0;
    virtual void contents(const std::string& title, const std::vector<TocEntry>& entries) = 0;
    /// A heading; where pages exist it is kept on one page with the start of what follows it.
    virtual void heading(const std::string& text, int level = 1) = 0;
    virtual void paragraph(const std::string& text, double size = 10.0, bool bold = false) = 0;
    virtual void bullet(const std::string& text) = 0;
    virtual void table(const Table& table, double size = 8.5) = 0;
    /// A chart of `height` points over the text width, with what it shows in words and figures.
    virtual void drawing(double height, const Drawing& draw, const ChartText& text = {}) = 0;
    virtual void pageBreak() = 0;
    virtual void finish() = 0;
    virtual const std::vector<TocEntry>& headings() const = 0;
};

} // namespace reports
