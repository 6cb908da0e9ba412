#pragma once
// How the questions of an instrument are named in a LimeSurvey survey (docs/limesurvey.md).
// LimeSurvey allows letters and digits only (a question code starts with a letter), at most 20
// characters for a question or subquestion code and 5 for an answer code. So:
//  - the statements of an element form one array question named after the element, one
//    subquestion per statement named after the part of its code after the last dot
//    ("shared_values.04a" is sharedvalues[04a]);
//  - the ratings of an element form the array question <element>rating ("sharedvaluesrating[current]");
//  - a profile question is a question of its own, named after the part after the last dot
//    ("profile.hospital_type" is hospitaltype);
//  - '_' and '.' are left out and a name is cut at 20 characters; no two questions may end up
//    with one name (checked here), so the way back is a lookup in the same instrument.
// Answer codes: 1-5 for a statement, 0-10 for a rating, NA for "weet niet / n.v.t.", A1, A2, …
// for the options of a profile question in their order, and a short code per role.

#include "core/instrument/instrument.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::limesurvey {

inline constexpr std::size_t kMaxCodeLength = 20;
inline constexpr std::size_t kMaxAnswerCodeLength = 5;
/// The question that asks the role, first in the survey.
inline constexpr std::string_view kRoleQuestion = "role";
/// The answer "weet niet / n.v.t." of a statement or a rating.
inline constexpr std::string_view kNoAnswerCode = "NA";
/// The hidden question that ties a survey to its round: it holds the round's check, and the
/// survey's tag after a '-' when it has one ("a3f09c-RVB").
inline constexpr std::string_view kSurveyQuestion = "samenspel";

/// A question of ours in the survey: its LimeSurvey question code, and its subquestion code when
/// it is a row of an array question (empty otherwise).
struct Place {
    std::string question;
    std::string subquestion;
    /// "sharedvalues[04a]" or "hospitaltype": how LimeSurvey heads its column.
    std::string heading() const;
};

/// The role's answer code: its abbreviation ("RVB", "MSB", "SPV", …, roleAbbreviation).
std::string_view roleCode(Role role);
/// The role of an answer code, in any case; nullopt for another text.
std::optional<Role> roleOfCode(std::string_view code);
/// The question code of a survey for one role: "role" and the role's code ("roleRVB").
std::string fixedRoleQuestion(Role role);
/// The answer code of a profile question's option at `index` (from 0): "A1", "A2", ….
std::string optionCode(std::size_t index);
/// Six letters and digits that tell one round from another (its organisation's random exchange key
/// and the round's id: the same after a hospital is renamed, different in another database), so
/// that an export of another hospital's or round's survey is not taken for this round's.
std::string roundCheck(const std::string& organisationKey, long long roundId);
/// What sets a survey's respondent codes apart from those of the round's other surveys: the role
/// of a survey for one role, "EN" for an English one ("RVB-EN"); empty for the survey of every
/// role in Dutch (alone or with English). Its respondents are "LS-<tag>-<id>", or "LS-<id>".
std::string surveyTag(std::optional<Role> role, bool englishOnly);
/// The respondent code of LimeSurvey's response `id` in the survey with this tag.
std::string respondentCode(const std::string& tag, long long id);

/// The LimeSurvey names of every question of one instrument, and the way back.
class SurveyCodes {
public:
    /// Throws InvalidData when two questions would get one name.
    explicit SurveyCodes(const Instrument& instrument);

    const Place& place(const Question& question) const;
    /// The question at a LimeSurvey question code and subquestion code (empty for a question of its
    /// own), compared without regard to case; nullptr when the instrument has none there.
    const Question* find(std::string_view question, std::string_view subquestion) const;
    /// True when `question` is one of the array questions (so a column needs a subquestion).
    bool isArray(std::string_view question) const;

private:
    const Instrument& m_instrument;
    std::vector<Place> m_places; // in the instrument's order
    std::unordered_map<std::string, const Question*> m_byHeading; // lower-case "q" or "q[sq]"
    std::unordered_map<std::string, bool> m_arrays;               // lower-case question codes
};

} // namespace core::limesurvey
