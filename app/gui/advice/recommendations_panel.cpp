#include "advice/recommendations_panel.hpp"

#include "common/wx_util.hpp"
#include "help/help_dialog.hpp"

#include "core/answers/records.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

RecommendationsPanel::RecommendationsPanel(wxWindow* parent, core::Language lang) : wxPanel(parent), m_lang(lang)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(400, 260)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_details = detailsBox(this, 180);
    // What the list's marks and columns mean, beside it (the glossary has it too).
    auto* note = new wxStaticText(this, wxID_ANY,
                                  wx(lang, tx("Most urgent first. * before a title: one of the seven main recommendations of "
                                              "its source. For: who takes it up. Choose a row to read why it applies to "
                                              "this round.")));
    m_add = new wxButton(this, wxID_ADD, wx(lang, tx("&Add to the action plan")));
    m_add->Disable();
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(note, 1, wxRIGHT, 8);
    top->Add(helpButton(this, lang, HelpTopic::Glossary), 0, wxALIGN_TOP);
    sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    sizer->Add(m_list, 3, wxEXPAND | wxALL, 8);
    sizer->Add(m_details, 2, wxEXPAND | wxLEFT | wxRIGHT, 8);
    sizer->Add(m_add, 0, wxALL, 8);
    SetSizer(sizer);
    keepWrapped(note, this, 140); // the "?" beside it
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { select(e.GetIndex()); });
    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!m_presenter || m_selected < 0)
            return;
        if (!m_presenter->addToPlan(static_cast<std::size_t>(m_selected)))
            wxMessageBox(message(m_presenter->error()), "Samenspel", wxOK | wxICON_INFORMATION, this);
        select(m_selected);
        if (m_planChanged)
            m_planChanged();
    });
}

void RecommendationsPanel::show(std::shared_ptr<AdvicePresenter> presenter)
{
    m_presenter = std::move(presenter);
    fillList(m_list, m_presenter->recommendations(), 800); // a title in full where the window has room
    m_selected = -1;
    m_details->Clear();
    m_add->Disable();
    if (m_presenter->count() > 0) {
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        select(0);
    }
}

void RecommendationsPanel::clear()
{
    m_presenter.reset();
    m_list->ClearAll();
    m_details->Clear();
    m_selected = -1;
    m_add->Disable();
}

void RecommendationsPanel::select(long row)
{
    m_selected = row;
    const auto index = static_cast<std::size_t>(row);
    m_details->SetValue(wx(m_presenter->details(index)));
    m_add->Enable(!m_presenter->inPlan(index));
    m_add->SetLabel(m_presenter->inPlan(index) ? wx(m_lang, tx("Already in the action plan")) : wx(m_lang, tx("&Add to the action plan")));
}

} // namespace gui
