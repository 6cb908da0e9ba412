#include "common/job_view.hpp"

#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>

namespace gui {

JobView::JobView(wxWindow* page, core::Language lang, int gaugeWidthDip) : m_page(page), m_job(lang)
{
    m_gauge = new wxGauge(page, wxID_ANY, 100, wxDefaultPosition, page->FromDIP(wxSize(gaugeWidthDip, -1)));
    m_cancel = new wxButton(page, wxID_CANCEL, wx(lang, core::tx("&Cancel")));
    m_cancel->Disable();
    // Shown only while a job runs: an idle bar beside a greyed button says nothing.
    m_gauge->Hide();
    m_cancel->Hide();
    m_status = new wxStaticText(page, wxID_ANY, "");
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_job.cancel(); });
    m_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { poll(); });
}

bool JobView::start(std::function<std::string(JobControl&)> work, const wxString& runningText,
                    const wxString& cancelledText, std::function<void(BackgroundJob::State)> finished)
{
    if (!m_job.start(std::move(work)))
        return false;
    m_cancelledText = cancelledText;
    m_finished = std::move(finished);
    m_gauge->SetValue(0);
    m_gauge->Show();
    m_cancel->Show();
    m_cancel->Enable();
    setStatus(runningText);
    m_timer.Start(100);
    return true;
}

void JobView::setStatus(const wxString& text)
{
    m_status->SetLabel(text);
    m_status->Wrap(m_wrap > 0 ? m_wrap : m_page->FromDIP(800));
    m_page->Layout();
}

void JobView::poll()
{
    m_gauge->SetValue(m_job.progress());
    if (m_job.running())
        return;
    m_timer.Stop();
    m_cancel->Disable();
    m_cancel->Hide();
    m_gauge->Hide();
    const auto state = m_job.state();
    if (state == BackgroundJob::State::Cancelled) {
        setStatus(m_cancelledText);
    } else {
        setStatus(wx(m_job.message()));
        if (state == BackgroundJob::State::Failed)
            wxMessageBox(wx(m_job.message()), "Samenspel", wxOK | wxICON_WARNING, m_page);
    }
    if (m_finished)
        m_finished(state);
}

} // namespace gui
