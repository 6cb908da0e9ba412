#pragma once
// Workshop mode: the participant's full-screen window and the facilitator's window.

#include "workshop/workshop_presenter.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <functional>
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
    /// Called when the participant has answered the last statement.
    void onFinished(std::function<void()> callback) { m_onFinished = std::move(callback); }

private:
    void show();
    void OnKey(wxKeyEvent& event);

    WorkshopSession m_session;
    core::Language m_lang;
    std::function<void()> m_onFinished;
    wxPanel* m_panel = nullptr;
    wxStaticText* m_progress = nullptr;
    wxStaticText* m_statement = nullptr;
    wxGauge* m_gauge = nullptr;
    wxSizer* m_buttons = nullptr;
};

class FacilitatorFrame : public wxFrame {
public:
    FacilitatorFrame(wxWindow* parent, db::Database& db, core::Id round, core::Language lang);
    void setRevealed(bool revealed);
    /// Reads the answers again and redraws (a timer does this too, for other computers' answers).
    void refresh();
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
    int m_drawnWidth = 0; ///< the window width the charts were drawn for
};

} // namespace gui
