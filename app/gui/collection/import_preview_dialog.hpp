#pragma once
// The preview of a CSV import: what it would store, every problem, and Import only when there are
// none.

#include "collection/collection_presenter.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace gui {

class ImportPreviewDialog : public wxDialog {
public:
    ImportPreviewDialog(wxWindow* parent, const CollectionPresenter& presenter, const std::string& file, core::Language lang);
    /// False when the file could not be read at all (error() says why).
    bool readable() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }
    bool replace() const;
    /// LimeSurvey's responses that were never submitted too.
    bool includeIncomplete() const;

private:
    void showPreview();

    const CollectionPresenter& m_presenter;
    std::string m_file;
    core::Language m_lang;
    std::string m_error;
    wxStaticText* m_verdict = nullptr;
    wxCheckBox* m_replace = nullptr;
    wxCheckBox* m_incomplete = nullptr; ///< shown for LimeSurvey's export only
    wxListCtrl* m_respondents = nullptr;
    wxListCtrl* m_problems = nullptr;
    wxButton* m_import = nullptr;
};

} // namespace gui
