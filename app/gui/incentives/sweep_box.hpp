#pragma once
// "Where does the stance turn?" below the Incentives page's figures: a parameter, a range and a
// button; the sweep runs off the UI thread (progress, Cancel), then the break-even points show.

#include "common/job_view.hpp"
#include "incentives/sweep_presenter.hpp"

#include <wx/panel.h>

#include <functional>
#include <memory>

class wxChoice;
class wxListCtrl;
class wxTextCtrl;
class wxButton;
class wxStaticText;

namespace gui {

class SweepBox : public wxPanel {
public:
    /// `source` gives the figures, model and scenario being edited when the button is pressed.
    SweepBox(wxWindow* parent, core::Language lang, std::function<std::unique_ptr<SweepPresenter>()> source);
    /// Fills the list of parameters (after a round was chosen); empty when there is nothing.
    void refresh();
    /// Wraps the texts to the page's width.
    void wrapTo(int width);
    /// Runs the sweep for a parameter over the typed range (the button; the tour).
    void run(std::size_t parameter, const wxString& from, const wxString& to);
    void cancel() { m_job.cancel(); }

private:
    core::Language m_lang;
    std::function<std::unique_ptr<SweepPresenter>()> m_source;
    std::unique_ptr<SweepPresenter> m_presenter; ///< of the sweep shown or running
    std::shared_ptr<core::SweepResult> m_result;
    wxStaticText* m_intro = nullptr;
    wxChoice* m_parameter = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxButton* m_start = nullptr;
    wxListCtrl* m_list = nullptr;
    JobView m_job;
};

} // namespace gui
