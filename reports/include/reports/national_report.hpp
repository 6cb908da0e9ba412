#pragma once
// The national report for the ministry (docs/comparison.md): the field of compared hospitals per
// measure, a funnel per element's gap between the sides, peer groups, the field beside the sources'
// figures, and the ministry's actions with the figures behind them. PDF and HTML, from one content.

#include "core/comparison/field_figures.hpp"
#include "core/comparison/national_actions.hpp"
#include "reports/comparison_tables.hpp"
#include "reports/pdf_document.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace reports {

struct NationalInput {
    const core::Instrument* instrument = nullptr;
    std::size_t hospitals = 0;
    std::string instrumentVersion;
    std::size_t earlierRounds = 0;
    std::size_t otherVersion = 0;
    std::vector<GroupComparison> field; ///< all hospitals, per measure (the index, its components, the gaps)
    /// Per grouping (hospital type, organisation model, distribution-model family): its title and
    /// the index compared within each of its groups.
    std::vector<std::pair<std::string, std::vector<GroupComparison>>> groups;
    core::FieldFigures figures;
    std::vector<core::NationalAction> actions;
    std::string date; ///< of the report, YYYY-MM-DD
};

void writeNationalPdf(std::ostream& out, const NationalInput& input, core::Language lang);
void writeNationalHtml(std::ostream& out, const NationalInput& input, core::Language lang);

} // namespace reports
