#pragma once
// Help > Guide, Glossary, How the figures are made, Keyboard shortcuts: one dialog with a tab
// per topic (help_presenter.hpp), readable without internet and closed with Escape.

#include "help/help_presenter.hpp"

#include <wx/dialog.h>

class wxButton;
class wxMenuBar;
class wxNotebook;

namespace gui {

class HelpDialog : public wxDialog {
public:
    /// `menu` supplies the shortcuts of the Keys topic, read from the menus themselves.
    HelpDialog(wxWindow* parent, core::Language lang, HelpTopic topic, const wxMenuBar* menu);

    /// The shortcuts of a menu bar: each item with an accelerator, labelled as its menu shows it.
    static std::vector<Shortcut> shortcutsOf(const wxMenuBar* menu);

private:
    wxNotebook* m_tabs = nullptr;
};

/// A "?" button for a page: opens the help at `topic` (the glossary, mostly) over the window it is in.
wxButton* helpButton(wxWindow* parent, core::Language lang, HelpTopic topic);

} // namespace gui
