#include "test_db.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <random>
#include <vector>

namespace test {

TempDir::TempDir()
{
    std::random_device random;
    m_path = std::filesystem::temp_directory_path() / ("samenspel-test-" + std::to_string(random()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string dump(const std::string& path)
{
    SQLite::Database sql(path, SQLite::OPEN_READONLY);
    std::string out = "user_version=" + sql.execAndGet("PRAGMA user_version").getString() +
                      " application_id=" + sql.execAndGet("PRAGMA application_id").getString() + "\n";
    SQLite::Statement tables(sql, "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.executeStep()) {
        const std::string name = tables.getColumn(0).getString();
        out += tables.getColumn(1).getString() + "\n";
        SQLite::Statement rows(sql, "SELECT * FROM \"" + name + "\"");
        std::vector<std::string> lines;
        while (rows.executeStep()) {
            std::string line;
            for (int i = 0; i < rows.getColumnCount(); ++i)
                line += (i ? "|" : "") + (rows.getColumn(i).isNull() ? std::string("NULL") : rows.getColumn(i).getString());
            lines.push_back(std::move(line));
        }
        std::sort(lines.begin(), lines.end());
        for (const auto& line : lines)
            out += line + "\n";
    }
    return out;
}

db::Database databaseWithRound(const std::string& path)
{
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Testziekenhuis", "general");
    db.createAssessment({org, "Ronde 1", "2026-01-15", 3});
    return db;
}

} // namespace test
