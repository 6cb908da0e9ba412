#include "reports/atomic_file.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

namespace reports {

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write)
{
    namespace fs = std::filesystem;
    using core::Message;
    using core::tx;
    const fs::path target(path);
    if (fs::is_directory(target))
        throw Error(Message{tx("{0} is a folder; give a file name"), {path}});
    std::random_device random;
    const fs::path temp = target.string() + ".tmp-" + std::to_string(random());
    struct Cleanup {
        const fs::path& file;
        bool armed = true;
        ~Cleanup()
        {
            std::error_code ignored;
            if (armed)
                fs::remove(file, ignored);
        }
    } cleanup{temp};
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(Message{tx("cannot write {0}: the folder does not exist or is not writable"), {path}});
        write(out);
        out.flush();
        if (!out)
            throw Error(Message{tx("writing {0} failed (disk full?)"), {path}});
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec)
        throw Error(Message{tx("cannot replace {0}: {1}"), {path, ec.message()}});
    cleanup.armed = false;
}

} // namespace reports
