#include "advice/action_dialog.hpp"

#include "common/form_layout.hpp"
#include "common/wx_util.hpp"

#include <wx/choice.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

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
    tabLeaves(m_notes);
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
