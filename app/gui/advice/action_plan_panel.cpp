#include "advice/action_plan_panel.hpp"

#include "advice/action_dialog.hpp"
#include "common/wx_util.hpp"

#include "core/answers/records.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <iterator>

namespace gui {

using core::tx;

ActionPlanPanel::ActionPlanPanel(wxWindow* parent, core::Language lang) : wxPanel(parent), m_lang(lang)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_hint = new wxStaticText(this, wxID_ANY, "");
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(400, 300)), wxLC_REPORT | wxLC_SINGLE_SEL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_status = new wxChoice(this, wxID_ANY);
    m_apply = new wxButton(this, wxID_APPLY, wx(lang, tx("&Set status")));
    row->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("Status of the chosen action:"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    row->Add(m_status, 0, wxRIGHT, 8);
    row->Add(m_apply, 0, wxRIGHT, 24);
    m_edit = new wxButton(this, wxID_EDIT, wx(lang, tx("&Change the action...")));
    row->Add(m_edit);
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editSelected(); }); // Enter or a double click
    // The status box shows the chosen action's status, ready to be changed.
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { followSelection(e.GetIndex()); });
    // The chosen action in full (the list shortens long texts), and what its columns mean.
    m_details = detailsBox(this, 150);
    auto* note = new wxStaticText(this, wxID_ANY,
                                  wx(lang, tx("Owner: which board carries the action out. Responsible: the role or "
                                              "function that answers for it (never a person's name). Since the previous "
                                              "round: how the scores the action aims at have moved.")));
    keepWrapped(note, this, 16);
    sizer->Add(m_hint, 0, wxALL, 8);
    sizer->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    sizer->Add(m_list, 3, wxEXPAND | wxLEFT | wxRIGHT, 8);
    sizer->Add(m_details, 2, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    sizer->Add(row, 0, wxALL, 8);
    SetSizer(sizer);
    m_apply->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const long item = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (!m_presenter || item < 0 || m_status->GetSelection() < 0)
            return;
        const auto status = core::kActionStatuses[static_cast<std::size_t>(m_status->GetSelection())];
        if (!m_presenter->setStatus(static_cast<std::size_t>(item), status))
            wxMessageBox(message(m_presenter->error()), "Samenspel", wxOK | wxICON_WARNING, this);
        show(m_presenter, item);
    });
}

void ActionPlanPanel::followSelection(long item)
{
    if (!m_presenter || item < 0 || static_cast<std::size_t>(item) >= m_presenter->actionCount())
        return;
    m_details->SetValue(wx(m_presenter->actionDetails(static_cast<std::size_t>(item))));
    const auto& status = m_presenter->action(static_cast<std::size_t>(item)).status;
    const auto& all = core::kActionStatuses;
    const auto at = std::find(std::begin(all), std::end(all), status);
    if (at != std::end(all))
        m_status->SetSelection(static_cast<int>(at - std::begin(all)));
}

void ActionPlanPanel::editSelected()
{
    const long item = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (!m_presenter || item < 0)
        return;
    ActionDialog dialog(this, m_lang, m_presenter->action(static_cast<std::size_t>(item)), m_presenter->ownerLabels(),
                        m_presenter->statusLabels());
    // On a problem the dialog opens again with what was typed: nothing is lost.
    while (dialog.ShowModal() == wxID_OK) {
        if (m_presenter->updateAction(dialog.changed())) {
            show(m_presenter, item);
            return;
        }
        wxMessageBox(message(m_presenter->error()), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void ActionPlanPanel::clear()
{
    m_presenter.reset();
    m_list->ClearAll();
    m_details->Clear();
    m_hint->SetLabel("");
    m_apply->Disable();
    m_edit->Disable();
}

void ActionPlanPanel::show(std::shared_ptr<AdvicePresenter> presenter, long select)
{
    m_presenter = std::move(presenter);
    fillList(m_list, m_presenter->plan(), 800); // an action in full where the window has room
    m_status->Clear();
    for (const auto& label : m_presenter->statusLabels())
        m_status->Append(wx(label));
    m_status->SetSelection(0);
    const bool empty = m_presenter->actionCount() == 0;
    m_details->Clear();
    m_hint->SetLabel(empty ? wx(m_lang, tx("No actions have been agreed yet. Add them from the Recommendations page."))
                           : wxString());
    m_apply->Enable(!empty);
    m_edit->Enable(!empty);
    // The action worked on stays chosen (the first, when none was).
    if (!empty) {
        const long row = select >= 0 && select < m_list->GetItemCount() ? select : 0;
        m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        followSelection(row);
    }
    Layout();
}

} // namespace gui
