// LimeSurvey's response export (CSV, "Question code" headings) of the survey that
// reports::limesurvey writes: answers read by the LimeSurvey names of our questions
// (survey_codes.hpp), LimeSurvey's own columns left out, nothing of a response but its answers kept.
#include "../answers/answer_rows.hpp"

#include "core/limesurvey/survey_codes.hpp"
#include "core/text/text_util.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace core::detail {
namespace {

namespace ls = core::limesurvey;

// LimeSurvey's columns before the answers: only id (the respondent) and submitdate (complete or
// not) are read. The others say who, where from and when, and are never kept.
constexpr std::array<std::string_view, 10> kMetaColumns{"id",   "submitdate", "lastpage", "startlanguage", "seed",
                                                        "token", "startdate", "datestamp", "ipaddr",      "refurl"};
constexpr std::array<std::string_view, 6> kKeptOut{"token", "ipaddr", "refurl", "startdate", "datestamp", "seed"};

/// How a cell gave its answer: as LimeSurvey's answer code, as the answer's text, or in a form
/// both exports share (a number, an empty cell).
enum class Form { Either, Code, Text };

struct Reading {
    ParsedValue parsed;
    Form form = Form::Either;
};

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

/// A number as LimeSurvey may write it: "12.0000000000" (a decimal column) or "1,200" (full answers
/// of a whole-number question) as "12" and "1200"; anything else as it is.
std::string wholeNumber(std::string_view cell)
{
    if (const auto dot = cell.find('.'); dot != std::string_view::npos && dot > 0 &&
                                          cell.find_first_not_of('0', dot + 1) == std::string_view::npos)
        cell = cell.substr(0, dot);
    // Groups of three digits after the first comma: "1,200", "12,000,000".
    const auto comma = cell.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma > 3 || (cell.size() - comma) % 4 != 0)
        return std::string(cell);
    std::string digits(cell.substr(0, comma));
    for (std::size_t i = comma; i < cell.size(); i += 4) {
        if (cell[i] != ',' || !isDigits(cell.substr(i + 1, 3)))
            return std::string(cell);
        digits += cell.substr(i + 1, 3);
    }
    return isDigits(digits) ? digits : std::string(cell);
}

/// A text with the HTML entities LimeSurvey's texts may hold written out, as its export of full
/// answers writes them ("don&#39;t know" is "don't know").
std::string withoutEntities(std::string_view text)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kEntities{
        {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#039;", "'"}, {"&apos;", "'"},
         {"&nbsp;", " "}}};
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool replaced = false;
        for (const auto& [entity, plain] : kEntities)
            if (text.substr(i, entity.size()) == entity) {
                out += plain;
                i += entity.size() - 1;
                replaced = true;
                break;
            }
        if (!replaced)
            out += text[i];
    }
    return out;
}

bool sameText(std::string_view cell, const LocalText& text)
{
    const auto lower = toLowerAscii(withoutEntities(cell));
    return lower == toLowerAscii(text.nl) || lower == toLowerAscii(text.en);
}

class ResponseReader {
public:
    ResponseReader(AnswerRows& rows, const ImportOptions& options)
        : m_rows(rows), m_summary(rows.summary()), m_options(options), m_codes(rows.instrument())
    {
    }

    void run(CsvReader& reader, const CsvRecord& header)
    {
        m_summary.layout = CsvLayout::LimeSurvey;
        if (!readHeader(header))
            return;
        m_rows.eachRow(reader, [this](const CsvRecord& record) { response(record); });
        if (m_summary.rows == 0 && !reader.problem())
            m_rows.problem(header.line, {}, {}, tx("there are no responses below the header; was the export limited to a selection that is empty?"));
        mixedForms();
    }

private:
    struct Column {
        enum class Kind { Ignored, Id, Submitted, Role, Survey, Answer } kind = Kind::Ignored;
        const Question* question = nullptr;
    };
    struct Sample {
        std::size_t line = 0;
        std::string value;
    };

    AnswerRows& m_rows;
    ImportSummary& m_summary;
    const ImportOptions& m_options;
    ls::SurveyCodes m_codes;
    std::vector<std::string> m_header;
    std::vector<Column> m_columns;
    std::optional<std::size_t> m_id, m_submitted, m_role, m_survey;
    bool m_otherRoundSaid = false;
    std::optional<Role> m_fixedRole; // a survey for one role
    // The first cell of each column in each form, to tell a file of codes with texts in some columns.
    std::unordered_map<std::size_t, Sample> m_codeCells, m_textCells;

    const Instrument& instrument() const { return m_rows.instrument(); }

    std::string columnName(std::size_t i) const { return AnswerRows::columnName(m_header, i); }

    /// The question a heading names: "code[sub]", "code_sub" or "code"; nullptr when none.
    const Question* questionOf(std::string_view heading) const
    {
        if (const auto open = heading.find('['); open != std::string_view::npos && heading.ends_with("]"))
            return m_codes.find(heading.substr(0, open), heading.substr(open + 1, heading.size() - open - 2));
        if (const auto underscore = heading.find('_'); underscore != std::string_view::npos)
            return m_codes.find(heading.substr(0, underscore), heading.substr(underscore + 1));
        return m_codes.isArray(heading) ? nullptr : m_codes.find(heading, {});
    }

    /// LimeSurvey's timing columns: interviewtime, groupTime<n>, <question>Time, <question>_<sub>Time.
    bool isTiming(std::string_view heading) const
    {
        const auto lower = toLowerAscii(heading);
        if (lower.starts_with("grouptime") && isDigits(std::string_view(lower).substr(9)))
            return true;
        if (!lower.ends_with("time") || lower.size() <= 4)
            return false;
        const auto stem = std::string_view(heading).substr(0, heading.size() - 4);
        return questionOf(stem) || m_codes.isArray(stem) || toLowerAscii(stem) == ls::kRoleQuestion || fixedRole(stem);
    }

    bool readHeader(const CsvRecord& record)
    {
        m_header = record.fields;
        std::unordered_map<std::string, std::size_t> seen; // lower-case heading or question code -> column
        for (std::size_t i = 0; i < m_header.size(); ++i) {
            const std::string heading = limeSurveyCode(m_header[i]);
            const auto lower = toLowerAscii(heading);
            Column column;
            std::string key = lower;
            if (lower == "id")
                column.kind = Column::Kind::Id;
            else if (lower == "submitdate")
                column.kind = Column::Kind::Submitted;
            else if (lower == ls::kRoleQuestion)
                column.kind = Column::Kind::Role;
            else if (lower == ls::kSurveyQuestion)
                column.kind = Column::Kind::Survey;
            else if (const auto fixed = fixedRole(heading)) {
                column.kind = Column::Kind::Role;
                m_fixedRole = fixed;
                key = std::string(ls::kRoleQuestion);
            } else if (const auto* q = questionOf(heading)) {
                column = {Column::Kind::Answer, q};
                key = q->code;
            } else if (lower == "interviewtime" || isTiming(heading)) {
                ++m_summary.timingColumns;
            } else if (std::find(kMetaColumns.begin(), kMetaColumns.end(), lower) != kMetaColumns.end()) {
                if (std::find(kKeptOut.begin(), kKeptOut.end(), lower) != kKeptOut.end())
                    m_summary.leftOutColumns.push_back(lower);
            } else if (heading.empty()) {
                key.clear();
            } else {
                m_rows.problem(record.line, columnName(i), heading,
                               tx("not a question of this round's LimeSurvey survey (instrument {0} {1}); is this the "
                                  "export of another survey? 'samenspel instrument export --assessment ID' writes the "
                                  "survey for a round"),
                               {instrument().id(), instrument().version()});
                key.clear();
            }
            if (!key.empty() && !seen.emplace(key, i).second) {
                m_rows.problem(record.line, columnName(i), heading, tx("this column repeats column {0}"),
                               {columnName(seen[key])});
                column = {};
            }
            if (column.kind == Column::Kind::Id)
                m_id = i;
            else if (column.kind == Column::Kind::Submitted)
                m_submitted = i;
            else if (column.kind == Column::Kind::Role)
                m_role = i;
            else if (column.kind == Column::Kind::Survey)
                m_survey = i;
            m_columns.push_back(column);
        }
        if (!m_id || !m_role || !m_submitted) {
            m_rows.problem(record.line, {}, {},
                           tx("the header lacks LimeSurvey's column {0}; export all responses with \"Question code\" "
                              "headings and the columns id, submitdate and role"),
                           {!m_id ? "id" : !m_submitted ? "submitdate" : std::string(ls::kRoleQuestion)});
            return false;
        }
        return true;
    }

    static std::optional<Role> fixedRole(std::string_view heading)
    {
        for (const auto role : kRoles)
            if (toLowerAscii(heading) == toLowerAscii(ls::fixedRoleQuestion(role)))
                return role;
        return std::nullopt;
    }

    void response(const CsvRecord& r)
    {
        if (!m_rows.fieldCount(r, m_header.size()))
            return;
        const std::string id(trim(r.fields[*m_id]));
        const bool submitted = !trim(r.fields[*m_submitted]).empty();
        if (!submitted && !m_options.includeIncomplete) {
            ++m_summary.incompleteLeftOut;
            return;
        }
        long long number = 0;
        if (!isDigits(id) || !parseWholeNumber(id, number) || number < 1) {
            m_rows.problem(r.line, columnName(*m_id), id, tx("expected LimeSurvey's response id, a whole number from 1"));
            return;
        }
        const auto tag = surveyTag(r);
        if (!tag)
            return;
        // A response that reached no question (a role chosen, then left) is nobody's answers.
        bool answered = false;
        for (std::size_t i = 0; i < m_columns.size() && !answered; ++i)
            answered = m_columns[i].kind == Column::Kind::Answer && !trim(r.fields[i]).empty();
        if (!answered) {
            ++m_summary.withoutAnswers;
            return;
        }
        if (!submitted)
            ++m_summary.incompleteTaken;
        const std::string roleText(trim(r.fields[*m_role]));
        const auto role = m_fixedRole ? m_fixedRole : roleOf(roleText, r.line);
        const std::string code = ls::respondentCode(*tag, number);
        const auto shown = m_rows.respondent(r.line, columnName(*m_id), code, columnName(*m_role), roleText, role,
                                             Message{tx("not a role of the survey; expected one of its answer codes ({0}) or "
                                                        "the role's name"),
                                                     {roleAnswerCodes()}},
                                             true);
        if (!shown)
            return;
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].kind == Column::Kind::Answer)
                answer(r, i, *m_columns[i].question, *shown, code);
    }

    /// The tag of the survey the response was given in (from its hidden check, else from the role
    /// of a survey for one role); nullopt when the check is another round's.
    std::optional<std::string> surveyTag(const CsvRecord& r)
    {
        if (!m_survey)
            return m_fixedRole ? std::string(ls::roleCode(*m_fixedRole)) : std::string();
        const std::string value(trim(r.fields[*m_survey]));
        if (value.empty()) // a response that never got past the first page: no check to compare
            return m_fixedRole ? std::string(ls::roleCode(*m_fixedRole)) : std::string();
        const auto dash = value.find('-');
        const auto check = value.substr(0, dash);
        if (!m_options.roundCheck.empty() && check != m_options.roundCheck) {
            if (!m_otherRoundSaid)
                m_rows.problem(r.line, columnName(*m_survey), value,
                               tx("this response was given in the survey of another round or hospital (its check is {0}, "
                                  "this round's is {1}); choose the export of this round's survey"),
                               {check, m_options.roundCheck});
            m_otherRoundSaid = true;
            return std::nullopt;
        }
        return dash == std::string::npos ? std::string() : value.substr(dash + 1);
    }

    std::optional<Role> roleOf(const std::string& text, std::size_t line)
    {
        if (const auto role = ls::roleOfCode(text)) {
            sample(m_codeCells, *m_role, line, text);
            return role;
        }
        for (const auto role : kRoles)
            if (sameText(text, instrument().name(role))) {
                sample(m_textCells, *m_role, line, text);
                return role;
            }
        return roleFromCode(text);
    }

    static std::string roleAnswerCodes()
    {
        std::vector<std::string> codes;
        for (const auto role : kRoles)
            codes.emplace_back(ls::roleCode(role));
        return joinList(codes);
    }

    void sample(std::unordered_map<std::size_t, Sample>& cells, std::size_t column, std::size_t line, const std::string& value)
    {
        cells.try_emplace(column, Sample{line, value});
    }

    void answer(const CsvRecord& r, std::size_t column, const Question& q, Role role, const std::string& code)
    {
        const std::string cell(trim(r.fields[column]));
        if (cell.empty())
            return; // not answered: nothing is stored (unlike "weet niet / n.v.t.")
        auto reading = read(q, cell);
        if (reading.form != Form::Either && q.askedOf(role))
            sample(reading.form == Form::Code ? m_codeCells : m_textCells, column, r.line, cell);
        m_rows.answer(r.line, columnName(column), cell, q, role, code, reading.parsed);
    }

    /// A cell as LimeSurvey writes it, with answer codes or with full answers.
    Reading read(const Question& q, const std::string& cell) const
    {
        const auto& likert = instrument().likert();
        switch (q.kind) {
        case QuestionKind::Likert:
        case QuestionKind::Rating: {
            if (toLowerAscii(cell) == toLowerAscii(ls::kNoAnswerCode))
                return {{}, Form::Code};
            if (sameText(cell, likert.noAnswer))
                return {{}, Form::Text};
            if (isDigits(cell))
                return {parseValue(q, likert, cell), q.kind == QuestionKind::Likert ? Form::Code : Form::Either};
            for (std::size_t i = 0; q.kind == QuestionKind::Likert && i < likert.labels.size(); ++i)
                if (sameText(cell, likert.labels[i]))
                    return {{static_cast<int>(i) + 1, std::nullopt}, Form::Text};
            return {{std::monostate{}, Message{tx("expected one of the survey's answer codes ({0} to {1}, or {2}) or the "
                                                  "answer's text"),
                                               {std::to_string(q.min), std::to_string(q.max), std::string(ls::kNoAnswerCode)}}},
                    Form::Either};
        }
        case QuestionKind::Choice:
            for (std::size_t i = 0; i < q.options.size(); ++i) {
                if (toLowerAscii(cell) == toLowerAscii(ls::optionCode(i)))
                    return {{q.options[i].code, std::nullopt}, Form::Code};
                if (sameText(cell, q.options[i].label))
                    return {{q.options[i].code, std::nullopt}, Form::Text};
            }
            return {{std::monostate{}, Message{tx("expected one of the survey's answer codes ({0} to {1}) or the text of an option"),
                                               {ls::optionCode(0), ls::optionCode(q.options.size() - 1)}}},
                    Form::Either};
        case QuestionKind::Number:
            break;
        }
        return {parseValue(q, likert, wholeNumber(cell)), Form::Either};
    }


    /// A file of answer codes with answer texts in some columns (or the other way round) has been
    /// edited or put together: each column in the smaller form is a problem.
    void mixedForms()
    {
        if (m_codeCells.empty() || m_textCells.empty())
            return;
        const bool textsAreOdd = m_textCells.size() <= m_codeCells.size();
        const auto& odd = textsAreOdd ? m_textCells : m_codeCells;
        const auto& usual = textsAreOdd ? m_codeCells : m_textCells;
        const auto example = std::min_element(usual.begin(), usual.end(),
                                              [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<std::pair<std::size_t, Sample>> sorted(odd.begin(), odd.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [column, cell] : sorted)
            m_rows.problem(cell.line, columnName(column), cell.value,
                           textsAreOdd ? tx("an answer's text, where the other columns hold LimeSurvey's answer codes (such "
                                            "as \"{0}\" in column {1}); export the responses again with answer codes for "
                                            "every column")
                                       : tx("a LimeSurvey answer code, where the other columns hold the answers' texts (such "
                                            "as \"{0}\" in column {1}); export the responses again with full answers for "
                                            "every column"),
                           {example->second.value, columnName(example->first)});
    }
};

} // namespace

std::string limeSurveyCode(std::string_view heading)
{
    heading = trim(heading);
    return std::string(heading.substr(0, heading.find(". ")));
}

void importLimeSurvey(CsvReader& reader, const CsvRecord& header, AnswerRows& rows, const ImportOptions& options)
{
    ResponseReader(rows, options).run(reader, header);
}

} // namespace core::detail
