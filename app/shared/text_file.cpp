#include "text_file.hpp"

#include "core/i18n.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace app {

using core::tx;

std::string readTextFile(const std::string& path)
{
    if (std::filesystem::is_directory(path))
        throw core::Error(core::Message{tx("{0} is a folder; give a file"), {path}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw core::Error(core::Message{tx("cannot read {0}"), {path}});
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace app
