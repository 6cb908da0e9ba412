#include "frame/dialogs.hpp"

#include "common/wx_util.hpp"

#include <wx/choicdlg.h>
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

std::optional<core::Role> chooseRole(wxWindow* parent, const core::Instrument& instrument, core::Language lang,
                                     const wxString& question)
{
    wxArrayString names;
    for (const auto role : core::kRoles)
        names.Add(wx(instrument.name(role).in(lang)));
    wxSingleChoiceDialog dialog(parent, question, "Samenspel", names);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return core::kRoles[static_cast<std::size_t>(dialog.GetSelection())];
}

ActionDialog::ActionDialog(wxWindow* parent, core::Language lang, const core::Action& action,
                           const std::vector<std::string>& owners, const std::vector<std::string>& statuses)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("Change the action"))), m_action(action)
{
    const auto choice = [this](const std::vector<std::string>& labels, const std::vector<std::string>& codes,
                               const std::string& current) {
        auto* c = new wxChoice(this, wxID_ANY);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            c->Append(wx(labels[i]));
            if (i < codes.size() && codes[i] == current)
                c->SetSelection(static_cast<int>(i));
        }
        return c;
    };
    m_title = new wxTextCtrl(this, wxID_ANY, wx(action.title), wxDefaultPosition, FromDIP(wxSize(460, -1)));
    m_owner = choice(owners, core::kActionOwners, action.owner);
    m_responsible = new wxTextCtrl(this, wxID_ANY, wx(action.responsible));
    m_due = new wxTextCtrl(this, wxID_ANY, wx(action.due));
    m_status = choice(statuses, core::kActionStatuses, action.status);
    m_notes = new wxTextCtrl(this, wxID_ANY, wx(action.notes), wxDefaultPosition, FromDIP(wxSize(460, 100)), wxTE_MULTILINE);
    layoutForm(this,
               {{wx(lang, tx("Action")), m_title},
                {wx(lang, tx("Owner")), m_owner},
                {wx(lang, tx("Responsible (a role, not a name)")), m_responsible},
                {wx(lang, tx("Due date (YYYY-MM-DD, may be empty)")), m_due},
                {wx(lang, tx("Status")), m_status},
                {wx(lang, tx("Notes")), m_notes}},
               "");
    m_title->SetFocus();
}

core::Action ActionDialog::changed() const
{
    auto a = m_action;
    a.title = m_title->GetValue().utf8_string();
    if (const int i = m_owner->GetSelection(); i >= 0)
        a.owner = core::kActionOwners[static_cast<std::size_t>(i)];
    a.responsible = m_responsible->GetValue().utf8_string();
    a.due = m_due->GetValue().utf8_string();
    if (const int i = m_status->GetSelection(); i >= 0)
        a.status = core::kActionStatuses[static_cast<std::size_t>(i)];
    a.notes = m_notes->GetValue().utf8_string();
    return a;
}

} // namespace gui
