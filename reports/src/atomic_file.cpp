#include "reports/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <random>
#include <streambuf>
#include <system_error>

// The content is written to an unnamed file in the target's folder (O_TMPFILE), so a process that
// is killed while writing leaves nothing behind; only the finished, synced file gets a name: a
// temporary one for the instant between linking it in and renaming it over the target. Where the
// file system has no unnamed files, a named temporary file is used. A temporary file left by a
// process that no longer runs is removed the next time a file is written to that name.
namespace reports {
namespace {

namespace fs = std::filesystem;
using core::Message;
using core::tx;

/// An output buffer over a file descriptor; a failed write sets the stream's badbit.
class DescriptorBuffer final : public std::streambuf {
public:
    explicit DescriptorBuffer(int fd) : m_fd(fd) { setp(m_buffer.data(), m_buffer.data() + m_buffer.size()); }
    int sync() override { return flushAll() ? 0 : -1; }
    int lastError() const { return m_errno; }

protected:
    int_type overflow(int_type ch) override
    {
        if (!flushAll())
            return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof()))
            sputc(traits_type::to_char_type(ch));
        return traits_type::not_eof(ch);
    }

private:
    bool flushAll()
    {
        const char* p = pbase();
        while (p < pptr()) {
            const ssize_t n = ::write(m_fd, p, static_cast<std::size_t>(pptr() - p));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_errno = n < 0 ? errno : EIO;
                return false;
            }
            p += n;
        }
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return true;
    }

    int m_fd;
    int m_errno = 0;
    std::array<char, 65536> m_buffer{};
};

/// Closes the descriptor, and removes a named temporary file, unless disarmed.
struct Temporary {
    int fd = -1;
    fs::path named;
    ~Temporary()
    {
        if (fd >= 0)
            ::close(fd);
        std::error_code ignored;
        if (!named.empty())
            fs::remove(named, ignored);
    }
};

std::string temporaryPrefix(const fs::path& target) { return "." + target.filename().string() + ".tmp-"; }

fs::path temporaryName(const fs::path& target)
{
    std::random_device random;
    return target.parent_path() / (temporaryPrefix(target) + std::to_string(getpid()) + "-" + std::to_string(random()));
}

/// Removes temporary files of `target` whose writer has gone: ".NAME.tmp-PID-N" of a process that
/// no longer runs, and the "NAME.tmp-N" that earlier versions left, once they are an hour old.
void removeStaleTemporaries(const fs::path& target)
{
    std::error_code ec;
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const std::string prefix = temporaryPrefix(target);
    const std::string oldPrefix = target.filename().string() + ".tmp-";
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        bool stale = false;
        if (name.starts_with(prefix)) {
            const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
            stale = pid > 0 && kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
        } else if (name.starts_with(oldPrefix) && name.find_first_not_of("0123456789", oldPrefix.size()) == std::string::npos) {
            std::error_code timeError;
            const auto age = fs::file_time_type::clock::now() - fs::last_write_time(it->path(), timeError);
            stale = !timeError && age > std::chrono::hours(1);
        }
        if (stale) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

[[noreturn]] void failWriting(const std::string& path, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        throw Error(Message{tx("writing {0} failed: the disk is full. The old file, if any, is unchanged"), {path}});
    throw Error(Message{tx("writing {0} failed: {1}"), {path, std::strerror(error)}});
}

} // namespace

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write)
{
    const fs::path target(path);
    if (fs::is_directory(target))
        throw Error(Message{tx("{0} is a folder; give a file name"), {path}});
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    removeStaleTemporaries(target);

    Temporary temp;
    temp.fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (temp.fd < 0 && errno != ENOENT && errno != EACCES && errno != EROFS) {
        // No unnamed files on this file system: a named one, removed on every failure.
        temp.named = temporaryName(target);
        temp.fd = ::open(temp.named.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (temp.fd < 0)
            temp.named.clear();
    }
    if (temp.fd < 0)
        throw Error(Message{tx("cannot write {0}: the folder does not exist or is not writable"), {path}});

    DescriptorBuffer buffer(temp.fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (!out)
        failWriting(path, buffer.lastError() ? buffer.lastError() : EIO);
    if (::fsync(temp.fd) != 0)
        failWriting(path, errno);

    if (temp.named.empty()) {
        const fs::path linked = temporaryName(target);
        const std::string self = "/proc/self/fd/" + std::to_string(temp.fd);
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, linked.c_str(), AT_SYMLINK_FOLLOW) != 0)
            failWriting(path, errno);
        temp.named = linked;
    }
    std::error_code ec;
    fs::rename(temp.named, target, ec);
    if (ec)
        throw Error(Message{tx("cannot replace {0}: {1}"), {path, ec.message()}});
    temp.named.clear();
    // The new name is made durable too, so that after a power cut the file is there, whole.
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

} // namespace reports
