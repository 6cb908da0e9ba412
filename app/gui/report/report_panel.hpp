#pragma once
// The Report page: depth, language and format, the advisor's name, and an export that runs off
// the UI thread with a progress bar and a Cancel button.

#include "common/job_view.hpp"
#include "report/report_presenter.hpp"

#include <wx/panel.h>

#include <memory>

class wxButton;
class wxChoice;
class wxRadioBox;
class wxTextCtrl;

namespace gui {

class ReportPreview;

class ReportPanel : public wxPanel {
public:
    ReportPanel(wxWindow* parent, core::Language lang);
    void showRound(const std::string& databasePath, core::Id round, const std::string& roundName);
    void clear();
    /// Starts the export to `path` (the Export button asks for it; the tour passes one).
    void exportTo(const std::string& path);
    bool busy() const { return m_job.running(); }
    ReportPreview* previewPane() const { return m_preview; }
    /// Asks the running export to stop (closing the window); it leaves no file behind.
    void cancelJob();

private:
    void OnExport(wxCommandEvent& event);
    /// The exchange package for the ministry: its preview, then a file to save it to.
    void OnExchange(wxCommandEvent& event);
    void finished(BackgroundJob::State state);
    /// Copies the page's choices into the presenter.
    void applyOptions();
    void enableOptions(bool on);
    /// Draws the pages for the current choices.
    void preview();

    core::Language m_lang;
    std::unique_ptr<ReportPresenter> m_presenter;
    wxRadioBox* m_depth = nullptr;
    wxChoice* m_format = nullptr;
    wxChoice* m_language = nullptr;
    wxChoice* m_table = nullptr; ///< with CSV: which table the file holds
    wxTextCtrl* m_advisor = nullptr;
    wxButton* m_export = nullptr;
    wxButton* m_open = nullptr;
    wxButton* m_exchange = nullptr;
    std::string m_path; ///< the report being written or last written
    /// The round chosen while an export ran: shown once the export has ended.
    std::unique_ptr<ReportPresenter> m_next;
    bool m_cleared = false;
    ReportPreview* m_preview = nullptr;
    JobView m_job; ///< the export, off the UI thread
};

} // namespace gui
