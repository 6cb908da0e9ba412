#pragma once
// Private to db/: what is checked about a database file before and just after it is opened.

#include "db/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

namespace db::detail {

inline constexpr int kBusyTimeoutMs = 5000;

/// Checks the file before SQLite sees it: it exists (unless it may be created), is a file, is on a
/// local disk when it is to be written. Throws NoDatabase, NotOurFile or Error with the path named.
void checkFileBeforeOpening(const std::string& path, Database::Mode mode);

/// Whether the folder that holds `file` can be written (SQLite makes its journal there).
bool folderWritable(const std::string& file);

/// The name of a network file system type (statfs f_type), or "" for a local one.
std::string networkFileSystemName(long type);

/// The database's own consistency check (PRAGMA integrity_check): throws Damaged, naming the file and
/// the first problem, when it fails.
void checkIntact(SQLite::Database& sql, const std::string& path);

/// Switches the file to a rollback journal (docs/data-file.md says why); a file that another
/// connection holds in WAL mode stays in WAL mode until the next opening.
void useRollbackJournal(SQLite::Database& sql);

/// A read-only connection to an existing file that is never changed: a file of an older schema is
/// copied into memory and migrated there; a file in a folder that cannot be written is read as it is.
/// `prepare` checks and migrates the connection (ownership, integrity, schema).
std::unique_ptr<SQLite::Database> openReadOnly(const std::string& path);

} // namespace db::detail
