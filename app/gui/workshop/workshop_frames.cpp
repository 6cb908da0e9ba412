#include "workshop/workshop_frames.hpp"
#include "error_text.hpp"

#include "common/background_job.hpp"
#include "reports/charts.hpp"
#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cstdlib>

namespace gui {

using core::tx;

WorkshopFrame::WorkshopFrame(wxWindow* parent, db::Database& db, core::Id round, core::Role role, core::Language lang)
    : wxFrame(parent, wxID_ANY, "Samenspel"), m_session(db, round, role, lang), m_lang(lang)
{
    m_panel = new wxPanel(this);
    m_panel->SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* code = new wxStaticText(m_panel, wxID_ANY, wx(core::tr(lang, tx("Your code: {0} (no name needed)"), {m_session.code()})));
    m_progress = new wxStaticText(m_panel, wxID_ANY, "");
    top->Add(code, 1, wxALL, 16);
    top->Add(m_progress, 0, wxALL, 16);
    m_gauge = new wxGauge(m_panel, wxID_ANY, static_cast<int>(std::max<std::size_t>(1, m_session.total())));
    m_statement = new wxStaticText(m_panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    wxFont big = m_statement->GetFont();
    big.SetPointSize(24);
    m_statement->SetFont(big);
    m_buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* back = new wxButton(m_panel, wxID_BACKWARD, wx(lang, tx("Previous question")));
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_session.back();
        show();
    });
    sizer->Add(top, 0, wxEXPAND);
    sizer->Add(m_gauge, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
    sizer->AddStretchSpacer(1);
    sizer->Add(m_statement, 0, wxEXPAND | wxALL, 40);
    sizer->Add(m_buttons, 0, wxALIGN_CENTER | wxALL, 20);
    sizer->AddStretchSpacer(1);
    sizer->Add(back, 0, wxALL, 16);
    m_panel->SetSizer(sizer);
    Bind(wxEVT_CHAR_HOOK, &WorkshopFrame::OnKey, this);
    show();
}

void WorkshopFrame::show()
{
    m_buttons->Clear(true);
    m_gauge->SetValue(static_cast<int>(m_session.position()));
    if (m_session.finished()) {
        m_progress->SetLabel("");
        m_statement->SetLabel(wx(m_lang, tx("Thank you. Your answers have been saved; you can hand over to the next person.")));
        auto* done = new wxButton(m_panel, wxID_CLOSE, wx(m_lang, tx("Close")));
        done->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
        m_buttons->Add(done, 0, wxALL, 8);
    } else {
        m_progress->SetLabel(wx(m_session.progressText()));
        m_statement->SetLabel(wx(m_session.questionText()));
        const auto choices = m_session.choices();
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const bool likert = choices.size() == 6;
            const std::string key = likert && i < 5 ? std::to_string(i + 1) + "  " : "";
            auto* button = new wxButton(m_panel, wxID_ANY, wx(key + choices[i]), wxDefaultPosition, FromDIP(wxSize(-1, 56)));
            button->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { choose(i); });
            m_buttons->Add(button, 0, wxALL, 6);
        }
    }
    m_statement->Wrap(FromDIP(900));
    m_panel->Layout();
}

void WorkshopFrame::choose(std::size_t index)
{
    m_session.answer(index);
    if (m_session.finished() && m_onFinished)
        m_onFinished();
    show();
}

void WorkshopFrame::OnKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    const auto choices = m_session.choices();
    if (key == WXK_ESCAPE)
        Close();
    else if (choices.size() == 6 && key >= '1' && key <= '5')
        choose(static_cast<std::size_t>(key - '1'));
    else if (!choices.empty() && (key == '0' || key == 'W' || key == 'w'))
        choose(choices.size() - 1); // weet niet
    else
        event.Skip();
}

FacilitatorFrame::FacilitatorFrame(wxWindow* parent, db::Database& db, core::Id round, core::Language lang)
    : wxFrame(parent, wxID_ANY, wx(lang, tx("Facilitator")), wxDefaultPosition,
              wxSize(std::max(1024, wxGetClientDisplayRect().width * 95 / 100),
                     std::max(700, wxGetClientDisplayRect().height * 95 / 100))),
      m_presenter(db, round, lang), m_timer(this)
{
    auto* panel = new wxPanel(this);
    m_panel = panel;
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    m_status = new wxStaticText(panel, wxID_ANY, "");
    m_counts = new wxListCtrl(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(430, 300)), wxLC_REPORT);
    m_counts->AppendColumn(wx(lang, tx("Party")), wxLIST_FORMAT_LEFT, FromDIP(250));
    m_counts->AppendColumn(wx(lang, tx("Started")), wxLIST_FORMAT_RIGHT, FromDIP(90));
    m_counts->AppendColumn(wx(lang, tx("Finished")), wxLIST_FORMAT_RIGHT, FromDIP(80));
    m_reveal = new wxButton(panel, wxID_ANY, wx(lang, tx("Show the results")));
    m_reveal->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setRevealed(!m_presenter.revealed()); });
    left->Add(m_status, 0, wxALL, 8);
    left->Add(m_counts, 1, wxEXPAND | wxALL, 8);
    left->Add(m_reveal, 0, wxEXPAND | wxALL, 8);
    // The heatmap above the radar: both fit a 1366 x 768 projector.
    auto* right = new wxBoxSizer(wxVERTICAL);
    m_radar = new wxStaticBitmap(panel, wxID_ANY, wxNullBitmap);
    m_heatmap = new wxStaticBitmap(panel, wxID_ANY, wxNullBitmap);
    right->Add(m_heatmap, 0, wxALL, 4);
    right->Add(m_radar, 0, wxALL, 4);
    sizer->Add(left, 0, wxEXPAND);
    sizer->Add(right, 1, wxEXPAND);
    panel->SetSizer(sizer);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        m_timer.Stop(); // no more reads once closing: the database may be closed next
        e.Skip();
    });
    m_timer.Start(2000); // answers from other computers; answers given here arrive at once
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (std::abs(GetClientSize().x - m_drawnWidth) > FromDIP(40))
            CallAfter([this] { update(); });
    });
    update();
}

void FacilitatorFrame::refresh()
{
    // Read every two seconds: a file held by another program for a moment is said in the status
    // line and read again at the next tick, not shown as a dialog on the projector.
    try {
        m_presenter.refresh();
    } catch (const core::Error& e) {
        m_status->SetLabel(wx(app::describeError(e, m_presenter.language()).text));
        return;
    }
    update();
}

void FacilitatorFrame::setRevealed(bool revealed)
{
    revealed ? m_presenter.reveal() : m_presenter.hide();
    update();
}

void FacilitatorFrame::update()
{
    const auto lang = m_presenter.language();
    m_counts->DeleteAllItems();
    long row = 0;
    for (const auto& c : m_presenter.counts()) {
        const long item = m_counts->InsertItem(row++, wx(c.label));
        if (c.belowThreshold)
            continue; // no numbers for the parties below the threshold
        m_counts->SetItem(item, 1, wxString::Format("%zu", c.started));
        m_counts->SetItem(item, 2, wxString::Format("%zu", c.finished));
    }
    auto status = core::tr(lang, tx("{0} respondents"), {std::to_string(m_presenter.respondents())});
    if (m_presenter.revealed() && m_presenter.waiting())
        status += " - " + std::string(core::tr(lang, tx("newer answers appear once enough of a party have come in")));
    m_status->SetLabel(wx(status));
    m_reveal->SetLabel(m_presenter.revealed() ? wx(lang, tx("Hide the results")) : wx(lang, tx("Show the results")));
    if (const auto* results = m_presenter.results()) {
        // The charts fill what the projector gives: heatmap above, radar below.
        m_drawnWidth = GetClientSize().x;
        const int width = std::max(FromDIP(600), m_drawnWidth - FromDIP(470));
        const int height = std::max(FromDIP(300), (GetClientSize().y - FromDIP(24)) / 2);
        m_heatmap->SetBitmap(chartBitmap(reports::heatmapOf(*results, m_presenter.instrument(), lang),
                                         std::min(width, height * 26 / 10), height));
        m_radar->SetBitmap(chartBitmap(reports::radarOf(*results, m_presenter.instrument(), lang),
                                       std::min(width, height * 13 / 10), height));
    } else {
        m_radar->SetBitmap(wxNullBitmap);
        m_heatmap->SetBitmap(wxNullBitmap);
    }
    m_panel->Layout();
    Layout();
}

} // namespace gui
