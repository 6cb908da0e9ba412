#pragma once
// The three to five things a board should read first, chosen from a round's analysis by written
// rules (docs/methodology.md, "Key findings"): where and between whom views diverge most, who
// stands apart, whether the two sides want the same changes, which party is divided among
// itself, and what goes well. Only shown figures are used, so a finding can never reveal more
// than the tables do.

#include "core/analysis/analysis.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

/// Agreement within a party below this r_wg counts as divided (LeBreton & Senter 2008: below
/// 0.50 is a lack of agreement).
inline constexpr double kDividedRwg = 0.5;
/// The sides' rank correlation of wanted changes at or below which they want opposite changes,
/// and at or above which they give the same elements priority.
inline constexpr double kOppositePriorities = -0.3;
inline constexpr double kSharedPriorities = 0.6;
/// A party stands apart when it is in at least this many misaligned gaps, and in half of them.
inline constexpr std::size_t kStandsApartGaps = 3;
/// A party is named as divided when it is so on at least this many elements.
inline constexpr std::size_t kDividedElements = 3;

enum class FindingKind {
    SidesGap,            ///< the largest misaligned gap between the hospital and the medical side: dimension, value
    SidesAligned,        ///< no misaligned gap between the two sides anywhere: count = dimensions compared
    LargestGap,          ///< the largest gap between two roles, the boards' own first: a, b, dimension, value = points
    OppositePriorities,  ///< the sides want opposite changes: value = rank correlation
    SharedPriorities,    ///< the sides want the same changes first: value = rank correlation
    DividedParty,        ///< a party divided among itself: a, count of total elements
    StandsApart,         ///< a party in most of the misaligned gaps: a, count of total
    Strength,            ///< the highest element on which no two parties are misaligned: dimension, value = score
};

struct Finding {
    FindingKind kind = FindingKind::LargestGap;
    Dimension dimension;
    std::string a; ///< a party code
    std::string b;
    double value = 0.0;
    std::size_t count = 0;
    std::size_t total = 0;
};

/// At most five findings, in the order above (when there would be six, "stands apart" is left
/// out); fewer when the rules find nothing to say.
std::vector<Finding> keyFindings(const Analysis& a);

} // namespace core
