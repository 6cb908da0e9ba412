#pragma once
// A new organisation, or one changed: its name and hospital type. It only collects; the presenter
// validates, and on an error the same dialog opens again with what was typed.

#include "core/answers/records.hpp"
#include "core/text/i18n.hpp"

#include <wx/dialog.h>

#include <string>
#include <utility>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace gui {

class NewOrganisationDialog : public wxDialog {
public:
    /// With `current`, the dialog edits that organisation: its title says so and its fields start
    /// with the stored name and type.
    NewOrganisationDialog(wxWindow* parent, core::Language lang, std::vector<std::pair<std::string, std::string>> types,
                          const core::Organisation* current = nullptr);
    std::string name() const;
    std::string hospitalType() const; ///< a code, or empty

private:
    std::vector<std::pair<std::string, std::string>> m_types;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_type = nullptr;
};

} // namespace gui
