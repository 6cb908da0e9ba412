#pragma once
// The Results page, without wx: a round's index with its components, the charts and tables of
// the report (radar, heatmap, gaps, now and desired, consensus, congruence), in one language.

#include "core/analysis/analysis.hpp"
#include "db/database.hpp"
#include "reports/pdf_document.hpp"
#include "reports/table.hpp"

#include <string>
#include <vector>

namespace gui {

class ResultsPresenter {
public:
    ResultsPresenter(const db::Database& db, core::Id round, core::Language lang);
    /// "Gelijkgerichtheidsindex: 59 van 100, deels gelijkgericht." (the report's reading)
    std::string headline() const;
    /// Under it, one line per component: "niveau (...): 51 (weegt 25%)".
    std::vector<std::string> indexParts() const;
    /// False for a round nobody has answered yet; hint() then says how to start.
    bool hasAnswers() const { return m_respondents > 0; }
    std::string hint() const;
    /// The notes under the tables; first, when the current answers differ from what was last shared.
    std::vector<std::string> notes() const;
    reports::Drawing radar() const;
    reports::Drawing heatmap() const;
    /// The largest gaps as bars: gapCount() rows, at most kGapBars.
    reports::Drawing gapChart() const;
    std::size_t gapCount() const;
    static constexpr std::size_t kGapBars = 12;
    /// "Gap in points (0-100); red: 15 points or more (misaligned)."
    std::string gapLegend() const;
    /// How the answers of each party of 10 or more spread (disagree, neutral, agree): spreadRows()
    /// bars; none for smaller groups (spreadNote() then says why).
    reports::Drawing spreadChart() const;
    std::size_t spreadRows() const;
    std::string spreadNote() const;
    /// Current -> desired per element for the two sides.
    reports::Drawing agendaChart() const;
    /// Lines on how evenly the 7S score (weakest, strongest, hard vs soft).
    std::vector<std::string> congruence() const;

    /// A table with its heading, in the order the page shows them.
    struct Section {
        std::string title;
        std::string note; ///< a line under the title; may be empty
        reports::Table table;
    };
    std::vector<Section> tables() const;
    const core::Analysis& analysis() const { return m_analysis; }

private:
    const core::Instrument& m_instrument;
    core::Language m_lang;
    core::Analysis m_analysis;
    std::size_t m_respondents = 0;
    std::string m_sharedAt; ///< when the answers differ from the shared state: when that was made
};


} // namespace gui
