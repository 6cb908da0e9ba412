#include "workshop/workshop_frame.hpp"
#include "error_text.hpp"

#include "common/background_job.hpp"
#include "reports/charts.hpp"
#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cstdlib>

namespace gui {

using core::tx;

WorkshopFrame::WorkshopFrame(wxWindow* parent, db::Database& db, core::Id round, core::Role role, core::Language lang)
    : wxFrame(parent, wxID_ANY, "Samenspel"), m_session(db, round, role, lang), m_lang(lang)
{
    m_panel = new wxPanel(this);
    m_panel->SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* code = new wxStaticText(m_panel, wxID_ANY, wx(core::tr(lang, tx("Your code: {0} (no name needed)"), {m_session.code()})));
    m_progress = new wxStaticText(m_panel, wxID_ANY, "");
    top->Add(code, 1, wxALL, 16);
    top->Add(m_progress, 0, wxALL, 16);
    m_gauge = new wxGauge(m_panel, wxID_ANY, static_cast<int>(std::max<std::size_t>(1, m_session.total())));
    m_statement = new wxStaticText(m_panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    wxFont big = m_statement->GetFont();
    big.SetPointSize(24);
    m_statement->SetFont(big);
    m_buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* back = new wxButton(m_panel, wxID_BACKWARD, wx(lang, tx("Previous question")));
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_session.back();
        show();
    });
    sizer->Add(top, 0, wxEXPAND);
    sizer->Add(m_gauge, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
    sizer->AddStretchSpacer(1);
    sizer->Add(m_statement, 0, wxEXPAND | wxALL, 40);
    sizer->Add(m_buttons, 0, wxALIGN_CENTER | wxALL, 20);
    sizer->AddStretchSpacer(1);
    sizer->Add(back, 0, wxALL, 16);
    m_panel->SetSizer(sizer);
    Bind(wxEVT_CHAR_HOOK, &WorkshopFrame::OnKey, this);
    show();
}

void WorkshopFrame::show()
{
    m_buttons->Clear(true);
    m_gauge->SetValue(static_cast<int>(m_session.position()));
    if (m_session.finished()) {
        m_progress->SetLabel("");
        m_statement->SetLabel(wx(m_lang, tx("Thank you. Your answers have been saved; you can hand over to the next person.")));
        auto* done = new wxButton(m_panel, wxID_CLOSE, wx(m_lang, tx("Close")));
        done->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
        m_buttons->Add(done, 0, wxALL, 8);
    } else {
        m_progress->SetLabel(wx(m_session.progressText()));
        m_statement->SetLabel(wx(m_session.questionText()));
        const auto choices = m_session.choices();
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const bool likert = choices.size() == 6;
            const std::string key = likert && i < 5 ? std::to_string(i + 1) + "  " : "";
            auto* button = new wxButton(m_panel, wxID_ANY, wx(key + choices[i]), wxDefaultPosition, FromDIP(wxSize(-1, 56)));
            button->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { choose(i); });
            m_buttons->Add(button, 0, wxALL, 6);
        }
    }
    m_statement->Wrap(FromDIP(900));
    m_panel->Layout();
}

void WorkshopFrame::choose(std::size_t index)
{
    m_session.answer(index);
    if (m_session.finished() && m_onFinished)
        m_onFinished();
    show();
}

void WorkshopFrame::OnKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    const auto choices = m_session.choices();
    if (key == WXK_ESCAPE)
        Close();
    else if (choices.size() == 6 && key >= '1' && key <= '5')
        choose(static_cast<std::size_t>(key - '1'));
    else if (!choices.empty() && (key == '0' || key == 'W' || key == 'w'))
        choose(choices.size() - 1); // weet niet
    else
        event.Skip();
}

} // namespace gui
