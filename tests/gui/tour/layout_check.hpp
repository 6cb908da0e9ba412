#pragma once
// What a user at a small screen would miss, read from the windows themselves: a control that
// extends past the visible part of its parent (outside a page that can scroll there), a list
// column cut off without a scrollbar to reach it, a label or button narrower than its text, a name
// in the tree that does not fit, a notebook tab hidden behind the notebook's arrows.

#include <string>
#include <vector>

class wxWindow;

namespace gui {

/// Every such problem in `top` and the windows inside it that are shown, one line each, naming
/// the control by its class and text.
std::vector<std::string> layoutProblems(wxWindow* top);

} // namespace gui
