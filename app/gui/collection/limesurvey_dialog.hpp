#pragma once
// Which LimeSurvey survey to write: for every role (the first question asks the role) or for one,
// in Dutch, English or both.

#include "core/instrument/instrument.hpp"

#include <wx/dialog.h>

#include <optional>
#include <vector>

class wxChoice;

namespace gui {

class LimeSurveyDialog : public wxDialog {
public:
    LimeSurveyDialog(wxWindow* parent, const core::Instrument& instrument, int anonymityK, core::Language lang);
    /// nullopt: one survey for every role.
    std::optional<core::Role> role() const;
    /// The survey's languages, the base language first.
    std::vector<core::Language> languages() const;

private:
    wxChoice* m_role = nullptr;
    wxChoice* m_languages = nullptr;
};

} // namespace gui
