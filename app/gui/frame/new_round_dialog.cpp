#include "frame/new_round_dialog.hpp"

#include "common/form_layout.hpp"
#include "common/module_choice.hpp"
#include "common/wx_util.hpp"

#include <wx/spinctrl.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

NewRoundDialog::NewRoundDialog(wxWindow* parent, core::Language lang, const std::string& organisation,
                               const std::string& today)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("New round")))
{
    m_name = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(320, -1)));
    m_date = new wxTextCtrl(this, wxID_ANY, wx(today));
    m_k = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 3, 50, 3);
    m_modules = moduleChecklist(this, lang, {});
    layoutForm(this,
               {{wx(lang, tx("Name of the round")), m_name},
                {wx(lang, tx("Date (YYYY-MM-DD)")), m_date},
                {wx(lang, tx("Anonymity threshold")), m_k},
                {wx(lang, tx("Optional modules")), m_modules}},
               wx(core::tr(lang, tx("A new round of the questionnaire for {0}."), {organisation})));
    m_name->SetFocus();
}

std::string NewRoundDialog::name() const { return m_name->GetValue().utf8_string(); }
std::string NewRoundDialog::date() const { return m_date->GetValue().utf8_string(); }
int NewRoundDialog::anonymityK() const { return m_k->GetValue(); }
std::vector<std::string> NewRoundDialog::modules() const { return checkedModules(m_modules); }

} // namespace gui
