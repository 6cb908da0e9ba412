#include "workshop/facilitator_frame.hpp"
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
    auto status = core::tr(lang, core::txn("{0} respondent", "{0} respondents"), m_presenter.respondents(),
                           {std::to_string(m_presenter.respondents())});
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
