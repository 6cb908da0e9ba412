#pragma once
// samenspel run as the tests run it: in process, on a database in a temporary folder, with its
// exit code and both outputs.

#include "options.hpp"
#include "run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace clitest {

struct Result {
    int code;
    std::string out;
    std::string err;
};

inline Result samenspel(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::main(args, out, err);
    return {code, out.str(), err.str()};
}

/// Runs samenspel in English on one database.
inline auto inEnglishOn(const std::string& db)
{
    return [db](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db, "--lang", "en"});
        return samenspel(args);
    };
}

class Folder {
public:
    Folder()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("samenspel-cli-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~Folder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    std::filesystem::path path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

inline std::string read(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// A database in a temporary folder, and commands run on it in English.
class Session {
public:
    explicit Session(const std::vector<std::string>& setup)
    {
        for (const auto& line : setup) {
            std::vector<std::string> args;
            std::istringstream words(line);
            for (std::string w; words >> w;)
                args.push_back(w);
            REQUIRE(run(args).code == 0);
        }
    }
    Result run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", m_dir.file("werk.samenspel"), "--lang", "en"});
        return samenspel(args);
    }
    std::string file(const std::string& name) const { return m_dir.file(name); }

private:
    Folder m_dir;
};

} // namespace clitest
