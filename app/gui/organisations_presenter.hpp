#pragma once
// What the main window shows: the organisations in the open database and their rounds.
// No wx here: tests drive it without a display.

#include "core/i18n.hpp"
#include "db/database.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gui {

struct RoundRow {
    core::Id id = 0;
    std::string label; ///< "Nulmeting 2026 (2026-04-20), 39 respondents"
    std::size_t respondents = 0;
};

struct OrganisationRow {
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
    bool isOpen() const { return m_db != nullptr; }
    db::Database& database() { return *m_db; }

    std::string windowTitle() const;
    std::vector<std::string> columnHeaders() const;
    const std::vector<OrganisationRow>& rows() const { return m_rows; }
    /// Shown when the list is empty: what to do next.
    std::string emptyHint() const;
    const std::string& error() const { return m_error; }
    core::Language language() const { return m_lang; }

private:
    void reload();

    core::Language m_lang;
    std::unique_ptr<db::Database> m_db;
    std::vector<OrganisationRow> m_rows;
    std::string m_error;
};

} // namespace gui
