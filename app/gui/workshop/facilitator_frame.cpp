#include "workshop/facilitator_frame.hpp"
#include "error_text.hpp"

#include "common/wx_util.hpp"
#include "network.hpp"
#include "qr_code.hpp"
#include "workshop_server.hpp"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/dcbuffer.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include <algorithm>

namespace gui {

using core::tx;

FacilitatorFrame::FacilitatorFrame(wxWindow* parent, db::Database& db, core::Id round, core::Language lang)
    : wxFrame(parent, wxID_ANY, wx(lang, tx("Facilitator")), wxDefaultPosition,
              wxSize(std::max(1024, wxGetClientDisplayRect().width * 95 / 100),
                     std::max(700, wxGetClientDisplayRect().height * 95 / 100))),
      m_db(db), m_round(round), m_presenter(db, round, lang), m_timer(this)
{
    auto* panel = new wxPanel(this);
    panel->SetBackgroundColour(*wxWHITE);
    m_canvas = new wxPanel(panel, wxID_ANY);
    m_canvas->SetBackgroundStyle(wxBG_STYLE_PAINT);
    m_canvas->Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
    m_canvas->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { update(); });
    });
    // The controls are the facilitator's, but they are on the projector too: as large as its text.
    m_reveal = new wxButton(panel, wxID_ANY, wx(lang, tx("Show the results")));
    m_phones = new wxButton(panel, wxID_ANY, wx(lang, tx("Start on the phones...")));
    m_chart = new wxButton(panel, wxID_ANY, wx(lang, tx("Heat map")));
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    for (auto* button : {m_reveal, m_phones, m_chart}) {
        wxFont font = button->GetFont();
        font.SetPointSize(21); // 28 px at 96 dpi
        button->SetFont(font);
        bar->Add(button, 0, wxALL, 8);
    }
    m_reveal->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setRevealed(!m_presenter.revealed()); });
    m_phones->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { phonesRunning() ? endPhones() : (void)startPhones(); });
    m_chart->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showHeatmap(!m_heatmap); });
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
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh(); });
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
    m_reveal->SetLabel(m_presenter.revealed() ? wx(lang, tx("Hide the results")) : wx(lang, tx("Show the results")));
    m_phones->SetLabel(m_server ? wx(lang, tx("End the phone session")) : wx(lang, tx("Start on the phones...")));
    m_chart->SetLabel(m_heatmap ? wx(lang, tx("Radar chart")) : wx(lang, tx("Heat map")));
    m_chart->Enable(m_presenter.revealed());
    m_reveal->GetParent()->Layout(); // the buttons as wide as their new labels
    const wxSize size = m_canvas->GetClientSize();
    if (size.x > 50 && size.y > 50) {
        auto screen = m_presenter.projector(m_invite ? &*m_invite : nullptr, m_heatmap);
        if (!m_problem.empty())
            screen.footer = m_problem;
        m_screen = chartBitmap(reports::projectorDrawing(screen), size.x, size.y);
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
        if (!a.loopback) {
            names.Add(wx(a.address + "  (" + a.interfaceName + ")"));
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

bool FacilitatorFrame::startPhones(const std::string& address)
{
    const auto lang = m_presenter.language();
    if (m_db.readOnly()) {
        wxMessageBox(wx(lang, tx("This file can only be read here, so no answers could be stored. Copy it to this computer first.")),
                     "Samenspel", wxOK | wxICON_WARNING, this);
        return false;
    }
    const auto chosen = address.empty() ? askAddress() : std::optional<std::string>(address);
    if (!chosen)
        return false;
    try {
        // Port 8080 is easy to type; when another program has it, any free port will do.
        try {
            m_server = std::make_unique<workshop::WorkshopServer>(m_db, m_round, *chosen, 8080, lang);
        } catch (const workshop::ServerError&) {
            m_server = std::make_unique<workshop::WorkshopServer>(m_db, m_round, *chosen, 0, lang);
        }
        m_server->start();
    } catch (const std::exception& e) {
        m_server.reset();
        wxMessageBox(wx(app::describeError(e, lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
        return false;
    }
    const auto& code = m_server->room().shortCode();
    m_invite = PhoneInvite{m_server->participantUrl(), m_server->typedUrl(), code.substr(0, 4) + "-" + code.substr(4),
                           workshop::qrModules(m_server->participantUrl())};
    update();
    return true;
}

void FacilitatorFrame::endPhones()
{
    m_server.reset(); // stops listening, stores what is waiting, forgets every token
    m_invite.reset();
    if (m_reveal)
        update();
}

std::string FacilitatorFrame::participantUrl() const { return m_server ? m_server->participantUrl() : std::string(); }

} // namespace gui
