#include "reports/html_document.hpp"

#include "reports/pdf_document.hpp"


namespace reports {

std::string htmlEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

constexpr const char* kStyle = R"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 50em; margin: 0 auto; padding: 1em; color: #111; line-height: 1.45; }
h2 { color: #1f4073; border-bottom: 1px solid #ccd; padding-bottom: .2em; margin-top: 1.6em; font-size: 1.6em; }
h3 { color: #1f4073; font-size: 1.25em; }
header.cover { margin: 0 0 2em; border: 1px solid #ccd; }
header.cover .band { background: #1f4073; color: #fff; padding: 1.5em 1.5em 2em; }
header.cover .brand { margin: 0 0 .6em; }
header.cover .title { font-size: 1.7em; font-weight: bold; line-height: 1.25; margin: 0; }
header.cover .about { padding: 1.5em; }
header.cover .organisation { font-size: 1.5em; font-weight: bold; margin: 0 0 .2em; }
header.cover .kind { margin-top: 1.2em; }
header.cover .details p { margin: .1em 0; }
header.cover .note { color: #555; font-size: .85em; margin-top: 2em; }
.table { overflow-x: auto; margin: .5em 0 1em; }
table { border-collapse: collapse; font-size: .85em; }
th { background: #e6edf7; text-align: left; vertical-align: bottom; }
th, td { padding: .25em .5em; border-bottom: 1px solid #ddd; vertical-align: top; }
td.n, th.n { text-align: right; }
p.small { font-size: .85em; }
figure { margin: 1em 0; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: .85em; color: #333; margin-top: .3em; }
details { font-size: .9em; }
summary { cursor: pointer; color: #1f4073; }
nav ol { font-size: .95em; }
@media (max-width: 40em) { body { padding: .5em; } h2 { font-size: 1.35em; } header.cover .title { font-size: 1.35em; } }
@media print { h2 { break-before: page; } h2, h3 { break-after: avoid; } figure, tr { break-inside: avoid; } header.cover .band { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)css";

/// A chart's SVG from cairo made fit to stand inside HTML: no XML prolog, and its ids (cairo
/// numbers them from 0 in every file) prefixed, so that no two charts on one page share one.
std::string inlineSvg(const std::string& svg, const std::string& prefix, const std::string& label)
{
    std::string out = svg.substr(std::min(svg.find("<svg"), svg.size()));
    const auto replaceAll = [&](const std::string& from, const std::string& to) {
        for (std::size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + to.size()))
            out.replace(p, from.size(), to);
    };
    replaceAll("id=\"", "id=\"" + prefix);
    replaceAll("href=\"#", "href=\"#" + prefix);
    replaceAll("url(#", "url(#" + prefix);
    out.insert(4, " role=\"img\" aria-label=\"" + htmlEscape(label) + "\"");
    return out;
}

} // namespace

HtmlDocument::HtmlDocument(std::ostream& out, std::string title, std::string lang, std::string figuresLabel)
    : m_out(out), m_title(std::move(title)), m_lang(std::move(lang)), m_figuresLabel(std::move(figuresLabel))
{
}

void HtmlDocument::closeList()
{
    if (m_inList)
        m_body << "</ul>\n";
    m_inList = false;
}

void HtmlDocument::cover(const Cover& c)
{
    m_body << "<header class=\"cover\">\n<div class=\"band\"><p class=\"brand\">" << htmlEscape(c.brand)
           << "</p><h1 class=\"title\">" << htmlEscape(c.title) << "</h1></div>\n<div class=\"about\">\n<p class=\"organisation\">"
           << htmlEscape(c.organisation) << "</p>\n<p>" << htmlEscape(c.round) << "</p>\n<p class=\"kind\">"
           << htmlEscape(c.kind) << "</p>\n<div class=\"details\">";
    for (const auto& line : c.details)
        m_body << "<p>" << htmlEscape(line) << "</p>";
    m_body << "</div>\n<p class=\"note\">" << htmlEscape(c.note) << "</p>\n</div>\n</header>\n";
}

void HtmlDocument::contents(const std::string& title, const std::vector<TocEntry>&)
{
    m_contentsTitle = title; // written in finish(), when every heading is known
    m_body << "<!--contents-->\n";
}

void HtmlDocument::heading(const std::string& text, int level)
{
    closeList();
    const std::string id = "s" + std::to_string(m_headings.size() + 1);
    m_headings.push_back({text, level, 0});
    // The cover's title is the page's one h1; chapters are h2, sections h3.
    m_body << "<h" << level + 1 << " id=\"" << id << "\">" << htmlEscape(text) << "</h" << level + 1 << ">\n";
}

void HtmlDocument::paragraph(const std::string& text, double size, bool bold)
{
    closeList();
    m_body << "<p" << (size > 11 || bold ? " style=\"font-weight:bold\"" : "") << (size < 9.5 ? " class=\"small\"" : "") << ">"
           << htmlEscape(typeset(text)) << "</p>\n";
}

void HtmlDocument::bullet(const std::string& text)
{
    if (!m_inList)
        m_body << "<ul>\n";
    m_inList = true;
    m_body << "<li>" << htmlEscape(typeset(text)) << "</li>\n";
}

void HtmlDocument::table(const Table& t, double)
{
    closeList();
    writeTable(t);
}

void HtmlDocument::writeTable(const Table& t)
{
    const auto cls = [&](std::size_t i) { return t.columns[i].rightAligned ? std::string(" class=\"n\"") : std::string(); };
    m_body << "<div class=\"table\"><table>\n<thead><tr>";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        m_body << "<th scope=\"col\"" << cls(i) << ">" << htmlEscape(t.columns[i].header) << "</th>";
    m_body << "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        m_body << "<tr>";
        for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
            m_body << "<td" << cls(i) << ">" << htmlEscape(typeset(cellText(row[i], t.decimalSeparator))) << "</td>";
        m_body << "</tr>\n";
    }
    m_body << "</tbody>\n</table></div>\n";
}

void HtmlDocument::drawing(double height, const Drawing& draw, const ChartText& text)
{
    closeList();
    const std::string prefix = "c" + std::to_string(++m_charts) + "-";
    m_body << "<figure>" << inlineSvg(svgText(483, static_cast<int>(height), draw), prefix, text.description) << "\n";
    if (!text.data.empty()) {
        m_body << "<details><summary>" << htmlEscape(m_figuresLabel) << "</summary>\n";
        for (const auto& t : text.data)
            writeTable(t);
        m_body << "</details>\n";
    }
    m_body << "</figure>\n";
}

void HtmlDocument::finish()
{
    closeList();
    std::string body = m_body.str();
    std::string toc = "<nav><h2>" + htmlEscape(m_contentsTitle) + "</h2><ol>\n";
    for (std::size_t i = 0; i < m_headings.size(); ++i)
        if (m_headings[i].level == 1)
            toc += "<li><a href=\"#s" + std::to_string(i + 1) + "\">" + htmlEscape(m_headings[i].title) + "</a></li>\n";
    toc += "</ol></nav>\n";
    if (const auto p = body.find("<!--contents-->"); p != std::string::npos)
        body.replace(p, 15, toc);
    m_out << "<!DOCTYPE html>\n<html lang=\"" << htmlEscape(m_lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
          << htmlEscape(m_title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
          << body << "</body>\n</html>\n";
}

} // namespace reports
