#include "db/session_lock.hpp"

#include "db/errors.hpp"
#include "file_locks.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace db {

using core::Message;
using core::tx;

namespace {

// An open-file-description lock on one byte of the database file per round, far beyond the 512 bytes
// at 1 GiB that SQLite locks (docs/data-file.md): it never meets SQLite's own locks, is released
// by the kernel when the program ends, and leaves no file behind. It is advisory, so it changes
// nothing for a program that does not ask for it.
constexpr long long kFirstByte = 1LL << 40;
constexpr long long kRounds = 1LL << 40;

bool setLock(int fd, long long offset, short type)
{
    struct flock lock {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = static_cast<off_t>(offset);
    lock.l_len = 1;
    return fcntl(fd, F_OFD_SETLK, &lock) == 0;
}

} // namespace

SessionLock::SessionLock(const std::string& path, core::Id round) : m_offset(kFirstByte + (round % kRounds + kRounds) % kRounds)
{
    // Opening and closing a descriptor of the file is harmless only with SQLite's locks on their
    // own descriptions (file_locks.hpp); without them a second session is not detected.
    if (!detail::useLocksThatSurviveOtherHandles())
        return;
    m_fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0)
        throw Error(Message{tx("cannot read or write {0}: {1}"), {path, std::strerror(errno)}});
    if (!setLock(m_fd, m_offset, F_WRLCK)) {
        const int why = errno;
        close(m_fd);
        m_fd = -1;
        if (why != EAGAIN && why != EACCES)
            throw Error(Message{tx("cannot read or write {0}: {1}"), {path, std::strerror(why)}});
        throw Conflict(Message{tx("a session on the phones already runs for this round, in this program or another on this "
                                  "computer; end that one first, so that no two people get the same participant code"),
                               {}});
    }
}

SessionLock::~SessionLock()
{
    if (m_fd >= 0) {
        setLock(m_fd, m_offset, F_UNLCK);
        close(m_fd);
    }
}

} // namespace db
