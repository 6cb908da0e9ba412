#pragma once
// The pages that help a reader who is not a methodologist: how to read the report, and what
// every term and abbreviation in it means.

#include "core/text/i18n.hpp"

#include <string>
#include <utility>
#include <vector>

namespace reports {

/// A few lines on how to read scores, gaps, colours, small groups and the index.
std::vector<std::string> readingGuide(core::Language lang, int k, double gapThreshold);
/// Every term the report uses, with its meaning, in alphabetical order of the term.
std::vector<std::pair<std::string, std::string>> glossaryTerms(core::Language lang);
/// The terms of the comparison between hospitals (the Comparison page, the national report).
std::vector<std::pair<std::string, std::string>> comparisonGlossaryTerms(core::Language lang);

} // namespace reports
