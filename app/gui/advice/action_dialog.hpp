#pragma once
// One action of the plan changed: title, owner, responsible role, due date, status and notes.

#include "core/answers/records.hpp"
#include "core/text/i18n.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace gui {

/// One action of the plan: its title, owner, responsible role, due date, status and notes.
class ActionDialog : public wxDialog {
public:
    ActionDialog(wxWindow* parent, core::Language lang, const core::Action& action, const std::vector<std::string>& owners,
                 const std::vector<std::string>& statuses);
    /// The action with what was typed and chosen.
    core::Action changed() const;

private:
    core::Action m_action;
    wxTextCtrl* m_title = nullptr;
    wxChoice* m_owner = nullptr;
    wxTextCtrl* m_responsible = nullptr;
    wxTextCtrl* m_due = nullptr;
    wxChoice* m_status = nullptr;
    wxTextCtrl* m_notes = nullptr;
};

} // namespace gui
