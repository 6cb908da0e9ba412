#pragma once
// The story first: a round's key findings (core::keyFindings) as sentences a board member reads
// in a minute, and as the questions a workshop ends with.

#include "core/advice/recommendations.hpp"
#include "core/analysis/key_findings.hpp"
#include "core/instrument/instrument.hpp"

#include <string>
#include <vector>

namespace reports {

/// One sentence per finding: what stands out, between whom, and why it matters; then the first
/// recommendation that applies, as what to do first.
std::vector<std::string> keyMessages(const core::Analysis& a, const std::vector<core::Advice>& advice,
                                     const core::Instrument& instrument, core::Language lang);
/// Three to five questions for the end of a workshop, each drawn from a finding (or, when there
/// are few, from the recommendations that apply).
std::vector<std::string> discussionQuestions(const core::Analysis& a, const std::vector<core::Advice>& advice,
                                             const core::Instrument& instrument, core::Language lang);
/// How to read the index: its band ("largely aligned") for a value of 0-100.
std::string indexBand(double index, core::Language lang);

} // namespace reports
