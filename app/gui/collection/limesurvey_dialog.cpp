#include "collection/limesurvey_dialog.hpp"

#include "common/form_layout.hpp"
#include "common/wx_util.hpp"

#include <wx/choice.h>

namespace gui {

using core::tr;
using core::tx;

LimeSurveyDialog::LimeSurveyDialog(wxWindow* parent, const core::Instrument& instrument, int anonymityK, core::Language lang)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("LimeSurvey survey")))
{
    m_role = new wxChoice(this, wxID_ANY);
    m_role->Append(wx(lang, tx("Every role (the first question asks the role)")));
    for (const auto role : core::kRoles)
        m_role->Append(wx(instrument.name(role).in(lang)));
    m_role->SetSelection(0);
    m_languages = new wxChoice(this, wxID_ANY);
    m_languages->Append(wx(lang, tx("Dutch")));
    m_languages->Append(wx(lang, tx("English")));
    m_languages->Append(wx(lang, tx("Dutch and English")));
    m_languages->SetSelection(lang == core::Language::Nl ? 0 : 1);
    layoutForm(this, {{wx(lang, tx("&For")), m_role}, {wx(lang, tx("&Language")), m_languages}},
               wx(tr(lang, tx("A survey file (.lss) to import in LimeSurvey, to collect the answers online before the "
                              "workshop. No names, e-mail or IP addresses or times are stored with the answers, and the "
                              "survey says that results are shown only for groups of at least {0} people. Afterwards, "
                              "export the responses from LimeSurvey as CSV (\"Question code\" headings, answer codes), "
                              "import them here, and delete them in LimeSurvey."),
                     {std::to_string(anonymityK)})));
    m_role->SetFocus();
}

std::optional<core::Role> LimeSurveyDialog::role() const
{
    const int i = m_role->GetSelection();
    if (i <= 0)
        return std::nullopt;
    return core::kRoles.at(static_cast<std::size_t>(i - 1));
}

std::vector<core::Language> LimeSurveyDialog::languages() const
{
    switch (m_languages->GetSelection()) {
    case 1:
        return {core::Language::En};
    case 2:
        return {core::Language::Nl, core::Language::En};
    default:
        return {core::Language::Nl};
    }
}

} // namespace gui
