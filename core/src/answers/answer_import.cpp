#include "core/answers/answer_import.hpp"

#include "core/io/csv.hpp"
#include "core/text/text_util.hpp"

#include <unordered_map>

namespace core {

void ImportSummary::add(CsvProblem problem, bool stoppedReading)
{
    ++problemCount;
    if (problems.size() >= kListedProblems && !stoppedReading)
        return;
    problem.value = visibleText(problem.value);
    problems.push_back(std::move(problem));
}

namespace {

bool isOneOf(const std::string& cell, std::initializer_list<std::string_view> names)
{
    const auto lower = toLowerAscii(trim(cell));
    for (const auto n : names)
        if (lower == n)
            return true;
    return false;
}

class Importer {
public:
    Importer(const Instrument& instrument, AnswerSink& sink) : m_instrument(instrument), m_sink(sink) {}

    ImportSummary run(std::istream& in)
    {
        CsvReader reader(in);
        CsvRecord record;
        bool any = read(reader, record);
        while (any && record.blank())
            any = read(reader, record);
        if (!any) {
            if (!reader.problem() && reader.sawText())
                problem(0, {}, {},
                        tx("the file holds only empty cells: expected a header line such as respondent,role,item,value"));
            else if (!reader.problem())
                problem(0, {}, {}, tx("the file is empty: expected a header line such as respondent,role,item,value"));
            finish(reader);
            return std::move(m_summary);
        }
        m_summary.separator = reader.separator();
        if (!readHeader(record)) {
            finish(reader);
            return std::move(m_summary);
        }
        const std::size_t headerLine = record.line;
        // Problems in item columns do not stop the reading: the rows are still checked.
        while (!m_stopped && read(reader, record)) {
            if (record.blank())
                continue;
            ++m_summary.rows;
            if (m_summary.layout == CsvLayout::Long)
                longRow(record);
            else
                wideRow(record);
        }
        // A header alone is a file cut short or the wrong export, not "0 answers imported".
        if (m_summary.rows == 0 && !reader.problem())
            problem(headerLine, {}, {},
                    tx("there are no answers below the header; expected one line per answer (long layout) or per "
                       "respondent (wide layout)"));
        finish(reader);
        return std::move(m_summary);
    }

private:
    struct Seen {
        Role role;
        std::size_t line;
    };

    const Instrument& m_instrument;
    AnswerSink& m_sink;
    ImportSummary m_summary;
    std::vector<std::string> m_header;
    std::vector<const Question*> m_columns; // wide layout: the question of each column from 2 on
    std::unordered_map<std::string, Seen> m_respondents;
    bool m_stopped = false;

    void problem(std::size_t line, std::string column, std::string value, TextKey what,
                 std::vector<std::string> args = {})
    {
        m_summary.add({line, std::move(column), std::move(value), Message{what, std::move(args)}});
    }

    /// The next record, with the reader's findings on the way counted as problems.
    bool read(CsvReader& reader, CsvRecord& record)
    {
        const bool any = reader.next(record);
        for (auto& finding : reader.takeFindings())
            m_summary.add(std::move(finding));
        return any;
    }

    std::string columnName(std::size_t i) const
    {
        const auto name = i < m_header.size() ? std::string(trim(m_header[i])) : std::string();
        return name.empty() ? columnLetter(i) : columnLetter(i) + " (" + visibleText(name) + ")";
    }

    void finish(const CsvReader& reader)
    {
        if (reader.problem())
            m_summary.add(*reader.problem(), true);
        m_summary.windows1252Lines = reader.windows1252Lines();
    }

    /// False only when the header cannot be understood at all.
    bool readHeader(const CsvRecord& record)
    {
        m_header = record.fields;
        const auto& f = record.fields;
        const bool base = f.size() >= 2 && isOneOf(f[0], {"respondent", "respondent_code", "respondentcode", "code"}) &&
                          isOneOf(f[1], {"role", "rol"});
        if (!base) {
            const auto start = f.size() >= 2 ? f[0] + std::string(1, m_summary.separator) + f[1] : f[0];
            problem(record.line, {}, {},
                    tx("the header must start with the columns respondent and role, followed by item,value (long "
                       "layout) or by item codes (wide layout); this one starts with \"{0}\""),
                    {visibleText(trim(start))});
            return false;
        }
        if (f.size() >= 4 && isOneOf(f[2], {"item", "vraag", "question"}) &&
            isOneOf(f[3], {"value", "waarde", "antwoord", "answer"})) {
            m_summary.layout = CsvLayout::Long;
            return true;
        }
        m_summary.layout = CsvLayout::Wide;
        if (f.size() < 3)
            problem(record.line, {}, {}, tx("the header has no item columns; expected item,value (long layout) or question codes (wide layout) after "
                                              "respondent,role"));
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 2; i < f.size(); ++i) {
            const std::string itemCode = toLowerAscii(trim(f[i]));
            const Question* q = itemCode.empty() ? nullptr : m_instrument.find(itemCode);
            if (!itemCode.empty() && !q)
                problem(record.line, columnName(i), std::string(trim(f[i])), tx("not a question code of instrument {0} {1}; 'samenspel instrument show --assessment ID' lists a round's questions"),
                        {m_instrument.id(), m_instrument.version()});
            else if (q && !seen.emplace(itemCode, i).second) {
                problem(record.line, columnName(i), itemCode, tx("this question already has column {0}"),
                        {columnLetter(seen[itemCode])});
                q = nullptr;
            }
            m_columns.push_back(q);
        }
        return true;
    }

    /// Checks the respondent and role cells; nullopt when the row cannot be used.
    std::optional<Role> respondent(const CsvRecord& r, bool wide)
    {
        const std::string code(trim(r.fields[0]));
        const std::string roleText(trim(r.fields[1]));
        if (const auto bad = checkRespondentCode(code)) {
            m_summary.add({r.line, columnName(0), code, *bad});
            return std::nullopt;
        }
        const auto role = roleFromCode(roleText);
        if (!role) {
            problem(r.line, columnName(1), roleText, tx("not a role; expected one of {0}"), {roleCodes()});
            return std::nullopt;
        }
        const auto it = m_respondents.find(toLowerAscii(code));
        if (it != m_respondents.end()) {
            if (wide) {
                problem(r.line, columnName(0), code, tx("this respondent already has a row (line {0}); expected one row per respondent in the wide layout"),
                        {std::to_string(it->second.line)});
                return std::nullopt;
            }
            if (it->second.role != *role) {
                problem(r.line, columnName(1), roleText, tx("respondent {0} has role {1} on line {2}; expected one role per respondent"),
                        {code, std::string(core::code(it->second.role)), std::to_string(it->second.line)});
                return std::nullopt;
            }
            return role;
        }
        if (m_respondents.size() == kMaxImportRespondents) {
            m_summary.add({r.line, columnName(0), code,
                           Message{tx("the file holds more than {0} respondents, more than any hospital has; the "
                                      "reading stops here. Is this the right file?"),
                                   {std::to_string(kMaxImportRespondents)}}},
                          true);
            m_stopped = true;
            return std::nullopt;
        }
        m_respondents.emplace(toLowerAscii(code), Seen{*role, r.line});
        ++m_summary.respondents;
        if (m_sink.beginRespondent(code, *role) == AnswerSink::Status::Exists)
            problem(r.line, columnName(0), code,
                    tx("respondent {0} is already in this assessment; use --replace to replace their answers"),
                    {code});
        return role;
    }

    void answer(const CsvRecord& r, std::size_t column, const Question& q, Role role)
    {
        const std::string& cell = r.fields[column];
        if (!q.askedOf(role)) {
            if (!meansNoAnswer(cell))
                problem(r.line, columnName(column), cell, tx("question {0} is not put to role {1}; leave it empty for this role"),
                        {q.code, std::string(code(role))});
            return;
        }
        auto parsed = parseValue(q, m_instrument.likert(), cell);
        if (parsed.problem) {
            m_summary.add({r.line, columnName(column), cell, *parsed.problem});
            return;
        }
        const std::string code(trim(r.fields[0]));
        if (m_sink.addAnswer(code, q.code, parsed.value) == AnswerSink::Status::Duplicate) {
            problem(r.line, columnName(column), cell, tx("respondent {0} answers question {1} twice; expected one answer per question"), {code, q.code});
            return;
        }
        ++(hasAnswer(parsed.value) ? m_summary.answers : m_summary.noAnswers);
    }

    bool fieldCount(const CsvRecord& r)
    {
        // Spreadsheets end every line with the same number of separators; extra empty cells at
        // the end (a trailing ';') are harmless.
        std::size_t used = r.fields.size();
        while (used > m_header.size() && trim(r.fields[used - 1]).empty())
            --used;
        if (used == m_header.size())
            return true;
        problem(r.line, {}, {}, tx("this line has another number of fields ({0}) than the header ({1})"),
                {std::to_string(r.fields.size()), std::to_string(m_header.size())});
        return false;
    }

    void longRow(const CsvRecord& r)
    {
        if (!fieldCount(r))
            return;
        const auto role = respondent(r, false);
        const std::string itemCode(trim(r.fields[2]));
        const Question* q = m_instrument.find(toLowerAscii(itemCode));
        if (!q) {
            problem(r.line, columnName(2), itemCode, tx("not a question code of instrument {0} {1}; 'samenspel instrument show --assessment ID' lists a round's questions"),
                    {m_instrument.id(), m_instrument.version()});
            return;
        }
        if (role)
            answer(r, 3, *q, *role);
    }

    void wideRow(const CsvRecord& r)
    {
        if (!fieldCount(r))
            return;
        const auto role = respondent(r, true);
        if (!role)
            return;
        for (std::size_t i = 2; i < m_header.size(); ++i) {
            if (m_columns[i - 2])
                answer(r, i, *m_columns[i - 2], *role);
            else if (trim(m_header[i]).empty() && !trim(r.fields[i]).empty())
                problem(r.line, columnLetter(i), r.fields[i], tx("this column has no question code in the header"));
        }
    }
};

} // namespace

ImportSummary importAnswers(std::istream& in, const Instrument& instrument, AnswerSink& sink)
{
    return Importer(instrument, sink).run(in);
}

} // namespace core
