#pragma once
// The Incentives page: a distribution model with presets and weight sliders on the left; on the
// right the scenario, who gains from each course, the models side by side, and the figures per
// vakgroep to type in; everything is recomputed as a slider moves or a figure changes.

#include "incentives/incentives_presenter.hpp"

#include <wx/panel.h>

#include <array>
#include <functional>
#include <memory>

class wxChoice;
class wxSlider;
class wxStaticText;
class wxStaticBitmap;
class wxListCtrl;
class wxButton;
class wxScrolledWindow;
class wxSizer;

namespace gui {

class SweepBox;
class VakgroepGrid;

class IncentivesPanel : public wxPanel {
public:
    IncentivesPanel(wxWindow* parent, core::Language lang);
    /// Shows a round (or a hint when it has no incentive inputs).
    void showRound(db::Database& db, core::Id round);
    /// Shows nothing (no database or round).
    void clear();
    /// Moves a slider as the user would (for the automated tour).
    void moveSlider(core::Component component, int percent);
    /// Asks a running sweep to stop (closing the window).
    void cancelJob();
    /// Sweeps a parameter (an index into SweepPresenter::parameters()) from 0 to 100% (the tour).
    void sweep(std::size_t parameter);
    /// Scrolls down to the figures per vakgroep and the sweep (the tour's screenshot).
    void scrollToFigures();
    /// Called after the stored model changed (the results' index uses it).
    void onSaved(std::function<void()> callback) { m_saved = std::move(callback); }

private:
    void build();
    void update();
    void askImport();
    void askExport();

    core::Language m_lang;
    std::unique_ptr<IncentivesPresenter> m_presenter;
    std::function<void()> m_saved;
    wxStaticText* m_hint = nullptr;
    wxChoice* m_preset = nullptr;
    std::array<wxStaticText*, core::kComponents.size()> m_names{};
    std::array<wxSlider*, core::kComponents.size()> m_sliders{};
    std::array<wxStaticText*, core::kComponents.size()> m_values{};
    wxStaticText* m_model = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_revert = nullptr;
    wxButton* m_importFigures = nullptr;
    wxButton* m_exportFigures = nullptr;
    wxChoice* m_scenario = nullptr;
    wxStaticText* m_description = nullptr;
    wxStaticText* m_summary = nullptr;
    wxStaticBitmap* m_chart = nullptr;
    wxListCtrl* m_table = nullptr;
    wxStaticText* m_tableNote = nullptr; ///< what (a), (b), now, % and ! mean
    wxStaticText* m_figuresTitle = nullptr;
    wxStaticText* m_figuresNote = nullptr;
    VakgroepGrid* m_figures = nullptr;
    SweepBox* m_sweep = nullptr;
    wxWindow* m_leftPage = nullptr;
    wxSizer* m_modelBox = nullptr; ///< the box in it, with the model's controls ///< the model's column, which scrolls on its own
    wxScrolledWindow* m_right = nullptr;
    int m_width = 0; ///< the width the charts were drawn for
    bool m_pending = false;
};

} // namespace gui
