#pragma once
// The small forms' shared parts: label and field rows with OK / Cancel under them, and the one
// question "which role?".

#include "core/instrument/instrument.hpp"
#include "core/text/i18n.hpp"

#include <wx/string.h>

#include <optional>
#include <utility>
#include <vector>

class wxDialog;
class wxWindow;

namespace gui {

/// Label + field rows, then OK / Cancel; an intro above them when given.
void layoutForm(wxDialog* dialog, const std::vector<std::pair<wxString, wxWindow*>>& rows, const wxString& intro);

/// Asks which role (by the round's names for them); nullopt when cancelled.
std::optional<core::Role> chooseRole(wxWindow* parent, const core::Instrument& instrument, core::Language lang,
                                     const wxString& question);

} // namespace gui
