#pragma once
// Workshop mode: the facilitator's window for the projector, with who has answered and, once
// revealed, where the parties diverge.

#include "workshop/facilitator_presenter.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <functional>
#include <memory>
#include <vector>

class wxButton;
class wxListCtrl;
class wxPanel;
class wxStaticBitmap;
class wxStaticText;

namespace gui {

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
