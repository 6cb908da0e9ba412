#pragma once
// The Results page: the round's index and components, the 7S radar and the heatmap, the largest
// gaps, now and desired, consensus, reliability and congruence: the report's charts and tables,
// drawn for the width of the window.

#include "core/text/i18n.hpp"
#include "core/answers/records.hpp"

#include <wx/scrolwin.h>

#include <array>

#include <vector>

namespace db {
class Database;
}

class wxButton;
class wxListCtrl;
class wxStaticBitmap;
class wxBoxSizer;
class wxStaticText;

namespace gui {

class ResultsPanel : public wxScrolledWindow {
public:
    ResultsPanel(wxWindow* parent, core::Language lang);
    /// Shows a round (again, after new answers); a round without answers says how to start.
    void show(const db::Database& db, core::Id round);
    /// Shows a line instead of results (no file, no round chosen).
    void showHint(const wxString& text);
    void clear() { showHint(""); }
    /// Scrolls to the gaps and the tables below the charts (also the tour's screenshot).
    void scrollToDetails();

private:
    void showCharts(bool visible);

    core::Language m_lang;
    const db::Database* m_db = nullptr;
    core::Id m_round = 0;
    int m_width = 0; ///< the page width the charts were drawn for
    std::array<wxBoxSizer*, 2> m_chartRows{}; ///< radar and heat map; gaps and agenda
    bool m_redrawPending = false;
    wxStaticText* m_headline = nullptr;
    wxStaticText* m_indexParts = nullptr; ///< the index's components with their weights
    wxButton* m_terms = nullptr; ///< "?": the glossary
    wxStaticBitmap* m_radar = nullptr;
    wxStaticBitmap* m_heatmap = nullptr;
    wxStaticText* m_congruence = nullptr;
    wxStaticText* m_spreadTitle = nullptr;
    wxStaticText* m_spreadNote = nullptr;
    wxStaticBitmap* m_spread = nullptr;
    wxStaticText* m_gapTitle = nullptr;
    wxStaticBitmap* m_gaps = nullptr;
    wxStaticText* m_agendaTitle = nullptr;
    wxStaticBitmap* m_agenda = nullptr;
    std::vector<wxStaticText*> m_tableTitles;
    std::vector<wxStaticText*> m_tableNotes;
    std::vector<wxListCtrl*> m_tables;
    wxStaticText* m_notes = nullptr;
};

} // namespace gui
