#include "results/results_panel.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "results/results_presenter.hpp"
#include "common/wx_util.hpp"
#include "help/help_dialog.hpp"

#include "core/text/text_util.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/wupdlock.h>

#include <algorithm>
#include <cstdlib>

namespace gui {

namespace {

constexpr std::size_t kSections = 4; ///< gaps, now and desired, consensus, alpha

wxStaticText* title(wxWindow* parent, int larger)
{
    auto* text = new wxStaticText(parent, wxID_ANY, "");
    wxFont bold = text->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    bold.SetPointSize(bold.GetPointSize() + larger);
    text->SetFont(bold);
    return text;
}

} // namespace

ResultsPanel::ResultsPanel(wxWindow* parent, core::Language lang) : wxScrolledWindow(parent), m_lang(lang)
{
    SetBackgroundColour(*wxWHITE);
    // Down, and across for a table wider than a small screen (a bar that shows).
    SetScrollRate(20, 20);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_headline = title(this, 2);
    m_radar = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
    m_heatmap = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
    m_congruence = new wxStaticText(this, wxID_ANY, "");
    m_spreadTitle = new wxStaticText(this, wxID_ANY, "");
    m_spreadNote = new wxStaticText(this, wxID_ANY, "");
    m_spread = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
    m_gapTitle = new wxStaticText(this, wxID_ANY, "");
    m_gaps = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
    m_agendaTitle = new wxStaticText(this, wxID_ANY, "");
    m_agenda = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
    m_notes = new wxStaticText(this, wxID_ANY, "");
    m_indexParts = new wxStaticText(this, wxID_ANY, "");
    auto* heading = new wxBoxSizer(wxVERTICAL);
    heading->Add(m_headline, 0, wxBOTTOM, 4);
    heading->Add(m_indexParts);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(heading, 0, wxRIGHT, 16);
    m_terms = helpButton(this, lang, HelpTopic::Glossary);
    top->Add(m_terms, 0, wxALIGN_TOP);
    sizer->Add(top, 0, wxALL, 12);
    // Side by side where the page is wide, one under the other where it is not (show()).
    auto* charts = new wxBoxSizer(wxHORIZONTAL);
    m_chartRows[0] = charts;
    charts->Add(m_radar, 0, wxALL, 4);
    charts->Add(m_heatmap, 0, wxALL, 4);
    sizer->Add(charts, 0, wxALL, 4);
    sizer->Add(m_congruence, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    sizer->Add(m_spreadTitle, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    sizer->Add(m_spreadNote, 0, wxALL, 12);
    sizer->Add(m_spread, 0, wxLEFT | wxRIGHT, 12);
    auto* second = new wxBoxSizer(wxHORIZONTAL);
    m_chartRows[1] = second;
    auto* gapColumn = new wxBoxSizer(wxVERTICAL);
    gapColumn->Add(m_gapTitle, 0, wxBOTTOM, 6);
    gapColumn->Add(m_gaps);
    auto* agendaColumn = new wxBoxSizer(wxVERTICAL);
    agendaColumn->Add(m_agendaTitle, 0, wxBOTTOM, 6);
    agendaColumn->Add(m_agenda);
    second->Add(gapColumn, 0, wxRIGHT, 16);
    second->Add(agendaColumn);
    sizer->Add(second, 0, wxALL, 12);
    // The tables one below the other: side by side, the wider ones would leave the window.
    auto* tables = new wxBoxSizer(wxVERTICAL);
    for (std::size_t i = 0; i < kSections; ++i) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        m_tableTitles.push_back(new wxStaticText(this, wxID_ANY, ""));
        m_tableNotes.push_back(new wxStaticText(this, wxID_ANY, ""));
        m_tables.push_back(new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME));
        column->Add(m_tableTitles.back(), 0, wxBOTTOM, 4);
        column->Add(m_tableNotes.back(), 0, wxBOTTOM, 4);
        column->Add(m_tables.back());
        tables->Add(column, 0, wxBOTTOM, 16);
    }
    sizer->Add(tables, 0, wxALL, 12);
    sizer->Add(m_notes, 0, wxALL, 12);
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        // Redraw the charts for a new width, once the resizing has settled.
        if (m_db && m_round != 0 && !m_redrawPending && std::abs(GetSize().x - m_width) > FromDIP(40)) {
            m_redrawPending = true;
            CallAfter([this] {
                m_redrawPending = false;
                if (m_db)
                    show(*m_db, m_round);
            });
        }
    });
    showCharts(false);
}

void ResultsPanel::showCharts(bool visible)
{
    for (wxWindow* w : std::initializer_list<wxWindow*>{m_indexParts, m_terms, m_radar, m_heatmap, m_congruence, m_spreadTitle, m_spreadNote, m_spread,
                                                         m_gapTitle, m_gaps, m_agendaTitle, m_agenda, m_notes})
        w->Show(visible);
    for (std::size_t i = 0; i < kSections; ++i) {
        m_tableTitles[i]->Show(visible);
        m_tableNotes[i]->Show(visible);
        m_tables[i]->Show(visible);
    }
}

void ResultsPanel::scrollToDetails()
{
    int unitX = 0;
    int unitY = 0;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY > 0)
        Scroll(0, CalcUnscrolledPosition(m_gapTitle->GetPosition()).y / unitY);
}

void ResultsPanel::showHint(const wxString& text)
{
    m_db = nullptr;
    m_round = 0;
    m_headline->SetLabel(text);
    m_headline->Wrap(FromDIP(900));
    showCharts(false);
    FitInside();
    Layout();
}

void ResultsPanel::show(const db::Database& db, core::Id round)
{
    m_width = GetSize().x;
    try {
        const ResultsPresenter results(db, round, m_lang);
        if (!results.hasAnswers()) {
            showHint(wx(results.hint()));
            m_db = &db; // a first answer shows the results here
            m_round = round;
            return;
        }
        m_db = &db;
        m_round = round;
        const wxWindowUpdateLocker noFlicker(this);
        showCharts(true);
        m_headline->SetLabel(wx(results.headline()));
        // The charts share the page's width (1366 x 768 up to full HD on a projector) where each
        // still gets enough of it for its text to be read (the page of a full HD screen); else
        // they are drawn one under the other, each as wide as the page allows.
        const int width = std::max(FromDIP(560), m_width - FromDIP(48));
        const bool wide = width >= FromDIP(1200);
        for (auto* row : m_chartRows)
            row->SetOrientation(wide ? wxHORIZONTAL : wxVERTICAL);
        m_headline->Wrap(std::min(width - FromDIP(140), FromDIP(960))); // the "?" beside it
        m_indexParts->SetLabel(wx(core::joinList(results.indexParts(), "\n")));
        m_indexParts->Wrap(std::min(width - FromDIP(140), FromDIP(960)));
        const int radarWidth = wide ? width * 42 / 100 : std::min(width, FromDIP(560));
        const int heatmapWidth = wide ? width * 57 / 100 : width;
        // As on paper (416 x 380 and 564 x 380 points), enlarged to the width: text grows with the chart.
        m_radar->SetBitmap(chartBitmap(results.radar(), radarWidth, radarWidth * 380 / 416, radarWidth / 416.0));
        m_heatmap->SetBitmap(chartBitmap(results.heatmap(), heatmapWidth, heatmapWidth * 380 / 564, heatmapWidth / 564.0));
        m_congruence->SetLabel(wx(core::joinList(results.congruence(), "\n")));
        m_congruence->Wrap(width);
        // Not only means: how each party large enough to show it answered.
        setHeading(m_spreadTitle, wx(m_lang, core::tx("Disagree, neutral, agree")), true);
        m_spreadNote->SetLabel(wx(results.spreadNote()));
        m_spreadNote->Wrap(width);
        const auto spreadRows = static_cast<int>(results.spreadRows());
        m_spread->Show(spreadRows > 0);
        if (spreadRows > 0)
            m_spread->SetBitmap(chartBitmap(results.spreadChart(), wide ? width * 70 / 100 : width, spreadRows * FromDIP(22) + FromDIP(28), 1.4));
        const auto sections = results.tables();
        setHeading(m_gapTitle, wx(m_lang, core::tx("Where the parties diverge")), true);
        const int gapRows = static_cast<int>(std::max<std::size_t>(results.gapCount(), 1));
        // Drawn 1.4 x larger than on paper: a bar's label must be readable from across the table.
        m_gaps->SetBitmap(chartBitmap(results.gapChart(), wide ? width * 52 / 100 : width - FromDIP(8),
                                      gapRows * FromDIP(26) + FromDIP(8), 1.4));
        setHeading(m_agendaTitle, wx(m_lang, core::tx("Now and desired")), true);
        m_agenda->SetBitmap(chartBitmap(results.agendaChart(), wide ? width * 44 / 100 : std::min(width, FromDIP(600)),
                                        FromDIP(340), 1.4));
        for (std::size_t i = 0; i < kSections && i < sections.size(); ++i) {
            setHeading(m_tableTitles[i], wx(sections[i].title), true);
            m_tableNotes[i]->SetLabel(wx(sections[i].note));
            m_tableNotes[i]->Show(!sections[i].note.empty());
            m_tableNotes[i]->Wrap(width);
            fillList(m_tables[i], sections[i].table);
            fitListHeight(m_tables[i]);
        }
        m_notes->SetLabel(wx(core::joinList(results.notes(), "\n")));
        m_notes->Wrap(width);
    } catch (const core::Error& e) {
        // Say what is wrong in place of the results; never leave another round's on screen.
        showHint(message(app::describeError(e, m_lang).text));
        return;
    }
    Layout();
    FitInside();
}

} // namespace gui
