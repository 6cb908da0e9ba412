// The tour's look at every page at two screen sizes, and the place it leaves for the next start.
#include "tour.hpp"
#include "layout_check.hpp"

#include "frame/main_frame.hpp"

#include <wx/display.h>
#include <wx/ffile.h>
#include <wx/frame.h>

#include <sstream>
#include <string>

namespace gui {

namespace {

constexpr int kPages = 8;
/// A maximised window on a 1920 x 1080 screen and on a 1366 x 768 laptop, under a top bar and a
/// title bar (the window of the reported 1366 x 768 laptop was 704 high).
const wxSize kSizes[] = {{1920, 1016}, {1366, 704}};
/// The window left by the full walk, to come back after a new start.
const wxRect kLeftWindow(30, 20, 1200, 700);

} // namespace

std::vector<std::function<void()>> Tour::layoutSteps()
{
    std::vector<std::function<void()>> steps;
    for (const wxSize size : kSizes) {
        steps.push_back([this, size] {
            m_frame->Restore();
            m_frame->SetSize(wxRect(wxPoint(0, 0), size));
        });
        // Each step looks at the page the step before showed, then shows the next.
        for (int page = 0; page <= kPages; ++page)
            steps.push_back([this, size, page] {
                if (page > 0) {
                    const std::string where = std::to_string(size.x) + "x" + std::to_string(size.y) + ", page " +
                                              std::to_string(page - 1) + ": ";
                    for (const auto& problem : layoutProblems(m_frame))
                        expect(false, (where + problem).c_str());
                    shot(m_frame, ("layout-" + std::to_string(size.x) + "-" + std::to_string(page - 1) + ".png").c_str());
                }
                if (page < kPages)
                    m_frame->showPage(static_cast<MainFrame::Page>(page));
            });
    }
    return steps;
}

std::vector<std::function<void()>> Tour::leavePlaceSteps()
{
    return {
        [this] {
            m_frame->SetSize(kLeftWindow);
            m_frame->showPage(MainFrame::Page::ActionPlan);
        },
        [this] {
            std::ostringstream place;
            place << m_frame->selectedRound() << ' ' << m_frame->currentPage() << ' ' << m_frame->databasePath();
            expect(wxFFile(m_folder + "/place.txt", "w").Write(wxString::FromUTF8(place.str())), "the place is written down");
        },
    };
}

std::vector<std::function<void()>> Tour::restartSteps()
{
    return {
        [this] {
            wxString text;
            expect(wxFFile(m_folder + "/place.txt").ReadAll(&text), "the full walk wrote down its place");
            std::istringstream place(text.utf8_string());
            long long round = 0;
            int page = -1;
            std::string file;
            place >> round >> page >> std::ws;
            std::getline(place, file);
            expect(m_frame->databasePath() == file, "the file open at the last close is open again");
            expect(m_frame->selectedRound() == round, "the round chosen at the last close is chosen again");
            expect(m_frame->currentPage() == page, "the page shown at the last close is shown again");
            expect(m_frame->GetSize() == kLeftWindow.GetSize(), "the window has the size it had at the last close");
            if (m_frame->GetPosition() != kLeftWindow.GetPosition())
                std::fprintf(stderr, "tour: note: the window is at %d,%d, left at %d,%d (the window manager's choice)\n",
                             m_frame->GetPosition().x, m_frame->GetPosition().y, kLeftWindow.x, kLeftWindow.y);
        },
        [this] { shot(m_frame, "10-restarted.png"); },
    };
}

} // namespace gui
