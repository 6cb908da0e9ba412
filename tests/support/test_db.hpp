#pragma once
// Helpers for database tests: temporary files and a full dump to compare before and after.

#include "db/database.hpp"

#include <filesystem>
#include <string>

namespace test {

/// A fresh folder under the system's temporary folder, removed at the end of the test.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Every row of every table, in a stable order, plus the header pragmas: equal dumps mean
/// equal databases.
std::string dump(const std::string& path);

/// A database with one organisation and one round (id 1).
db::Database databaseWithRound(const std::string& path);

} // namespace test
