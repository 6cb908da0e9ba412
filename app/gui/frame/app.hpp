#pragma once
// The program object's one seam: the GUI test's walk through the windows (tests/gui/tour) is
// linked into its own build, samenspel-gui-tour, and registers itself here; the shipped
// samenspel-gui has none and refuses --tour.

#include <wx/string.h>

#include <functional>
#include <vector>

namespace gui {

class MainFrame;

struct Walk {
    std::vector<std::function<void()>> steps; ///< run one after the other, with time to paint in between
    std::function<int()> exitCode;            ///< 0 when every step did what it should
    /// True when the step just run wants to run again on the next tick (a key pressed until a
    /// page's every control was reached).
    std::function<bool()> again;
    int stepMs = 700; ///< between steps: time for each window to map and paint
};
/// `kind`: "full" (the whole walk), "layout" (only every page at the two screen sizes),
/// "restart" (the place and window left by a full walk, after a new start) or "keyboard" (every
/// page and the help by keyboard alone).
using WalkMaker = Walk (*)(MainFrame* frame, const wxString& folder, const wxString& kind);

/// Called by the test build before the program starts.
void setWalkMaker(WalkMaker maker);

} // namespace gui
