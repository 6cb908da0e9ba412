#pragma once
// Workshop mode: the facilitator's window for the projector. One drawing fills it (the same as a
// browser would show): how to join and who has answered, then, once revealed, the index, the
// largest differences and a chart. A bar at the bottom starts the session on the phones, shows or
// hides the results and switches the chart; F11 makes it full screen.

#include "facilitator_presenter.hpp"

#include <wx/bitmap.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>
#include <optional>
#include <string>

class wxButton;
class wxPanel;

#include "room.hpp"

namespace workshop {
class LiveControl;
class WorkshopServer;
}

namespace gui {

class FacilitatorFrame : public wxFrame {
public:
    FacilitatorFrame(wxWindow* parent, db::Database& db, core::Id round, core::Language lang);
    ~FacilitatorFrame() override;
    void setRevealed(bool revealed);
    /// Reads the answers again and redraws (a timer does this too, for other computers' and the
    /// phones' answers).
    void refresh();
    void update();
    /// Serves the round to the room's phones on `address` (asked for when empty); false, with a
    /// message shown, when that cannot be done.
    bool startPhones(const std::string& address = {},
                     std::optional<workshop::SessionMode> mode = std::nullopt);
    /// Ends the session on the phones: every link stops working.
    void endPhones();
    bool phonesRunning() const { return m_server != nullptr; }
    /// The heat map instead of the radar chart once the results are shown (the button does this).
    void showHeatmap(bool heatmap);
    /// The participants' address while phones take part (for the test that joins through it).
    std::string participantUrl() const;
    /// The live questions (a live session only): opens one, locks it, reveals it, takes it off.
    workshop::LiveControl* live() { return m_control.get(); }

private:
    void OnPaint();
    std::optional<std::string> askAddress();

    db::Database& m_db;
    core::Id m_round;
    workshop::FacilitatorPresenter m_presenter;
    std::unique_ptr<workshop::WorkshopServer> m_server;
    /// An ended session that answers 4 s more, so that the phones say it ended (then it stops).
    std::unique_ptr<workshop::WorkshopServer> m_ending;
    std::unique_ptr<workshop::LiveControl> m_control; ///< only in a live session
    void askLive();
    std::optional<workshop::PhoneInvite> m_invite;
    wxTimer m_timer;
    wxTimer m_endTimer;
    wxPanel* m_canvas = nullptr;
    wxBitmap m_screen;
    wxSize m_drawnSize; ///< the canvas size m_screen was drawn for
    wxButton* m_reveal = nullptr;
    wxButton* m_phones = nullptr;
    wxButton* m_chart = nullptr;
    wxButton* m_live = nullptr;
    bool m_heatmap = false;
    std::string m_problem; ///< why the last read failed, shown on the screen until one succeeds
};

} // namespace gui
