#pragma once
// What GTK itself knows and wxWidgets does not report, for the GUI test: which widget has the
// keyboard focus (a wxChoice's lies on a GTK button inside it) and which of a notebook's tabs are
// on screen (the others wait behind its arrows). Asked through the GTK library the program has
// loaded already, so the test needs no GTK headers.

class wxNotebook;
class wxWindow;

namespace gui {

/// True when the keyboard focus of `w`'s window lies on `w` or a widget inside it.
bool gtkFocusWithin(const wxWindow* w);
/// The number of `book`'s tabs GTK hides behind its scroll arrows (0: every tab in view).
int gtkHiddenTabs(const wxNotebook* book);

} // namespace gui
