#pragma once
// A paper questionnaire typed in.

#include "collection/collection_presenter.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxKeyEvent;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace gui {

/// Every question of a role, with a list to pick the answer (or a field for a number). OK stores
/// it through the presenter; on a problem the dialog stays open with everything typed.
class PaperFormDialog : public wxDialog {
public:
    PaperFormDialog(wxWindow* parent, CollectionPresenter& presenter, core::Role role, core::Language lang);
    /// Picks choice `index` (0 = the first answer) on a question's list, as a click would (the tour).
    void pick(std::size_t row, std::size_t index);
    /// The keyboard in a question's list, and what it picked (the tour): the row with the focus
    /// (none: -1), and the choice picked on a row (-1: none).
    void focusRow(std::size_t row);
    int focusedRow() const;
    int picked(std::size_t row) const;
    /// Stores the form as OK does; true when it was stored and the dialog ended.
    bool submit();
    /// The respondent code as typed.
    std::string code() const;

private:
    void OnOk(wxCommandEvent& event);
    /// A digit (or W) typed in a question's list picks the answer as on the participant's screen
    /// and moves on to the next question; false when the key is not an answer there.
    bool typeAnswer(const wxKeyEvent& key);

    CollectionPresenter& m_presenter;
    core::Role m_role;
    std::vector<CollectionPresenter::FormRow> m_rows;
    wxTextCtrl* m_code = nullptr;
    wxCheckBox* m_replace = nullptr;
    std::vector<wxWindow*> m_fields; ///< a wxChoice, or a wxTextCtrl for a number
    std::optional<int> m_pendingDigit; ///< a rating's "1" that may become "10"
    int m_pendingRow = -1;
};

} // namespace gui
