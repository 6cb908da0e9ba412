#include "gtk_probe.hpp"

#include <wx/notebook.h>
#include <wx/window.h>

#include <dlfcn.h>

namespace gui {

namespace {

/// A GTK function by name, from the library already loaded; nullptr when there is none.
template <typename Function>
Function gtk(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

} // namespace

bool gtkFocusWithin(const wxWindow* w)
{
    static const auto getFocus = gtk<GtkWidget* (*)(GtkWidget*)>("gtk_window_get_focus");
    static const auto isAncestor = gtk<int (*)(GtkWidget*, GtkWidget*)>("gtk_widget_is_ancestor");
    if (!getFocus || !isAncestor || !w)
        return false;
    GtkWidget* focus = getFocus(wxGetTopLevelParent(const_cast<wxWindow*>(w))->GetHandle());
    return focus && (focus == w->GetHandle() || isAncestor(focus, w->GetHandle()) != 0);
}

int gtkHiddenTabs(const wxNotebook* book)
{
    static const auto nthPage = gtk<GtkWidget* (*)(GtkWidget*, int)>("gtk_notebook_get_nth_page");
    static const auto tabLabel = gtk<GtkWidget* (*)(GtkWidget*, GtkWidget*)>("gtk_notebook_get_tab_label");
    static const auto childVisible = gtk<int (*)(GtkWidget*)>("gtk_widget_get_child_visible");
    if (!nthPage || !tabLabel || !childVisible || !book)
        return 0;
    int hidden = 0;
    for (int i = 0; i < static_cast<int>(book->GetPageCount()); ++i)
        if (GtkWidget* page = nthPage(book->GetHandle(), i))
            if (GtkWidget* label = tabLabel(book->GetHandle(), page); label && childVisible(label) == 0)
                ++hidden;
    return hidden;
}

} // namespace gui
