#include "collection/import_preview_dialog.hpp"

#include "common/wx_util.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/gdicmn.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

using core::tr;
using core::tx;

ImportPreviewDialog::ImportPreviewDialog(wxWindow* parent, const CollectionPresenter& presenter, const std::string& file,
                                         core::Language lang)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("Import answers")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_presenter(presenter), m_file(file), m_lang(lang)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, wx(tr(lang, tx("File: {0}"), {file}))), 0, wxALL, 12);
    m_verdict = new wxStaticText(this, wxID_ANY, "");
    wxFont bold = m_verdict->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    m_verdict->SetFont(bold);
    sizer->Add(m_verdict, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    m_replace = new wxCheckBox(this, wxID_ANY, wx(lang, tx("&Replace the answers of respondents already in this round")));
    sizer->Add(m_replace, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    m_incomplete = new wxCheckBox(this, wxID_ANY, wx(lang, CollectionPresenter::includeIncompleteLabel()));
    sizer->Add(m_incomplete, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    sizer->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Problems (nothing is imported while there are any)"))), 0,
               wxLEFT | wxRIGHT, 12);
    m_problems = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 160)), wxLC_REPORT | wxBORDER_THEME);
    sizer->Add(m_problems, 1, wxEXPAND | wxALL, 12);
    sizer->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Respondents in the file"))), 0, wxLEFT | wxRIGHT, 12);
    m_respondents = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 160)), wxLC_REPORT | wxBORDER_THEME);
    sizer->Add(m_respondents, 1, wxEXPAND | wxALL, 12);
    auto* buttons = new wxStdDialogButtonSizer;
    m_import = new wxButton(this, wxID_OK, wx(lang, tx("&Import")));
    buttons->AddButton(m_import);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, wx(lang, tx("&Cancel"))));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizer(sizer);
    SetSize(screenShare(this, 900));
    m_replace->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { showPreview(); });
    m_incomplete->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { showPreview(); });
    showPreview();
}

bool ImportPreviewDialog::replace() const { return m_replace->GetValue(); }

bool ImportPreviewDialog::includeIncomplete() const { return m_incomplete->IsShown() && m_incomplete->GetValue(); }

void ImportPreviewDialog::showPreview()
{
    const auto preview = m_presenter.previewFile(m_file, replace(), includeIncomplete(), m_error);
    if (!preview) {
        m_import->Disable();
        return;
    }
    m_incomplete->Show(preview->limeSurvey);
    m_verdict->SetLabel(wx(preview->verdict));
    m_verdict->Wrap(GetClientSize().x - FromDIP(24));
    fillList(m_problems, preview->problems, 640); // the problem itself must be readable
    fillList(m_respondents, preview->respondents);
    m_import->Enable(preview->canImport);
    (preview->canImport ? static_cast<wxWindow*>(m_import) : m_problems)->SetFocus();
    Layout();
}

} // namespace gui
