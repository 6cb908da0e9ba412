#pragma once
// Limits on every JSON data file the program reads: the instrument, the recommendations and their
// overlays, the incentive figures and scenarios. A file beyond them is refused with a message,
// before it can take much memory or time.

#include <cstddef>
#include <optional>
#include <string_view>

namespace core {

/// The largest JSON data file read; the built-in instrument and catalogue are under 0.1 MB.
constexpr std::size_t kMaxJsonFileBytes = 4 * 1024 * 1024;
/// The deepest nesting of arrays and objects; the schemas need fewer than 25 levels.
constexpr int kMaxJsonDepth = 64;
/// The most problems listed for one file; beyond, a last line says the rest is not listed.
constexpr std::size_t kMaxJsonProblems = 200;

/// Where arrays and objects first nest deeper than `maxDepth`: a linear scan that skips strings, so
/// that deep input is refused before a parser builds anything from it. Up to the first syntax error
/// it sees the nesting exactly as the parser does. nullopt when the text stays within it.
std::optional<std::size_t> tooDeep(std::string_view text, int maxDepth = kMaxJsonDepth);

} // namespace core
