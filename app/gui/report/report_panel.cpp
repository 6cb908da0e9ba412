#include "report/report_panel.hpp"

#include "report/exchange_dialog.hpp"
#include "report/report_preview.hpp"
#include "error_text.hpp"
#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

namespace gui {

using core::tx;

ReportPanel::ReportPanel(wxWindow* parent, core::Language lang) : wxPanel(parent), m_lang(lang), m_job(this, lang, 420)
{
    SetBackgroundColour(*wxWHITE);
    const ReportPresenter labels("", 0, "", lang);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_depth = new wxRadioBox(this, wxID_ANY, wx(lang, tx("What kind of report?")), wxDefaultPosition, wxDefaultSize,
                             choices(labels.depthLabels()), 1, wxRA_SPECIFY_COLS);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    m_format = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices(labels.formatLabels()));
    m_language = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices(labels.languageLabels()));
    m_table = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices(labels.tableLabels()));
    m_table->SetSelection(0);
    m_advisor = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(260, -1)));
    m_format->SetSelection(0);
    m_language->SetSelection(lang == core::Language::En ? 1 : 0);
    grid->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Format"))), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_format);
    grid->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Table (CSV: one per file)"))), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_table);
    grid->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Language of the report"))), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_language);
    grid->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Advisor (on the cover)"))), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_advisor);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_export = new wxButton(this, wxID_SAVEAS, wx(lang, tx("&Export report...")));
    m_open = new wxButton(this, wxID_OPEN, wx(lang, tx("&Open the report")));
    m_open->Disable();
    buttons->Add(m_export, 0, wxRIGHT, 8);
    buttons->Add(m_job.cancelButton(), 0, wxRIGHT, 8);
    buttons->Add(m_open);
    sizer->Add(m_depth, 0, wxALL, 12);
    sizer->Add(grid, 0, wxLEFT | wxRIGHT, 12);
    sizer->Add(buttons, 0, wxALL, 12);
    m_exchange = new wxButton(this, wxID_ANY, wx(lang, tx("E&xchange package for the ministry...")));
    sizer->Add(m_exchange, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    sizer->Add(m_job.gauge(), 0, wxLEFT | wxRIGHT, 12);
    sizer->Add(m_job.status(), 0, wxALL, 12);
    // The choices on the left, the pages they give on the right.
    m_preview = new ReportPreview(this, lang);
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(sizer, 0, wxEXPAND);
    columns->Add(m_preview, 1, wxEXPAND | wxALL, 12);
    SetSizer(columns);
    m_depth->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { preview(); });
    m_language->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { preview(); });
    m_format->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { enableOptions(m_presenter != nullptr); });
    m_export->Bind(wxEVT_BUTTON, &ReportPanel::OnExport, this);
    m_exchange->Bind(wxEVT_BUTTON, &ReportPanel::OnExchange, this);
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxLaunchDefaultApplication(wx(m_path)); });
    enableOptions(false);
}

void ReportPanel::showRound(const std::string& databasePath, core::Id round, const std::string& roundName)
{
    auto next = std::make_unique<ReportPresenter>(databasePath, round, roundName, m_lang);
    if (m_job.running()) {
        m_next = std::move(next); // the export in progress keeps its round; the page follows after
        m_preview->clear();        // no pages of the round that is no longer chosen
        return;
    }
    m_presenter = std::move(next);
    m_job.setStatus("");
    enableOptions(true);
    preview();
}

void ReportPanel::clear()
{
    if (m_job.running()) {
        m_next.reset();
        m_cleared = true;
        m_preview->clear();
        return;
    }
    m_presenter.reset();
    m_job.setStatus("");
    enableOptions(false);
    m_preview->clear();
}

void ReportPanel::cancelJob()
{
    m_job.cancel();
    m_preview->cancel();
}

void ReportPanel::preview()
{
    if (!m_presenter || m_job.running())
        return;
    applyOptions();
    m_preview->show(*m_presenter);
}

void ReportPanel::enableOptions(bool on)
{
    for (wxWindow* w : std::initializer_list<wxWindow*>{m_depth, m_format, m_language, m_advisor, m_export, m_exchange})
        w->Enable(on);
    m_table->Enable(on && static_cast<std::size_t>(m_format->GetSelection()) == ReportPresenter::kCsv); // only CSV holds one table
}

void ReportPanel::applyOptions()
{
    m_presenter->setDepth(static_cast<std::size_t>(m_depth->GetSelection()));
    m_presenter->setFormat(static_cast<std::size_t>(m_format->GetSelection()));
    m_presenter->setReportLanguage(static_cast<std::size_t>(m_language->GetSelection()));
    m_presenter->setAdvisor(m_advisor->GetValue().utf8_string());
    m_presenter->setTable(static_cast<std::size_t>(m_table->GetSelection()));
}

void ReportPanel::OnExport(wxCommandEvent&)
{
    if (!m_presenter)
        return;
    applyOptions();
    wxFileDialog dialog(this, wx(m_lang, tx("Export report")), "", wx(m_presenter->suggestedFileName()),
                        wx(m_presenter->wildcard()), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK)
        exportTo(dialog.GetPath().utf8_string());
}

void ReportPanel::OnExchange(wxCommandEvent&)
{
    if (!m_presenter || m_job.running())
        return;
    try {
        const auto preview = m_presenter->exchangePreview();
        ExchangeDialog dialog(this, preview.text, m_lang);
        if (dialog.ShowModal() != wxID_SAVE)
            return;
        wxFileDialog file(this, wx(m_lang, tx("Save the exchange package")), "", wx(preview.fileName), "JSON (*.json)|*.json",
                          wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (file.ShowModal() == wxID_OK)
            m_job.status()->SetLabel(wx(m_presenter->saveExchange(preview, file.GetPath().utf8_string())));
    } catch (const std::exception& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), wx(m_lang, tx("Exchange package for the ministry")), wxOK | wxICON_ERROR, this);
    }
}

void ReportPanel::exportTo(const std::string& path)
{
    if (!m_presenter)
        return;
    applyOptions();
    const bool started = m_job.start(m_presenter->exportJob(path), wx(m_lang, tx("Writing the report...")),
                                      wx(m_lang, tx("Cancelled: nothing was written.")),
                                      [this](BackgroundJob::State state) { finished(state); });
    if (!started)
        return;
    m_path = path;
    m_open->Disable();
    enableOptions(false);
}

void ReportPanel::finished(BackgroundJob::State state)
{
    const bool changed = m_next || m_cleared;
    if (m_next)
        m_presenter = std::move(m_next); // the round chosen meanwhile
    else if (m_cleared)
        m_presenter.reset();
    m_cleared = false;
    if (changed && m_presenter)
        preview();
    else if (changed)
        m_preview->clear();
    enableOptions(m_presenter != nullptr);
    m_open->Enable(state == BackgroundJob::State::Done);
}

} // namespace gui
