#pragma once
// One respondent's answer to one question.

#include "core/instrument/codes.hpp"
#include "core/text/i18n.hpp"
#include "core/instrument/instrument.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace core {

/// No answer ("weet niet / n.v.t."), a whole number, or a choice option code.
using AnswerValue = std::variant<std::monostate, int, std::string>;

inline bool hasAnswer(const AnswerValue& v) { return !std::holds_alternative<std::monostate>(v); }

/// The canonical text of a value: "" for no answer, the number, or the option code.
std::string formatValue(const AnswerValue& v);

/// True for the texts that mean "no answer": empty, "weet niet", "n.v.t.", "NA", …
bool meansNoAnswer(std::string_view text);

/// The value a cell holds for a question, or why it is not acceptable.
struct ParsedValue {
    AnswerValue value;
    std::optional<Message> problem;
};
ParsedValue parseValue(const Question& question, const LikertScale& likert, std::string_view text);

/// A respondent code is a pseudonym such as "R017": letters, digits, '-', '_' or '.', at most
/// 32 characters, no spaces (so a name does not slip in). nullopt when acceptable.
std::optional<Message> checkRespondentCode(std::string_view code);

} // namespace core
