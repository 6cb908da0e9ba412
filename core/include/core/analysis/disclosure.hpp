#pragma once
// What may be shown of a group of a given size (docs/disclosure.md): the thresholds and the
// coarsening of small groups' figures. The analysis applies these rules; every output only shows
// what the analysis holds.

#include <cstddef>

namespace core {

/// From this many answers a cell is shown at full precision (mean, sd, r_wg). Below it, and from
/// k, a statement or rating cell shows only its mean rounded to the nearest 0.5; every other
/// figure of the group is derived from those rounded means, and no measure of spread is shown.
inline constexpr std::size_t kDetailN = 10;

/// The mean of n whole-number answers that sum to `sum`, rounded to the nearest 0.5 (halves up),
/// in exact integer arithmetic so that equal sums always give the same published value.
double coarseMean(long long sum, std::size_t n);

} // namespace core
