#pragma once
// The questionnaire: Likert statements, 0-10 ratings and factual profile questions.

#include "core/instrument/codes.hpp"
#include "core/text/i18n.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core {

enum class QuestionKind { Likert, Rating, Choice, Number };
enum class RatingAspect { Current, Desired };

std::string_view code(QuestionKind kind);

/// Where a question comes from: a publication code (see Instrument::sources) and a section.
struct SourceRef {
    std::string publication;
    std::string section;
};

struct ChoiceOption {
    std::string code;
    LocalText label;
};

/// What a study found elsewhere about a choice question's practice: `count` of `of` respondents
/// (`who`, e.g. "directors of focus clinics") reported `option`. Shown beside a hospital's answer as
/// what others report, never as a norm.
struct ReportedElsewhere {
    std::string option;
    int count = 0;
    int of = 0;
    LocalText who;
    SourceRef source;
};

/// One question of any kind. Fields that do not apply to a kind keep their defaults.
struct Question {
    std::string code;
    QuestionKind kind = QuestionKind::Likert;
    LocalText text;
    std::vector<Role> roles;
    SourceRef source;
    std::optional<Element> element; ///< Likert and rating
    std::optional<Theme> theme;     ///< Likert only, optional
    bool reverse = false;           ///< Likert: agreeing means less alignment
    RatingAspect aspect = RatingAspect::Current; ///< rating only
    std::vector<ChoiceOption> options;           ///< choice only
    int min = 0;                                 ///< numeric kinds: allowed range
    int max = 0;
    std::optional<LocalText> unit; ///< number only
    std::optional<ReportedElsewhere> reportedElsewhere; ///< choice only, from a module
    /// The module the question comes from (its id); empty for the core questionnaire.
    std::string module;

    bool askedOf(Role role) const;
    bool isNumeric() const { return kind != QuestionKind::Choice; }
    const ChoiceOption* option(std::string_view optionCode) const;
    std::vector<std::string> optionCodes() const;
};

struct ElementInfo {
    Element element;
    LocalText name;
    LocalText description;
};
struct ThemeInfo {
    Theme theme;
    LocalText name;
    LocalText description;
    LocalText shortName; ///< at most 26 characters, for table columns
};
struct RoleInfo {
    Role role;
    LocalText name;
    LocalText shortName; ///< at most 16 characters, for table columns and legends
};
/// A publication the questions and recommendations draw on.
struct Source {
    std::string code;
    std::string citation;  ///< the full reference, for a report's list of sources
    LocalText shortName;   ///< how a reader recognises it in a line such as "Source: …, §3.3.4"
};
struct LikertScale {
    std::vector<LocalText> labels; ///< five labels, for 1..5
    LocalText noAnswer;
};
struct RatingScale {
    LocalText low;
    LocalText high;
};
/// An optional part of the questionnaire a round may add (questionnaires/modules/SCHEMA.md).
struct ModuleInfo {
    std::string id;
    std::string version;
    LocalText title;
    LocalText description;
};

/// A validated instrument. Built only by loadInstrument(), which guarantees the rules of
/// questionnaires/gelijkgerichtheid/SCHEMA.md.
class Instrument {
public:
    struct Parts {
        std::string id;
        std::string version;
        LocalText title;
        LocalText intro;
        LikertScale likert;
        RatingScale rating;
        std::vector<Source> sources;
        std::vector<ElementInfo> elements;
        std::vector<ThemeInfo> themes;
        std::vector<RoleInfo> roles;
        std::vector<Question> questions; ///< items, then ratings, then profile questions
        std::vector<ModuleInfo> modules; ///< the modules merged in, by id
    };
    explicit Instrument(Parts parts);

    const std::string& id() const { return m_parts.id; }
    const std::string& version() const { return m_parts.version; }
    const LocalText& title() const { return m_parts.title; }
    const LocalText& intro() const { return m_parts.intro; }
    const LikertScale& likert() const { return m_parts.likert; }
    const RatingScale& rating() const { return m_parts.rating; }
    const std::vector<Source>& sources() const { return m_parts.sources; }
    const std::vector<Question>& questions() const { return m_parts.questions; }
    const std::vector<ModuleInfo>& modules() const { return m_parts.modules; }
    const Parts& parts() const { return m_parts; }
    /// "2.0", or "2.0 + msb_governance 1.0": what must be equal for two rounds to be measured alike.
    std::string edition() const;
    /// The same instrument without its modules: what the national comparison is made of.
    Instrument coreOnly() const;

    const Question* find(std::string_view code) const;
    const Source* source(std::string_view code) const;
    /// A reference as a reader follows it: the publication's short name and the section
    /// ("SiRM-rapport Gelijkgerichtheid (2019), §3.3.4"); the code when the publication is unknown.
    std::string cite(const SourceRef& ref, Language lang) const;
    /// An option of a choice question, or nullptr.
    const ChoiceOption* option(std::string_view question, std::string_view optionCode) const;
    const LocalText& name(Element e) const;
    const LocalText& name(Theme t) const;
    const LocalText& name(Role r) const;
    const LocalText& shortName(Role r) const;
    const LocalText& shortName(Theme t) const;
    const LocalText& description(Element e) const;

    /// The core questionnaire's Likert items of an element (or theme), in instrument order: what its
    /// score is made of. A module's statements are scored apart (moduleItems), so that an element
    /// means the same in every round and every hospital.
    std::vector<const Question*> items(Element e) const;
    std::vector<const Question*> items(Theme t) const;
    /// The statements a form lists under an element: the core's, then those of the modules.
    std::vector<const Question*> listedItems(Element e) const;
    /// A module's Likert items.
    std::vector<const Question*> moduleItems(std::string_view module) const;
    std::vector<const Question*> questionsOfKind(QuestionKind kind) const;

private:
    std::vector<const Question*> select(const std::function<bool(const Question&)>& wanted) const;

    Parts m_parts;
    std::unordered_map<std::string, std::size_t> m_index;
};

/// Versions of one instrument, newest first: what a catalogue's codes are checked against.
using InstrumentVersions = std::vector<const Instrument*>;

} // namespace core
