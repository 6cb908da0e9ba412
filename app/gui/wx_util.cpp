#include "wx_util.hpp"

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/listctrl.h>

namespace gui {

bool saveScreenshot(wxWindow* window, const wxString& file)
{
    window->Update();
    const wxSize size = window->GetClientSize();
    wxBitmap bitmap(size);
    wxMemoryDC memory(bitmap);
    wxClientDC screen(window);
    memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    memory.SelectObject(wxNullBitmap);
    return bitmap.SaveFile(file, wxBITMAP_TYPE_PNG);
}
void fillList(wxListCtrl* list, const reports::Table& table)
{
    list->ClearAll();
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        list->AppendColumn(wx(table.columns[c].header),
                           table.columns[c].rightAligned ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                           c == 0 ? list->FromDIP(200) : list->FromDIP(110));
    long row = 0;
    for (const auto& cells : table.rows) {
        const long item = list->InsertItem(row++, cells.empty() ? wxString() : wx(cells.front().text));
        for (std::size_t c = 1; c < cells.size(); ++c)
            list->SetItem(item, static_cast<int>(c), wx(cells[c].text));
    }
}

} // namespace gui
