#include "common/module_choice.hpp"

#include "common/form_layout.hpp"
#include "common/wx_util.hpp"
#include "core/instrument/module.hpp"

#include <wx/checklst.h>

#include <algorithm>

namespace gui {

using core::tx;

wxCheckListBox* moduleChecklist(wxWindow* parent, core::Language lang, const std::vector<std::string>& checked)
{
    wxArrayString titles;
    for (const auto* m : core::builtinModules())
        titles.Add(wx(m->info.title.in(lang)));
    auto* list = new wxCheckListBox(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(420, -1)), titles);
    wxString tip;
    for (unsigned i = 0; i < core::builtinModules().size(); ++i) {
        const auto* m = core::builtinModules()[i];
        list->Check(i, std::find(checked.begin(), checked.end(), m->info.id) != checked.end());
        tip += (tip.empty() ? "" : "\n\n") + wx(m->info.title.in(lang) + ": " + m->info.description.in(lang));
    }
    list->SetToolTip(tip);
    return list;
}

std::vector<std::string> checkedModules(const wxCheckListBox* list)
{
    std::vector<std::string> out;
    for (unsigned i = 0; i < core::builtinModules().size(); ++i)
        if (list->IsChecked(i))
            out.push_back(core::builtinModules()[i]->info.id);
    return out;
}

ModulesDialog::ModulesDialog(wxWindow* parent, core::Language lang, const std::string& round, const std::vector<std::string>& current)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("Modules of this round")))
{
    m_list = moduleChecklist(this, lang, current);
    layoutForm(this, {{wx(lang, tx("Modules")), m_list}},
               wx(core::tr(lang, tx("The optional modules {0} adds to the questionnaire. A module's statements are scored as a "
                                    "scale of their own, beside the 7S scores; its questions about the hospital are answered "
                                    "per board. A module can be added while answers come in; one that holds answers stays."),
                           {round})));
}

} // namespace gui
