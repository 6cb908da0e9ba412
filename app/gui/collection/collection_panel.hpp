#pragma once
// The Collection page: who has answered (codes and roles), importing a CSV file (preview first,
// then the import off the UI thread with progress and Cancel), and typing in a paper form.

#include "collection/collection_presenter.hpp"
#include "common/job_view.hpp"

#include <wx/panel.h>

#include <functional>
#include <memory>
#include <optional>

class wxButton;
class wxListCtrl;
class wxStaticText;

namespace gui {

class CollectionPanel : public wxPanel {
public:
    CollectionPanel(wxWindow* parent, core::Language lang);
    void show(db::Database& db, core::Id round);
    void clear();
    /// Called after answers were stored here, so the other pages follow.
    void onChanged(std::function<void()> callback) { m_changed = std::move(callback); }
    /// Asks for a CSV file and imports it (the Import button and the menu).
    void askImport();
    /// Asks whose form it is and opens the paper form (the button and the menu).
    void askPaperForm();
    /// Asks for a file and writes the round's answers as CSV.
    void askExport();
    /// Asks how many of each role were invited, and stores it.
    void askInvited();
    /// Asks for a role and a file and writes a blank questionnaire (PDF).
    void askQuestionnaire();
    /// The round's questionnaire as a LimeSurvey survey, to collect answers online.
    void askLimeSurvey();
    /// Previews and, when the file is good, imports it (the Import button asks for the file).
    void importFile(const std::string& file);
    void enterPaperForm(core::Role role);
    bool busy() const { return m_job.running(); }
    /// Asks the running import to stop (closing the window).
    void cancelJob();

private:
    void refresh();
    void enableActions(bool on);

    core::Language m_lang;
    db::Database* m_db = nullptr;
    core::Id m_round = 0;
    std::unique_ptr<CollectionPresenter> m_presenter;
    std::function<void()> m_changed;
    wxStaticText* m_summary = nullptr;
    wxListCtrl* m_list = nullptr;
    wxButton* m_import = nullptr;
    wxButton* m_paper = nullptr;
    wxButton* m_export = nullptr;
    wxButton* m_blank = nullptr;
    wxButton* m_invited = nullptr;
    wxButton* m_survey = nullptr;
    JobView m_job; ///< the import, off the UI thread
};

} // namespace gui
