// Reading CSV in bounded chunks: whatever a user picks (a 1 GB line, /dev/zero, random bytes,
// UTF-16) is refused with the reason after at most a few chunks.
#include "core/io/csv.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>
#include <utility>

namespace core {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string kib(std::size_t bytes)
{
    return std::to_string(bytes / 1024);
}

} // namespace

bool CsvRecord::blank() const
{
    for (const auto& f : fields)
        if (!trim(f).empty())
            return false;
    return true;
}

std::string CsvProblem::render(Language lang) const
{
    std::string where;
    if (line > 0)
        where = tr(lang, tx("line {0}"), {std::to_string(line)});
    if (!column.empty())
        where += (where.empty() ? "" : ", ") + tr(lang, tx("column {0}"), {column});
    if (!value.empty())
        where += (where.empty() ? "" : ", ") + tr(lang, tx("value \"{0}\""), {value});
    return where.empty() ? what.render(lang) : where + ": " + what.render(lang);
}

CsvReader::CsvReader(std::istream& in, CsvLimits limits) : m_in(in), m_limits(limits) {}

std::vector<CsvProblem> CsvReader::takeFindings()
{
    return std::exchange(m_findings, {});
}

void CsvReader::stop(std::size_t line, std::string column, Message what)
{
    if (!m_problem)
        m_problem = CsvProblem{line, std::move(column), {}, std::move(what)};
}

/// Makes sure an unread byte is in the buffer; false at the end of the input or on a problem.
bool CsvReader::fill()
{
    if (m_pos < m_end)
        return true;
    if (m_atEnd || m_problem)
        return false;
    m_consumed += m_end;
    m_pos = m_end = 0;
    if (m_consumed >= m_limits.fileBytes) {
        stop(0, {},
             Message{tx("the file is larger than {0} MiB, far larger than any answer file; is this the right file?"),
                     {std::to_string(m_limits.fileBytes >> 20)}});
        return false;
    }
    m_buffer.resize(kChunkBytes);
    m_in.read(m_buffer.data(), static_cast<std::streamsize>(kChunkBytes));
    m_end = static_cast<std::size_t>(m_in.gcount());
    if (m_in.bad()) {
        stop(0, {}, Message{tx("the file could not be read further than line {0}"), {std::to_string(m_line)}});
        return false;
    }
    m_atEnd = m_end < kChunkBytes;
    if (!m_started) {
        m_started = true;
        const std::string_view start(m_buffer.data(), m_end);
        if (const auto kind = utf16Kind(start); !kind.empty()) {
            stop(0, {},
                 Message{tx("the file is {0} text (Excel's \"Unicode Text\"); in Excel choose File > Save As, "
                            "the type \"CSV UTF-8 (Comma delimited)\", and import that file"),
                         {kind}});
            return false;
        }
        m_nulInFirstChunk = start.find('\0') != std::string_view::npos;
        if (start.starts_with(kBom))
            m_pos = kBom.size();
    }
    return m_pos < m_end;
}

/// One physical line without its line end (LF, CRLF or a lone CR), as UTF-8; false at the end of
/// the input or on a problem.
bool CsvReader::readLine(std::string& line)
{
    line.clear();
    if (!fill())
        return false;
    ++m_line;
    while (fill()) {
        const char* begin = m_buffer.data() + m_pos;
        const char* end = m_buffer.data() + m_end;
        const char* stopAt = std::find_if(begin, end, [](char c) { return c == '\n' || c == '\r' || c == '\0'; });
        const auto taken = static_cast<std::size_t>(stopAt - begin);
        if (m_recordBytes + taken > m_limits.lineBytes) {
            stop(m_recordLine, {},
                 Message{tx("this line is longer than {0} KiB; lines of an answer file are far shorter. Is this the "
                            "right file?"),
                         {kib(m_limits.lineBytes)}});
            return false;
        }
        m_recordBytes += taken;
        line.append(begin, stopAt);
        m_pos += taken;
        if (stopAt == end)
            continue;
        if (*stopAt == '\0') {
            stop(m_line, {},
                 Message{tx("this is not a text file: binary data (a NUL byte) at byte {0} of the file; expected a CSV "
                            "file saved as text, such as Excel's \"CSV UTF-8 (Comma delimited)\""),
                         {std::to_string(m_consumed + m_pos + 1)}});
            return false;
        }
        ++m_pos;
        if (*stopAt == '\r' && fill() && m_buffer[m_pos] == '\n')
            ++m_pos;
        break;
    }
    if (m_problem)
        return false;
    postProcess(line);
    return true;
}

void CsvReader::postProcess(std::string& line)
{
    if (!m_sawText && !trim(line).empty())
        m_sawText = true;
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
    if (line.find(kBom) != std::string::npos) {
        m_findings.push_back(
            {m_line,
             {},
             {},
             Message{tx("an invisible byte-order mark (U+FEFF) is in this line; it belongs only at the "
                        "start of a file, so the file may be two files joined: remove the mark and "
                        "any second header line"),
                     {}}});
        for (auto at = line.find(kBom); at != std::string::npos; at = line.find(kBom, at))
            line.erase(at, kBom.size());
    }
}

bool CsvReader::next(CsvRecord& record)
{
    record.fields.clear();
    std::string line;
    fill(); // the first chunk tells whether this is text at all
    if (m_nulInFirstChunk) {
        // Read up to the NUL byte, so that the problem names its line, before any record is used.
        do {
            m_recordLine = m_line + 1;
            m_recordBytes = 0;
        } while (readLine(line));
        return false;
    }
    m_recordLine = m_line + 1;
    m_recordBytes = 0;
    if (!readLine(line))
        return false;
    record.line = m_recordLine;
    std::string field;
    bool quoted = false;
    std::size_t i = 0;
    while (true) {
        if (field.size() > m_limits.fieldBytes) {
            stop(record.line, columnLetter(record.fields.size()),
                 quoted
                     ? Message{tx("this quoted cell is longer than {0} KiB; perhaps its closing quote (\") is missing"),
                               {kib(m_limits.fieldBytes)}}
                     : Message{tx("this cell is longer than {0} KiB; cells of an answer file are far shorter. Is this "
                                  "the right file?"),
                               {kib(m_limits.fieldBytes)}});
            return false;
        }
        if (i >= line.size()) {
            if (!quoted)
                break;
            // A quoted field continues on the next physical line.
            if (!readLine(line)) {
                stop(record.line, {}, Message{tx("a quoted field is not closed before the end of the file; expected a closing quote (\") after its text"), {}});
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

} // namespace core
