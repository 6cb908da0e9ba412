#pragma once
// The vakgroep figures of the Incentives page as a grid to type in: each figure is checked as it
// is typed (a wrong one is refused with a message and the cell keeps its value), and every
// accepted figure recomputes the page.

#include "incentives/incentives_presenter.hpp"

#include <wx/grid.h>

#include <functional>

namespace gui {

class VakgroepGrid : public wxGrid {
public:
    VakgroepGrid(wxWindow* parent, core::Language lang);
    /// Shows the presenter's figures (nullptr: empty).
    void show(IncentivesPresenter* presenter);
    /// Called after a figure was accepted.
    void onChanged(std::function<void()> callback) { m_changed = std::move(callback); }
    /// The size that shows every row and column without scrolling.
    wxSize contentSize() const;

private:
    core::Language m_lang;
    IncentivesPresenter* m_presenter = nullptr;
    std::function<void()> m_changed;
};

} // namespace gui
