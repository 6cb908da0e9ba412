#pragma once
// Workshop mode: the participant's full-screen window and the facilitator's window.

#include "workshop_presenter.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>
#include <vector>

class wxButton;
class wxGauge;
class wxStaticText;
class wxStaticBitmap;
class wxListCtrl;
class wxPanel;

namespace gui {

class WorkshopFrame : public wxFrame {
public:
    WorkshopFrame(wxWindow* parent, db::Database& db, core::Id round, core::Role role, core::Language lang);
    /// Answers as if the button was pressed (keys 1-5, or the test).
    void choose(std::size_t index);

private:
    void show();
    void OnKey(wxKeyEvent& event);

    WorkshopSession m_session;
    core::Language m_lang;
    wxPanel* m_panel = nullptr;
    wxStaticText* m_progress = nullptr;
    wxStaticText* m_statement = nullptr;
    wxGauge* m_gauge = nullptr;
    wxSizer* m_buttons = nullptr;
};

class FacilitatorFrame : public wxFrame {
public:
    FacilitatorFrame(wxWindow* parent, const db::Database& db, core::Id round, core::Language lang);
    void setRevealed(bool revealed);
    void update();

private:
    FacilitatorPresenter m_presenter;
    wxTimer m_timer;
    wxPanel* m_panel = nullptr;
    wxListCtrl* m_counts = nullptr;
    wxStaticText* m_status = nullptr;
    wxStaticBitmap* m_radar = nullptr;
    wxStaticBitmap* m_heatmap = nullptr;
    wxButton* m_reveal = nullptr;
};

} // namespace gui
