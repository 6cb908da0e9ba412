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
    void show(std::shared_ptr<AdvicePresenter> presenter);
    void clear();

private:
    core::Language m_lang;
    std::shared_ptr<AdvicePresenter> m_presenter;
    wxStaticText* m_hint = nullptr;
    wxListCtrl* m_list = nullptr;
    wxChoice* m_status = nullptr;
    wxButton* m_apply = nullptr;
    wxButton* m_edit = nullptr;

    void editSelected();
};

} // namespace gui
