// samenspel-gui [FILE] [--lang nl|en] [--screenshot PNG] [--tour FOLDER] [--ready-exit]
// --ready-exit quits as soon as the main window is shown and idle (the start-up benchmark).
#include "collection_dialogs.hpp"
#include "collection_panel.hpp"
#include "incentives_panel.hpp"
#include "main_frame.hpp"
#include "report_panel.hpp"
#include "report_preview.hpp"
#include "results_panel.hpp"
#include "workshop_frames.hpp"
#include "wx_util.hpp"

#include "db/database.hpp"

#include <wx/app.h>
#include <wx/file.h>
#include <wx/intl.h>
#include <wx/translation.h>
#include <wx/uiaction.h>
#include <wx/image.h>
#include <wx/timer.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

namespace gui {

/// The program's language: --lang, else $SAMENSPEL_LANG, else Dutch.
core::Language languageOf(int argc, const wxChar* const* argv)
{
    core::Language lang = core::Language::Nl;
    if (const char* env = std::getenv("SAMENSPEL_LANG"))
        lang = core::languageFromCode(env).value_or(lang);
    for (int i = 1; i + 1 < argc; ++i)
        if (wxString(argv[i]) == "--lang")
            lang = core::languageFromCode(wxString(argv[i + 1]).utf8_string()).value_or(lang);
    return lang;
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
        return wxApp::Initialize(count, arguments);
    }

    bool OnInit() override
    {
        wxInitAllImageHandlers();
        core::Language lang = languageOf(argc, argv);
        std::string path;
        wxString screenshot;
        wxString tour;
        bool readyExit = false;
        for (int i = 1; i < argc; ++i) {
            const wxString arg = argv[i];
            if (arg == "--lang" && i + 1 < argc)
                ++i; // read by languageOf()
            else if (arg == "--screenshot" && i + 1 < argc)
                screenshot = argv[++i];
            else if (arg == "--tour" && i + 1 < argc)
                tour = argv[++i];
            else if (arg == "--ready-exit")
                readyExit = true;
            else
                path = arg.utf8_string();
        }
        if (path.empty())
            path = db::defaultDatabasePath();
        useStockTranslations(lang);
        m_frame = new MainFrame(lang, path);
        m_frame->Show();
        if (readyExit)
            Bind(wxEVT_IDLE, [this](wxIdleEvent&) {
                if (m_frame && m_frame->IsShownOnScreen())
                    m_frame->Close(true);
            });
        if (!screenshot.empty())
            m_steps = {[this, screenshot] { m_exitCode |= saveScreenshot(m_frame, screenshot) ? 0 : 1; }};
        if (!tour.empty())
            m_steps = tourSteps(tour);
        if (!m_steps.empty()) {
            m_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { step(); });
            m_timer.Start(700); // let each window map and paint before the next step
        }
        return true;
    }
    int OnExit() override { return m_exitCode; }

private:
    MainFrame* m_frame = nullptr;
    wxTimer m_timer;
    std::vector<std::function<void()>> m_steps;
    std::size_t m_next = 0;
    int m_exitCode = 0;
    core::Id m_keyboardRound = 0;

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

    /// A check of the keyboard walk: a failure is named on stderr and fails the run.
    void expect(bool holds, const char* what)
    {
        if (!holds) {
            std::fprintf(stderr, "keyboard: failed: %s\n", what);
            m_exitCode = 1;
        }
    }

    /// The modal dialog that is open, if any (the tour's steps run inside its event loop).
    static wxDialog* shownDialog()
    {
        for (wxWindow* w : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<wxDialog*>(w); dialog && dialog->IsShown() && dialog->IsModal())
                return dialog;
        return nullptr;
    }

    void step()
    {
        if (m_next < m_steps.size()) {
            m_steps[m_next++]();
            return;
        }
        m_timer.Stop();
        m_frame->Close(true);
    }

    /// The main flows for the automated GUI test: results, facilitator (hidden, revealed),
    /// a participant answering, a distribution-model slider moved, a
    /// report exported, a round created, the file opened again. Every step saves a screenshot into `folder`.
    std::vector<std::function<void()>> tourSteps(const wxString& folder)
    {
        const auto shot = [this, folder](wxWindow* w, const char* name) {
            if (!w || !saveScreenshot(w, folder + "/" + name))
                m_exitCode = 1;
        };
        return {
            // The pointer out of the way: a tooltip under it would cover part of a screenshot.
            [this] { m_frame->WarpPointer(4, m_frame->GetClientSize().y - 4); },
            [this] { m_exitCode |= m_frame->selectFirstRoundWithAnswers() ? 0 : 1; },
            [this, shot] { shot(m_frame, "1-results.png"); },
            [this] { m_frame->results()->scrollToDetails(); },
            [this, shot] { shot(m_frame, "1b-results-details.png"); },
            [this] { m_frame->showPage(MainFrame::Page::Profile); },
            [this, shot] { shot(m_frame, "1c-profile.png"); },
            [this] { m_frame->showPage(MainFrame::Page::Collection); },
            [this, shot] { shot(m_frame, "1d-collection.png"); },
            // A file with two problems: the preview lists them and Import stays off.
            [this, folder] {
                const wxString file = folder + "/problems.csv";
                wxFile(file, wxFile::write).Write("respondent,role,item,value\nR90,rvb,strategy.01,7\n"
                                                  "Jan Jansen,rvb,strategy.01,4\n");
                // Modal: opened after this timer call returns, so that the timer can run the next
                // steps inside the dialog's event loop (GLib does not re-enter a running source).
                m_frame->CallAfter([this, file] { m_frame->collection()->importFile(file.utf8_string()); });
            },
            [] {},
            [this, shot] {
                auto* dialog = shownDialog();
                shot(dialog, "1e-import-preview.png");
                if (dialog)
                    dialog->EndModal(wxID_CANCEL);
            },
            // A nurse's paper questionnaire typed in: three answers picked, then OK.
            [this] { m_frame->CallAfter([this] { m_frame->collection()->enterPaperForm(core::Role::Nursing); }); },
            [] {},
            [this, shot] {
                auto* form = dynamic_cast<PaperFormDialog*>(shownDialog());
                if (!form) {
                    m_exitCode = 1;
                    return;
                }
                form->pick(0, 3);
                form->pick(1, 4);
                form->pick(2, 5); // "weet niet"
                shot(form, "1f-paper-form.png");
                m_exitCode |= form->submit() ? 0 : 1;
            },
            [this, shot] { shot(m_frame, "1g-collection-after.png"); },
            [this] { m_frame->showPage(MainFrame::Page::Results); },
            [this] { m_frame->openFacilitator(); },
            [this, shot] { shot(m_frame->lastOpened(), "2-facilitator-hidden.png"); },
            [this] {
                if (auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened()))
                    f->setRevealed(true);
            },
            [this, shot] { shot(m_frame->lastOpened(), "3-facilitator-revealed.png"); },
            [this] {
                m_frame->lastOpened()->Close(true);
                m_frame->startParticipant(core::Role::Rvb);
            },
            [this] {
                if (auto* w = dynamic_cast<WorkshopFrame*>(m_frame->lastOpened()))
                    w->choose(3); // "eens"
            },
            [this, shot] { shot(m_frame->lastOpened(), "4-participant.png"); },
            [this] {
                m_frame->lastOpened()->Close(true);
                m_frame->showPage(MainFrame::Page::Incentives);
                m_frame->incentives()->moveSlider(core::Component::Quality, 40);
            },
            [this, shot] { shot(m_frame, "5-incentives-slider.png"); },
            // The turning points of the production weight (the fourth parameter), then the figures.
            [this] { m_frame->incentives()->sweep(3); },
            [] {},
            [this] { m_frame->incentives()->scrollToFigures(); },
            [this, shot] { shot(m_frame, "5a-incentives-figures.png"); },
            [this] { m_frame->showPage(MainFrame::Page::Recommendations); },
            [this, shot] { shot(m_frame, "5b-recommendations.png"); },
            [this, folder] {
                m_frame->showPage(MainFrame::Page::Report);
                m_frame->report()->exportTo((folder + "/report.pdf").utf8_string());
            },
            [this, shot] {
                m_exitCode |= m_frame->report()->busy() ? 1 : 0; // a report takes well under a second
                m_exitCode |= m_frame->report()->previewPane()->pages() > 0 ? 0 : 1;
                shot(m_frame, "6-report.png");
            },
            [this] {
                m_frame->showPage(MainFrame::Page::Results);
                m_exitCode |= m_frame->createRound(m_frame->firstOrganisation(), "Werksessie november", "2026-11-23", 3) ? 0 : 1;
            },
            [this, shot] { shot(m_frame, "7-new-round.png"); },
            // Another file opened while the facilitator's screen is up: the screen closes, and
            // no page keeps using the database that was closed.
            [this] { m_frame->openFacilitator(); },
            [this] { m_frame->openDatabase(m_frame->databasePath()); },
            [] {},
            [] {},
            [] {}, // past the facilitator's 2 s refresh
            [this] { m_exitCode |= m_frame->selectFirstRoundWithAnswers() ? 0 : 1; },
            [this, shot] { shot(m_frame, "8-reopened.png"); },
            // The keyboard alone, through real key presses (XTest): another round with the arrow
            // keys, every page with Ctrl+PageDown, Tab into a page, a dialog by its shortcut.
            [this] {
                m_frame->Raise();
                m_frame->focusTree();
                m_keyboardRound = m_frame->selectedRound();
            },
            [] { wxUIActionSimulator().Char(WXK_DOWN); },
            [] { wxUIActionSimulator().Char(WXK_DOWN); },
            [this] { expect(m_frame->selectedRound() != m_keyboardRound, "the arrow keys in the tree choose another round"); },
            [this] {
                m_frame->showPage(MainFrame::Page::Profile);
                m_frame->focusPages();
            },
            [] { wxUIActionSimulator().Char(WXK_PAGEDOWN, wxMOD_CONTROL); },
            [this] { expect(m_frame->currentPage() == 1, "Ctrl+PageDown goes to the next page"); },
            [] {
                for (int i = 0; i < 5; ++i)
                    wxUIActionSimulator().Char(WXK_PAGEDOWN, wxMOD_CONTROL);
            },
            [this] { expect(m_frame->currentPage() == 6, "Ctrl+PageDown reaches the last page (Report)"); },
            [] { wxUIActionSimulator().Char(WXK_TAB); },
            [this, shot] {
                expect(m_frame->focusOnPage(), "Tab moves into the page");
                shot(m_frame, "9-keyboard.png");
            },
            [] { wxUIActionSimulator().Char('R', wxMOD_CONTROL); },
            [this, shot] {
                auto* dialog = shownDialog();
                expect(dialog != nullptr, "Ctrl+R opens the new-round dialog");
                if (dialog)
                    shot(dialog, "9b-keyboard-new-round.png");
            },
            [] { wxUIActionSimulator().Char(WXK_ESCAPE); },
            [this] { expect(shownDialog() == nullptr, "Escape closes the dialog"); },
        };
    }
};

} // namespace gui

wxIMPLEMENT_APP(gui::App);
