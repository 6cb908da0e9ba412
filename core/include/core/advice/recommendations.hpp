#pragma once
// The advice engine: a catalogue of recommendations whose trigger rules are data
// (questionnaires/recommendations/SCHEMA.md), evaluated against a round's figures, ranked and
// explained with the actual numbers. A rule on a hidden party is never met and never cites it.

#include "core/analysis/analysis.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

namespace core {

enum class Audience { Rvb, Msb, Both, Insurer, Ministry };
std::string_view code(Audience a);

/// The most all/any combinations nested in one trigger; the built-in catalogue uses 2.
constexpr int kMaxConditionDepth = 8;
/// The most entries (and ids to switch off) in one catalogue or overlay; the built-in one has 58.
constexpr std::size_t kMaxCatalogueEntries = 1000;

/// A trigger rule: a combination (all / any) of parts, or one test of a metric.
struct Condition {
    enum class Kind { All, Any, Test };
    enum class Compare { Below, Above, AtLeast, AtMost, In };
    Kind kind = Kind::Test;
    std::vector<Condition> parts;
    std::string metric;
    std::optional<Element> element;
    std::optional<Theme> theme;
    std::string party; ///< also a, b below
    std::string a;
    std::string b;
    std::string measure;
    std::string item;
    std::string question;
    std::string scenario;
    std::string actor;
    /// incentive_conflicts: which part of a result counts; "share" (the distribution model's own
    /// effect), "pot" (the size of the MSB's pot alone), "contract" (the pot and the actor's own
    /// business together) or "all" (the result).
    std::string part = "all";
    Compare compare = Compare::Below;
    double threshold = 0;
    std::vector<std::string> in;
    std::string where; ///< e.g. "joint_meetings.trigger.any[1]", for messages
};

struct Recommendation {
    std::string id;
    bool headline = false;
    LocalText title;
    LocalText text;
    std::vector<Element> elements;
    std::vector<Theme> themes;
    Audience audience = Audience::Both;
    SourceRef source;
    double weight = 1.0;
    std::optional<Condition> trigger; ///< none: never for one hospital (ministry actions)
};

using Catalogue = std::vector<Recommendation>;

/// Parses and validates a catalogue against the codes of the instrument's versions (a statement or
/// option may come from any of them); throws InvalidData naming the entry and the condition of
/// every problem.
Catalogue parseCatalogue(std::string_view json, const InstrumentVersions& versions, const std::string& source);
/// Adds and replaces entries and switches entries off, from an overlay file of the same schema.
Catalogue applyOverlay(const Catalogue& base, std::string_view overlayJson, const InstrumentVersions& versions,
                       const std::string& source);
/// The catalogue compiled into the program.
std::string_view builtinCatalogueJson();
const Catalogue& builtinCatalogue();

/// What the rules are evaluated on.
struct RoundFacts {
    const Analysis* analysis = nullptr;
    /// The majority answer per profile question, per shown party (rvb, msb_board): only when at
    /// least k of its respondents answered and more than half of them gave that answer.
    std::map<std::string, std::map<std::string, std::string>> profile;
    /// Per profile question, the parties whose majority answer was not unanimous: reported as a
    /// majority, so that a divided board is not presented as one voice (never with counts).
    std::map<std::string, std::set<std::string>> divided;
    /// The median answer per number question (headcounts), per shown party, from k answers on.
    std::map<std::string, std::map<std::string, double>> profileNumbers;
    std::vector<ScenarioOutcome> incentiveOutcomes; ///< under the current model; empty without inputs
    std::map<std::string, LocalText> scenarioNames;  ///< per scenario id, for the figures people read
    std::optional<double> incentiveAlignment;
};

/// The facts of a round: the analysis, the profile answers of the shown parties, and the
/// incentive outcomes when the round has incentive inputs.
RoundFacts roundFacts(const Analysis& analysis, const ResponseSet& responses, const Instrument& instrument,
                      const std::optional<IncentiveInputs>& incentives);

/// One test as evaluated: the figure it is about, and whether it holds.
struct TestResult {
    std::string where;
    bool available = false; ///< false: a hidden party, or data the round does not have
    bool met = false;
    bool decisive = false;  ///< met, and part of a branch that made the rule hold
    double severity = 0;    ///< 0-1: how far past the threshold
    std::size_t n = 0;      ///< the smallest number of respondents behind the figure (0: not a count)
    Message figure;         ///< e.g. "Structure: RvB 89 vs medical side 21: gap 68 points (n = 3 / 21)"
    Message rule;           ///< e.g. "at least 15"
    /// The figure without what lies below party level, where `figure` names vakgroepen and their
    /// money (for outputs shared outside the hospital).
    std::optional<Message> shareable;
};

struct Advice {
    const Recommendation* recommendation = nullptr;
    bool triggered = false;
    double severity = 0;
    double confidence = 0;
    double rank = 0;
    std::vector<TestResult> tests; ///< every test of the trigger, in order
    /// The figures of the tests that made it trigger (not those of branches that failed); for
    /// outputs shared outside the hospital, without anything below party level.
    std::vector<Message> rationale(bool outsideHospital = false) const;
};

/// A new action for the plan, from a recommendation: its title, the owner its audience suggests
/// (rvb, msb, both; other for the insurer or the ministry) and the elements and themes it targets.
Action actionFrom(const Recommendation& recommendation, Id round, Language lang);

/// How far an action's targets moved between two rounds: per target, the mean of the parties shown
/// in both rounds (so that a party dropping below the threshold does not look like a change).
struct ActionProgress {
    std::string target;
    std::optional<double> then;
    std::optional<double> now;
    bool partiesChanged = false; ///< some party was shown in only one of the two rounds
    /// The two rounds were answered in different versions of the questionnaire, whose statements
    /// for this element or theme differ (docs/instrument-versions.md): the change is partly theirs.
    bool versionChanged = false;
};
std::vector<ActionProgress> actionProgress(const Action& action, const Analysis& previous, const Analysis& current);

/// Every recommendation of the catalogue, evaluated; triggered ones first, by rank. Figures are
/// worded in `lang`.
std::vector<Advice> advise(const Catalogue& catalogue, const RoundFacts& facts, const Instrument& instrument,
                           Language lang);
/// The first `top` recommendations that apply, in the order advise() ranks them; the one rule for
/// "the most urgent N" on every screen, report and export.
std::vector<const Advice*> applying(const std::vector<Advice>& advice, std::size_t top = SIZE_MAX);

} // namespace core
