#include "collection/invited_dialog.hpp"

#include "common/form_layout.hpp"
#include "common/wx_util.hpp"

#include "db/database.hpp"

#include <wx/spinctrl.h>

namespace gui {

using core::tx;

InvitedDialog::InvitedDialog(wxWindow* parent, const core::Instrument& instrument, const std::map<core::Role, int>& invited,
                             core::Language lang)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("Invited per role")))
{
    std::vector<std::pair<wxString, wxWindow*>> rows;
    for (const auto role : core::kRoles) {
        const auto it = invited.find(role);
        auto* count = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, db::kMaxInvited,
                                     it == invited.end() ? 0 : it->second);
        m_counts.push_back(count);
        rows.emplace_back(wx(instrument.name(role).in(lang)), count);
    }
    layoutForm(this, rows,
               wx(lang, tx("How many people of each role were asked to fill in the questionnaire? The report then gives "
                           "the response rate of every party it shows. 0: not recorded.")));
    if (!m_counts.empty())
        m_counts.front()->SetFocus();
}

std::map<core::Role, int> InvitedDialog::invited() const
{
    std::map<core::Role, int> out;
    for (std::size_t i = 0; i < m_counts.size() && i < core::kRoles.size(); ++i)
        out[core::kRoles[i]] = m_counts[i]->GetValue();
    return out;
}

} // namespace gui
