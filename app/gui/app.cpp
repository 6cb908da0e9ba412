// samenspel-gui [FILE] [--lang nl|en] [--screenshot PNG]
#include "main_frame.hpp"

#include "db/database.hpp"

#include <wx/app.h>
#include <wx/image.h>
#include <wx/timer.h>

#include <cstdlib>

namespace gui {

class App : public wxApp {
public:
    bool OnInit() override
    {
        wxInitAllImageHandlers();
        core::Language lang = core::Language::Nl;
        if (const char* env = std::getenv("SAMENSPEL_LANG"))
            lang = core::languageFromCode(env).value_or(lang);
        std::string path;
        wxString screenshot;
        for (int i = 1; i < argc; ++i) {
            const wxString arg = argv[i];
            if (arg == "--lang" && i + 1 < argc)
                lang = core::languageFromCode(argv[++i].utf8_string()).value_or(lang);
            else if (arg == "--screenshot" && i + 1 < argc)
                screenshot = argv[++i];
            else
                path = arg.utf8_string();
        }
        if (path.empty())
            path = db::defaultDatabasePath();
        auto* frame = new MainFrame(lang, path);
        frame->Show();
        if (!screenshot.empty()) {
            // Let the window map and paint, then save it and quit: used by the GUI test under Xvfb.
            m_timer.Bind(wxEVT_TIMER, [this, frame, screenshot](wxTimerEvent&) {
                m_exitCode = frame->saveScreenshot(screenshot) ? 0 : 1;
                frame->Close(true);
            });
            m_timer.StartOnce(700);
        }
        return true;
    }
    int OnExit() override { return m_exitCode; }

private:
    wxTimer m_timer;
    int m_exitCode = 0;
};

} // namespace gui

wxIMPLEMENT_APP(gui::App);
