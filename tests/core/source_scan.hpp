#pragma once
// Reads the project's own sources, for tests that check rules across the code base.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace test {

struct SourceFile {
    std::string path; ///< relative to the source root
    std::string text;
};

inline std::vector<SourceFile> sources(const std::vector<std::string>& folders)
{
    namespace fs = std::filesystem;
    std::vector<SourceFile> out;
    for (const auto& folder : folders) {
        const fs::path root = fs::path(SAMENSPEL_SOURCE_DIR) / folder;
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            const auto ext = entry.path().extension();
            if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp"))
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            out.push_back({fs::relative(entry.path(), SAMENSPEL_SOURCE_DIR).string(), text.str()});
        }
    }
    return out;
}

} // namespace test
