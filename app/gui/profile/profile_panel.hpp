#pragma once
// The Profile page: the organisation (name and hospital type, editable), the round, the
// organisation model and the structural profile as both boards answered it.

#include "core/text/i18n.hpp"
#include "core/answers/records.hpp"
#include "reports/table.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <optional>

namespace db {
class Database;
}

class wxButton;
class wxPanel;
class wxListCtrl;
class wxStaticText;

namespace gui {

class ProfilePanel : public wxScrolledWindow {
public:
    ProfilePanel(wxWindow* parent, core::Language lang);
    void show(const db::Database& db, core::Id round);
    void clear();
    /// "Edit organisation..." was pressed for this organisation.
    void onEdit(std::function<void(core::Id)> callback) { m_edit = std::move(callback); }
    /// "Modules of this round..." was pressed for this round.
    void onModules(std::function<void(core::Id)> callback) { m_modules = std::move(callback); }

private:
    void showProfile(const reports::Table& table);
    /// Wraps the texts and the profile's table to the page's width now.
    void layOut();

    core::Language m_lang;
    core::Id m_organisation = 0;
    std::function<void(core::Id)> m_edit;
    std::function<void(core::Id)> m_modules;
    core::Id m_round = 0;
    wxStaticText* m_title = nullptr;
    wxButton* m_editButton = nullptr;
    wxButton* m_modulesButton = nullptr;
    wxListCtrl* m_facts = nullptr;
    wxStaticText* m_model = nullptr;
    wxStaticText* m_profileTitle = nullptr;
    wxStaticText* m_note = nullptr;
    wxPanel* m_profile = nullptr; ///< the questions with both boards' answers, rebuilt per round
    std::optional<reports::Table> m_shown; ///< the profile shown, laid out anew for a new width
    wxString m_modelText;
    wxString m_noteText;
    int m_width = 0;
    bool m_pending = false;
};

} // namespace gui
