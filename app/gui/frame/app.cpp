// samenspel-gui [FILE] [--lang nl|en] [--screenshot PNG] [--ready-exit]
// (the test build, samenspel-gui-tour, also takes --tour FOLDER [--tour-kind K]: tests/gui/tour/)
// Without FILE: the file open at the last close, else the default one.
// --ready-exit says "samenspel-gui: ready" on standard error and quits as soon as the main window is
// shown and idle (the start-up benchmark, the package's check in scripts/package.sh).
#include "frame/app.hpp"
#include "user_catalogue.hpp"
#include "error_text.hpp"
#include "frame/main_frame.hpp"
#include "frame/settings.hpp"
#include "common/background_job.hpp"
#include "common/wx_util.hpp"

#include "db/database.hpp"

#include <wx/app.h>
#include <wx/filefn.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/translation.h>
#include <wx/image.h>
#include <wx/timer.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace gui {

namespace {

/// The program's language: --lang, else $SAMENSPEL_LANG, else the one chosen in the window
/// (File > Language, kept in the user's settings), else Dutch.
core::Language languageOf(int argc, const wxChar* const* argv)
{
    core::Language lang = storedLanguage().value_or(core::Language::Nl);
    if (const char* env = std::getenv("SAMENSPEL_LANG"))
        lang = core::languageFromCode(env).value_or(lang);
    for (int i = 1; i + 1 < argc; ++i)
        if (wxString(argv[i]) == "--lang")
            lang = core::languageFromCode(wxString(argv[i + 1]).utf8_string()).value_or(lang);
    return lang;
}

WalkMaker walkMaker = nullptr;

} // namespace

void setWalkMaker(WalkMaker maker)
{
    walkMaker = maker;
}

class App : public wxApp {
public:
    /// Before GTK starts: GTK's own texts (OK, Cancel, Yes, No, the file dialogs) come from
    /// gettext, which follows $LANGUAGE, but only under a locale other than "C". C.UTF-8 is
    /// "C" with UTF-8 and is always present on Debian.
    bool Initialize(int& count, wxChar** arguments) override
    {
        const auto lang = languageOf(count, arguments);
        setenv("LANGUAGE", lang == core::Language::Nl ? "nl" : "en", 1);
        const auto plain = [](const char* v) { return !v || !*v || std::strcmp(v, "C") == 0 || std::strcmp(v, "POSIX") == 0; };
        const char* all = std::getenv("LC_ALL");
        if (all && *all) {
            if (plain(all))
                setenv("LC_ALL", "C.UTF-8", 1);
        } else if (plain(std::getenv("LC_MESSAGES")) && plain(std::getenv("LANG"))) {
            setenv("LC_MESSAGES", "C.UTF-8", 1);
        }
        std::setlocale(LC_MESSAGES, ""); // messages only: numbers and dates are formatted by us
        // Scrollbars that stay visible: GTK's overlay bars appear only under a moving pointer, so
        // a table that goes on to the right looked complete (unless the user asked for overlays).
        setenv("GTK_OVERLAY_SCROLLING", "0", 0);
        return wxApp::Initialize(count, arguments);
    }

    bool OnInit() override
    {
        wxInitAllImageHandlers();
        core::Language lang = languageOf(argc, argv);
        m_lang = lang;
        std::string path;
        wxString screenshot;
        wxString tour;
        wxString tourKind = "full";
        bool readyExit = false;
        for (int i = 1; i < argc; ++i) {
            const wxString arg = argv[i];
            if (arg == "--lang" && i + 1 < argc)
                ++i; // read by languageOf()
            else if (arg == "--screenshot" && i + 1 < argc)
                screenshot = argv[++i];
            else if (arg == "--tour" && i + 1 < argc)
                tour = argv[++i];
            else if (arg == "--tour-kind" && i + 1 < argc)
                tourKind = argv[++i];
            else if (arg == "--ready-exit")
                readyExit = true;
            else
                path = arg.utf8_string();
        }
        if (!tour.empty() && !walkMaker) {
            std::fputs("samenspel-gui: --tour is only in the test build (samenspel-gui-tour)\n", stderr);
            return false;
        }
        if (path.empty()) {
            // The file the user had open last, while it is there; else the usual one.
            const auto place = storedPlace();
            path = place && !place->file.empty() && wxFileExists(wx(place->file)) ? place->file : db::defaultDatabasePath();
        }
        useStockTranslations(lang);
        // A translator's catalogue in the data folder replaces the built-in Dutch texts (docs/translating.md).
        if (const auto refused = app::loadUserCatalogue(lang))
            wxLogWarning("%s", wxString::FromUTF8(*refused));
        m_frame = new MainFrame(lang, path);
        m_frame->Show();
        if (readyExit)
            Bind(wxEVT_IDLE, [this](wxIdleEvent&) {
                if (m_ready || !m_frame || !m_frame->IsShownOnScreen())
                    return;
                m_ready = true; // said once: idle events go on until the window is gone
                std::fputs("samenspel-gui: ready\n", stderr);
                m_frame->Close(true);
            });
        if (!screenshot.empty())
            m_steps = {[this, screenshot] { m_exitCode |= saveScreenshot(m_frame, screenshot) ? 0 : 1; }};
        if (!tour.empty()) {
            m_walk = walkMaker(m_frame, tour, tourKind);
            m_steps = m_walk.steps;
        }
        if (!m_steps.empty()) {
            m_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { step(); });
            m_timer.Start(m_walk.steps.empty() ? 700 : m_walk.stepMs); // let each window map and paint first
        }
        return true;
    }
    int OnExit() override { return m_exitCode | (m_walk.exitCode ? m_walk.exitCode() : 0); }

    /// An error that escapes an event handler becomes a message and the program goes on: every
    /// change to the file is one transaction, so what was stored stays stored.
    bool OnExceptionInMainLoop() override
    {
        showCurrentException();
        return true;
    }
    void OnUnhandledException() override { showCurrentException(); }

private:
    MainFrame* m_frame = nullptr;
    core::Language m_lang = core::Language::Nl;
    wxTimer m_timer;
    std::vector<std::function<void()>> m_steps;
    std::size_t m_next = 0;
    int m_exitCode = 0;
    bool m_ready = false; ///< --ready-exit: the window was shown and the program said so
    Walk m_walk;

    /// Our own texts come from the catalogue in core (tested for completeness); wxWidgets' own
    /// (OK, Cancel, Close in standard dialogs) from its gettext catalogue, Debian's wx3.2-i18n,
    /// in the same language. The C locale is left alone, so numbers are formatted by us only.
    static void useStockTranslations(core::Language lang)
    {
        auto* translations = new wxTranslations;
        translations->SetLanguage(lang == core::Language::Nl ? wxLANGUAGE_DUTCH : wxLANGUAGE_ENGLISH);
        translations->AddStdCatalog(); // absent: English stock labels, nothing else changes
        wxTranslations::Set(translations);
    }

    void showCurrentException()
    {
        const std::string what = app::describeCurrentException(m_lang).text;
        const auto text = core::tr(m_lang, core::tx("Samenspel could not finish this: {0}\n\nEverything stored before stays stored, "
                                                    "and the program goes on."),
                                   {what});
        wxMessageBox(wxString::FromUTF8(text), "Samenspel", wxOK | wxICON_ERROR, m_frame);
    }

    void step()
    {
        if (m_next < m_steps.size()) {
            m_steps[m_next]();
            if (!m_walk.again || !m_walk.again())
                ++m_next;
            return;
        }
        m_timer.Stop();
        m_frame->Close(true);
    }

};

} // namespace gui

wxIMPLEMENT_APP(gui::App);
