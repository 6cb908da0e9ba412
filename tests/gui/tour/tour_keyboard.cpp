// The keyboard alone (tour.hpp, keyboardSteps): real key presses through XTest, checked from the
// windows themselves.
#include "tour.hpp"

#include "gtk_probe.hpp"

#include "frame/main_frame.hpp"

#include <wx/dialog.h>
#include <wx/uiaction.h>
#include <wx/bookctrl.h>
#include <wx/control.h>
#include <wx/grid.h>
#include <wx/statbox.h>
#include <wx/window.h>


#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace gui {

namespace {

/// The controls of `parent` a user can Tab to: shown, enabled and taking the keyboard. A control
/// (a list, a grid) counts as one, whichever of its parts takes the focus; a panel or a box counts
/// by what is inside it, a notebook by its tabs and what is on its page.
void focusable(wxWindow* parent, std::vector<wxWindow*>& out)
{
    for (wxWindow* child : parent->GetChildren()) {
        if (child->IsTopLevel() || !child->IsShownOnScreen() || !child->IsEnabled())
            continue;
        if (dynamic_cast<wxBookCtrlBase*>(child)) { // its tabs, and what is on its page
            out.push_back(child);
            focusable(dynamic_cast<wxBookCtrlBase*>(child)->GetCurrentPage(), out);
            continue;
        }
        if ((dynamic_cast<wxControl*>(child) && !dynamic_cast<wxStaticBox*>(child)) || dynamic_cast<wxGrid*>(child)) {
            if (child->AcceptsFocusFromKeyboard())
                out.push_back(child);
            continue;
        }
        const std::size_t before = out.size();
        focusable(child, out);
        if (out.size() == before && child->AcceptsFocusFromKeyboard())
            out.push_back(child);
    }
}

/// The control of `expected` that holds the keyboard focus in its window (it, or a widget inside
/// it), as GTK sees it; the innermost, since a notebook's tabs hold the focus only when no control
/// on its page does. nullptr when none does.
wxWindow* holder(const std::vector<wxWindow*>& expected)
{
    wxWindow* found = nullptr;
    for (wxWindow* w : expected)
        if (gtkFocusWithin(w) && (!found || found->IsDescendant(w)))
            found = w;
    return found;
}

} // namespace

void Tour::tabThrough(wxWindow* page, const char* name)
{
    if (m_presses == 0) {
        m_expected.clear();
        m_reached.clear();
        focusable(page, m_expected);
    } else if (wxWindow* reached = holder(m_expected);
               reached && std::find(m_reached.begin(), m_reached.end(), reached) == m_reached.end()) {
        m_reached.push_back(reached);
    }
    if (std::getenv("SAMENSPEL_TOUR_FOCUS")) // for finding where Tab goes astray
        if (wxWindow* f = wxWindow::FindFocus())
            std::fprintf(stderr, "tour:   focus: %s \"%s\"\n", wxString(f->GetClassInfo()->GetClassName()).utf8_string().c_str(),
                         f->GetLabel().utf8_string().c_str());
    const bool all = m_reached.size() == m_expected.size();
    // Twice as many presses as controls, and some: room for the page's tabs and the tree on the way.
    if (all || m_presses > 2 * m_expected.size() + 8) {
        std::fprintf(stderr, "tour: keyboard %s: Tab reached %zu of %zu controls in %zu presses\n", name, m_reached.size(),
                     m_expected.size(), m_presses);
        for (wxWindow* w : m_expected)
            if (std::find(m_reached.begin(), m_reached.end(), w) == m_reached.end())
                std::fprintf(stderr, "tour:   never reached: %s \"%s\"\n", wxString(w->GetClassInfo()->GetClassName()).utf8_string().c_str(),
                             w->GetLabel().utf8_string().c_str());
        expect(all, "Tab reaches every control of the page");
        m_again = false;
        m_presses = 0;
        return;
    }
    wxUIActionSimulator().Char(WXK_TAB);
    ++m_presses;
    m_again = true;
}

std::vector<std::function<void()>> Tour::keyboardSteps()
{
    static const char* const names[] = {"Profile", "Collection", "Results", "Incentives", "Recommendations", "Action plan",
                                        "Report", "Comparison"};
    std::vector<std::function<void()>> steps;
    steps.push_back([this] {
        m_frame->Raise();
        expect(m_frame->selectFirstRound(), "a round to walk");
    });
    for (int page = 0; page < static_cast<int>(std::size(names)); ++page) {
        steps.push_back([this, page] {
            m_frame->showPage(static_cast<MainFrame::Page>(page));
            m_frame->focusPages(); // on the page's tab, where Ctrl+PageDown left it
        });
        steps.push_back([] {}); // the page is laid out and painted
        steps.push_back([this, page] { tabThrough(m_frame->pageWindow(), names[page]); });
    }
    // The help: F1 opens it, Escape closes it.
    steps.push_back([] { wxUIActionSimulator().Char(WXK_F1); });
    steps.push_back([] {});
    steps.push_back([this] {
        auto* dialog = shownDialog();
        expect(dialog != nullptr, "F1 opens the help");
        if (dialog)
            shot(dialog, "help.png");
    });
    steps.push_back([this] {
        if (auto* dialog = shownDialog())
            tabThrough(dialog, "Help");
    });
    // Each topic, for the eye.
    for (int topic = 1; topic < 4; ++topic) {
        steps.push_back([topic] {
            if (auto* dialog = shownDialog())
                for (wxWindow* w : dialog->GetChildren())
                    if (auto* book = dynamic_cast<wxBookCtrlBase*>(w))
                        book->SetSelection(static_cast<std::size_t>(topic));
        });
        steps.push_back([] {});
        steps.push_back([this, topic] { shot(shownDialog(), topic == 1 ? "help-1.png" : topic == 2 ? "help-2.png" : "help-3.png"); });
    }
    steps.push_back([] { wxUIActionSimulator().Char(WXK_ESCAPE); });
    steps.push_back([] {});
    steps.push_back([this] { expect(shownDialog() == nullptr, "Escape closes the help"); });
    return steps;
}

} // namespace gui
