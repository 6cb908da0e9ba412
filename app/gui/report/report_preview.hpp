#pragma once
// The pages of the report as they will print, beside the Report page's choices: drawn off the UI
// thread whenever the round, depth or language changes; a click shows a page at full size.

#include "common/background_job.hpp"
#include "report/report_presenter.hpp"

#include <wx/image.h>
#include <wx/panel.h>
#include <wx/timer.h>

#include <memory>
#include <optional>
#include <vector>

class wxScrolledWindow;
class wxStaticText;

namespace gui {

class ReportPreview : public wxPanel {
public:
    ReportPreview(wxWindow* parent, core::Language lang);
    /// Draws the pages of the report the presenter describes (its depth, language and advisor).
    void show(const ReportPresenter& presenter);
    void clear();
    /// The number of pages shown (the tour checks it).
    std::size_t pages() const { return m_images.size(); }
    bool busy() const { return m_job.running(); }
    /// Stops drawing (closing the window).
    void cancel() { clear(); }

private:
    /// The line under the title, wrapped to the preview's width now and after each resize.
    void setStatus(const wxString& text);
    void wrapStatus();
    void poll();
    void start(std::function<std::string(JobControl&)> job, std::shared_ptr<reports::PageImages> pages);
    void showPages();
    void enlarge(std::size_t page);

    core::Language m_lang;
    BackgroundJob m_job;
    wxTimer m_timer;
    std::shared_ptr<reports::PageImages> m_pages;
    /// The job asked for while one was still drawing: started once that one has stopped.
    std::optional<std::function<std::string(JobControl&)>> m_nextJob;
    std::shared_ptr<reports::PageImages> m_nextPages;
    std::vector<wxImage> m_images;
    /// Counts the choices made; a drawing is shown only when it belongs to the latest.
    std::size_t m_generation = 0;
    std::size_t m_started = 0;
    wxStaticText* m_status = nullptr;
    wxString m_statusText; ///< as given, before wrapping
    int m_statusWidth = 0; ///< the width it was wrapped for
    wxScrolledWindow* m_area = nullptr;
};

} // namespace gui
