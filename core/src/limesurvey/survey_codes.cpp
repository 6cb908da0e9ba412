#include "core/limesurvey/survey_codes.hpp"

#include "core/text/text_util.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace core::limesurvey {
namespace {

// Names LimeSurvey keeps for itself: its expression variables and the columns of a response export.
constexpr std::array<std::string_view, 21> kReserved{
    "lang",      "sid",        "savedid",  "token",     "qid",     "gid",      "sgq",
    "self",      "that",       "this",     "id",        "submitdate", "lastpage", "startlanguage",
    "seed",      "startdate",  "datestamp", "ipaddr",   "refurl",  "interviewtime", "role"};

/// Letters and digits only, cut at 20 characters.
std::string name(std::string_view code)
{
    std::string out;
    for (const char c : code)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out += c;
    return out.substr(0, kMaxCodeLength);
}

std::string_view lastPart(std::string_view code)
{
    const auto dot = code.rfind('.');
    return dot == std::string_view::npos ? code : code.substr(dot + 1);
}

Place placeOf(const Question& q)
{
    switch (q.kind) {
    case QuestionKind::Likert:
        return {name(core::code(*q.element)), name(lastPart(q.code))};
    case QuestionKind::Rating:
        return {name(std::string(core::code(*q.element)) + "rating"), name(lastPart(q.code))};
    case QuestionKind::Choice:
    case QuestionKind::Number:
        break;
    }
    auto own = name(lastPart(q.code));
    if (own.empty() || (own[0] >= '0' && own[0] <= '9'))
        own = name("q" + own); // a question code starts with a letter
    return {own, {}};
}

bool reserved(std::string_view questionCode)
{
    const auto lower = toLowerAscii(questionCode);
    for (const auto word : kReserved)
        if (lower == word)
            return true;
    // The questions of the survey's own: the role (of a survey for one role too) and the round.
    return lower.starts_with("role") || lower == kSurveyQuestion;
}

} // namespace

std::string Place::heading() const { return subquestion.empty() ? question : question + "[" + subquestion + "]"; }

std::string_view roleCode(Role role) { return roleAbbreviation(role); }

std::optional<Role> roleOfCode(std::string_view text)
{
    const auto lower = toLowerAscii(trim(text));
    for (const auto r : kRoles)
        if (lower == toLowerAscii(roleAbbreviation(r)))
            return r;
    return std::nullopt;
}

std::string fixedRoleQuestion(Role role) { return std::string(kRoleQuestion) + std::string(roleCode(role)); }

std::string optionCode(std::size_t index) { return "A" + std::to_string(index + 1); }

std::string roundCheck(const std::string& organisationKey, long long roundId)
{
    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a
    for (const char c : organisationKey + "\n" + std::to_string(roundId)) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    static constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    for (int i = 0; i < 6; ++i, hash /= kDigits.size())
        out += kDigits[hash % kDigits.size()];
    return out;
}

std::string surveyTag(std::optional<Role> role, bool englishOnly)
{
    std::string tag = role ? std::string(roleCode(*role)) : "";
    if (englishOnly)
        tag += tag.empty() ? "EN" : "-EN";
    return tag;
}

std::string respondentCode(const std::string& tag, long long id)
{
    return "LS-" + (tag.empty() ? "" : tag + "-") + std::to_string(id);
}

SurveyCodes::SurveyCodes(const Instrument& instrument) : m_instrument(instrument)
{
    std::vector<DataProblem> problems;
    std::unordered_map<std::string, std::string> singles; // lower-case code of a question of its own -> our code
    for (const auto& q : instrument.questions()) {
        auto place = placeOf(q);
        const auto key = toLowerAscii(place.heading());
        const bool array = !place.subquestion.empty();
        const auto lowerQuestion = toLowerAscii(place.question);
        if (reserved(place.question) || (array && toLowerAscii(place.subquestion) == "time"))
            problems.push_back({q.code, Message{tx("its LimeSurvey name {0} is taken by LimeSurvey or by the survey's own questions"), {place.heading()}}});
        else if (const auto [it, added] = m_byHeading.emplace(key, &q); !added)
            problems.push_back({q.code, Message{tx("its LimeSurvey name {0} is also the name of {1}"), {place.heading(), it->second->code}}});
        else if (const auto kind = m_arrays.find(lowerQuestion); kind != m_arrays.end() && kind->second != array)
            problems.push_back({q.code, Message{tx("its LimeSurvey name {0} is also the name of a question of another form"), {place.question}}});
        m_arrays.emplace(lowerQuestion, array);
        m_places.push_back(std::move(place));
    }
    if (!problems.empty())
        throw InvalidData(txn("{0} cannot be written as a LimeSurvey survey: {1} problem",
                              "{0} cannot be written as a LimeSurvey survey: {1} problems"),
                          instrument.id() + " " + instrument.version(), std::move(problems));
}

const Place& SurveyCodes::place(const Question& question) const
{
    return m_places.at(static_cast<std::size_t>(&question - m_instrument.questions().data()));
}

const Question* SurveyCodes::find(std::string_view question, std::string_view subquestion) const
{
    const auto key = toLowerAscii(subquestion.empty() ? std::string(question)
                                                      : std::string(question) + "[" + std::string(subquestion) + "]");
    const auto it = m_byHeading.find(key);
    return it == m_byHeading.end() ? nullptr : it->second;
}

bool SurveyCodes::isArray(std::string_view question) const
{
    const auto it = m_arrays.find(toLowerAscii(question));
    return it != m_arrays.end() && it->second;
}

} // namespace core::limesurvey
