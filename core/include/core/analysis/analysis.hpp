#pragma once
// The alignment analysis of one round: scores per element, theme and party; consensus within
// parties (r_wg); gaps between parties; congruence across the 7S; scale reliability; the change
// agenda; and the gelijkgerichtheidsindex. docs/methodology.md gives every formula.
//
// Disclosure control (docs/disclosure.md): a cell (one party on one statement, element or theme)
// with fewer than k answers is hidden, and no figure is computed from a hidden cell's answers: a
// party's element and theme scores, the sides, alpha and the index use only the statement cells
// that are shown. A cell with fewer than kDetailN answers is coarse: its statement means are
// rounded to 0.5 and every other figure of it is derived from those rounded means.

#include "core/analysis/disclosure.hpp"
#include "core/instrument/instrument.hpp"
#include "core/analysis/scoring.hpp"
#include "core/analysis/statistics.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace core {

/// The gap between two parties (points, 0-100) from which it counts as misalignment, unless the
/// advisor chooses another.
inline constexpr double kDefaultGapThreshold = 15.0;

struct AnalysisOptions {
    int k = kMinAnonymityK;      ///< anonymity threshold; never below 3
    double gapThreshold = kDefaultGapThreshold; ///< points (0-100) from which a gap counts as misalignment
    /// The incentive model's alignment score (0-100) for the round, when its inputs are known;
    /// it then becomes the index's fifth component.
    std::optional<double> incentiveAlignment;
    /// Cells with fewer answers than this are coarse; never below k (tests set it to k to check
    /// the full-precision formulas by hand).
    std::size_t detailN = kDetailN;
};

/// The two sides the definition of gelijkgerichtheid is about.
inline constexpr std::string_view kHospitalSide = "hospital_side";
inline constexpr std::string_view kMedicalSide = "medical_side";

/// A group whose answers are compared: one role, or a side (hospital: rvb; medical: MSB board
/// and both kinds of specialist). A side holds only roles that are shown themselves.
struct Party {
    std::string code; ///< a role code, or hospital_side / medical_side
    std::vector<Role> roles;
    bool isSide = false;
};

/// An element or a theme.
struct Dimension {
    bool isTheme = false;
    Element element = Element::SharedValues;
    Theme theme = Theme::LchvConcentration;
    std::string_view code() const { return isTheme ? core::code(theme) : core::code(element); }
};

/// How a party's answers on an element or theme spread over the scale (reverse-keyed 1-5): the
/// share that disagrees (1-2), is neutral (3) and agrees (4-5), over all its answers there.
struct AnswerSpread {
    double disagree = 0.0;
    double neutral = 0.0;
    double agree = 0.0;
    std::size_t answers = 0;
    std::size_t agreeing = 0; ///< the answers that agree (4-5): `agree` as a count, for a share shown as a fraction
};

struct PartyResult {
    std::string party;
    Stat stat;                 ///< of respondent scores (0-100); for a coarse cell see `coarse`
    std::optional<double> rwg; ///< r_wg(J) on the reverse-keyed 1-5 answers; only when shown
    bool isSide = false;
    /// For a side: the roles whose own cell is shown and so make up this cell. A side never
    /// includes a role whose cell is hidden, so it cannot be used to recompute that cell.
    std::vector<Role> roles;
    /// Fewer than kDetailN answers behind the cell (or behind one of its statements): the mean is
    /// derived from the rounded statement means (a side's from its roles' means), sd is not to be
    /// shown, and there is no r_wg(J).
    bool coarse = false;
    /// Beside r_wg(J), where it is shown: r_wg(J) against the slightly skewed null (a sensitivity
    /// check) and a_wg over the statements (nullopt where the mean lies too near an end of the scale).
    std::optional<double> rwgSkewed;
    std::optional<double> awg;
    /// Only beside r_wg(J), at full precision: a small group's spread could pin down its answers.
    std::optional<AnswerSpread> spread;
};

struct DimensionResult {
    Dimension dimension;
    std::vector<PartyResult> parties;  ///< shown roles, then the shown sides
    std::optional<double> overall;     ///< mean of the shown roles' means
    /// Do the roles differ more than chance? ICC(1) and ICC(2) of the roles shown at full precision
    /// (kDetailN answers or more), from their published n, mean and sd: no small group's spread
    /// enters, and nothing that is not shown.
    Icc icc;
    const PartyResult* find(std::string_view party) const;
};

/// One statement: per shown party the mean reverse-keyed answer (1-5) and single-item r_wg.
struct ItemResult {
    std::string item;
    struct Cell {
        std::string party;
        std::size_t n = 0;
        double mean = 0.0;
        std::optional<double> rwg;
        bool coarse = false; ///< fewer than kDetailN answers: mean rounded to 0.5, no r_wg
    };
    std::vector<Cell> parties;
};

/// The difference between two shown parties on one element or theme.
struct Gap {
    Dimension dimension;
    std::string a;
    std::string b;
    double meanA = 0.0;
    double meanB = 0.0;
    std::size_t nA = 0;
    std::size_t nB = 0;
    double gap = 0.0;         ///< |meanA - meanB|, points
    std::optional<double> d;  ///< (meanA - meanB) / pooled sd
    bool flagged = false;     ///< gap >= the threshold
};

/// How consistent the seven overall element scores are with each other.
struct Congruence {
    std::size_t elements = 0; ///< elements with an overall score
    std::optional<double> sd; ///< sample sd of the overall element scores
    std::optional<double> range;
    std::optional<Element> weakest;
    std::optional<Element> strongest;
    std::optional<double> hardMinusSoft; ///< mean of strategy/structure/systems minus mean of the other four
};

/// Why an element's alpha needs care; the rule is decided here, in core, once.
enum class AlphaWarning {
    None,
    FewRespondents, ///< fewer than kDetailN complete rows: not computed
    NoSpread,       ///< every answer the same: cannot be computed
    Low,            ///< below kAlphaFloor
};
inline constexpr double kAlphaFloor = 0.6;

struct AlphaResultForElement {
    Element element = Element::SharedValues;
    std::size_t items = 0;
    std::size_t respondents = 0; ///< with complete answers on the element
    std::optional<double> alpha;
    AlphaWarning warning = AlphaWarning::None;
};

/// Current and desired rating (0-10) of one element by one party.
struct AgendaCell {
    std::string party;
    Element element = Element::SharedValues;
    std::size_t n = 0;       ///< respondents who gave both ratings
    double current = 0.0;
    double desired = 0.0;
    double change = 0.0;     ///< mean of (desired - current)
    std::vector<Role> roles; ///< for a side: the roles whose own cell is shown
    bool coarse = false;     ///< fewer than kDetailN: ratings rounded to 0.5 (a side: derived)
};

struct ChangeAgenda {
    std::vector<AgendaCell> cells; ///< shown parties with n >= k only
    /// Spearman correlation of the hospital side's and the medical side's seven changes: do they
    /// give the same elements priority?
    std::optional<double> priorityAgreement;
};

struct IndexComponent {
    std::string code; ///< level, agreement, consensus, congruence, incentives
    std::optional<double> value; ///< 0-100
    double weight = 0.0;
};

/// The gelijkgerichtheidsindex: a weighted mean of its components (docs/methodology.md).
struct GelijkgerichtheidsIndex {
    std::optional<double> value; ///< nullopt when a component cannot be computed
    std::vector<IndexComponent> components;
};

/// A module's statements scored as one scale, by the same rules as an element (cells below k
/// hidden, small cells coarse); its `dimension` is not used.
struct ModuleScore {
    std::string module;
    DimensionResult result;
};

struct Analysis {
    AnalysisOptions options;
    /// The shown roles, each with its respondents who answered at least one statement or rating.
    /// Roles below k are in no list: outputs cannot name or count them.
    std::vector<std::pair<Role, std::size_t>> partySizes;
    std::vector<Party> parties; ///< the shown parties: roles, then sides
    std::array<DimensionResult, kElements.size()> elements;
    std::array<DimensionResult, kThemes.size()> themes;
    std::vector<ItemResult> items;
    std::vector<ModuleScore> modules; ///< per module of the round, in the instrument's order
    std::vector<Gap> gaps; ///< largest first
    Congruence congruence;
    std::vector<AlphaResultForElement> alpha;
    ChangeAgenda changeAgenda;
    GelijkgerichtheidsIndex index;

    bool shown(Role role) const;
    /// The respondents of the shown roles: the only count of a round an output meant for sharing gives.
    std::size_t shownRespondents() const;
    const DimensionResult& of(Element e) const { return elements[static_cast<std::size_t>(e)]; }
    const DimensionResult& of(Theme t) const { return themes[static_cast<std::size_t>(t)]; }
};

Analysis analyse(const Instrument& instrument, const ResponseSet& responses, const AnalysisOptions& options);

/// A party's name for people: the role's short name, or "Hospital side" / "Medical side".
std::string partyName(const Instrument& instrument, std::string_view party, Language lang);

/// Congruence and the index, from the per-party results already in `a` (part of analyse()).
void summarise(Analysis& a);

} // namespace core
