#include "core/answers/answer_import.hpp"

#include "answer_rows.hpp"

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

namespace detail {

void AnswerRows::problem(std::size_t line, std::string column, std::string value, TextKey what,
                         std::vector<std::string> args)
{
    m_summary.add({line, std::move(column), std::move(value), Message{what, std::move(args)}});
}

bool AnswerRows::read(CsvReader& reader, CsvRecord& record)
{
    const bool any = reader.next(record);
    for (auto& finding : reader.takeFindings())
        m_summary.add(std::move(finding));
    return any;
}

std::string AnswerRows::columnName(const std::vector<std::string>& header, std::size_t i)
{
    const auto name = i < header.size() ? std::string(trim(header[i])) : std::string();
    return name.empty() ? columnLetter(i) : columnLetter(i) + " (" + visibleText(name) + ")";
}

bool AnswerRows::fieldCount(const CsvRecord& r, std::size_t headerSize)
{
    std::size_t used = r.fields.size();
    while (used > headerSize && trim(r.fields[used - 1]).empty())
        --used;
    if (used == headerSize)
        return true;
    problem(r.line, {}, {}, tx("this line has another number of fields ({0}) than the header ({1})"),
            {std::to_string(r.fields.size()), std::to_string(headerSize)});
    return false;
}

void AnswerRows::finish(const CsvReader& reader)
{
    if (reader.problem())
        m_summary.add(*reader.problem(), true);
    m_summary.windows1252Lines = reader.windows1252Lines();
}

std::optional<Role> AnswerRows::respondent(std::size_t line, const std::string& codeColumn, const std::string& code,
                                           const std::string& roleColumn, const std::string& roleText,
                                           std::optional<Role> role, const Message& roleProblem, bool oneRowEach)
{
    if (const auto bad = checkRespondentCode(code)) {
        m_summary.add({line, codeColumn, code, *bad});
        return std::nullopt;
    }
    if (!role) {
        m_summary.add({line, roleColumn, roleText, roleProblem});
        return std::nullopt;
    }
    const auto it = m_respondents.find(toLowerAscii(code));
    if (it != m_respondents.end()) {
        if (oneRowEach) {
            problem(line, codeColumn, code, tx("this respondent already has a row (line {0}); expected one row per respondent in the wide layout"),
                    {std::to_string(it->second.line)});
            return std::nullopt;
        }
        if (it->second.role != *role) {
            problem(line, roleColumn, roleText, tx("respondent {0} has role {1} on line {2}; expected one role per respondent"),
                    {code, std::string(core::code(it->second.role)), std::to_string(it->second.line)});
            return std::nullopt;
        }
        return role;
    }
    if (m_respondents.size() == kMaxImportRespondents) {
        m_summary.add({line, codeColumn, code,
                       Message{tx("the file holds more than {0} respondents, more than any hospital has; the "
                                  "reading stops here. Is this the right file?"),
                               {std::to_string(kMaxImportRespondents)}}},
                      true);
        m_stopped = true;
        return std::nullopt;
    }
    m_respondents.emplace(toLowerAscii(code), Seen{*role, line});
    ++m_summary.respondents;
    if (m_sink.beginRespondent(code, *role) == AnswerSink::Status::Exists)
        problem(line, codeColumn, code, tx("respondent {0} is already in this assessment; use --replace to replace their answers"),
                {code});
    return role;
}

void AnswerRows::answer(std::size_t line, const std::string& column, const std::string& cell, const Question& q,
                        Role role, const std::string& code, const ParsedValue& parsed)
{
    if (!q.askedOf(role)) {
        if (hasAnswer(parsed.value) || parsed.problem)
            problem(line, column, cell, tx("question {0} is not put to role {1}; leave it empty for this role"),
                    {q.code, std::string(core::code(role))});
        return;
    }
    if (parsed.problem) {
        m_summary.add({line, column, cell, *parsed.problem});
        return;
    }
    if (m_sink.addAnswer(code, q.code, parsed.value) == AnswerSink::Status::Duplicate) {
        problem(line, column, cell, tx("respondent {0} answers question {1} twice; expected one answer per question"), {code, q.code});
        return;
    }
    ++(hasAnswer(parsed.value) ? m_summary.answers : m_summary.noAnswers);
}

} // namespace detail

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
    explicit Importer(detail::AnswerRows& rows) : m_rows(rows), m_summary(rows.summary()) {}

    void run(CsvReader& reader, const CsvRecord& header)
    {
        if (!readHeader(header))
            return;
        // Problems in item columns do not stop the reading: the rows are still checked.
        m_rows.eachRow(reader, [this](const CsvRecord& record) {
            if (m_summary.layout == CsvLayout::Long)
                longRow(record);
            else
                wideRow(record);
        });
        // A header alone is a file cut short or the wrong export, not "0 answers imported".
        if (m_summary.rows == 0 && !reader.problem())
            m_rows.problem(header.line, {}, {},
                           tx("there are no answers below the header; expected one line per answer (long layout) or per "
                              "respondent (wide layout)"));
    }

private:
    detail::AnswerRows& m_rows;
    ImportSummary& m_summary;
    std::vector<std::string> m_header;
    std::vector<const Question*> m_columns; // wide layout: the question of each column from 2 on

    const Instrument& instrument() const { return m_rows.instrument(); }

    std::string columnName(std::size_t i) const { return detail::AnswerRows::columnName(m_header, i); }

    /// False only when the header cannot be understood at all.
    bool readHeader(const CsvRecord& record)
    {
        m_header = record.fields;
        const auto& f = record.fields;
        const bool base = f.size() >= 2 && isOneOf(f[0], {"respondent", "respondent_code", "respondentcode", "code"}) &&
                          isOneOf(f[1], {"role", "rol"});
        if (!base) {
            const auto start = f.size() >= 2 ? f[0] + std::string(1, m_summary.separator) + f[1] : f[0];
            m_rows.problem(record.line, {}, {},
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
            m_rows.problem(record.line, {}, {}, tx("the header has no item columns; expected item,value (long layout) or question codes (wide layout) after "
                                                   "respondent,role"));
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 2; i < f.size(); ++i) {
            const std::string itemCode = toLowerAscii(trim(f[i]));
            const Question* q = itemCode.empty() ? nullptr : instrument().find(itemCode);
            if (!itemCode.empty() && !q)
                unknownQuestion(record.line, i, std::string(trim(f[i])));
            else if (q && !seen.emplace(itemCode, i).second) {
                m_rows.problem(record.line, columnName(i), itemCode, tx("this question already has column {0}"),
                               {columnLetter(seen[itemCode])});
                q = nullptr;
            }
            m_columns.push_back(q);
        }
        return true;
    }

    void unknownQuestion(std::size_t line, std::size_t column, std::string value)
    {
        m_rows.problem(line, columnName(column), std::move(value),
                       tx("not a question code of instrument {0} {1}; 'samenspel instrument show --assessment ID' lists a round's questions"),
                       {instrument().id(), instrument().version()});
    }

    /// The respondent of a row, begun on its first row; nullopt when the row cannot be used.
    std::optional<Role> respondent(const CsvRecord& r, bool wide)
    {
        const std::string code(trim(r.fields[0]));
        const std::string roleText(trim(r.fields[1]));
        return m_rows.respondent(r.line, columnName(0), code, columnName(1), roleText, roleFromCode(roleText),
                                 Message{tx("not a role; expected one of {0}"), {roleCodes()}}, wide);
    }

    void answer(const CsvRecord& r, std::size_t column, const Question& q, Role role)
    {
        const std::string& cell = r.fields[column];
        m_rows.answer(r.line, columnName(column), cell, q, role, std::string(trim(r.fields[0])),
                      parseValue(q, instrument().likert(), cell));
    }


    void longRow(const CsvRecord& r)
    {
        if (!m_rows.fieldCount(r, m_header.size()))
            return;
        const auto role = respondent(r, false);
        const std::string itemCode(trim(r.fields[2]));
        const Question* q = instrument().find(toLowerAscii(itemCode));
        if (!q) {
            unknownQuestion(r.line, 2, itemCode);
            return;
        }
        if (role)
            answer(r, 3, *q, *role);
    }

    void wideRow(const CsvRecord& r)
    {
        if (!m_rows.fieldCount(r, m_header.size()))
            return;
        const auto role = respondent(r, true);
        if (!role)
            return;
        for (std::size_t i = 2; i < m_header.size(); ++i) {
            if (m_columns[i - 2])
                answer(r, i, *m_columns[i - 2], *role);
            else if (trim(m_header[i]).empty() && !trim(r.fields[i]).empty())
                m_rows.problem(r.line, columnLetter(i), r.fields[i], tx("this column has no question code in the header"));
        }
    }
};

} // namespace

bool isLimeSurveyHeader(const std::vector<std::string>& fields)
{
    if (fields.empty() || !isOneOf(detail::limeSurveyCode(fields[0]), {"id"}))
        return false;
    for (const auto& f : fields)
        if (isOneOf(detail::limeSurveyCode(f), {"submitdate", "lastpage", "startlanguage"}))
            return true;
    return false;
}

namespace {

/// LimeSurvey's export in a form that cannot be read back, and what to choose instead.
std::optional<TextKey> unreadableLimeSurvey(const std::vector<std::string>& fields)
{
    const auto lower = toLowerAscii(trim(fields[0]));
    if (lower.starts_with("id\t") || lower.starts_with("\"id\"\t"))
        return tx("the columns of this LimeSurvey export are separated by tabs; export the responses again with a comma "
                  "or semicolon as the separator");
    // The headings LimeSurvey writes by default ("Full question text"), in English and Dutch.
    const bool fullText = isOneOf(fields[0], {"response id", "antwoord id", "antwoord-id"}) ||
                          (fields.size() > 1 && isOneOf(fields[1], {"date submitted", "datum verstuurd", "datum ingediend"}));
    if (fullText)
        return tx("this is LimeSurvey's export with the questions' texts as headings; export the responses again with "
                  "\"Question code\" headings, which name each column by its code");
    return std::nullopt;
}

} // namespace

ImportSummary importAnswers(std::istream& in, const Instrument& instrument, AnswerSink& sink, const ImportOptions& options)
{
    ImportSummary summary;
    detail::AnswerRows rows(instrument, sink, summary);
    CsvReader reader(in);
    CsvRecord header;
    bool any = rows.read(reader, header);
    while (any && header.blank())
        any = rows.read(reader, header);
    if (!any) {
        if (!reader.problem() && reader.sawText())
            rows.problem(0, {}, {}, tx("the file holds only empty cells: expected a header line such as respondent,role,item,value"));
        else if (!reader.problem())
            rows.problem(0, {}, {}, tx("the file is empty: expected a header line such as respondent,role,item,value"));
        rows.finish(reader);
        return summary;
    }
    summary.separator = reader.separator();
    const bool limeSurvey = isLimeSurveyHeader(header.fields);
    const auto unreadable = limeSurvey ? std::nullopt : unreadableLimeSurvey(header.fields);
    if (unreadable && options.from != AnswerSource::Samenspel)
        rows.problem(header.line, {}, {}, *unreadable);
    else if (options.from == AnswerSource::LimeSurvey && !limeSurvey)
        rows.problem(header.line, {}, {},
                     tx("this is not a LimeSurvey response export: its header does not start with id, followed by "
                        "submitdate and the question codes. Export the responses from LimeSurvey as CSV with \"Question "
                        "code\" headings"));
    else if (options.from == AnswerSource::Samenspel && limeSurvey)
        rows.problem(header.line, {}, {},
                     tx("this is a LimeSurvey response export (its header starts with id and submitdate); import it as "
                        "one with --from limesurvey"));
    else if (limeSurvey)
        detail::importLimeSurvey(reader, header, rows, options);
    else
        Importer(rows).run(reader, header);
    rows.finish(reader);
    return summary;
}

} // namespace core
