#include "report/report_preview.hpp"

#include "common/wx_util.hpp"

#include <wx/bmpbuttn.h>
#include <wx/dialog.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace gui {

using core::tx;

namespace {

constexpr double kScale = 1.0; ///< pixels per point: a page at full size is 596 x 842

} // namespace

ReportPreview::ReportPreview(wxWindow* parent, core::Language lang)
    : wxPanel(parent), m_lang(lang), m_job(lang), m_timer(this)
{
    SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, "");
    setHeading(title, wx(lang, tx("Preview (PDF)")), false);
    m_status = new wxStaticText(this, wxID_ANY, "");
    m_area = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    m_area->SetBackgroundColour(wxColour(225, 228, 232));
    m_area->SetScrollRate(0, 20);
    m_area->SetSizer(new wxWrapSizer(wxHORIZONTAL));
    sizer->Add(title, 0, wxBOTTOM, 4);
    sizer->Add(m_status, 0, wxBOTTOM, 6);
    sizer->Add(m_area, 1, wxEXPAND);
    SetSizer(sizer);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { poll(); });
    // The line under the title wraps anew to the width the window leaves the preview.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { wrapStatus(); });
    });
}

void ReportPreview::setStatus(const wxString& text)
{
    m_statusText = text;
    m_statusWidth = 0;
    wrapStatus();
}

void ReportPreview::wrapStatus()
{
    const int width = std::max(FromDIP(160), GetClientSize().x - FromDIP(8));
    if (width == m_statusWidth)
        return;
    m_statusWidth = width;
    m_status->SetLabel(m_statusText);
    m_status->Wrap(width);
    Layout();
}

void ReportPreview::show(const ReportPresenter& presenter)
{
    auto pages = std::make_shared<reports::PageImages>();
    auto job = presenter.previewJob(pages, kScale);
    ++m_generation;
    if (m_job.running()) {
        // Only the last choice counts: the drawing in progress stops, this one follows.
        m_job.cancel();
        m_nextJob = std::move(job);
        m_nextPages = std::move(pages);
        return;
    }
    start(std::move(job), std::move(pages));
}

void ReportPreview::start(std::function<std::string(JobControl&)> job, std::shared_ptr<reports::PageImages> pages)
{
    m_nextJob.reset(); // an older choice still waiting is overtaken
    m_nextPages.reset();
    m_pages = std::move(pages);
    m_started = m_generation;
    m_job.start(std::move(job));
    setStatus(wx(m_lang, tx("Drawing the pages...")));
    m_timer.Start(100);
}

void ReportPreview::clear()
{
    ++m_generation; // whatever is drawing now is not shown
    if (m_job.running())
        m_job.cancel();
    m_nextJob.reset();
    m_nextPages.reset();
    m_images.clear();
    m_area->GetSizer()->Clear(true);
    setStatus("");
    m_area->FitInside();
}

void ReportPreview::poll()
{
    if (m_job.running())
        return;
    m_timer.Stop();
    if (m_nextJob) {
        auto job = std::move(*m_nextJob);
        start(std::move(job), std::move(m_nextPages));
        return;
    }
    if (m_started != m_generation)
        return; // drawn for a choice that has been changed or cleared since
    if (m_job.state() == BackgroundJob::State::Done) {
        showPages();
        setStatus(wx(core::tr(m_lang, tx("{0}; click a page (or Tab to it and press Enter) to see it at full size."), {m_job.message()})));
    } else if (m_job.state() == BackgroundJob::State::Failed) {
        setStatus(wx(m_job.message()));
    }
}

void ReportPreview::showPages()
{
    m_images.clear();
    auto* sizer = m_area->GetSizer();
    sizer->Clear(true);
    const int width = FromDIP(210); // a thumbnail: about a third of a page's size
    for (std::size_t i = 0; i < m_pages->pages.size(); ++i) {
        m_images.push_back(toWxImage(m_pages->pages[i]));
        const auto& full = m_images.back();
        const int height = full.GetHeight() * width / full.GetWidth();
        // A button, so that Tab reaches each page and Enter opens it as a click does.
        auto* page = new wxBitmapButton(m_area, wxID_ANY, wxBitmap(full.Scale(width, height, wxIMAGE_QUALITY_HIGH)));
        page->SetToolTip(wx(core::tr(m_lang, tx("page {0}"), {std::to_string(i + 1)})));
        page->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { enlarge(i); });
        sizer->Add(page, 0, wxALL, 6);
    }
    m_area->FitInside();
    m_area->Layout();
}

void ReportPreview::enlarge(std::size_t page)
{
    if (page >= m_images.size())
        return;
    wxDialog dialog(this, wxID_ANY, wx(core::tr(m_lang, tx("page {0}"), {std::to_string(page + 1)})), wxDefaultPosition,
                    wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* scroll = new wxScrolledWindow(&dialog, wxID_ANY);
    scroll->SetScrollRate(20, 20);
    auto* inner = new wxBoxSizer(wxVERTICAL);
    inner->Add(new wxStaticBitmap(scroll, wxID_ANY, wxBitmap(m_images[page])));
    scroll->SetSizer(inner);
    scroll->FitInside();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(scroll, 1, wxEXPAND);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
    dialog.SetSizer(sizer);
    const wxRect screen = wxGetClientDisplayRect();
    dialog.SetSize(std::min(m_images[page].GetWidth() + FromDIP(40), screen.width * 9 / 10), screen.height * 9 / 10);
    dialog.ShowModal();
}

} // namespace gui
