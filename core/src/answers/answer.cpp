#include "core/answers/answer.hpp"

#include "core/text/text_util.hpp"

#include <array>

namespace core {

std::string formatValue(const AnswerValue& v)
{
    if (const auto* n = std::get_if<int>(&v))
        return std::to_string(*n);
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    return {};
}

bool meansNoAnswer(std::string_view text)
{
    static constexpr std::array<std::string_view, 11> kTokens{
        "", "weet niet", "weetniet", "n.v.t.", "n.v.t", "nvt", "na", "n/a", "don't know", "dont know", "-"};
    const auto lower = toLowerAscii(trim(text));
    for (const auto token : kTokens)
        if (lower == token)
            return true;
    return false;
}

ParsedValue parseValue(const Question& q, const LikertScale& likert, std::string_view text)
{
    const auto cell = trim(text);
    if (meansNoAnswer(cell))
        return {std::monostate{}, std::nullopt};
    const auto lower = toLowerAscii(cell);
    if (q.kind == QuestionKind::Choice) {
        for (const auto& o : q.options)
            if (lower == toLowerAscii(o.code) || lower == toLowerAscii(o.label.nl) || lower == toLowerAscii(o.label.en))
                return {o.code, std::nullopt};
        return {std::monostate{}, Message{tx("expected one of {0}, or empty for no answer"), {joinList(q.optionCodes())}}};
    }
    long long n = 0;
    if (parseWholeNumber(cell, n) && n >= q.min && n <= q.max)
        return {static_cast<int>(n), std::nullopt};
    if (q.kind == QuestionKind::Likert)
        for (std::size_t i = 0; i < likert.labels.size(); ++i)
            if (lower == toLowerAscii(likert.labels[i].nl) || lower == toLowerAscii(likert.labels[i].en))
                return {static_cast<int>(i) + 1, std::nullopt};
    if (q.kind == QuestionKind::Number)
        return {std::monostate{}, Message{tx("expected a whole number from {0} to {1} without thousands separators, or "
                                             "empty for no answer"),
                                          {std::to_string(q.min), std::to_string(q.max)}}};
    return {std::monostate{},
            Message{tx("expected a whole number from {0} to {1}, or empty / \"weet niet\" for no answer"),
                    {std::to_string(q.min), std::to_string(q.max)}}};
}

std::optional<Message> checkRespondentCode(std::string_view code)
{
    if (code.empty())
        return Message{tx("the respondent code is empty; expected a code such as R017"), {}};
    if (code.size() > 32)
        return Message{tx("a respondent code has at most 32 characters"), {}};
    for (const char c : code) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok)
            return Message{tx("a respondent code holds only letters, digits, '-', '_' and '.' (a code such as R017, never a name)"), {}};
    }
    return std::nullopt;
}

} // namespace core
