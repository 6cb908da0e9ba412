#pragma once
// A printable blank questionnaire for one role: every question put to that role with its code and
// answer boxes, for collecting answers on paper and typing them into the CSV import.

#include "core/instrument/instrument.hpp"

#include <ostream>

namespace reports {

void writeQuestionnairePdf(std::ostream& out, const core::Instrument& instrument, core::Role role, core::Language lang);

} // namespace reports
