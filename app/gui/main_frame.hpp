#pragma once
// The main window: the organisations of the open database with their rounds.

#include "organisations_presenter.hpp"

#include <wx/frame.h>

class wxListCtrl;
class wxStaticText;

namespace gui {

class MainFrame : public wxFrame {
public:
    MainFrame(core::Language lang, const std::string& path);
    /// Writes the window's client area to a PNG file (used by the automated GUI test).
    bool saveScreenshot(const wxString& file);

private:
    void OnOpen(wxCommandEvent& event);
    void OnAbout(wxCommandEvent& event);
    void openFile(const std::string& path);
    void refresh();

    OrganisationsPresenter m_presenter;
    wxListCtrl* m_list = nullptr;
    wxStaticText* m_hint = nullptr;
};

} // namespace gui
