#include "collection/paper_form_dialog.hpp"

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
    auto* instruction = new wxStaticText(this, wxID_ANY, wx(lang, tx("Pick each answer as written on the form, or type it: the "
                                                                     "number of the answer (1 to 5; a rating 0 to 10), W for "
                                                                     "\"don't know\". Typing moves on to the next question, and "
                                                                     "so does Tab. Leave a question empty when it was not answered.")));
    keepWrapped(instruction, this, 24); // lines, not width: the English is longer than the Dutch
    sizer->Add(instruction, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
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
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        if (!typeAnswer(e))
            e.Skip();
    });
    m_code->SetFocus();
}

bool PaperFormDialog::typeAnswer(const wxKeyEvent& key)
{
    const int row = focusedRow();
    auto* choice = row < 0 ? nullptr : dynamic_cast<wxChoice*>(m_fields[static_cast<std::size_t>(row)]);
    if (!choice || key.HasAnyModifiers() || !m_rows[static_cast<std::size_t>(row)].question)
        return false;
    const int code = key.GetKeyCode();
    char typed = 0;
    if (code >= WXK_NUMPAD0 && code <= WXK_NUMPAD9)
        typed = static_cast<char>('0' + (code - WXK_NUMPAD0));
    else if ((code >= '0' && code <= '9') || code == 'W')
        typed = static_cast<char>(code);
    if (typed == 0)
        return false;
    if (row != m_pendingRow)
        m_pendingDigit.reset();
    const auto& form = m_rows[static_cast<std::size_t>(row)];
    const auto pick = app::pickByKey(*form.question, form.choices.size(), m_pendingDigit, typed);
    m_pendingRow = m_pendingDigit ? row : -1;
    if (pick.action == app::KeyPick::Action::None)
        return true; // not an answer here: nothing changes
    choice->SetSelection(static_cast<int>(pick.choice) + 1);
    if (pick.action == app::KeyPick::Action::Answer) {
        // On to the next question (the page scrolls to it), or past the last to OK.
        if (static_cast<std::size_t>(row) + 1 < m_fields.size())
            m_fields[static_cast<std::size_t>(row) + 1]->SetFocus();
        else
            choice->Navigate(wxNavigationKeyEvent::IsForward);
    }
    return true;
}

void PaperFormDialog::focusRow(std::size_t row)
{
    if (row < m_fields.size())
        m_fields[row]->SetFocus();
}

int PaperFormDialog::focusedRow() const
{
    const wxWindow* focus = wxWindow::FindFocus();
    for (std::size_t i = 0; focus && i < m_fields.size(); ++i)
        if (m_fields[i] == focus || m_fields[i]->IsDescendant(const_cast<wxWindow*>(focus)))
            return static_cast<int>(i);
    return -1;
}

int PaperFormDialog::picked(std::size_t row) const
{
    const auto* choice = row < m_fields.size() ? dynamic_cast<const wxChoice*>(m_fields[row]) : nullptr;
    return choice ? choice->GetSelection() - 1 : -1;
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
    wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    return false;
}

} // namespace gui
