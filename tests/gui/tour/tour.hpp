#pragma once
// The automated walk of the GUI test (samenspel-gui FILE --tour FOLDER): results, profile,
// collection (an import's preview, a paper questionnaire), facilitator hidden and revealed, a
// participant answering, a slider moved and a sweep, recommendations, a report exported, a round
// created, the file opened again, then the keyboard alone. Every step saves a screenshot.

#include "core/answers/records.hpp"

#include <wx/string.h>

#include <functional>
#include <vector>

class wxDialog;
class wxWindow;

namespace gui {

class MainFrame;

class Tour {
public:
    Tour(MainFrame* frame, wxString folder) : m_frame(frame), m_folder(std::move(folder)) {}
    /// The steps, run one after the other with time to paint in between.
    std::vector<std::function<void()>> steps();
    /// Every page at 1920 x 1080 and at 1366 x 768 (a maximised window's share of each screen):
    /// nothing cut off (layout_check.hpp), a screenshot of each (tour_layout.cpp).
    std::vector<std::function<void()>> layoutSteps();
    /// After a full walk and a new start without a file named: the file, round, page and window
    /// the full walk left are back.
    std::vector<std::function<void()>> restartSteps();
    /// Every page by keyboard alone: from the page's tab, Tab reaches every control on the page
    /// that takes the keyboard; F1 opens the help and Escape closes it (tour_keyboard.cpp).
    std::vector<std::function<void()>> keyboardSteps();
    /// True while the last step wants another turn (the Tab presses of keyboardSteps()).
    bool again() const { return m_again; }
    /// 0 when every step did what it should.
    int exitCode() const { return m_exitCode; }

private:
    /// A check of the walk: a failure is named on stderr and fails the run.
    void expect(bool holds, const char* what);
    /// A screenshot of `w` into the folder; a missing window or a failed save fails the run.
    void shot(wxWindow* w, const char* name);
    /// The open file shared with the desktop's file dialog, another handle in this process and
    /// another program, then an import (tour_shared_file.cpp).
    std::vector<std::function<void()>> sharedFileSteps();
    /// The end of the full walk: a round, a page and a window size to be remembered.
    std::vector<std::function<void()>> leavePlaceSteps();
    /// The modal dialog that is open, if any (the steps run inside its event loop).
    static wxDialog* shownDialog();
    void shootAndCancel(const char* name);

    MainFrame* m_frame;
    wxString m_folder;
    int m_exitCode = 0;
    wxWindow* m_exchange = nullptr; ///< the package preview while it is shown
    core::Id m_keyboardRound = 0;
    std::size_t m_participantAt = 0;
    wxDialog* m_fileDialog = nullptr; ///< the file dialog of sharedFileSteps() while it is open
    bool m_again = false;
    /// The keyboard walk on one page: the controls that take the keyboard, those reached, presses.
    std::vector<wxWindow*> m_expected;
    std::vector<wxWindow*> m_reached;
    std::size_t m_presses = 0;
    /// Presses Tab until every control of `page` was reached, or fails naming those never reached.
    void tabThrough(wxWindow* page, const char* name);
};

} // namespace gui
