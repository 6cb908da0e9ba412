// samenspel-gui-tour: the desktop program with the GUI test's walk (--tour FOLDER) linked in.
// Not installed; tests/gui/screenshot_test.sh runs it.
#include "frame/app.hpp"
#include "tour.hpp"

#include <memory>

namespace {

gui::Walk makeTour(gui::MainFrame* frame, const wxString& folder)
{
    auto tour = std::make_shared<gui::Tour>(frame, folder);
    return gui::Walk{tour->steps(), [tour] { return tour->exitCode(); }};
}

[[maybe_unused]] const bool registered = (gui::setWalkMaker(&makeTour), true);

} // namespace
