#include "comparison/comparison_panel.hpp"

#include "common/wx_util.hpp"
#include "help/help_dialog.hpp"
#include "error_text.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace gui {

using core::tx;

ComparisonPanel::ComparisonPanel(wxWindow* parent, core::Language lang) : wxScrolledWindow(parent), m_lang(lang), m_presenter(lang)
{
    SetBackgroundColour(*wxWHITE);
    SetScrollRate(FromDIP(20), FromDIP(20)); // across too: the hospitals' table is wide
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxWrapSizer(wxHORIZONTAL); // on two lines where the page is narrow
    m_measure = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(380, -1)), choices(m_presenter.measureLabels()));
    m_grouping = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices(m_presenter.groupingLabels()));
    m_import = new wxButton(this, wxID_OPEN, wx(lang, tx("&Read packages...")));
    m_measure->SetSelection(0);
    m_grouping->SetSelection(0);
    row->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Measure"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    row->Add(m_measure, 0, wxRIGHT | wxBOTTOM, 16);
    row->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Peer groups"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    row->Add(m_grouping, 0, wxRIGHT | wxBOTTOM, 16);
    row->Add(m_import, 0, wxRIGHT | wxBOTTOM, 16);
    row->Add(helpButton(this, lang, HelpTopic::Glossary)); // funnel, limits, tau², rankability, shrunken
    m_headline = new wxStaticText(this, wxID_ANY, "");
    m_funnelTitle = new wxStaticText(this, wxID_ANY, "");
    m_funnel = new wxStaticBitmap(this, wxID_ANY, wxBitmap());
    m_summary = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_hospitals = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 360)), wxLC_REPORT | wxLC_SINGLE_SEL);
    sizer->Add(row, 0, wxALL, 12);
    sizer->Add(m_headline, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    sizer->Add(m_summary, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    sizer->Add(m_funnelTitle, 0, wxLEFT | wxRIGHT, 12);
    sizer->Add(m_funnel, 0, wxALL, 12);
    sizer->Add(m_hospitals, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(sizer);
    m_measure->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_presenter.setMeasure(static_cast<std::size_t>(m_measure->GetSelection()));
        redraw();
    });
    m_grouping->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_presenter.setGrouping(static_cast<std::size_t>(m_grouping->GetSelection()));
        redraw();
    });
    m_import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, wx(m_lang, tx("Read exchange packages")), "", "", "JSON (*.json)|*.json",
                            wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() != wxID_OK)
            return;
        wxArrayString paths;
        dialog.GetPaths(paths);
        std::vector<std::string> files;
        for (const auto& p : paths)
            files.push_back(p.utf8_string());
        importFiles(files);
    });
    clear();
}

void ComparisonPanel::show(db::Database& db)
{
    m_db = &db;
    try {
        m_presenter.load(db);
    } catch (const std::exception& e) {
        m_presenter.clear();
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
    redraw();
}

void ComparisonPanel::clear()
{
    m_db = nullptr;
    m_presenter.clear();
    redraw();
}

void ComparisonPanel::importFiles(const std::vector<std::string>& files)
{
    if (!m_db)
        return;
    try {
        const auto said = m_presenter.import(*m_db, files);
        redraw();
        m_headline->SetLabel(wx(said + " " + m_presenter.headline()));
    } catch (const std::exception& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), wx(m_lang, tx("Read exchange packages")), wxOK | wxICON_WARNING, this);
    }
}

void ComparisonPanel::chooseMeasure(std::size_t index)
{
    m_measure->SetSelection(static_cast<int>(index));
    m_presenter.setMeasure(index);
    redraw();
}

void ComparisonPanel::redraw()
{
    const bool any = !m_presenter.empty();
    m_import->Enable(m_db != nullptr);
    m_measure->Enable(any);
    m_grouping->Enable(any);
    m_headline->SetLabel(wx(m_db ? m_presenter.headline() : std::string()));
    m_headline->Wrap(FromDIP(900));
    m_summary->Show(any);
    m_hospitals->Show(any);
    fillList(m_summary, m_presenter.summary(), 800); // the reading and the reasons in full where there is room
    fitListHeight(m_summary);
    fillList(m_hospitals, m_presenter.hospitals(), 800);
    const auto funnel = m_presenter.funnel();
    m_funnel->Show(static_cast<bool>(funnel));
    m_funnelTitle->Show(static_cast<bool>(funnel));
    if (funnel) {
        setHeading(m_funnelTitle, wx(m_presenter.funnelGroup()), false);
        const int width = FromDIP(760);
        m_funnel->SetBitmap(chartBitmap(funnel, width, FromDIP(340), static_cast<double>(width) / 520.0));
    }
    Layout();
    FitInside();
}

} // namespace gui
