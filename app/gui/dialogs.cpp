#include "dialogs.hpp"

#include "wx_util.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

namespace {

/// Label + field rows, then OK / Cancel.
void layoutForm(wxDialog* dialog, const std::vector<std::pair<wxString, wxWindow*>>& rows, const wxString& intro)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!intro.empty())
        sizer->Add(new wxStaticText(dialog, wxID_ANY, intro), 0, wxALL, 12);
    auto* grid = new wxFlexGridSizer(2, dialog->FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(1);
    for (const auto& [label, field] : rows) {
        grid->Add(new wxStaticText(dialog, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(field, 1, wxEXPAND);
    }
    sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    sizer->Add(dialog->CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    dialog->SetSizerAndFit(sizer);
}

} // namespace

NewOrganisationDialog::NewOrganisationDialog(wxWindow* parent, core::Language lang,
                                             std::vector<std::pair<std::string, std::string>> types,
                                             const core::Organisation* current)
    : wxDialog(parent, wxID_ANY, wx(lang, current ? tx("Edit organisation") : tx("New organisation"))),
      m_types(std::move(types))
{
    m_name = new wxTextCtrl(this, wxID_ANY, current ? wx(current->name) : wxString(), wxDefaultPosition,
                            FromDIP(wxSize(320, -1)));
    m_type = new wxChoice(this, wxID_ANY);
    m_type->Append(wx(lang, tx("(not given)")));
    m_type->SetSelection(0);
    for (const auto& t : m_types) {
        m_type->Append(wx(t.second));
        if (current && current->hospitalType == t.first)
            m_type->SetSelection(static_cast<int>(m_type->GetCount()) - 1);
    }
    layoutForm(this, {{wx(lang, tx("Name")), m_name}, {wx(lang, tx("Hospital type")), m_type}}, "");
    m_name->SetFocus();
}

std::string NewOrganisationDialog::name() const { return m_name->GetValue().utf8_string(); }

std::string NewOrganisationDialog::hospitalType() const
{
    const int i = m_type->GetSelection();
    return i > 0 ? m_types[static_cast<std::size_t>(i - 1)].first : std::string();
}

NewRoundDialog::NewRoundDialog(wxWindow* parent, core::Language lang, const std::string& organisation,
                               const std::string& today)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("New round")))
{
    m_name = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(320, -1)));
    m_date = new wxTextCtrl(this, wxID_ANY, wx(today));
    m_k = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 3, 50, 3);
    layoutForm(this,
               {{wx(lang, tx("Name of the round")), m_name},
                {wx(lang, tx("Date (YYYY-MM-DD)")), m_date},
                {wx(lang, tx("Anonymity threshold")), m_k}},
               wx(core::tr(lang, tx("A new round of the questionnaire for {0}."), {organisation})));
    m_name->SetFocus();
}

std::string NewRoundDialog::name() const { return m_name->GetValue().utf8_string(); }
std::string NewRoundDialog::date() const { return m_date->GetValue().utf8_string(); }
int NewRoundDialog::anonymityK() const { return m_k->GetValue(); }

} // namespace gui
