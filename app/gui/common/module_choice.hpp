#pragma once
// The optional modules of the questionnaire as a list to tick: in the new-round dialog and in the
// dialog that changes a round's modules.

#include "core/text/i18n.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckListBox;
class wxWindow;

namespace gui {

/// A list of the built-in modules by title, those in `checked` ticked; each item's description is
/// its tooltip.
wxCheckListBox* moduleChecklist(wxWindow* parent, core::Language lang, const std::vector<std::string>& checked);
/// The ids of the ticked modules.
std::vector<std::string> checkedModules(const wxCheckListBox* list);

/// Which modules a round uses: the list, with what a module adds and what taking one out means.
class ModulesDialog : public wxDialog {
public:
    ModulesDialog(wxWindow* parent, core::Language lang, const std::string& round, const std::vector<std::string>& current);
    std::vector<std::string> modules() const { return checkedModules(m_list); }

private:
    wxCheckListBox* m_list = nullptr;
};

} // namespace gui
