#pragma once
// Small forms: a new organisation, a new round. They only collect; the presenter validates, and
// on an error the same dialog opens again with what was typed.

#include "core/text/i18n.hpp"
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class wxChoice;
class wxSpinCtrl;
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

class NewRoundDialog : public wxDialog {
public:
    NewRoundDialog(wxWindow* parent, core::Language lang, const std::string& organisation, const std::string& today);
    std::string name() const;
    std::string date() const;
    int anonymityK() const;

private:
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxSpinCtrl* m_k = nullptr;
};

/// Asks which role (by the round's names for them); nullopt when cancelled.
std::optional<core::Role> chooseRole(wxWindow* parent, const core::Instrument& instrument, core::Language lang,
                                     const wxString& question);

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
