#pragma once
// The Action plan page: the plan with the progress since the previous round, and status changes.
// It shows the same AdvicePresenter as the Recommendations page.

#include "advice/advice_presenter.hpp"

#include <wx/panel.h>

#include <functional>
#include <memory>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace gui {

class ActionPlanPanel : public wxPanel {
public:
    ActionPlanPanel(wxWindow* parent, core::Language lang);
    /// The plan, with the action at row `select` chosen (the first when -1).
    void show(std::shared_ptr<AdvicePresenter> presenter, long select = -1);
    void clear();

private:
    core::Language m_lang;
    std::shared_ptr<AdvicePresenter> m_presenter;
    wxStaticText* m_hint = nullptr;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_details = nullptr; ///< the chosen action in full
    wxChoice* m_status = nullptr;
    wxButton* m_apply = nullptr;
    wxButton* m_edit = nullptr;

    void editSelected();
    /// The status box shows the status of the action at `item`.
    void followSelection(long item);
};

} // namespace gui
