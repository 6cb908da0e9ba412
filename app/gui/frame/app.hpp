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
};
using WalkMaker = Walk (*)(MainFrame* frame, const wxString& folder);

/// Called by the test build before the program starts.
void setWalkMaker(WalkMaker maker);

} // namespace gui
