#pragma once
// A report as one self-contained HTML file: styles inline, charts as inline SVG drawn by the same
// code as on paper, text escaped in one place.

#include "reports/document_sink.hpp"

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace reports {

/// Escapes text for HTML: the single place where it is done.
std::string htmlEscape(const std::string& text);

class HtmlDocument final : public DocumentSink {
public:
    /// `figuresLabel` opens the figures behind a chart ("De cijfers bij deze grafiek").
    HtmlDocument(std::ostream& out, std::string title, std::string lang, std::string figuresLabel);
    void cover(const Cover& cover) override;
    void contents(const std::string& title, const std::vector<TocEntry>& entries) override;
    void heading(const std::string& text, int level = 1) override;
    void paragraph(const std::string& text, double size = 10.0, bool bold = false) override;
    void bullet(const std::string& text) override;
    void table(const Table& table, double size = 8.5) override;
    /// Inline SVG (ids unique on the page) labelled with the description; the figures behind it
    /// in a table the reader can open.
    void drawing(double height, const Drawing& draw, const ChartText& text = {}) override;
    void pageBreak() override {}
    void finish() override;
    const std::vector<TocEntry>& headings() const override { return m_headings; }

private:
    std::ostream& m_out;
    std::string m_title;
    std::string m_lang;
    std::string m_figuresLabel;
    std::string m_contentsTitle;
    std::ostringstream m_body;
    std::vector<TocEntry> m_headings;
    bool m_inList = false;
    int m_charts = 0;
    void closeList();
    void writeTable(const Table& t);
};

} // namespace reports
