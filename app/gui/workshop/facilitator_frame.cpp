#include "workshop/facilitator_frame.hpp"
#include "error_text.hpp"

#include "common/wx_util.hpp"
#include "live_control.hpp"
#include "network.hpp"
#include "qr_code.hpp"
#include "workshop_server.hpp"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/dcbuffer.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include <algorithm>

namespace gui {

using core::tx;

FacilitatorFrame::FacilitatorFrame(wxWindow* parent, db::Database& db, core::Id round, core::Language lang)
    : wxFrame(parent, wxID_ANY, wx(lang, tx("Facilitator")), wxDefaultPosition,
              wxSize(std::max(1024, wxGetClientDisplayRect().width * 95 / 100),
                     std::max(700, wxGetClientDisplayRect().height * 95 / 100))),
      m_db(db), m_round(round), m_presenter(db, round, lang), m_timer(this, wxID_HIGHEST + 1), m_endTimer(this, wxID_HIGHEST + 2)
{
    SetIcons(programIcons());
    auto* panel = new wxPanel(this);
    panel->SetBackgroundColour(*wxWHITE);
    m_canvas = new wxPanel(panel, wxID_ANY);
    m_canvas->SetBackgroundStyle(wxBG_STYLE_PAINT);
    m_canvas->Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
    m_canvas->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        // Drawn again only for a new size: laying out the buttons sends size events of its own.
        if (e.GetSize() != m_drawnSize)
            CallAfter([this] { update(); });
    });
    // The controls are the facilitator's, but they are on the projector too: as large as its text.
    m_reveal = new wxButton(panel, wxID_ANY, wx(lang, tx("&Show the results")));
    m_phones = new wxButton(panel, wxID_ANY, wx(lang, tx("Start on the &phones...")));
    m_chart = new wxButton(panel, wxID_ANY, wx(lang, tx("&Heat map")));
    m_live = new wxButton(panel, wxID_ANY, wx(lang, tx("&Live question...")));
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    for (auto* button : {m_reveal, m_phones, m_chart, m_live}) {
        wxFont font = button->GetFont();
        font.SetPointSize(21); // 28 px at 96 dpi
        button->SetFont(font);
        bar->Add(button, 0, wxALL, 8);
    }
    m_reveal->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setRevealed(!m_presenter.revealed()); });
    m_phones->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { phonesRunning() ? endPhones() : (void)startPhones(); });
    m_chart->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showHeatmap(!m_heatmap); });
    m_live->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askLive(); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_canvas, 1, wxEXPAND);
    sizer->Add(bar, 0, wxALIGN_CENTER_HORIZONTAL);
    panel->SetSizer(sizer);

    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_F11)
            ShowFullScreen(!IsFullScreen());
        else if (e.GetKeyCode() == WXK_ESCAPE && IsFullScreen())
            ShowFullScreen(false);
        else
            e.Skip();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh(); }, m_timer.GetId());
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { m_ending.reset(); }, m_endTimer.GetId());
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (m_server && e.CanVeto()) {
            const int answer = wxMessageBox(
                wx(m_presenter.language(), tx("End the session on the phones? Their links stop working; every answer given is stored.")),
                "Samenspel", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this);
            if (answer != wxYES) {
                e.Veto();
                return;
            }
        }
        m_timer.Stop(); // no more reads once closing: the database may be closed next
        endPhones();
        m_endTimer.Stop();
        m_ending.reset(); // the window goes: no grace for the phones
        e.Skip();
    });
    m_timer.Start(2000); // answers from phones and other computers; answers given here arrive at once
    update();
}

FacilitatorFrame::~FacilitatorFrame() = default;

void FacilitatorFrame::refresh()
{
    // Read every two seconds: a file held by another program for a moment is said on the screen
    // and read again at the next tick, not shown as a dialog on the projector.
    try {
        m_presenter.refresh();
        m_problem.clear();
    } catch (const core::Error& e) {
        m_problem = app::describeError(e, m_presenter.language()).text;
    }
    // On the projector without the file's name; the whole reason where the facilitator points.
    auto trouble = m_server ? m_server->writer().troubleForTheRoom(m_presenter.language()) : std::string();
    if (!trouble.empty()) {
        m_problem = std::move(trouble);
        m_canvas->SetToolTip(wx(m_server->writer().trouble(m_presenter.language())));
    } else {
        m_canvas->UnsetToolTip();
    }
    update();
}

void FacilitatorFrame::setRevealed(bool revealed)
{
    revealed ? m_presenter.reveal() : m_presenter.hide();
    update();
}

void FacilitatorFrame::showHeatmap(bool heatmap)
{
    m_heatmap = heatmap;
    update();
}

void FacilitatorFrame::update()
{
    const auto lang = m_presenter.language();
    m_reveal->SetLabel(m_presenter.revealed() ? wx(lang, tx("Hi&de the results")) : wx(lang, tx("&Show the results")));
    m_phones->SetLabel(m_server ? wx(lang, tx("End the &phone session")) : wx(lang, tx("Start on the &phones...")));
    m_chart->SetLabel(m_heatmap ? wx(lang, tx("&Radar chart")) : wx(lang, tx("&Heat map")));
    m_chart->Enable(m_presenter.revealed() && !m_control);
    m_reveal->Enable(!m_control); // a live session shows its live questions, not the questionnaire's results
    m_live->Show(m_control != nullptr);
    m_reveal->GetParent()->Layout(); // the buttons as wide as their new labels
    const wxSize size = m_canvas->GetClientSize();
    if (size.x > 50 && size.y > 50) {
        const auto* invite = m_invite ? &*m_invite : nullptr;
        auto screen = m_control ? m_presenter.projector(invite, m_control->screen()) : m_presenter.projector(invite, m_heatmap);
        if (!m_problem.empty())
            screen.footer = m_problem;
        m_screen = chartBitmap(reports::projectorDrawing(screen), size.x, size.y);
        m_drawnSize = size;
    }
    m_canvas->Refresh();
    Layout();
}

void FacilitatorFrame::OnPaint()
{
    wxAutoBufferedPaintDC dc(m_canvas);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    if (m_screen.IsOk())
        dc.DrawBitmap(m_screen, 0, 0);
}

std::optional<std::string> FacilitatorFrame::askAddress()
{
    const auto lang = m_presenter.language();
    const auto addresses = workshop::localAddresses();
    wxArrayString names;
    std::vector<std::string> choices;
    for (const auto& a : addresses)
        if (!a.loopback && !a.virtualNetwork) { // a container's or a tunnel's network has no phones on it
            // A public address works, but anyone who can reach it could open the page.
            names.Add(wx(a.address + "  (" + a.interfaceName + ")" +
                         (a.privateRange ? std::string() : " - " + std::string(core::tr(lang, tx("not a private network: reachable from outside?"))))));
            choices.push_back(a.address);
        }
    if (choices.empty()) {
        wxMessageBox(wx(lang, tx("This computer is on no network. Connect it to the room's network, or start its hotspot, "
                                 "and try again.")),
                     "Samenspel", wxOK | wxICON_INFORMATION, this);
        return std::nullopt;
    }
    wxSingleChoiceDialog dialog(this, wx(lang, tx("On which network do the participants' phones join? Choose the network "
                                                  "the phones are on (the room's Wi-Fi or this computer's hotspot).")),
                                "Samenspel", names);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return choices[static_cast<std::size_t>(dialog.GetSelection())];
}

void FacilitatorFrame::askLive()
{
    if (!m_control)
        return;
    const auto lang = m_presenter.language();
    enum { kPulse = wxID_HIGHEST + 100, kVote, kRerate, kLock, kReveal, kOff };
    wxMenu menu;
    menu.Append(kPulse, wx(lang, tx("Open the pulse (7S, 0-10)")));
    menu.Append(kVote, wx(lang, tx("Open the vote on the recommendations")));
    menu.Append(kRerate, wx(lang, tx("Open the re-rating of the largest gaps")));
    menu.AppendSeparator();
    const auto live = m_control->current();
    menu.Append(kLock, wx(lang, tx("Close the question")))->Enable(live && live->stage == workshop::LiveState::Stage::Open);
    menu.Append(kReveal, wx(lang, tx("Show the result")))->Enable(live && live->stage != workshop::LiveState::Stage::Revealed);
    menu.Append(kOff, wx(lang, tx("Take the question off the screens")))->Enable(live.has_value());
    const int chosen = GetPopupMenuSelectionFromUser(menu, m_live->GetPosition());
    try {
        if (chosen == kPulse || chosen == kVote || chosen == kRerate) {
            const auto kind = chosen == kPulse ? core::LiveKind::Pulse : chosen == kVote ? core::LiveKind::Vote : core::LiveKind::Rerate;
            if (const auto why = m_control->open(kind))
                wxMessageBox(wx(*why), "Samenspel", wxOK | wxICON_INFORMATION, this);
        } else if (chosen == kLock) {
            m_control->lock();
        } else if (chosen == kReveal) {
            m_control->reveal();
        } else if (chosen == kOff) {
            m_control->close();
        }
    } catch (const std::exception& e) {
        wxMessageBox(message(app::describeError(e, lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
    update();
}

bool FacilitatorFrame::startPhones(const std::string& address, std::optional<workshop::SessionMode> mode)
{
    const auto lang = m_presenter.language();
    if (!mode) {
        wxArrayString modes;
        modes.Add(wx(lang, tx("The questionnaire, everyone at the same time")));
        modes.Add(wx(lang, tx("Live questions during the meeting (pulse, vote, re-rating)")));
        wxSingleChoiceDialog dialog(this, wx(lang, tx("What do the phones answer?")), "Samenspel", modes);
        if (dialog.ShowModal() != wxID_OK)
            return false;
        mode = dialog.GetSelection() == 1 ? workshop::SessionMode::Live : workshop::SessionMode::Questionnaire;
    }
    if (m_db.readOnly()) {
        wxMessageBox(wx(lang, tx("This file can only be read here, so no answers could be stored. Copy it to this computer first.")),
                     "Samenspel", wxOK | wxICON_WARNING, this);
        return false;
    }
    const auto chosen = address.empty() ? askAddress() : std::optional<std::string>(address);
    if (!chosen)
        return false;
    m_endTimer.Stop();
    m_ending.reset(); // the last session's grace ends now: the round is free for a new one
    try {
        // Port 8080 is easy to type; when another program has it, any free port will do.
        try {
            m_server = std::make_unique<workshop::WorkshopServer>(m_db, m_round, *chosen, 8080, lang, workshop::ServerLimits{}, *mode);
        } catch (const workshop::ServerError&) {
            m_server = std::make_unique<workshop::WorkshopServer>(m_db, m_round, *chosen, 0, lang, workshop::ServerLimits{}, *mode);
        }
        m_server->start();
        if (*mode == workshop::SessionMode::Live)
            m_control = std::make_unique<workshop::LiveControl>(m_db, m_round, m_server->room(), lang);
    } catch (const std::exception& e) {
        m_server.reset();
        wxMessageBox(message(app::describeError(e, lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
        return false;
    }
    const auto& code = m_server->room().shortCode();
    m_invite = workshop::PhoneInvite{m_server->participantUrl(), m_server->typedUrl(), code.substr(0, 4) + "-" + code.substr(4),
                           workshop::qrModules(m_server->participantUrl())};
    update();
    return true;
}

void FacilitatorFrame::endPhones()
{
    if (m_control) {
        try {
            m_control->close(); // an open question is locked: what was given stays as it was
        } catch (const std::exception&) {
            // The file is busy or gone; the answers in it are kept as they are.
        }
    }
    m_control.reset();
    if (m_server) {
        // Every token stops working now; the server answers 4 s more ("ended"), then stops and
        // stores what is waiting.
        m_server->room().end();
        m_ending = std::move(m_server);
        m_endTimer.StartOnce(4000);
    }
    m_invite.reset();
    if (m_reveal)
        update();
}

std::string FacilitatorFrame::participantUrl() const { return m_server ? m_server->participantUrl() : std::string(); }

} // namespace gui
