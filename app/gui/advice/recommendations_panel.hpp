#pragma once
// The Recommendations page: ranked, with the figures behind each, and "add to the action plan". It
// shows the same AdvicePresenter as the Action plan page, so an action added here is there at once.

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

} // namespace gui
