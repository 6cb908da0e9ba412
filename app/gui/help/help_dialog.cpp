#include "help/help_dialog.hpp"

#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include <algorithm>
#include <functional>

namespace gui {

HelpDialog::HelpDialog(wxWindow* parent, core::Language lang, HelpTopic topic, const wxMenuBar* menu)
    : wxDialog(parent, wxID_ANY, wx(lang, core::tx("Samenspel help")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    const HelpPresenter help(lang);
    const auto shortcuts = shortcutsOf(menu);
    m_tabs = new wxNotebook(this, wxID_ANY);
    auto* close = new wxButton(this, wxID_CLOSE, wx(lang, core::tx("&Close")));
    for (const auto t : kHelpTopics) {
        auto* html = new wxHtmlWindow(m_tabs, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
        // Text as large as the rest of the program, a little larger than wxHtmlWindow's default.
        const int size = std::max(11, wxNORMAL_FONT->GetPointSize() + 1);
        html->SetStandardFonts(size);
        html->SetPage(wx(help.page(t, shortcuts)));
        // Tab goes on to the Close button, Shift+Tab back to the tabs (a notebook's page would
        // otherwise keep the focus to itself).
        html->Bind(wxEVT_KEY_DOWN, [this, close](wxKeyEvent& e) {
            if (e.GetKeyCode() != WXK_TAB || e.ControlDown() || e.AltDown()) {
                e.Skip();
                return;
            }
            if (e.ShiftDown())
                m_tabs->SetFocus();
            else
                close->SetFocus();
        });
        m_tabs->AddPage(html, wx(help.title(t)), t == topic);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_tabs, 1, wxEXPAND | wxALL, 8);
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    SetEscapeId(wxID_CLOSE);
    sizer->Add(close, 0, wxALIGN_RIGHT | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);
    // Large enough to read a page at once, never larger than the screen it opens on.
    const int display = parent ? wxDisplay::GetFromWindow(parent) : wxNOT_FOUND;
    const wxRect screen = wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
    const wxSize wanted = FromDIP(wxSize(900, 680));
    SetSize(std::min(wanted.x, screen.width - 40), std::min(wanted.y, screen.height - 40));
    CentreOnParent();
    m_tabs->GetCurrentPage()->SetFocus();
}

wxButton* helpButton(wxWindow* parent, core::Language lang, HelpTopic topic)
{
    auto* button = new wxButton(parent, wxID_ANY, wx(lang, core::tx("? &Glossary")), wxDefaultPosition, wxDefaultSize,
                                wxBU_EXACTFIT);
    button->SetToolTip(wx(lang, core::tx("What the terms, abbreviations and marks on this page mean (Help > Glossary)")));
    button->Bind(wxEVT_BUTTON, [button, lang, topic](wxCommandEvent&) {
        auto* frame = dynamic_cast<wxFrame*>(wxGetTopLevelParent(button));
        HelpDialog help(wxGetTopLevelParent(button), lang, topic, frame ? frame->GetMenuBar() : nullptr);
        help.ShowModal();
    });
    return button;
}

std::vector<Shortcut> HelpDialog::shortcutsOf(const wxMenuBar* menu)
{
    std::vector<Shortcut> out;
    if (!menu)
        return out;
    const std::function<void(const wxMenu*)> walk = [&](const wxMenu* m) {
        for (const wxMenuItem* item : m->GetMenuItems()) {
            if (item->GetSubMenu())
                walk(item->GetSubMenu());
            const wxAcceleratorEntry* accel = item->GetAccel();
            if (accel && accel->IsOk())
                out.push_back({accel->ToString().utf8_string(), wxMenuItem::GetLabelText(item->GetItemLabel()).utf8_string()});
            delete accel;
        }
    };
    // Each with the menu it is in, as the user will look for it: "Bestand > Nieuw...".
    for (std::size_t i = 0; i < menu->GetMenuCount(); ++i) {
        const std::size_t before = out.size();
        walk(menu->GetMenu(i));
        const auto title = menu->GetMenuLabelText(i).utf8_string();
        for (std::size_t j = before; j < out.size(); ++j)
            out[j].action = title + " > " + out[j].action;
    }
    return out;
}

} // namespace gui
