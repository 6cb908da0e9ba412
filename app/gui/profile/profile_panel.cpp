#include "profile/profile_panel.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "profile/profile_presenter.hpp"
#include "common/wx_util.hpp"

#include "db/database.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cstdlib>

namespace gui {

using core::tx;

ProfilePanel::ProfilePanel(wxWindow* parent, core::Language lang) : wxScrolledWindow(parent), m_lang(lang)
{
    SetBackgroundColour(*wxWHITE);
    SetScrollRate(20, 20); // across too: a board's answers per party make a wide table
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    m_title = new wxStaticText(this, wxID_ANY, "");
    wxFont big = m_title->GetFont();
    big.SetWeight(wxFONTWEIGHT_BOLD);
    big.SetPointSize(big.GetPointSize() + 2);
    m_title->SetFont(big);
    m_editButton = new wxButton(this, wxID_EDIT, wx(lang, tx("&Edit organisation...")));
    m_modulesButton = new wxButton(this, wxID_ANY, wx(lang, tx("&Modules of this round...")));
    top->Add(m_title, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 16);
    top->Add(m_editButton, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    top->Add(m_modulesButton, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxALL, 12);
    m_facts = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_NO_HEADER | wxBORDER_THEME);
    sizer->Add(m_facts, 0, wxLEFT | wxRIGHT, 12);
    m_model = new wxStaticText(this, wxID_ANY, "");
    wxFont bold = m_model->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    m_model->SetFont(bold);
    sizer->Add(m_model, 0, wxALL, 12);
    m_profileTitle = new wxStaticText(this, wxID_ANY, "");
    setHeading(m_profileTitle, wx(lang, tx("Structural profile")), true);
    sizer->Add(m_profileTitle, 0, wxLEFT | wxRIGHT, 12);
    m_note = new wxStaticText(this, wxID_ANY, "");
    sizer->Add(m_note, 0, wxALL, 12);
    m_profile = new wxPanel(this);
    m_profile->SetBackgroundColour(*wxWHITE);
    sizer->Add(m_profile, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(sizer);
    m_editButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_edit && m_organisation != 0)
            m_edit(m_organisation);
    });
    m_modulesButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_modules && m_round != 0)
            m_modules(m_round);
    });
    // The texts take the width the page has: a round is often shown while the page is hidden, at
    // another width than the one it will have, so they are wrapped anew when that changes.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (m_shown && !m_pending && std::abs(GetClientSize().x - m_width) > FromDIP(20)) {
            m_pending = true;
            CallAfter([this] {
                m_pending = false;
                if (m_shown)
                    layOut();
            });
        }
    });
    clear();
}

void ProfilePanel::layOut()
{
    m_width = GetClientSize().x;
    const int text = std::min(FromDIP(900), m_width - FromDIP(40));
    m_model->SetLabel(m_modelText);
    m_model->Wrap(text);
    m_note->SetLabel(m_noteText);
    m_note->Wrap(text);
    showProfile(*m_shown);
    FitInside();
    Layout();
}

void ProfilePanel::clear()
{
    m_organisation = 0;
    m_title->SetLabel("");
    m_model->SetLabel("");
    m_note->SetLabel("");
    m_facts->ClearAll();
    m_shown.reset();
    m_profile->DestroyChildren();
    m_editButton->Disable();
    m_round = 0;
    m_modulesButton->Disable();
    m_profileTitle->Hide();
}

void ProfilePanel::showProfile(const reports::Table& table)
{
    // Texts that wrap, not a list: the questions are long, and a board reads them in full.
    m_profile->DestroyChildren();
    auto* grid = new wxFlexGridSizer(static_cast<int>(table.columns.size()), FromDIP(wxSize(18, 8)));
    // The page's width shared out; with many parties the table is wider and the page scrolls.
    const int room = GetClientSize().x - FromDIP(40);
    const int columns = static_cast<int>(std::max<std::size_t>(table.columns.size(), 2));
    const int questionWidth = std::max(FromDIP(300), room * 32 / 100);
    const int answerWidth = std::max(FromDIP(140), (room - questionWidth) / (columns - 1) - FromDIP(18));
    const auto add = [&](const std::string& text, std::size_t column, bool bold, bool alert) {
        // Bold through markup, not the font: GTK measures a label on a hidden page with the font
        // of the markup only, and a bold font set on it would be cut off.
        // Wrapped as plain text first (wxWidgets wraps no markup), a tenth narrower where it will
        // be bold; then the wrapped lines are marked up.
        auto* label = new wxStaticText(m_profile, wxID_ANY, wxControl::EscapeMnemonics(wx(text)));
        const int width = column == 0 ? questionWidth : answerWidth;
        label->Wrap(bold || alert ? width * 9 / 10 : width);
        if (bold || alert) {
            const wxString escaped = markupEscaped(label->GetLabelText());
            label->SetLabelMarkup(alert ? "<b><span foreground='#b41e1e'>" + escaped + "</span></b>" : "<b>" + escaped + "</b>");
        }
        grid->Add(label);
    };
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        add(table.columns[c].header, c, true, false);
    const auto same = static_cast<std::size_t>(std::find_if(table.columns.begin(), table.columns.end(), [](const reports::Column& c) {
                                                   return c.key == "same";
                                               }) - table.columns.begin());
    for (const auto& row : table.rows) {
        const bool differ = same < row.size() && !row[same].text.empty() && row[same].text != wx(m_lang, tx("yes")).utf8_string();
        for (std::size_t c = 0; c < row.size(); ++c)
            add(row[c].text, c, false, differ && c == same);
    }
    m_profile->SetSizerAndFit(grid);
}

void ProfilePanel::show(const db::Database& db, core::Id round)
{
    try {
        const ProfilePresenter p(db, round, m_lang);
        m_organisation = p.organisation().id;
        m_title->SetLabel(wx(p.title()));
        m_editButton->Enable();
        m_round = round;
        m_modulesButton->Enable();
        fillList(m_facts, p.facts(), 900); // a fact in full: the list sizes itself to it
        fitListHeight(m_facts);
        m_modelText = wx(p.organisationModel());
        m_profileTitle->Show();
        m_noteText = wx(p.profileNote());
        m_shown = p.profile();
        layOut();
    } catch (const core::Error& e) {
        clear();
        m_title->SetLabel(message(app::describeError(e, m_lang).text));
        FitInside();
        Layout();
    }
}

} // namespace gui
