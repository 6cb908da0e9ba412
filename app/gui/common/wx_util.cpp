#include "common/wx_util.hpp"

#include <wx/dcclient.h>
#include <wx/gdicmn.h>
#include <wx/dcmemory.h>
#include <wx/listctrl.h>

#include <algorithm>

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
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        list->SetColumnWidth(c, wxLIST_AUTOSIZE);
        const int content = list->GetColumnWidth(c);
        list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
        list->SetColumnWidth(c, std::min(std::max(content, list->GetColumnWidth(c)), list->FromDIP(maxColumnWidth)));
    }
}

void fitListHeight(wxListCtrl* list)
{
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

wxSize screenShare(wxWindow* window, int widthDip)
{
    const wxRect screen = wxGetClientDisplayRect();
    return wxSize(std::min(window->FromDIP(widthDip), screen.width * 9 / 10), screen.height * 85 / 100);
}

} // namespace gui
