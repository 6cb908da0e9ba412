#pragma once
// A background job as a page shows it: a progress bar, a Cancel button and a status line, kept
// up to date by a timer on the UI thread. The report export and the CSV import both use it.

#include "common/background_job.hpp"

#include "core/text/i18n.hpp"

#include <wx/string.h>
#include <wx/timer.h>

#include <functional>
#include <string>

class wxButton;
class wxGauge;
class wxStaticText;
class wxWindow;

namespace gui {

class JobView {
public:
    /// Creates the three controls as children of `page`; the page puts them in its sizers.
    JobView(wxWindow* page, core::Language lang, int gaugeWidthDip);
    JobView(const JobView&) = delete;
    JobView& operator=(const JobView&) = delete;

    wxGauge* gauge() const { return m_gauge; }
    wxButton* cancelButton() const { return m_cancel; }
    wxStaticText* status() const { return m_status; }

    /// Starts the work with `runningText` as status. When it ends the status shows its message
    /// (a failure also in a message box) or `cancelledText`, and then `finished` is called.
    /// False when a job is already running.
    bool start(std::function<std::string(JobControl&)> work, const wxString& runningText, const wxString& cancelledText,
               std::function<void(BackgroundJob::State)> finished);
    bool running() const { return m_job.running(); }
    void cancel() { m_job.cancel(); }
    void setStatus(const wxString& text);
    /// The width the status line wraps at (default 800 DIP).
    void wrapStatusAt(int width) { m_wrap = width; }

private:
    void poll();

    wxWindow* m_page;
    BackgroundJob m_job;
    wxTimer m_timer;
    wxGauge* m_gauge = nullptr;
    wxButton* m_cancel = nullptr;
    wxStaticText* m_status = nullptr;
    wxString m_cancelledText;
    int m_wrap = 0;
    std::function<void(BackgroundJob::State)> m_finished;
};

} // namespace gui
