#pragma once
// The instrument as a LimeSurvey survey structure file (.lss) that LimeSurvey 5 and 6 import as
// it is: the layout with *_l10ns tables, codes as core/limesurvey/survey_codes.hpp names them
// (docs/limesurvey.md). Built as tables of text first, so that tests can read what is written.

#include "core/instrument/instrument.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace reports::limesurvey {

/// One table of the file: its fields, and per row a value per field (nullopt: left out, as
/// LimeSurvey leaves out a NULL).
struct Table {
    std::string name;
    std::vector<std::string> fields;
    std::vector<std::vector<std::optional<std::string>>> rows;
};

struct SurveyStructure {
    int dbVersion = 0;
    std::vector<std::string> languages; ///< the base language first
    std::vector<Table> tables;
    const Table* table(const std::string& name) const;
};

struct StructureOptions {
    std::vector<core::Language> languages{core::Language::Nl}; ///< the base language first
    std::optional<core::Role> role; ///< a survey for one role: no role question, only its questions
    int anonymityK = 3;             ///< named in the welcome text
    /// The round it is for (limesurvey::roundCheck), stored with every response; empty: none.
    std::string roundCheck;
    /// Added to the title: "Ziekenhuis Oost, Nulmeting 2026".
    std::string roundName;
};

/// Throws core::InvalidData when the instrument's codes cannot be LimeSurvey codes.
SurveyStructure surveyStructure(const core::Instrument& instrument, const StructureOptions& options);

/// The structure as LimeSurvey writes it: UTF-8 XML, every value in CDATA, an empty value as an
/// empty element, LF line ends.
void writeLss(std::ostream& out, const SurveyStructure& survey);

} // namespace reports::limesurvey
