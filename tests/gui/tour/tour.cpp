#include "tour.hpp"

#include "collection/import_preview_dialog.hpp"
#include "collection/paper_form_dialog.hpp"
#include "collection/collection_panel.hpp"
#include "comparison/comparison_panel.hpp"
#include "report/exchange_dialog.hpp"
#include "report/report_presenter.hpp"
#include "national_demo.hpp"
#include "incentives/incentives_panel.hpp"
#include "frame/main_frame.hpp"
#include "report/report_panel.hpp"
#include "report/report_preview.hpp"
#include "results/results_panel.hpp"
#include "workshop/facilitator_frame.hpp"
#include "workshop/workshop_frame.hpp"
#include "live_control.hpp"
#include "common/wx_util.hpp"

#include <wx/dialog.h>
#include <wx/file.h>
#include <wx/uiaction.h>

#include <cstdio>
#include <string>

namespace gui {

/// A check of the walk: a failure is named on stderr and fails the run.
void Tour::expect(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "tour: failed: %s\n", what);
        m_exitCode = 1;
    }
}

/// A screenshot of the modal dialog that is open, which is then cancelled; no dialog fails the run.
void Tour::shootAndCancel(const char* name)
{
    auto* dialog = shownDialog();
    expect(dialog != nullptr, name);
    if (!dialog)
        return;
    shot(dialog, name);
    dialog->EndModal(wxID_CANCEL);
}

/// The modal dialog that is open, if any (the tour's steps run inside its event loop).
wxDialog* Tour::shownDialog()
{
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(w); dialog && dialog->IsShown() && dialog->IsModal())
            return dialog;
    return nullptr;
}

void Tour::shot(wxWindow* w, const char* name)
{
    if (!w || !saveScreenshot(w, m_folder + "/" + name))
        m_exitCode = 1;
}

std::vector<std::function<void()>> Tour::steps()
{
    const auto shot = [this](wxWindow* w, const char* name) { this->shot(w, name); };
    std::vector<std::function<void()>> steps{
        // The pointer out of the way: a tooltip under it would cover part of a screenshot.
        [this] { m_frame->WarpPointer(4, m_frame->GetClientSize().y - 4); },
        [this] {
            expect(m_frame->IsMaximized() || m_frame->GetSize() == wxGetClientDisplayRect().GetSize(),
                   "the first start uses the whole screen");
            m_exitCode |= m_frame->selectFirstRound() ? 0 : 1;
            m_frame->showPage(MainFrame::Page::Results);
        },
        [this, shot] { shot(m_frame, "1-results.png"); },
        [this] { m_frame->results()->scrollToDetails(); },
        [this, shot] { shot(m_frame, "1b-results-details.png"); },
        [this] { m_frame->showPage(MainFrame::Page::Profile); },
        [this, shot] { shot(m_frame, "1c-profile.png"); },
        // Noorderhaven's first round has the module on the MSB board: its checklist on the profile
        // page, with what focus-clinic directors report beside it; then its modules dialog.
        [this] {
            m_frame->selectRound(2);
            m_frame->showPage(MainFrame::Page::Profile);
        },
        [this, shot] { shot(m_frame, "1c2-profile-module.png"); },
        [this] { m_frame->CallAfter([this] { m_frame->editModules(2); }); },
        [] {},
        [this] { shootAndCancel("1c3-modules.png"); },
        [this] {
            m_exitCode |= m_frame->selectFirstRound() ? 0 : 1;
            m_frame->showPage(MainFrame::Page::Profile);
        },
        [this] { m_frame->showPage(MainFrame::Page::Collection); },
        [this, shot] { shot(m_frame, "1d-collection.png"); },
        // A file with two problems: the preview lists them and Import stays off.
        [this] {
            const wxString file = m_folder + "/problems.csv";
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
            form->focusRow(3);
        },
        // Then typed: "4" is "eens" on the fourth statement, and the focus moves to the fifth.
        [] { wxUIActionSimulator().Char('4'); },
        [this, shot] {
            auto* form = dynamic_cast<PaperFormDialog*>(shownDialog());
            if (!form) {
                m_exitCode = 1;
                return;
            }
            expect(form->picked(3) == 3, "a digit typed in the paper form picks that answer");
            expect(form->focusedRow() == 4, "after a typed answer the paper form moves on to the next question");
            shot(form, "1f-paper-form.png");
            m_exitCode |= form->submit() ? 0 : 1;
        },
        [this, shot] { shot(m_frame, "1g-collection-after.png"); },
        // The numbers invited per role, for the report's response rate: the dialog, then Cancel.
        [this] { m_frame->CallAfter([this] { m_frame->collection()->askInvited(); }); },
        [] {},
        [this] { shootAndCancel("1g2-invited.png"); },
        // The survey for LimeSurvey: for whom and in which language, then Cancel.
        [this] { m_frame->CallAfter([this] { m_frame->collection()->askLimeSurvey(); }); },
        [] {},
        [this] { shootAndCancel("1g3-limesurvey.png"); },
        // LimeSurvey's export of the responses, one never submitted: told by its header, with the
        // box that imports the incomplete one too.
        [this] {
            const wxString file = m_folder + "/results-survey517230.csv";
            // Bytes, not a wxString: the byte-order mark as LimeSurvey writes it.
            const std::string csv = "\xEF\xBB\xBF\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"ipaddr\","
                                    "\"role\",\"sharedvalues[01]\",\"sharedvaluesrating[current]\"\r\n"
                                    "\"12\",\"1980-01-01 00:00:00\",\"9\",\"nl\",\"5\",\"\",\"MSB\",\"4\",\"6\"\r\n"
                                    "\"13\",\"\",\"2\",\"nl\",\"5\",\"\",\"MSB\",\"NA\",\"\"\r\n";
            wxFile(file, wxFile::write).Write(csv.data(), csv.size());
            m_frame->CallAfter([this, file] { m_frame->collection()->importFile(file.utf8_string()); });
        },
        [] {},
        [this, shot] {
            auto* dialog = shownDialog();
            shot(dialog, "1e2-import-limesurvey.png");
            if (dialog)
                dialog->EndModal(wxID_CANCEL);
        },
    };
    for (auto& step : sharedFileSteps())
        steps.push_back(std::move(step));
    for (auto& step : std::vector<std::function<void()>>{
        [this] { m_frame->showPage(MainFrame::Page::Results); },
        [this] { m_frame->openFacilitator(); },
        [this, shot] { shot(m_frame->lastOpened(), "2-facilitator-hidden.png"); },
        // The session on the phones (on the loopback address here): the QR code and the code to type.
        [this] {
            auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened());
            expect(f && f->startPhones("127.0.0.1", workshop::SessionMode::Questionnaire),
                   "the facilitator starts the session on the phones");
        },
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "2b-facilitator-phones.png"); },
        [this] {
            if (auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened()))
                f->setRevealed(true);
        },
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "3-facilitator-revealed.png"); },
        // The heat map, then the same screen on a 1366 x 768 projector.
        [this] {
            if (auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened()))
                f->showHeatmap(true);
        },
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "3b-facilitator-heatmap.png"); },
        [this] {
            if (auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened())) {
                f->showHeatmap(false);
                f->SetClientSize(1366, 768);
            }
        },
        [] {},
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "3c-facilitator-1366.png"); },
        [this] {
            if (auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened())) {
                f->endPhones();
                expect(!f->phonesRunning(), "ending the session stops the server");
                // Live questions during the meeting: the pulse, open on the phones.
                const bool started = f->startPhones("127.0.0.1", workshop::SessionMode::Live) && f->live();
                const auto refused = started ? f->live()->open(core::LiveKind::Pulse) : std::optional<std::string>("no session");
                expect(!refused, ("the facilitator opens a live pulse: " + refused.value_or("")).c_str());
                f->update();
            }
        },
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "3d-facilitator-live.png"); },
        [this] {
            if (auto* f = dynamic_cast<FacilitatorFrame*>(m_frame->lastOpened())) {
                f->endPhones();
                expect(!f->phonesRunning(), "ending the live session stops the server");
            }
        },
        [this] {
            m_frame->lastOpened()->Close(true);
            m_frame->startParticipant(core::Role::Rvb);
        },
        [this] {
            if (auto* w = dynamic_cast<WorkshopFrame*>(m_frame->lastOpened()))
                w->choose(3); // "eens"
        },
        [this, shot] { shot(m_frame->lastOpened(), "4-participant.png"); },
        // A real mouse click on an answer, then real keys: the keys still answer, Esc ends nothing.
        [this] {
            auto* w = dynamic_cast<WorkshopFrame*>(m_frame->lastOpened());
            m_participantAt = w && w->participant() ? w->participant()->position() : 0;
            if (auto* button = w ? w->choiceButton(1) : nullptr) {
                wxUIActionSimulator mouse;
                mouse.MouseMove(button->GetScreenRect().GetPosition() + wxPoint(20, 20));
                mouse.MouseClick();
            }
        },
        [] {},
        [] { wxUIActionSimulator().Char('2'); },
        [] {},
        [] { wxUIActionSimulator().Char(WXK_ESCAPE); },
        [] {},
        [this] {
            auto* w = dynamic_cast<WorkshopFrame*>(m_frame->lastOpened());
            expect(w && w->IsShown(), "Esc does not close the participant's screen");
            expect(w && w->participant() && w->participant()->position() == m_participantAt + 2,
                   "a click answers, and the keys still answer after it");
        },
        // A 0-10 rating, then the organisation model's long options, which wrap on the screen.
        [this] {
            if (auto* w = dynamic_cast<WorkshopFrame*>(m_frame->lastOpened()))
                while (w->participant() && !w->participant()->finished() && !w->participant()->rating())
                    w->choose(w->participant()->choices().size() - 1);
        },
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "4b-participant-rating.png"); },
        [this] {
            if (auto* w = dynamic_cast<WorkshopFrame*>(m_frame->lastOpened()))
                while (w->participant() && !w->participant()->finished() &&
                       w->participant()->questionCode() != "profile.org_model")
                    w->choose(w->participant()->choices().size() - 1); // "weet niet"
        },
        [] {},
        [this, shot] { shot(m_frame->lastOpened(), "4c-participant-options.png"); },
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
        [this] {
            m_frame->showPage(MainFrame::Page::Report);
            m_frame->report()->exportTo((m_folder + "/report.pdf").utf8_string());
        },
        [this, shot] {
            m_exitCode |= m_frame->report()->busy() ? 1 : 0; // a report takes well under a second
            m_exitCode |= m_frame->report()->previewPane()->pages() > 0 ? 0 : 1;
            shot(m_frame, "6-report.png");
        },
        // The package for the ministry as the Report page previews it (the dialog shown without
        // waiting, so that the tour goes on).
        [this] {
            const gui::ReportPresenter presenter(m_frame->databasePath(), m_frame->selectedRound(), "tour", m_frame->language());
            auto* dialog = new ExchangeDialog(m_frame, presenter.exchangePreview().text, m_frame->language());
            dialog->Show();
            m_exchange = dialog;
        },
        [this, shot] {
            shot(m_exchange, "6b-exchange-preview.png");
            m_exchange->Destroy();
            m_exchange = nullptr;
        },
        // The ministry's side: the national demo's packages read in through the Comparison page.
        [this] {
            m_frame->showPage(MainFrame::Page::Comparison);
            m_frame->comparison()->importFiles(app::writeNationalDemoFiles((m_folder + "/packages").utf8_string()));
            m_frame->comparison()->chooseMeasure(3); // structure: hospital side minus medical side
        },
        [] {}, // the page's lists and funnel, shown only now, are painted
        [this, shot] { shot(m_frame, "6c-comparison.png"); },
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
        [this] { m_exitCode |= m_frame->selectFirstRound() ? 0 : 1; },
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
         })
        steps.push_back(std::move(step));
    for (auto more : {&Tour::layoutSteps, &Tour::leavePlaceSteps})
        for (auto& step : (this->*more)())
            steps.push_back(std::move(step));
    return steps;
}

} // namespace gui
