#include "file_locks.hpp"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <fstream>
#include <map>
#include <mutex>
#include <utility>

// SQLite's unix VFS locks the database with POSIX advisory record locks (fcntl F_SETLK). Those
// belong to the process, so a close() of *any* descriptor of the file in this process drops them
// all: a file dialog sniffing the file, a thumbnailer, a library reading it. Another process then
// believes nobody has the file open and may roll back, checkpoint or delete journals under us
// ("How To Corrupt An SQLite Database File", section 2.2). SQLite avoids the hazard for its own
// descriptors only.
//
// Linux's open file description (OFD) locks have the same byte-range semantics and conflict with
// classic POSIX locks held by other processes (the sqlite3 shell, other programs), but they belong
// to one open file description: closing an unrelated descriptor leaves them alone. The unix VFS
// lets a program replace its system calls (xSetSystemCall); we replace fcntl and close so that
// every lock SQLite takes on a file is taken, as an OFD lock, on one description per file that
// this process keeps for as long as SQLite has the file open. One description per file keeps
// SQLite's own bookkeeping right: it assumes all connections of the process share their locks,
// which is exactly what one shared description gives.
namespace db::detail {
namespace {

using FcntlCall = int (*)(int, int, ...);
using CloseCall = int (*)(int);

FcntlCall g_fcntl = nullptr;
CloseCall g_close = nullptr;

struct FileKey {
    dev_t device;
    ino_t inode;
    auto operator<=>(const FileKey&) const = default;
};
struct LockDescription {
    int fd = -1;   ///< a duplicate of the first locking descriptor: the description that holds the locks
    int users = 0; ///< SQLite's descriptors of this file that have taken a lock and are still open
};

std::mutex g_mutex;
std::map<FileKey, LockDescription> g_descriptions;
std::map<int, FileKey> g_lockingFds;

/// The descriptor that holds this file's locks, registering `fd` as one of its users.
int lockDescriptor(int fd)
{
    if (const auto known = g_lockingFds.find(fd); known != g_lockingFds.end())
        return g_descriptions.at(known->second).fd;
    struct stat st {};
    if (fstat(fd, &st) != 0)
        return -1;
    const FileKey key{st.st_dev, st.st_ino};
    auto [it, inserted] = g_descriptions.try_emplace(key);
    if (inserted) {
        it->second.fd = g_fcntl(fd, F_DUPFD_CLOEXEC, 0);
        if (it->second.fd < 0) {
            g_descriptions.erase(it);
            return -1;
        }
    }
    ++it->second.users;
    g_lockingFds.emplace(fd, key);
    return it->second.fd;
}

int ofdCommand(int cmd)
{
    switch (cmd) {
    case F_GETLK: return F_OFD_GETLK;
    case F_SETLK: return F_OFD_SETLK;
    default: return F_OFD_SETLKW;
    }
}

int lockingFcntl(int fd, int cmd, ...)
{
    va_list args;
    va_start(args, cmd);
    if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) {
        auto* lock = va_arg(args, struct flock*);
        va_end(args);
        std::lock_guard guard(g_mutex);
        const int holder = lockDescriptor(fd);
        if (holder < 0)
            return -1;
        lock->l_pid = 0; // required by OFD locks
        return g_fcntl(holder, ofdCommand(cmd), lock);
    }
    // Every other command SQLite uses (F_GETFD, F_SETFD, F_GETFL, ...) takes at most an int.
    const int value = va_arg(args, int);
    va_end(args);
    return g_fcntl(fd, cmd, value);
}

int trackingClose(int fd)
{
    {
        std::lock_guard guard(g_mutex);
        if (const auto known = g_lockingFds.find(fd); known != g_lockingFds.end()) {
            const FileKey key = known->second;
            g_lockingFds.erase(known);
            auto& description = g_descriptions.at(key);
            if (--description.users == 0) {
                // SQLite closes its last descriptor of the file: its locks go with it, as they would
                // with POSIX locks.
                g_close(description.fd);
                g_descriptions.erase(key);
            }
        }
    }
    return g_close(fd);
}

/// True when this kernel has OFD locks (Linux 3.15 and later).
bool kernelHasOfdLocks()
{
    char name[] = "/tmp/samenspel-ofd-XXXXXX";
    const int fd = mkstemp(name);
    if (fd < 0)
        return false;
    unlink(name);
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    const bool ok = fcntl(fd, F_OFD_GETLK, &probe) == 0;
    close(fd);
    return ok;
}

bool install()
{
    if (!kernelHasOfdLocks())
        return false;
    sqlite3_vfs* unix = sqlite3_vfs_find("unix");
    if (unix == nullptr || unix->iVersion < 3 || unix->xGetSystemCall == nullptr)
        return false;
    auto fcntlCall = reinterpret_cast<FcntlCall>(unix->xGetSystemCall(unix, "fcntl"));
    auto closeCall = reinterpret_cast<CloseCall>(unix->xGetSystemCall(unix, "close"));
    if (fcntlCall == nullptr || closeCall == nullptr)
        return false;
    g_fcntl = fcntlCall;
    g_close = closeCall;
    // All unix VFS variants share one system call table, so this covers every connection.
    if (unix->xSetSystemCall(unix, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&lockingFcntl)) != SQLITE_OK)
        return false;
    if (unix->xSetSystemCall(unix, "close", reinterpret_cast<sqlite3_syscall_ptr>(&trackingClose)) != SQLITE_OK) {
        unix->xSetSystemCall(unix, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(fcntlCall));
        return false;
    }
    return true;
}

} // namespace

bool useLocksThatSurviveOtherHandles()
{
    // Before the first connection opens a file: a lock taken through the old call would not be
    // seen by the new one.
    static const bool installed = install();
    return installed;
}

std::optional<LockHolder> lockHolder(const std::string& path)
{
    // Opening and closing the file here is only harmless with our own locks in place.
    if (!useLocksThatSurviveOtherHandles())
        return std::nullopt;
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    constexpr off_t kPendingByte = 0x40000000; // SQLite's lock bytes: pending, reserved, 510 shared
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = kPendingByte;
    probe.l_len = 512;
    const bool asked = fcntl(fd, F_OFD_GETLK, &probe) == 0;
    close(fd);
    if (!asked || probe.l_type == F_UNLCK)
        return std::nullopt;
    LockHolder holder;
    if (probe.l_pid > 0) {
        holder.pid = probe.l_pid;
        std::ifstream comm("/proc/" + std::to_string(probe.l_pid) + "/comm");
        std::getline(comm, holder.program);
        if (holder.program.empty())
            holder.program = "?";
    }
    return holder;
}

} // namespace db::detail
