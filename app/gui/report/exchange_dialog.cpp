#include "report/exchange_dialog.hpp"

#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

ExchangeDialog::ExchangeDialog(wxWindow* parent, const std::string& preview, core::Language lang)
    : wxDialog(parent, wxID_ANY, wx(lang, tx("Exchange package for the ministry")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wx(lang, tx("This is everything the package holds: the figures of the parties shown in the "
                                               "aggregate report, no answers, no respondent codes, no party below the threshold "
                                               "and nothing per vakgroep. Save it, and send the file yourself.")));
    intro->Wrap(FromDIP(760));
    auto* text = new wxTextCtrl(this, wxID_ANY, wx(preview), wxDefaultPosition, FromDIP(wxSize(900, 520)),
                                wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP | wxHSCROLL);
    text->SetFont(wxFont(wxFontInfo(9).Family(wxFONTFAMILY_TELETYPE)));
    text->SetInsertionPoint(0); // from the top: the hospital and its parties first
    tabLeaves(text);
    sizer->Add(intro, 0, wxALL, 12);
    sizer->Add(text, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    auto* buttons = new wxStdDialogButtonSizer();
    auto* save = new wxButton(this, wxID_SAVE, wx(lang, tx("&Save package...")));
    save->SetDefault();
    buttons->AddButton(save);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, wx(lang, tx("&Cancel"))));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_SAVE); });
}

} // namespace gui
