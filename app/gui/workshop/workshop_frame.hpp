#pragma once
// Workshop mode: the participant's full-screen window, one statement at a time.

#include "workshop/facilitator_presenter.hpp"
#include "workshop/workshop_session.hpp"

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <vector>

class wxGauge;
class wxPanel;
class wxSizer;
class wxStaticText;

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

} // namespace gui
