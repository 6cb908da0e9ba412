#include "frame/new_organisation_dialog.hpp"

#include "common/form_layout.hpp"
#include "common/wx_util.hpp"

#include <wx/choice.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

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

} // namespace gui
