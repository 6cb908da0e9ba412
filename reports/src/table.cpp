#include "reports/table.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace reports {
namespace {

/// Display width of UTF-8 text: code points, not bytes (enough for Latin text with accents).
std::size_t width(const std::string& s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void writeText(std::ostream& out, const Table& t)
{
    std::vector<std::size_t> widths;
    for (const auto& c : t.columns)
        widths.push_back(width(c.header));
    for (const auto& row : t.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], width(cellText(row[i], t.decimalSeparator)));
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string s;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::string pad(widths[i] - std::min(widths[i], width(cells[i])), ' ');
            s += (i ? "  " : "") + (t.columns[i].rightAligned ? pad + cells[i] : cells[i] + pad);
        }
        while (!s.empty() && s.back() == ' ')
            s.pop_back();
        out << s << '\n';
    };
    std::vector<std::string> headers;
    std::vector<std::string> rules;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        headers.push_back(t.columns[i].header);
        rules.emplace_back(widths[i], '-');
    }
    line(headers);
    line(rules);
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const auto& c : row)
            cells.push_back(cellText(c, t.decimalSeparator));
        line(cells);
    }
}

} // namespace

nlohmann::json rowsJson(const Table& t)
{
    auto array = nlohmann::json::array();
    for (const auto& row : t.rows) {
        nlohmann::json object = nlohmann::json::object();
        for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
            const Cell& c = row[i];
            if (c.null)
                object[t.columns[i].key] = nullptr;
            else if (c.number && c.integral)
                object[t.columns[i].key] = static_cast<long long>(*c.number);
            else if (c.number)
                object[t.columns[i].key] = *c.number;
            else if (c.boolean)
                object[t.columns[i].key] = c.text == "true";
            else
                object[t.columns[i].key] = c.code.empty() ? c.text : c.code;
        }
        array.push_back(std::move(object));
    }
    return array;
}

namespace {

void writeJson(std::ostream& out, const Table& t) { out << rowsJson(t).dump(2) << '\n'; }

void writeCsv(std::ostream& out, const Table& t)
{
    core::CsvWriter writer(out, core::CsvDialect::standard());
    std::vector<std::string> header;
    for (const auto& c : t.columns)
        header.push_back(c.key);
    writer.row(header);
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const auto& c : row)
            cells.push_back(c.null ? std::string() : c.number ? c.text : core::neutraliseFormula(c.code.empty() ? c.text : c.code));
        writer.row(cells);
    }
}

} // namespace

Cell Cell::of(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    Cell c{buffer, v, false, false, decimals, {}};
    // As formatNumber: a value that rounds to zero is "0.0", never "-0.0".
    if (c.text.find_first_not_of("-0.") == std::string::npos && c.text[0] == '-')
        c.text.erase(0, 1);
    return c;
}

Cell Cell::change(double v, int decimals)
{
    Cell c = of(v, decimals);
    if (v > 0 && c.text.find_first_not_of("0.") != std::string::npos) // no "+0.0"
        c.text.insert(0, "+");
    return c;
}

std::string typeset(std::string text)
{
    static const std::string euro = "€";
    for (std::size_t at = text.find(euro); at != std::string::npos; at = text.find(euro, at + euro.size())) {
        // A sign and the euro are both "prefix" characters, between which a line may break: a
        // word joiner keeps them together.
        if (at > 0 && text[at - 1] == '-') {
            text.replace(at - 1, 1, "\u2212\u2060"); // the minus sign: six bytes for one
            at += 5;
        } else if (at > 0 && text[at - 1] == '+') {
            text.insert(at, "\u2060");
            at += 3;
        }
        const auto after = at + euro.size();
        if (after < text.size() && text[after] == ' ')
            text.replace(after, 1, "\u00a0");
    }
    return text;
}

std::string cellText(const Cell& c, char separator)
{
    std::string text = c.text;
    if (c.number && !c.integral && separator != '.')
        for (char& ch : text)
            if (ch == '.')
                ch = separator;
    return text;
}

char decimalSeparator(core::Language lang) { return lang == core::Language::Nl ? ',' : '.'; }



void writeTable(std::ostream& out, const Table& table, TableFormat format)
{
    switch (format) {
    case TableFormat::Text: writeText(out, table); break;
    case TableFormat::Json: writeJson(out, table); break;
    case TableFormat::Csv: writeCsv(out, table); break;
    }
}

void writeHeading(std::ostream& out, std::string_view title)
{
    out << "\n" << title << "\n" << std::string(width(std::string(title)), '=') << "\n";
}

Table withoutColumns(const Table& table, std::initializer_list<const char*> keys)
{
    Table out;
    out.decimalSeparator = table.decimalSeparator;
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return table.columns[i].key == k; })) {
            kept.push_back(i);
            out.columns.push_back(table.columns[i]);
        }
    for (const auto& row : table.rows) {
        std::vector<Cell> cells;
        for (const auto i : kept)
            cells.push_back(row[i]);
        out.rows.push_back(std::move(cells));
    }
    return out;
}

} // namespace reports
