#pragma once
// A round's modules for people: per module, the boards' answers to its questions beside what a
// study found elsewhere (never a norm).

#include "core/analysis/analysis.hpp"
#include "core/instrument/instrument.hpp"
#include "reports/table.hpp"

#include <map>
#include <string>

namespace reports {

/// The majority answer per profile question, per shown board (core::RoundFacts::profile).
using BoardAnswers = std::map<std::string, std::map<std::string, std::string>>;

/// "named by 7 of 11 respondents from focus clinics (source, section)".
std::string reportedElsewhere(const core::Instrument& instrument, const core::Question& q, core::Language lang);

/// The module's statements as one scale: per shown party its n and mean score (0-100), by the same
/// rules as an element's, as the score table shows them.
Table moduleScoreTable(const core::Instrument& instrument, const core::DimensionResult& score, core::Language lang);

/// The module's choice questions: the question, each board's shared answer (only a board shown,
/// from k answers and a majority) and, where the module has it, what others report.
Table moduleTable(const core::Instrument& instrument, const core::ModuleInfo& module, const BoardAnswers& answers,
                  core::Language lang);

} // namespace reports
