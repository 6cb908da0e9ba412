#include "file_state.hpp"

#include "db/errors.hpp"

#include <sqlite3.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

namespace db::detail {
namespace {

using core::Message;
using core::tx;
namespace fs = std::filesystem;

/// The file system type of the folder that holds (or will hold) the file.
long fileSystemType(const fs::path& file)
{
    fs::path probe = file;
    std::error_code ec;
    while (!probe.empty() && !fs::exists(probe, ec))
        probe = probe.parent_path();
    if (probe.empty())
        probe = ".";
    struct statfs info {};
    if (statfs(probe.c_str(), &info) != 0)
        return 0;
    return static_cast<long>(info.f_type);
}

/// `path` as an SQLite URI filename, with the characters a URI gives a meaning escaped.
std::string uriOf(const std::string& path, const char* query)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char hex[] = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?" + query;
}

} // namespace

bool folderWritable(const std::string& file)
{
    const fs::path path(file);
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    return access(folder.c_str(), W_OK) == 0;
}

std::string networkFileSystemName(long type)
{
    // Magic numbers from statfs(2); these are the network file systems a laptop meets (NFS, a
    // Windows or Samba share, sshfs and other FUSE mounts, a virtual machine's shared folder).
    switch (static_cast<unsigned long>(type)) {
    case 0x6969UL: return "NFS";
    case 0x517BUL: return "SMB";
    case 0xFF534D42UL: return "CIFS";
    case 0xFE534D42UL: return "SMB2";
    case 0x65735546UL: return "FUSE";
    case 0x01021997UL: return "9P";
    case 0x5346414FUL: return "AFS";
    case 0x00C36400UL: return "Ceph";
    case 0x47504653UL: return "GPFS";
    case 0x0BD00BD0UL: return "Lustre";
    default: return {};
    }
}

void checkFileBeforeOpening(const std::string& path, Database::Mode mode)
{
    std::error_code ec;
    if (path.ends_with('/') && !fs::is_directory(path, ec))
        throw NotOurFile(Message{tx("{0} ends in '/', so it names a folder, not a database file; give a file name, such as "
                                    "{0}samenspel.samenspel"),
                                 {path}});
    const bool exists = fs::exists(path, ec);
    if (!exists && mode != Database::Mode::CreateIfMissing)
        throw NoDatabase(Message{tx("there is no database at {0}; create one with 'samenspel init' or 'samenspel demo'"), {path}});
    if (fs::is_directory(path, ec))
        throw NotOurFile(Message{tx("{0} is a folder, not a database file"), {path}});
    if (exists && !fs::is_regular_file(path, ec))
        throw NotOurFile(Message{tx("{0} is not an ordinary file (a device, pipe or socket), so it cannot be a Samenspel database"), {path}});
    if (exists && mode == Database::Mode::ReadOnly && fs::file_size(path, ec) == 0)
        throw NotOurFile(Message{tx("{0} is empty: it holds no Samenspel data yet; 'samenspel init --db {0}' makes it a database"), {path}});
    if (mode != Database::Mode::ReadOnly) {
        // SQLite's locking and journals rely on the local kernel; over a network share they can fail
        // silently and damage the file (docs/data-file.md).
        if (const auto network = networkFileSystemName(fileSystemType(path)); !network.empty())
            throw Unwritable(Message{tx("{0} is on a network drive ({1}); Samenspel changes its files only on this computer's own disk, "
                                   "so that no answer can be lost. Copy the file to a local folder and open the copy"),
                                {path, network}});
    }
    if (mode == Database::Mode::CreateIfMissing && !exists) {
        const auto parent = fs::path(path).parent_path();
        std::error_code created;
        if (!parent.empty())
            fs::create_directories(parent, created);
        if (created)
            throw Error(Message{tx("cannot create the folder {0}: {1}"), {parent.string(), created.message()}});
    }
    if (exists && mode != Database::Mode::ReadOnly && access(path.c_str(), W_OK) != 0)
        throw Unwritable(Message{tx("{0} is read-only: Samenspel can show it but not change it. Make it writable, or use a "
                               "command that only reads (score, report, export)"),
                            {path}});
}

void checkIntact(SQLite::Database& sql, const std::string& path)
{
    std::string verdict;
    try {
        verdict = sql.execAndGet("PRAGMA integrity_check(1)").getString();
    } catch (const SQLite::Exception& e) {
        verdict = e.what();
    }
    // The report comes as lines ("*** in database main ***", "Page 4: ..."): one line in the message.
    if (const std::string_view header = "*** in database main ***\n"; verdict.starts_with(header))
        verdict.erase(0, header.size());
    for (auto newline = verdict.find('\n'); newline != std::string::npos; newline = verdict.find('\n', newline))
        verdict.replace(newline, 1, "; ");
    if (verdict != "ok")
        throw Damaged(Message{tx("{0} is damaged ({1}). Samenspel has not changed it; restore a backup of the file"),
                              {path, verdict}});
}

void useRollbackJournal(SQLite::Database& sql)
{
    try {
        sql.exec("PRAGMA journal_mode = DELETE");
    } catch (const SQLite::Exception&) {
        // Another connection has the file open in WAL mode; WAL stays safe with our locks.
    }
    // EXTRA also makes the journal's deletion durable: a commit survives a power cut.
    sql.exec("PRAGMA synchronous = EXTRA");
}

std::unique_ptr<SQLite::Database> openReadOnly(const std::string& path)
{
    auto sql = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY);
    sql->setBusyTimeout(kBusyTimeoutMs);
    try {
        sql->execAndGet("PRAGMA schema_version");
    } catch (const SQLite::Exception& e) {
        // A file left in WAL mode by an older version, in a folder we cannot write: without its
        // -wal file there is nothing beyond the file itself, so it can be read as it is.
        std::error_code ec;
        if (e.getErrorCode() != SQLITE_CANTOPEN || folderWritable(path) || fs::exists(path + "-wal", ec))
            throw;
        sql = std::make_unique<SQLite::Database>(uriOf(path, "immutable=1"), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    }
    return sql;
}

} // namespace db::detail
