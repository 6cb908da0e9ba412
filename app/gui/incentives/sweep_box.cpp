#include "incentives/sweep_box.hpp"

#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

using core::tx;

SweepBox::SweepBox(wxWindow* parent, core::Language lang, std::function<std::unique_ptr<SweepPresenter>()> source)
    : wxPanel(parent), m_lang(lang), m_source(std::move(source)), m_job(this, lang, 100)
{
    SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, "");
    setHeading(title, wx(lang, tx("Where does the stance turn?")), true);
    sizer->Add(title, 0, wxBOTTOM, 4);
    m_intro = new wxStaticText(this, wxID_ANY, wx(lang, tx("Move one figure over a range, in the scenario above, and see "
                                                           "at which value a party turns for or against the theme.")));
    sizer->Add(m_intro, 0, wxBOTTOM, 6);
    m_parameter = new wxChoice(this, wxID_ANY);
    sizer->Add(m_parameter, 0, wxBOTTOM, 6);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_from = new wxTextCtrl(this, wxID_ANY, "0", wxDefaultPosition, FromDIP(wxSize(60, -1)));
    m_to = new wxTextCtrl(this, wxID_ANY, "100", wxDefaultPosition, FromDIP(wxSize(60, -1)));
    m_start = new wxButton(this, wxID_ANY, wx(lang, tx("&Find the turning points")));
    row->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("from (%)"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    row->Add(m_from, 0, wxRIGHT, 8);
    row->Add(new wxStaticText(this, wxID_ANY, wx(lang, tx("to (%)"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    row->Add(m_to, 0, wxRIGHT, 8);
    row->Add(m_start, 0, wxRIGHT, 8);
    row->Add(m_job.cancelButton(), 0, wxRIGHT, 8);
    row->Add(m_job.gauge(), 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(row, 0, wxBOTTOM, 6);
    sizer->Add(m_job.status(), 0, wxBOTTOM, 6);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxBORDER_THEME);
    sizer->Add(m_list, 0, wxEXPAND | wxBOTTOM, 6); // as wide as the box: its columns fit (fillList)
    SetSizer(sizer);
    m_start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_parameter->GetSelection() != wxNOT_FOUND)
            run(static_cast<std::size_t>(m_parameter->GetSelection()), m_from->GetValue(), m_to->GetValue());
    });
    m_list->Hide();
}

void SweepBox::wrapTo(int width)
{
    m_intro->SetLabel(wx(m_lang, tx("Move one figure over a range, in the scenario above, and see at which value a party "
                                    "turns for or against the theme.")));
    m_intro->Wrap(width);
    m_job.wrapStatusAt(width);
}

void SweepBox::refresh()
{
    // Another round or other figures: the turning points shown no longer apply.
    if (!m_job.running()) {
        m_list->Hide();
        m_job.setStatus("");
    }
    const int chosen = m_parameter->GetSelection();
    m_parameter->Clear();
    const auto presenter = m_source();
    if (presenter)
        for (const auto& label : presenter->labels())
            m_parameter->Append(wx(label));
    m_parameter->SetSelection(presenter ? std::max(chosen, 0) : wxNOT_FOUND);
    m_start->Enable(presenter != nullptr && !m_job.running());
}

void SweepBox::run(std::size_t parameter, const wxString& from, const wxString& to)
{
    if (m_job.running())
        return;
    auto presenter = m_source();
    if (!presenter)
        return;
    m_parameter->SetSelection(static_cast<int>(parameter));
    auto result = std::make_shared<core::SweepResult>();
    auto work = presenter->job(parameter, from.utf8_string(), to.utf8_string(), result);
    if (!work) {
        wxMessageBox(wx(presenter->error()), "Samenspel", wxOK | wxICON_WARNING, this);
        return;
    }
    m_presenter = std::move(presenter);
    m_result = result;
    m_start->Disable();
    m_job.start(std::move(*work), wx(m_lang, tx("Computing...")), wx(m_lang, tx("Cancelled.")),
                [this](BackgroundJob::State state) {
                    m_start->Enable();
                    const bool found = state == BackgroundJob::State::Done && !m_result->breakEvens.empty();
                    m_list->Show(found);
                    if (found) {
                        fillList(m_list, m_presenter->breakEvens(*m_result));
                        fitListHeight(m_list);
                    }
                    GetParent()->Layout();
                    GetParent()->FitInside();
                });
}

} // namespace gui
