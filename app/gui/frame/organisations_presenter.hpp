#pragma once
// What the main window shows: the organisations in the open database and their rounds.
// No wx here: tests drive it without a display.

#include "core/text/i18n.hpp"
#include "db/database.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gui {

struct RoundRow {
    core::Id id = 0;
    std::string label; ///< "Nulmeting 2026 (39)": the name and how many answered
    std::size_t respondents = 0;
    std::string tip; ///< "39 respondenten; 20 april 2026"
};

struct OrganisationRow {
    core::Id id = 0;
    std::vector<RoundRow> roundList;
    std::string name;
    std::string type;        ///< translated hospital type
    std::size_t rounds = 0;
    std::size_t respondents = 0; ///< in all rounds together
    std::string latestRound; ///< "name (date)" or empty
};

class OrganisationsPresenter {
public:
    explicit OrganisationsPresenter(core::Language lang) : m_lang(lang) {}

    /// Opens a database file. Returns false and sets error() when it cannot be used; the
    /// previously open database then stays open.
    bool open(const std::string& path);
    /// Creates a new, empty database file and opens it. Refuses a file that already exists.
    bool create(const std::string& path);
    /// Adds an organisation; nullopt and error() when the name is empty or taken.
    std::optional<core::Id> addOrganisation(const std::string& name, const std::string& hospitalType);
    /// Renames an organisation and sets its type; false and error() when the name is empty or taken.
    bool editOrganisation(core::Id id, const std::string& name, const std::string& hospitalType);
    /// Creates a round of the built-in instrument; nullopt and error() when the name, date or
    /// threshold is wrong. An empty date is today.
    std::optional<core::Id> createRound(core::Id organisation, const std::string& name, const std::string& date,
                                        int anonymityK, const std::vector<std::string>& modules = {});
    /// Sets the modules a round uses; false and error() for one that holds answers (nothing changes).
    bool setModules(core::Id round, const std::vector<std::string>& modules);
    /// The hospital types as (code, label), for the new-organisation dialog.
    std::vector<std::pair<std::string, std::string>> hospitalTypes() const;
    bool isOpen() const { return m_db != nullptr; }
    db::Database& database() { return *m_db; }

    std::string windowTitle() const;
    std::vector<std::string> columnHeaders() const;
    const std::vector<OrganisationRow>& rows() const { return m_rows; }
    /// Shown when the list is empty: what to do next.
    std::string emptyHint() const;
    const std::string& error() const { return m_error; }
    core::Language language() const { return m_lang; }

    /// Reads the organisations and rounds again (after answers were stored elsewhere).
    void reload();

private:
    /// Runs a change of the database; on a core::Error keeps its message in error().
    template <typename F>
    auto attempt(F&& change) -> std::optional<decltype(change())>;

    core::Language m_lang;
    std::unique_ptr<db::Database> m_db;
    std::vector<OrganisationRow> m_rows;
    std::string m_error;
};

} // namespace gui
