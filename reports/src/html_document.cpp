#include "reports/html_document.hpp"

#include "reports/pdf_document.hpp"

#include <nlohmann/json.hpp>

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

std::string shown(const Table& t, const Cell& c)
{
    std::string s = c.text;
    if (c.number && !c.integral && t.decimalSeparator != '.')
        for (char& ch : s)
            if (ch == '.')
                ch = t.decimalSeparator;
    return s;
}

constexpr const char* kStyle = R"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 50em; margin: 2em auto; color: #111; line-height: 1.4; }
h1 { color: #1f4073; border-bottom: 1px solid #ccd; padding-bottom: .2em; margin-top: 1.6em; }
h2 { color: #1f4073; }
header.cover { background: #1f4073; color: white; padding: 1.5em; }
table { border-collapse: collapse; font-size: .8em; margin: .5em 0 1em; }
th { background: #e6edf7; text-align: left; }
th, td { padding: .2em .5em; border-bottom: 1px solid #ddd; vertical-align: top; }
td.n { text-align: right; }
nav ol { font-size: .9em; }
svg { max-width: 100%; height: auto; }
@media print { h1 { page-break-before: always; } header.cover { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)css";

} // namespace

HtmlDocument::HtmlDocument(std::ostream& out, std::string title, std::string lang)
    : m_out(out), m_title(std::move(title)), m_lang(std::move(lang))
{
}

void HtmlDocument::closeList()
{
    if (m_inList)
        m_body << "</ul>\n";
    m_inList = false;
}

void HtmlDocument::cover(const Drawing& draw)
{
    m_body << "<header class=\"cover\">" << svgText(595, 842, draw) << "</header>\n";
}

void HtmlDocument::contents(const std::string& title, const std::vector<TocEntry>&)
{
    m_contentsTitle = title; // written in finish(), when every heading is known
    m_body << "<!--contents-->\n";
}

void HtmlDocument::heading(const std::string& text, int level, double)
{
    closeList();
    const std::string id = "s" + std::to_string(m_headings.size() + 1);
    m_headings.push_back({text, level, 0});
    m_body << "<h" << level << " id=\"" << id << "\">" << htmlEscape(text) << "</h" << level << ">\n";
}

void HtmlDocument::paragraph(const std::string& text, double size, bool bold)
{
    closeList();
    m_body << "<p" << (size > 11 || bold ? " style=\"font-weight:bold\"" : "") << (size < 9.5 ? " class=\"small\"" : "") << ">"
           << htmlEscape(text) << "</p>\n";
}

void HtmlDocument::bullet(const std::string& text)
{
    if (!m_inList)
        m_body << "<ul>\n";
    m_inList = true;
    m_body << "<li>" << htmlEscape(text) << "</li>\n";
}

void HtmlDocument::table(const Table& t, double)
{
    closeList();
    m_body << "<table>\n<tr>";
    for (const auto& c : t.columns)
        m_body << "<th>" << htmlEscape(c.header) << "</th>";
    m_body << "</tr>\n";
    for (const auto& row : t.rows) {
        m_body << "<tr>";
        for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
            m_body << (t.columns[i].rightAligned ? "<td class=\"n\">" : "<td>") << htmlEscape(shown(t, row[i])) << "</td>";
        m_body << "</tr>\n";
    }
    m_body << "</table>\n";
}

void HtmlDocument::drawing(double height, const Drawing& draw)
{
    closeList();
    m_body << "<figure>" << svgText(483, static_cast<int>(height), draw) << "</figure>\n";
}

void HtmlDocument::finish()
{
    closeList();
    std::string body = m_body.str();
    std::string toc = "<nav><h1>" + htmlEscape(m_contentsTitle) + "</h1><ol>\n";
    for (std::size_t i = 0; i < m_headings.size(); ++i)
        if (m_headings[i].level == 1)
            toc += "<li><a href=\"#s" + std::to_string(i + 1) + "\">" + htmlEscape(m_headings[i].title) + "</a></li>\n";
    toc += "</ol></nav>\n";
    if (const auto p = body.find("<!--contents-->"); p != std::string::npos)
        body.replace(p, 15, toc);
    m_out << "<!DOCTYPE html>\n<html lang=\"" << htmlEscape(m_lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
          << htmlEscape(m_title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
          << body << "</body>\n</html>\n";
}

void DataDocument::heading(const std::string& text, int level, double)
{
    m_headings.push_back({text, level, 0});
    m_current = text;
}

void DataDocument::table(const Table& table, double)
{
    m_sections.push_back({m_current, table});
}

void DataDocument::writeJson(std::ostream& out) const
{
    using nlohmann::json;
    json tables = json::array();
    for (const auto& s : m_sections) {
        json columns = json::array();
        for (const auto& c : s.table.columns)
            columns.push_back({{"key", c.key}, {"header", c.header}});
        json rows = json::array();
        for (const auto& row : s.table.rows) {
            json r = json::object();
            for (std::size_t i = 0; i < row.size() && i < s.table.columns.size(); ++i) {
                const auto& c = row[i];
                r[s.table.columns[i].key] = c.null ? json(nullptr)
                                            : c.number && c.integral ? json(static_cast<long long>(*c.number))
                                            : c.number              ? json(*c.number)
                                                                    : json(c.text);
            }
            rows.push_back(r);
        }
        tables.push_back({{"section", s.title}, {"columns", columns}, {"rows", rows}});
    }
    out << json{{"tables", tables}}.dump(2) << "\n";
}

void DataDocument::writeCsv(std::ostream& out) const
{
    core::CsvWriter writer(out, core::CsvDialect::standard());
    for (const auto& s : m_sections) {
        std::vector<std::string> header{"table"};
        for (const auto& c : s.table.columns)
            header.push_back(c.key);
        writer.row(header);
        for (const auto& row : s.table.rows) {
            std::vector<std::string> cells{s.title};
            for (const auto& c : row)
                cells.push_back(c.null ? std::string() : c.number ? c.text : core::neutraliseFormula(c.text));
            writer.row(cells);
        }
    }
}

} // namespace reports
