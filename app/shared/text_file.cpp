#include "text_file.hpp"

#include "core/text/i18n.hpp"
#include "core/io/json_limits.hpp"

#include <array>
#include <filesystem>
#include <fstream>

namespace app {

using core::tx;

std::ifstream openInputFile(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw core::Error(core::Message{tx("{0} is a folder; give a file"), {path}});
    if (!std::filesystem::exists(path, ec))
        throw core::Error(core::Message{tx("cannot read {0}: there is no such file; check its name and folder"), {path}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw core::Error(core::Message{tx("cannot read {0}"), {path}});
    return in;
}

std::string readTextFile(const std::string& path, std::size_t maxBytes)
{
    auto in = openInputFile(path);
    // In blocks, stopping past maxBytes: /dev/zero or a huge file must not fill the memory.
    std::string text;
    std::array<char, 1 << 16> block{};
    while (text.size() <= maxBytes && in) {
        in.read(block.data(), block.size());
        text.append(block.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw core::Error(core::Message{tx("cannot read {0}"), {path}});
    return text;
}

std::string readJsonFile(const std::string& path) { return readTextFile(path, core::kMaxJsonFileBytes); }

} // namespace app
