#pragma once
// The Recommendations page (ranked, with the figures behind each, "add to the action plan") and
// the Action plan page (the plan with progress since the previous round, status changes). Both
// show one AdvicePresenter, so an action added on one page is on the other at once.

#include "advice/advice_presenter.hpp"

#include <wx/panel.h>

#include <functional>
#include <memory>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;

namespace gui {

class RecommendationsPanel : public wxPanel {
public:
    RecommendationsPanel(wxWindow* parent, core::Language lang);
    void show(std::shared_ptr<AdvicePresenter> presenter);
    void clear();
    void onPlanChanged(std::function<void()> callback) { m_planChanged = std::move(callback); }

private:
    void select(long row);

    core::Language m_lang;
    std::shared_ptr<AdvicePresenter> m_presenter;
    std::function<void()> m_planChanged;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_details = nullptr;
    wxButton* m_add = nullptr;
    long m_selected = -1;
};

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
