#pragma once
// The Results page, without wx: a round's index, components and charts (the report's own).

#include "core/analysis.hpp"
#include "db/database.hpp"
#include "reports/pdf_document.hpp"

#include <string>
#include <vector>

namespace gui {

class ResultsPresenter {
public:
    ResultsPresenter(const db::Database& db, core::Id round, core::Language lang);
    /// "Gelijkgerichtheidsindex 59 (niveau 51, overeenstemming 26, ...)"
    std::string headline() const;
    /// False for a round nobody has answered yet; hint() then says how to start.
    bool hasAnswers() const { return m_respondents > 0; }
    std::string hint() const;
    std::vector<std::string> notes() const;
    reports::Drawing radar() const;
    reports::Drawing heatmap() const;
    const core::Analysis& analysis() const { return m_analysis; }

private:
    const core::Instrument& m_instrument;
    core::Language m_lang;
    core::Analysis m_analysis;
    std::size_t m_respondents = 0;
};


} // namespace gui
