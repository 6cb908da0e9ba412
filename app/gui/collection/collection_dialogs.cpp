#include "collection/collection_dialogs.hpp"

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

namespace {

/// Dialogs as tall as fits the screen: the paper form has some seventy questions.
wxSize screenShare(wxWindow* window, int widthDip)
{
    const wxRect screen = wxGetClientDisplayRect();
    return wxSize(std::min(window->FromDIP(widthDip), screen.width * 9 / 10), screen.height * 85 / 100);
}

} // namespace

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
    buttons->AddButton(new wxButton(this, wxID_CANCEL, wx(lang, tx("Cancel"))));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizer(sizer);
    SetSize(screenShare(this, 900));
    m_replace->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { showPreview(); });
    showPreview();
}

bool ImportPreviewDialog::replace() const { return m_replace->GetValue(); }

void ImportPreviewDialog::showPreview()
{
    const auto preview = m_presenter.previewFile(m_file, replace(), m_error);
    if (!preview) {
        m_import->Disable();
        return;
    }
    m_verdict->SetLabel(wx(preview->verdict));
    m_verdict->Wrap(GetClientSize().x - FromDIP(24));
    fillList(m_problems, preview->problems, 640); // the problem itself must be readable
    fillList(m_respondents, preview->respondents);
    m_import->Enable(preview->canImport);
    (preview->canImport ? static_cast<wxWindow*>(m_import) : m_problems)->SetFocus();
    Layout();
}

PaperFormDialog::PaperFormDialog(wxWindow* parent, CollectionPresenter& presenter, core::Role role, core::Language lang)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("Enter a paper questionnaire")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_presenter(presenter), m_role(role), m_rows(presenter.form(role))
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Respondent code (no names)"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_code = new wxTextCtrl(this, wxID_ANY, wx(presenter.suggestedCode(role)), wxDefaultPosition, FromDIP(wxSize(160, -1)));
    top->Add(m_code, 0, wxRIGHT, 16);
    m_replace = new wxCheckBox(this, wxID_ANY, wx(lang, tx("&Replace if this code is already in the round")));
    top->Add(m_replace, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxALL, 12);
    sizer->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Pick each answer as written on the form; leave a question "
                                                            "empty when it was not answered. Tab moves to the next question."))),
               0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    auto* scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL);
    scroll->SetScrollRate(0, 20);
    auto* grid = new wxFlexGridSizer(3, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1);
    const int textWidth = FromDIP(560);
    for (const auto& row : m_rows) {
        grid->Add(new wxStaticText(scroll, wxID_ANY, wx(row.code)), 0, wxALIGN_CENTER_VERTICAL);
        auto* text = new wxStaticText(scroll, wxID_ANY, wx(row.text));
        text->Wrap(textWidth);
        grid->Add(text, 1, wxALIGN_CENTER_VERTICAL);
        if (row.choices.empty()) {
            m_fields.push_back(new wxTextCtrl(scroll, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(120, -1))));
        } else {
            auto* choice = new wxChoice(scroll, wxID_ANY);
            choice->Append("");
            for (const auto& c : row.choices)
                choice->Append(wx(c.label));
            choice->SetSelection(0);
            m_fields.push_back(choice);
        }
        grid->Add(m_fields.back(), 0, wxALIGN_CENTER_VERTICAL);
    }
    scroll->SetSizer(grid);
    scroll->FitInside();
    sizer->Add(scroll, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizer(sizer);
    SetSize(screenShare(this, 980));
    Bind(wxEVT_BUTTON, &PaperFormDialog::OnOk, this, wxID_OK);
    m_code->SetFocus();
}

void PaperFormDialog::pick(std::size_t row, std::size_t index)
{
    if (row < m_fields.size())
        if (auto* choice = dynamic_cast<wxChoice*>(m_fields[row]))
            choice->SetSelection(static_cast<int>(index) + 1);
}

void PaperFormDialog::OnOk(wxCommandEvent&) { submit(); }
std::string PaperFormDialog::code() const { return m_code->GetValue().utf8_string(); }

bool PaperFormDialog::submit()
{
    std::vector<CollectionPresenter::FormEntry> entries;
    for (auto* field : m_fields) {
        auto& entry = entries.emplace_back();
        if (auto* choice = dynamic_cast<wxChoice*>(field)) {
            if (const int i = choice->GetSelection(); i > 0)
                entry.emplace<std::size_t>(static_cast<std::size_t>(i - 1));
        } else {
            entry.emplace<std::string>(static_cast<wxTextCtrl*>(field)->GetValue().utf8_string());
        }
    }
    if (m_presenter.saveForm(m_code->GetValue().utf8_string(), m_role, entries, m_replace->GetValue())) {
        EndModal(wxID_OK);
        return true;
    }
    // Everything typed stays in the form.
    wxMessageBox(wx(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    return false;
}

} // namespace gui
