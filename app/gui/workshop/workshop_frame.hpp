#pragma once
// Workshop mode on the one computer: the participant's full-screen window, one statement at a
// time. The room passes the computer on; only the facilitator ends the window.

#include "participant.hpp"

#include <wx/font.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <functional>
#include <optional>

class wxGauge;
class wxPanel;
class wxSizer;
class wxStaticText;
class wxWindow;

namespace gui {

class WorkshopFrame : public wxFrame {
public:
    WorkshopFrame(wxWindow* parent, db::Database& db, core::Id round, core::Role role, core::Language lang);
    /// Answers as if the button was pressed (keys, or the test).
    void choose(std::size_t index);
    /// Called when a participant has answered the last statement.
    void onFinished(std::function<void()> callback) { m_onFinished = std::move(callback); }
    /// The participant answering now; nullopt on the screen where the next one picks a role.
    const app::Participant* participant() const { return m_session ? &*m_session : nullptr; }
    /// Continues a participant by code (as the "I have a code" button does); false when unknown.
    bool resume(const std::string& code);
    /// The button of a choice on the screen (for the test that clicks it), or nullptr.
    wxWindow* choiceButton(std::size_t index) const;
    /// The key combination that ends the window; the facilitator's, not shown to participants.
    static constexpr const char* kFacilitatorKeys = "Ctrl+Shift+Q";

private:
    void show();
    void placeChoices();
    void showRoles();
    void showQuestion();
    void showThanks();
    void askCode();
    void start(core::Role role);
    void OnKey(wxKeyEvent& event);

    db::Database& m_db;
    core::Id m_round;
    core::Language m_lang;
    std::optional<app::Participant> m_session;
    bool m_answeredHere = false; ///< whether this participant has answered in this window yet
    std::function<void()> m_onFinished;
    wxPanel* m_panel = nullptr;
    wxStaticText* m_code = nullptr;
    wxStaticText* m_progress = nullptr;
    wxStaticText* m_statement = nullptr;
    wxStaticText* m_keys = nullptr;
    wxGauge* m_gauge = nullptr;
    wxSizer* m_buttons = nullptr;
    wxSizer* m_bottom = nullptr;
    std::vector<wxWindow*> m_choiceButtons;
    wxFont m_font; ///< larger than the desktop's: read from an arm's length
    wxTimer m_digitTimer; ///< a "1" on a 0-10 rating waits this long for a "0"
    bool m_ending = false;
};

} // namespace gui
