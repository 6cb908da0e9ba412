#pragma once
// The Comparison page: the hospitals whose exchange packages the open file holds, side by side on
// one measure without ranking them: the field, a funnel, each hospital against the limits.

#include "comparison/comparison_presenter.hpp"

#include <wx/scrolwin.h>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxStaticBitmap;
class wxStaticText;

namespace gui {

class ComparisonPanel : public wxScrolledWindow {
public:
    ComparisonPanel(wxWindow* parent, core::Language lang);
    /// Shows the file's packages (none: how to read them in).
    void show(db::Database& db);
    void clear();
    /// Reads package files in (the Read button asks for them; the tour passes them).
    void importFiles(const std::vector<std::string>& files);
    /// Chooses a measure, as its list does (the tour).
    void chooseMeasure(std::size_t index);

private:
    void redraw();

    core::Language m_lang;
    db::Database* m_db = nullptr;
    ComparisonPresenter m_presenter;
    wxChoice* m_measure = nullptr;
    wxChoice* m_grouping = nullptr;
    wxButton* m_import = nullptr;
    wxStaticText* m_headline = nullptr;
    wxStaticText* m_funnelTitle = nullptr;
    wxStaticBitmap* m_funnel = nullptr;
    wxListCtrl* m_summary = nullptr;
    wxListCtrl* m_hospitals = nullptr;
};

} // namespace gui
