#pragma once
// Private to db/: the SQLiteCpp connection behind db::Database.

#include "db/database.hpp"
#include "db/errors.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <map>
#include <mutex>

namespace db {

struct Database::Impl {
    Impl(const std::string& file, int flags) : path(file), sql(file, flags) {}
    std::string path;
    SQLite::Database sql;
    mutable std::mutex instrumentsMutex;
    mutable std::map<core::Id, std::unique_ptr<core::Instrument>> instruments; // by instruments.id
};

/// Runs f, turning SQLite's exceptions into db::Error (constraint failures into Conflict).
template <typename F>
auto guarded(F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode();
        if (code == SQLITE_CONSTRAINT)
            throw Conflict(core::Message{core::tx("the database refused the change: {0}"), {e.what()}});
        if (code == SQLITE_NOTADB)
            throw NotOurFile(core::Message{core::tx("this file is not a Samenspel database"), {}});
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw Error(core::Message{core::tx("the database is in use by another program; try again"), {}});
        throw Error(core::Message{core::tx("database error: {0}"), {e.what()}});
    }
}

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
