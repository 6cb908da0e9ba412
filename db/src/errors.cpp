#include "connection.hpp"
#include "file_locks.hpp"

namespace db {

using core::Message;
using core::tx;

void throwAsDbError(const SQLite::Exception& e, const std::string& path)
{
    switch (e.getErrorCode()) {
    case SQLITE_CONSTRAINT:
        throw Conflict(Message{tx("the database refused the change: {0}"), {e.what()}});
    case SQLITE_NOTADB:
        throw NotOurFile(Message{tx("{0} is not a Samenspel database: it is not an SQLite database file at all; expected a .samenspel file made by "
                                    "'samenspel init' or the desktop program"), {path}});
    case SQLITE_CORRUPT:
        throw Damaged(Message{tx("{0} is damaged ({1}). Samenspel has not changed it; restore a backup of the file"),
                              {path, e.what()}});
    case SQLITE_FULL:
        throw Error(Message{tx("the disk that holds {0} is full; nothing was changed. Make room and try again"), {path}});
    case SQLITE_READONLY:
        throw Error(Message{tx("{0} cannot be changed: it is read-only, or opened only for reading"), {path}});
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        if (const auto holder = detail::lockHolder(path); holder && holder->pid > 0)
            throw Error(Message{tx("{0} is in use by {1} (process {2}); try again when it is done"),
                                {path, holder->program, std::to_string(holder->pid)}});
        else if (holder)
            throw Error(Message{tx("{0} is in use by another Samenspel program; try again when it is done"), {path}});
        throw Error(Message{tx("{0} is in use by another program; try again when it is done"), {path}});
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw Error(Message{tx("cannot read or write {0}: {1}"), {path, e.what()}});
    default:
        throw Error(Message{tx("database error in {0}: {1}"), {path, e.what()}});
    }
}

} // namespace db
