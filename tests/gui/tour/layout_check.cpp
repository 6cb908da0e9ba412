#include "layout_check.hpp"

#include "gtk_probe.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/treectrl.h>

namespace gui {

namespace {

constexpr int kSlack = 2; // pixels of rounding

/// The control as a person would find it: its class and its text.
std::string describe(const wxWindow* w)
{
    std::string out = wxString(w->GetClassInfo()->GetClassName()).utf8_string();
    wxString text = w->GetLabel();
    if (text.empty())
        text = w->GetName();
    text.Replace("\n", " ");
    if (text.length() > 60)
        text = text.Left(57) + "...";
    if (!text.empty())
        out += " '" + text.utf8_string() + "'";
    for (const wxWindow* p = w->GetParent(); p && !p->IsTopLevel(); p = p->GetParent())
        if (auto label = p->GetLabel(); !label.empty() && label.length() < 40) {
            out += " in '" + label.utf8_string() + "'";
            break;
        }
    return out;
}

/// The generic list's inner window that scrolls (wxGTK draws lists itself).
const wxWindow* listArea(const wxListCtrl* list)
{
    for (const wxWindow* child : list->GetChildren())
        if (wxString(child->GetClassInfo()->GetClassName()) == "wxListMainWindow")
            return child;
    return list;
}

bool scrollsHorizontally(const wxWindow* w)
{
    return w->GetScrollRange(wxHORIZONTAL) > w->GetScrollThumb(wxHORIZONTAL);
}

void checkList(const wxListCtrl* list, std::vector<std::string>& out)
{
    if (!list->InReportView())
        return;
    const wxWindow* area = listArea(list);
    int right = 0;
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        const int width = list->GetColumnWidth(c);
        wxListItem column;
        column.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(c, column);
        if (width <= kSlack)
            out.push_back(describe(list) + ": column '" + column.GetText().utf8_string() + "' has no width");
        right += width;
        if (right > area->GetClientSize().x + kSlack && !scrollsHorizontally(area)) {
            out.push_back(describe(list) + ": column '" + column.GetText().utf8_string() + "' ends at " +
                          std::to_string(right) + " px of " + std::to_string(area->GetClientSize().x) +
                          " and the list cannot scroll there");
            return;
        }
    }
}

void checkTree(wxTreeCtrl* tree, std::vector<std::string>& out)
{
    const int width = tree->GetClientSize().x;
    for (auto item = tree->GetFirstVisibleItem(); item.IsOk(); item = tree->GetNextVisible(item)) {
        wxRect rect;
        if (tree->GetBoundingRect(item, rect, true) && rect.GetRight() > width + kSlack)
            out.push_back(describe(tree) + ": the name '" + tree->GetItemText(item).utf8_string() + "' is cut off at " +
                          std::to_string(width) + " px (it needs " + std::to_string(rect.GetRight()) + ")");
    }
}

/// A label or button narrower than its own text shows part of it. (A list to choose from may show
/// its choice shortened: opened, it shows every option in full.)
void checkText(const wxWindow* w, std::vector<std::string>& out)
{
    const bool text = dynamic_cast<const wxStaticText*>(w) && !w->HasFlag(wxST_ELLIPSIZE_END) &&
                      !w->HasFlag(wxST_ELLIPSIZE_MIDDLE) && !w->HasFlag(wxST_ELLIPSIZE_START);
    const bool control = dynamic_cast<const wxButton*>(w) || dynamic_cast<const wxCheckBox*>(w) ||
                         dynamic_cast<const wxRadioButton*>(w);
    if (!text && !control)
        return;
    const wxSize best = w->GetBestSize(), size = w->GetSize();
    if (size.x + kSlack < best.x || size.y + kSlack < best.y)
        out.push_back(describe(w) + ": " + std::to_string(size.x) + "x" + std::to_string(size.y) + " px shown of the " +
                      std::to_string(best.x) + "x" + std::to_string(best.y) + " its text needs");
}

/// Lists, grids and trees draw inside themselves; their inner windows are theirs to place.
bool composite(const wxWindow* w)
{
    return dynamic_cast<const wxListCtrl*>(w) || dynamic_cast<const wxGrid*>(w) || dynamic_cast<const wxTreeCtrl*>(w);
}

/// The part of `parent` a child can be seen in, on the screen: its client area, or for a page that
/// scrolls its whole area in each direction it scrolls.
wxRect visibleArea(const wxWindow* parent)
{
    wxRect area(parent->ClientToScreen(wxPoint(0, 0)), parent->GetClientSize());
    if (const auto* scrolled = dynamic_cast<const wxScrollHelper*>(parent)) {
        int stepX = 0, stepY = 0;
        scrolled->GetScrollPixelsPerUnit(&stepX, &stepY);
        const wxPoint origin = parent->ClientToScreen(scrolled->CalcScrolledPosition(wxPoint(0, 0)));
        const wxSize all = parent->GetVirtualSize();
        if (stepX > 0)
            area.x = origin.x, area.width = std::max(area.width, all.x);
        if (stepY > 0)
            area.y = origin.y, area.height = std::max(area.height, all.y);
    }
    return area;
}

void visit(wxWindow* parent, std::vector<std::string>& out)
{
    const wxRect room = visibleArea(parent);
    for (wxWindow* child : parent->GetChildren()) {
        // The status bar lies below the frame's client area by design.
        if (child->IsTopLevel() || !child->IsShown() || dynamic_cast<const wxStatusBar*>(child))
            continue;
        const wxRect rect = child->GetScreenRect();
        if (rect.x < room.x - kSlack || rect.y < room.y - kSlack || rect.GetRight() > room.GetRight() + kSlack ||
            rect.GetBottom() > room.GetBottom() + kSlack)
            out.push_back(describe(child) + ": " + std::to_string(rect.width) + "x" + std::to_string(rect.height) + " at " +
                          std::to_string(rect.x - room.x) + "," + std::to_string(rect.y - room.y) + ", past the " +
                          std::to_string(room.width) + "x" + std::to_string(room.height) + " that " + describe(parent) +
                          " shows");
        checkText(child, out);
        if (auto* list = dynamic_cast<wxListCtrl*>(child))
            checkList(list, out);
        if (auto* tree = dynamic_cast<wxTreeCtrl*>(child))
            checkTree(tree, out);
        if (auto* book = dynamic_cast<wxNotebook*>(child); book && gtkHiddenTabs(book) > 0)
            out.push_back(describe(book) + ": " + std::to_string(gtkHiddenTabs(book)) + " of its " +
                          std::to_string(book->GetPageCount()) + " tabs are hidden behind its arrows");
        if (!composite(child))
            visit(child, out);
    }
}

} // namespace

std::vector<std::string> layoutProblems(wxWindow* top)
{
    std::vector<std::string> out;
    if (top)
        visit(top, out);
    return out;
}

} // namespace gui
