#pragma once
// Private to db/: the SQLiteCpp connection behind db::Database.

#include "db/database.hpp"
#include "db/errors.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <map>
#include <mutex>

namespace db {

struct Database::Impl {
    Impl(const std::string& file, int flags) : path(file), sql(file, flags) {}
    /// A connection made elsewhere (a read-only file, or its copy in memory) shown as `file`.
    Impl(const std::string& file, SQLite::Database&& connection) : path(file), sql(std::move(connection)) {}
    std::string path;
    SQLite::Database sql;
    mutable std::mutex instrumentsMutex;
    mutable std::map<std::vector<core::Id>, std::unique_ptr<core::Instrument>> instruments; // by instruments.id, then its modules' ids
};

/// Throws the db:: error that says what SQLite's error means for the user, naming the file: a
/// constraint becomes Conflict, a damaged file Damaged, a file held by another program says which.
[[noreturn]] void throwAsDbError(const SQLite::Exception& e, const std::string& path);

/// Runs f, turning SQLite's exceptions into db:: errors about the file at `path`.
template <typename F>
auto guarded(const std::string& path, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        throwAsDbError(e, path);
    }
}

/// The value as an import would store it, after the checks an imported cell gets (Conflict).
core::AnswerValue checkedAnswer(const core::Instrument& instrument, core::Role role, const std::string& item,
                                const core::AnswerValue& value);

/// One answer from a statement whose columns are code, role, item, num, choice; a value Samenspel
/// does not write throws Damaged naming the file.
core::AnswerRow storedAnswer(const SQLite::Statement& q, const std::string& path);

/// An all-or-nothing write that nests (a SAVEPOINT): commit() keeps the changes; leaving the scope
/// without commit() undoes them, also when an exception unwinds through it.
class WriteScope {
public:
    explicit WriteScope(SQLite::Database& sql);
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;
    ~WriteScope();
    void commit();

private:
    SQLite::Database& m_sql;
    std::string m_name;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace db
