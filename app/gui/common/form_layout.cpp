#include "common/form_layout.hpp"

#include "common/wx_util.hpp"

#include <wx/choicdlg.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace gui {

void layoutForm(wxDialog* dialog, const std::vector<std::pair<wxString, wxWindow*>>& rows, const wxString& intro)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!intro.empty()) {
        auto* text = new wxStaticText(dialog, wxID_ANY, intro);
        text->Wrap(dialog->FromDIP(520)); // a form stays narrow: a long intro takes lines, not width
        sizer->Add(text, 0, wxALL, 12);
    }
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

} // namespace gui
