#include "common/wx_util.hpp"

#include <wx/artprov.h>
#include <wx/dcclient.h>
#include <wx/gdicmn.h>
#include <wx/dcmemory.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <memory>

namespace gui {

bool saveScreenshot(wxWindow* window, const wxString& file)
{
    // Paint everything now: without a compositor, a part not yet repainted would still show
    // what an earlier window left on the screen.
    window->Refresh();
    window->Update();
    const wxSize size = window->GetClientSize();
    wxBitmap bitmap(size);
    wxMemoryDC memory(bitmap);
    wxClientDC screen(window);
    memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    memory.SelectObject(wxNullBitmap);
    return bitmap.SaveFile(file, wxBITMAP_TYPE_PNG);
}
namespace {

/// A list's columns as wide as their texts want (kept with the list, for fitColumns).
class NaturalWidths : public wxClientData {
public:
    std::vector<int> widths;
    bool sizedToColumns = false; ///< fitListHeight: the list is as wide as its columns
};

/// The part of a list that shows its rows (wxGTK draws lists itself, inside the control).
wxWindow* rowArea(wxListCtrl* list)
{
    for (wxWindow* child : list->GetChildren())
        if (wxString(child->GetClassInfo()->GetClassName()) == "wxListMainWindow")
            return child;
    return list;
}

/// Narrows the widest columns, never below 120 px, until every column fits the list's width: the
/// last column is then on screen, not behind a scrollbar nobody notices.
void fitColumns(wxListCtrl* list)
{
    const auto* natural = dynamic_cast<NaturalWidths*>(list->GetClientObject());
    if (!natural || natural->sizedToColumns || natural->widths.size() != static_cast<std::size_t>(list->GetColumnCount()))
        return;
    const auto& widths = natural->widths;
    // Room kept for a scrollbar that may appear when rows are added.
    const int room = std::min(rowArea(list)->GetClientSize().x, list->GetClientSize().x - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, list)) -
                     list->FromDIP(12);
    int total = 0;
    for (const int w : widths)
        total += w;
    // The largest cap c with sum(min(w, c)) <= room ("water filling" from the widest down).
    int cap = total <= room ? *std::max_element(widths.begin(), widths.end()) : 0;
    if (total > room) {
        std::vector<int> sorted(widths);
        std::sort(sorted.begin(), sorted.end());
        int below = 0; // the sum of the columns narrower than the cap
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const int wider = static_cast<int>(sorted.size() - i);
            const int c = (room - below) / wider;
            if (c <= sorted[i]) {
                // Never so narrow that an amount or a name becomes unreadable: past that, the
                // list scrolls sideways (its scrollbar shows).
                cap = std::max(c, list->FromDIP(120));
                break;
            }
            below += sorted[i];
        }
    }
    for (int c = 0; c < list->GetColumnCount(); ++c)
        if (const int width = std::min(widths[static_cast<std::size_t>(c)], cap); list->GetColumnWidth(c) != width)
            list->SetColumnWidth(c, width);
}

} // namespace

void fillList(wxListCtrl* list, const reports::Table& table, int maxColumnWidth)
{
    list->ClearAll();
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        list->AppendColumn(wx(table.columns[c].header),
                           table.columns[c].rightAligned ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                           list->FromDIP(110));
    long row = 0;
    for (const auto& cells : table.rows) {
        const long item = list->InsertItem(row++, cells.empty() ? wxString() : wx(reports::cellText(cells.front(), table.decimalSeparator)));
        for (std::size_t c = 1; c < cells.size(); ++c)
            list->SetItem(item, static_cast<int>(c), wx(reports::cellText(cells[c], table.decimalSeparator)));
    }
    // Each column as wide as its header or its longest text, but no wider than the maximum.
    auto* natural = new NaturalWidths;
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        list->SetColumnWidth(c, wxLIST_AUTOSIZE);
        const int content = list->GetColumnWidth(c);
        list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
        natural->widths.push_back(std::min(std::max(content, list->GetColumnWidth(c)), list->FromDIP(maxColumnWidth)));
        list->SetColumnWidth(c, natural->widths.back());
    }
    const bool first = list->GetClientObject() == nullptr;
    list->SetClientObject(natural);
    if (first)
        list->Bind(wxEVT_SIZE, [list](wxSizeEvent& e) {
            e.Skip();
            list->CallAfter([list] { fitColumns(list); }); // once the list has placed its rows
        });
    fitColumns(list);
}

void fitListHeight(wxListCtrl* list)
{
    auto* natural = dynamic_cast<NaturalWidths*>(list->GetClientObject());
    if (natural && natural->widths.size() == static_cast<std::size_t>(list->GetColumnCount())) {
        natural->sizedToColumns = true;
        for (int c = 0; c < list->GetColumnCount(); ++c)
            list->SetColumnWidth(c, natural->widths[static_cast<std::size_t>(c)]);
    }
    int width = 0;
    for (int c = 0; c < list->GetColumnCount(); ++c)
        width += list->GetColumnWidth(c);
    wxRect row(0, 0, 0, list->FromDIP(24));
    if (list->GetItemCount() > 0)
        list->GetItemRect(0, row);
    const int header = list->HasFlag(wxLC_NO_HEADER) ? 0 : list->FromDIP(32);
    const wxSize size(width + list->FromDIP(6), header + row.height * list->GetItemCount() + list->FromDIP(6));
    list->SetMinSize(size);
    list->SetSize(size);
}

void tabLeaves(wxWindow* text)
{
    text->Bind(wxEVT_KEY_DOWN, [text](wxKeyEvent& e) {
        if (e.GetKeyCode() != WXK_TAB || e.ControlDown() || e.AltDown()) {
            e.Skip();
            return;
        }
        text->Navigate(e.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
    });
}

wxTextCtrl* detailsBox(wxWindow* parent, int heightDip)
{
    auto* box = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, parent->FromDIP(wxSize(400, heightDip)),
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    tabLeaves(box);
    return box;
}

void keepWrapped(wxStaticText* note, wxWindow* within, int marginDip)
{
    const wxString text = note->GetLabel();
    auto width = std::make_shared<int>(0);
    within->Bind(wxEVT_SIZE, [=](wxSizeEvent& e) {
        e.Skip();
        const int now = std::max(within->FromDIP(160), within->GetClientSize().x - within->FromDIP(marginDip));
        if (now == *width)
            return;
        *width = now;
        note->SetLabel(text);
        note->Wrap(now);
        within->CallAfter([within] { within->Layout(); });
    });
}

wxSize screenShare(wxWindow* window, int widthDip)
{
    const wxRect screen = wxGetClientDisplayRect();
    return wxSize(std::min(window->FromDIP(widthDip), screen.width * 9 / 10), screen.height * 85 / 100);
}

wxIconBundle programIcons()
{
    // On GTK the art provider looks a name it does not know up in the icon theme, where the
    // package puts the icon under the desktop id (SAMENSPEL_APP_ID, from CMake).
    wxIconBundle icons;
    for (const int size : {16, 32, 48, 128}) {
        const wxIcon icon = wxArtProvider::GetIcon(SAMENSPEL_APP_ID, wxART_FRAME_ICON, wxSize(size, size));
        if (icon.IsOk())
            icons.AddIcon(icon);
    }
    return icons;
}

} // namespace gui
