#include "core/csv.hpp"

#include "core/text_util.hpp"

#include <algorithm>
#include <iterator>

namespace core {

bool CsvRecord::blank() const
{
    for (const auto& f : fields)
        if (!trim(f).empty())
            return false;
    return true;
}

CsvReader::CsvReader(std::istream& in) : m_in(in) {}

bool CsvReader::readLine(std::string& line)
{
    if (!std::getline(m_in, line)) {
        if (m_in.bad())
            m_problem = Message{tx("the file could not be read further than line {0}"), {std::to_string(m_line)}};
        return false;
    }
    ++m_line;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (m_first) {
        m_first = false;
        if (line.starts_with("\xFF\xFE") || line.starts_with("\xFE\xFF") || line.find('\0') != std::string::npos) {
            m_problem = Message{tx("the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or plain CSV"), {}};
            return false;
        }
        if (line.starts_with("\xEF\xBB\xBF"))
            line.erase(0, 3);
    }
    if (!m_separatorKnown && !trim(line).empty()) {
        m_separatorKnown = true;
        std::size_t commas = 0;
        std::size_t semicolons = 0;
        bool quoted = false;
        for (const char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                ++commas;
            else if (!quoted && c == ';')
                ++semicolons;
        }
        m_separator = semicolons > commas ? ';' : ',';
    }
    if (!isValidUtf8(line)) {
        line = windows1252ToUtf8(line);
        ++m_windows1252Lines;
    }
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    record.fields.clear();
    if (m_problem)
        return false;
    std::string line;
    if (!readLine(line))
        return false;
    record.line = m_line;
    std::string field;
    bool quoted = false;
    std::size_t i = 0;
    while (true) {
        if (i >= line.size()) {
            if (!quoted)
                break;
            // A quoted field continues on the next physical line.
            if (!readLine(line)) {
                m_problem = Message{tx("line {0}: a quoted field is not closed before the end of the file"),
                                    {std::to_string(record.line)}};
                return false;
            }
            field += '\n';
            i = 0;
            continue;
        }
        const char c = line[i++];
        if (quoted) {
            if (c == '"') {
                if (i < line.size() && line[i] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && trim(field).empty()) {
            field.clear();
            quoted = true;
        } else if (c == m_separator) {
            record.fields.push_back(std::move(field));
            field.clear();
        } else {
            field += c;
        }
    }
    record.fields.push_back(std::move(field));
    return true;
}

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
