#pragma once
// A new round: its name, date, anonymity threshold and optional modules. It only collects; the presenter validates.

#include "core/text/i18n.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckListBox;
class wxSpinCtrl;
class wxTextCtrl;

namespace gui {

class NewRoundDialog : public wxDialog {
public:
    NewRoundDialog(wxWindow* parent, core::Language lang, const std::string& organisation, const std::string& today);
    std::string name() const;
    std::string date() const;
    int anonymityK() const;
    std::vector<std::string> modules() const;

private:
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxSpinCtrl* m_k = nullptr;
    wxCheckListBox* m_modules = nullptr;
};

} // namespace gui
