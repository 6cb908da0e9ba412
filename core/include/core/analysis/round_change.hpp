#pragma once
// How a round's shown figures moved since an earlier round of the same organisation: per element
// and theme, per party shown in both rounds, the change of its score (0-100) and whether it is
// larger than chance or rounding alone could make it (docs/methodology.md, "Change since the
// previous round"). Only shown figures enter, so the comparison reveals nothing that the two
// rounds' own outputs do not.

#include "core/analysis/analysis.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// z of a two-sided 95% interval: a change of a party shown at full precision in both rounds is
/// clear when it is at least this many standard errors.
inline constexpr double kChangeZ = 1.96;
/// How far a coarse score (its statement means rounded to 0.5) can lie from the exact one: a quarter
/// point on the 1-5 scale, 6.25 points on 0-100.
inline constexpr double kCoarseMargin = 6.25;

enum class ChangeVerdict {
    Clear,          ///< full precision in both rounds, and at least kChangeZ standard errors
    WithinNoise,    ///< full precision in both rounds, smaller than kChangeZ standard errors
    WithinRounding, ///< coarse in a round, and no larger than the rounding alone can make it
    NotTested,      ///< coarse in a round (a group under kDetailN in it), beyond the rounding: chance is not tested
};

struct PartyChange {
    std::string party;
    bool isSide = false; ///< a side may hold a small group without being one
    std::size_t nThen = 0;
    std::size_t nNow = 0;
    double then = 0.0;
    double now = 0.0;
    double change = 0.0; ///< now - then, exactly
    /// Clear / WithinNoise: kChangeZ standard errors; otherwise the largest difference rounding
    /// alone can make: kCoarseMargin per coarse score, for a side in proportion to the respondents
    /// of its coarse roles.
    double margin = 0.0;
    ChangeVerdict verdict = ChangeVerdict::NotTested;
};

struct DimensionChange {
    Dimension dimension;
    std::vector<PartyChange> parties; ///< in the order of RoundChanges::parties
};

struct RoundChanges {
    /// Parties shown in both rounds: roles, then a side whose cells hold the same two or more roles
    /// in both (a side of one role repeats that role).
    std::vector<std::string> parties;
    std::vector<DimensionChange> dimensions; ///< the elements, then the themes
    std::optional<double> indexThen; ///< the gelijkgerichtheidsindex of each round, when it has one
    std::optional<double> indexNow;
};

/// The changes from `before` to `after`: only cells shown in both rounds; a side only where it is
/// made of the same roles in both.
RoundChanges roundChanges(const Analysis& before, const Analysis& after);


/// The change as people read it beside the two rounded scores: the difference of those scores,
/// so that "44 -> 76" is "+32" and never "+31".
long long shownChange(const PartyChange& change);

} // namespace core
