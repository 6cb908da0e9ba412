#pragma once
// How many people of each role were invited to the round: one number per role (0: not recorded),
// for the report's response rate. It only collects; the presenter stores.

#include "core/instrument/instrument.hpp"
#include "core/text/i18n.hpp"

#include <wx/dialog.h>

#include <map>
#include <vector>

class wxSpinCtrl;

namespace gui {

class InvitedDialog : public wxDialog {
public:
    InvitedDialog(wxWindow* parent, const core::Instrument& instrument, const std::map<core::Role, int>& invited,
                  core::Language lang);
    /// Every role with its number; 0 where none is recorded.
    std::map<core::Role, int> invited() const;

private:
    std::vector<wxSpinCtrl*> m_counts; ///< one per core::kRoles
};

} // namespace gui
