// samenspel-gui-tour: the desktop program with the GUI test's walk (--tour FOLDER) linked in.
// Not installed; tests/gui/screenshot_test.sh runs it.
#include "frame/app.hpp"
#include "tour.hpp"

#include <memory>

namespace {

gui::Walk makeTour(gui::MainFrame* frame, const wxString& folder, const wxString& kind)
{
    auto tour = std::make_shared<gui::Tour>(frame, folder);
    if (kind == "keyboard") // a key press takes less time to show than a window
        return gui::Walk{tour->keyboardSteps(), [tour] { return tour->exitCode(); }, [tour] { return tour->again(); }, 150};
    auto steps = kind == "layout" ? tour->layoutSteps() : kind == "restart" ? tour->restartSteps() : tour->steps();
    return gui::Walk{std::move(steps), [tour] { return tour->exitCode(); }, {}, 700};
}

[[maybe_unused]] const bool registered = (gui::setWalkMaker(&makeTour), true);

} // namespace
