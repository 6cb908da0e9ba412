// Writing CSV (the single place where fields are quoted), formula neutralising and column letters.
#include "core/io/csv.hpp"

#include <algorithm>
#include <iterator>

namespace core {

CsvWriter::CsvWriter(std::ostream& out, CsvDialect dialect) : m_out(out), m_dialect(dialect)
{
    if (m_dialect.bom)
        m_out << "\xEF\xBB\xBF";
}

void CsvWriter::row(const std::vector<std::string>& fields)
{
    bool firstField = true;
    for (const auto& f : fields) {
        if (!firstField)
            m_out << m_dialect.separator;
        firstField = false;
        const bool needsQuotes = f.find_first_of(std::string{m_dialect.separator, '"', '\n', '\r'}) != std::string::npos ||
                                 (!f.empty() && (f.front() == ' ' || f.back() == ' '));
        if (!needsQuotes) {
            m_out << f;
            continue;
        }
        m_out << '"';
        for (const char c : f) {
            if (c == '"')
                m_out << '"';
            m_out << c;
        }
        m_out << '"';
    }
    m_out << (m_dialect.crlf ? "\r\n" : "\n");
}

std::string neutraliseFormula(const std::string& text)
{
    // Spreadsheets skip blanks before a formula, and some read the full-width forms as the ASCII
    // ones (OWASP, "CSV Injection").
    static constexpr std::string_view kFullWidth[] = {"\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"};
    if (!text.empty() && (text[0] == '\t' || text[0] == '\r'))
        return "'" + text;
    const auto start = std::min(text.find_first_not_of(" \t\r\n"), text.size());
    const std::string_view rest = std::string_view(text).substr(start);
    const bool formula = (!rest.empty() && std::string_view("=+-@").find(rest[0]) != std::string_view::npos) ||
                         std::any_of(std::begin(kFullWidth), std::end(kFullWidth),
                                     [&](std::string_view sign) { return rest.starts_with(sign); });
    return formula ? "'" + text : text;
}

std::string columnLetter(std::size_t index)
{
    std::string out;
    ++index;
    while (index > 0) {
        const auto rem = (index - 1) % 26;
        out.insert(out.begin(), static_cast<char>('A' + rem));
        index = (index - 1) / 26;
    }
    return out;
}

} // namespace core
