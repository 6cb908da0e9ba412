#include "collection/collection_panel.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "collection/import_preview_dialog.hpp"
#include "collection/invited_dialog.hpp"
#include "collection/limesurvey_dialog.hpp"
#include "collection/paper_form_dialog.hpp"
#include "common/form_layout.hpp"
#include "common/wx_util.hpp"

#include "core/text/text_util.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>
#include <wx/stattext.h>

namespace gui {

using core::tx;

CollectionPanel::CollectionPanel(wxWindow* parent, core::Language lang)
    : wxPanel(parent), m_lang(lang), m_job(this, lang, 200)
{
    SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_summary = new wxStaticText(this, wxID_ANY, "");
    sizer->Add(m_summary, 0, wxALL, 12);
    auto* buttons = new wxWrapSizer(wxHORIZONTAL); // on two lines where the window is narrow
    m_import = new wxButton(this, wxID_ANY, wx(lang, tx("&Import answers from CSV...")));
    m_paper = new wxButton(this, wxID_ANY, wx(lang, tx("Enter a &paper questionnaire...")));
    buttons->Add(m_import, 0, wxRIGHT | wxBOTTOM, 8);
    buttons->Add(m_paper, 0, wxRIGHT | wxBOTTOM, 8);
    m_export = new wxButton(this, wxID_ANY, wx(lang, tx("E&xport answers...")));
    m_blank = new wxButton(this, wxID_ANY, wx(lang, tx("&Blank questionnaire (PDF)...")));
    buttons->Add(m_export, 0, wxRIGHT | wxBOTTOM, 8);
    buttons->Add(m_blank, 0, wxRIGHT | wxBOTTOM, 8);
    m_survey = new wxButton(this, wxID_ANY, wx(lang, tx("&LimeSurvey survey...")));
    buttons->Add(m_survey, 0, wxRIGHT | wxBOTTOM, 8);
    m_invited = new wxButton(this, wxID_ANY, wx(lang, tx("I&nvited per role...")));
    buttons->Add(m_invited, 0, wxRIGHT | wxBOTTOM, 8);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    // An import in progress: its Cancel, its progress and then what it did, on a line of its own.
    auto* progress = new wxBoxSizer(wxHORIZONTAL);
    progress->Add(m_job.cancelButton(), 0, wxRIGHT, 8);
    progress->Add(m_job.gauge(), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
    progress->Add(m_job.status(), 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(progress, 0, wxALL, 12);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(sizer);
    m_import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askImport(); });
    m_paper->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askPaperForm(); });
    m_export->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askExport(); });
    m_blank->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askQuestionnaire(); });
    m_invited->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askInvited(); });
    m_survey->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askLimeSurvey(); });
    enableActions(false);
}

void CollectionPanel::askImport()
{
    if (!m_presenter || m_job.running())
        return;
    wxFileDialog dialog(this, wx(m_lang, tx("Import answers (CSV, or LimeSurvey's export of the responses)")), "", "",
                        wx(m_lang, tx("CSV files (*.csv)|*.csv;*.CSV|All files|*")), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        importFile(dialog.GetPath().utf8_string());
}

void CollectionPanel::askExport()
{
    if (!m_presenter)
        return;
    wxFileDialog dialog(this, wx(m_lang, tx("Export answers")), "", wx(m_presenter->suggestedExportName()),
                        wx(m_lang, tx("CSV, comma-separated (*.csv)|*.csv|CSV for Excel, semicolon-separated (*.csv)|*.csv")),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        m_job.setStatus(wx(m_presenter->exportAnswers(dialog.GetPath().utf8_string(), dialog.GetFilterIndex() == 1)));
    } catch (const core::Error& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void CollectionPanel::askQuestionnaire()
{
    if (!m_presenter)
        return;
    const auto role =
        chooseRole(this, m_db->instrumentOf(m_round), m_lang, wx(m_lang, tx("For which role is the questionnaire?")));
    if (!role)
        return;
    wxFileDialog dialog(this, wx(m_lang, tx("Blank questionnaire")), "",
                        wx(core::safeFileName(m_db->instrumentOf(m_round).name(*role).in(m_lang)) + ".pdf"),
                        wx(m_lang, tx("PDF documents (*.pdf)|*.pdf")), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        m_job.setStatus(wx(m_presenter->writeQuestionnaire(*role, dialog.GetPath().utf8_string())));
    } catch (const core::Error& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void CollectionPanel::askLimeSurvey()
{
    if (!m_presenter)
        return;
    LimeSurveyDialog choice(this, m_db->instrumentOf(m_round), m_presenter->anonymityK(), m_lang);
    if (choice.ShowModal() != wxID_OK)
        return;
    wxFileDialog dialog(this, wx(m_lang, tx("LimeSurvey survey")), "", wx(m_presenter->suggestedSurveyName()),
                        wx(m_lang, tx("LimeSurvey survey structure (*.lss)|*.lss")), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    auto file = dialog.GetPath().utf8_string();
    if (!core::toLowerAscii(file).ends_with(".lss")) // LimeSurvey imports a structure only from a .lss file
        file += ".lss";
    try {
        m_job.setStatus(wx(m_presenter->writeLimeSurvey(file, choice.role(), choice.languages())));
    } catch (const core::Error& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void CollectionPanel::askInvited()
{
    if (!m_presenter)
        return;
    try {
        InvitedDialog dialog(this, m_db->instrumentOf(m_round), m_presenter->invited(), m_lang);
        if (dialog.ShowModal() != wxID_OK)
            return;
        m_presenter->setInvited(dialog.invited());
        m_job.setStatus(wx(m_lang, tx("Stored the numbers invited.")));
        refresh();
        if (m_changed)
            m_changed();
    } catch (const core::Error& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void CollectionPanel::askPaperForm()
{
    if (!m_db || m_job.running())
        return;
    if (const auto role = chooseRole(this, m_db->instrumentOf(m_round), m_lang,
                                     wx(m_lang, tx("Whose questionnaire is it (which role)?"))))
        enterPaperForm(*role);
}

void CollectionPanel::cancelJob() { m_job.cancel(); }

void CollectionPanel::enableActions(bool on)
{
    for (wxButton* b : {m_import, m_paper, m_export, m_blank, m_survey, m_invited})
        b->Enable(on && !m_job.running());
}

void CollectionPanel::show(db::Database& db, core::Id round)
{
    // The status line stays: it may say what was just stored in this round.
    m_presenter.reset();
    m_db = nullptr;
    try {
        m_presenter = std::make_unique<CollectionPresenter>(db, round, m_lang);
    } catch (const core::Error& e) {
        m_list->ClearAll();
        enableActions(false);
        m_summary->SetLabel(message(app::describeError(e, m_lang).text)); // e.g. a damaged round: said, nothing shown
        return;
    }
    m_db = &db;
    m_round = round;
    refresh();
    enableActions(true);
}

void CollectionPanel::clear()
{
    m_db = nullptr;
    m_round = 0;
    m_presenter.reset();
    m_summary->SetLabel("");
    if (!m_job.running())
        m_job.setStatus("");
    m_list->ClearAll();
    enableActions(false);
}

void CollectionPanel::refresh()
{
    if (!m_presenter)
        return;
    try {
        m_summary->SetLabel(wx(core::joinList(m_presenter->roleSummary(), "\n")));
        fillList(m_list, m_presenter->respondents());
    } catch (const core::Error& e) {
        m_summary->SetLabel(message(app::describeError(e, m_lang).text));
    }
    Layout();
}

void CollectionPanel::importFile(const std::string& file)
{
    if (!m_presenter || m_job.running())
        return;
    ImportPreviewDialog preview(this, *m_presenter, file, m_lang);
    if (!preview.readable()) {
        wxMessageBox(wx(preview.error()), "Samenspel", wxOK | wxICON_WARNING, this);
        return;
    }
    if (preview.ShowModal() != wxID_OK)
        return;
    const std::string path = m_db->path();
    const core::Id round = m_round;
    const bool replace = preview.replace();
    const bool incomplete = preview.includeIncomplete();
    const auto lang = m_lang;
    const bool started = m_job.start(
        [path, round, file, replace, incomplete, lang](JobControl& control) {
            return CollectionPresenter::importFile(path, round, file, replace, incomplete, lang, control);
        },
        wx(m_lang, tx("Importing...")), wx(m_lang, tx("Cancelled: nothing was imported.")),
        [this](BackgroundJob::State state) {
            enableActions(m_presenter != nullptr);
            if (state == BackgroundJob::State::Done) {
                refresh();
                if (m_changed)
                    m_changed();
            }
        });
    if (started)
        enableActions(false);
}

void CollectionPanel::enterPaperForm(core::Role role)
{
    if (!m_presenter)
        return;
    PaperFormDialog dialog(this, *m_presenter, role, m_lang);
    if (dialog.ShowModal() != wxID_OK)
        return;
    m_job.setStatus(wx(core::tr(m_lang, tx("Stored the questionnaire of {0}."), {std::string(core::trim(dialog.code()))})));
    refresh();
    if (m_changed)
        m_changed();
}

} // namespace gui
