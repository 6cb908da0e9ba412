// Runs the bad-input matrix (bad_input_cases.cpp): every case is refused with its exit code and a
// Dutch message that names the file and says what is wrong, where, and what would be right; the demo
// database, and a database file given as --db, come out byte for byte as they went in, with nothing
// left beside them.
#include "bad_input.hpp"
#include "run.hpp"
#include "test_db.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::set<std::string> namesIn(const fs::path& folder)
{
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(folder))
        out.insert(entry.path().filename().string());
    return out;
}

/// A real demo database, filled once for all cases, with its dump and bytes to compare against.
struct Demo {
    test::TempDir dir;
    std::string path = dir.file("demo.samenspel");
    std::string dump;
    std::string bytes;
    Demo()
    {
        std::ostringstream out;
        std::ostringstream err;
        if (cli::main({"--db", path, "demo"}, out, err) != 0)
            throw std::runtime_error("the demo database could not be made: " + err.str());
        dump = test::dump(path);
        bytes = bytesOf(path);
    }
};

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

const char* kindName(badinput::Kind kind)
{
    switch (kind) {
    case badinput::Kind::Csv: return "csv";
    case badinput::Kind::Json: return "json";
    case badinput::Kind::Database: return "database";
    case badinput::Kind::Value: return "value";
    }
    return "?";
}

} // namespace

namespace badinput {

std::string inputName(Kind kind)
{
    switch (kind) {
    case Kind::Csv: return "antwoorden.csv";
    case Kind::Json: return "gegevens.json";
    case Kind::Database: return "werk.samenspel";
    case Kind::Value: return "waarde.txt";
    }
    return "invoer";
}

std::vector<Case> cases()
{
    std::vector<Case> out;
    for (auto part : {csvCases(), jsonCases(), databaseCases()})
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    return out;
}

} // namespace badinput

TEST_CASE("the bad-input matrix has at least 100 cases over CSV, JSON and database files", "[cli][bad-input]")
{
    std::map<badinput::Kind, int> count;
    std::set<std::string> names;
    for (const auto& c : badinput::cases()) {
        ++count[c.kind];
        INFO(c.name);
        CHECK(names.insert(c.name).second);
        CHECK_FALSE(c.what.empty());
        CHECK_FALSE(c.where.empty());
        CHECK_FALSE(c.expected.empty());
        CHECK(c.exit != 0);
    }
    CHECK(count[badinput::Kind::Csv] >= 45);
    CHECK(count[badinput::Kind::Json] >= 35);
    CHECK(count[badinput::Kind::Database] >= 20);
    CHECK(names.size() >= 100);
}

TEST_CASE("bad input is refused with the exit code, what, where and what is expected; nothing changes", "[cli][bad-input]")
{
    static const Demo demo;
    for (const auto& c : badinput::cases()) {
        DYNAMIC_SECTION(kindName(c.kind) << ": " << c.name)
        {
            const test::TempDir folder;
            const std::string dir = folder.path().string();
            const std::string file = folder.file(badinput::inputName(c.kind));
            if (c.input)
                c.input(file, demo.path);
            const std::string before = c.input ? bytesOf(file) : std::string();
            const auto made = namesIn(dir);

            std::vector<std::string> args;
            const bool ownDb = std::find(c.command.begin(), c.command.end(), "--db") != c.command.end();
            if (!ownDb)
                args = {"--db", demo.path};
            const auto expand = [&](const std::string& text) { return replaced(replaced(text, "{file}", file), "{dir}", dir); };
            bool namesFile = false;
            for (const auto& a : c.command) {
                namesFile = namesFile || a.find("{file}") != std::string::npos;
                args.push_back(expand(a));
            }
            std::ostringstream out;
            std::ostringstream err;
            const int code = cli::main(args, out, err);
            const std::string message = err.str();
            std::string shown;
            for (const auto& a : args)
                shown += " " + (a.size() <= 80 ? a : a.substr(0, 80) + "...");
            INFO("command: samenspel" << shown);
            INFO("message: " << message.substr(0, 2000));

            CHECK(code == c.exit);
            CHECK(message.find(expand(c.what)) != std::string::npos);
            CHECK(message.find(expand(c.where)) != std::string::npos);
            CHECK(message.find(expand(c.expected)) != std::string::npos);
            if (namesFile)
                CHECK(message.find(file) != std::string::npos);
            // Never a crash turned into a message, never a figure that is not a number.
            CHECK(message.find("onverwachte fout") == std::string::npos);
            CHECK(out.str().find("nan") == std::string::npos);

            // The input file is as it was (a database file above all), and nothing was left beside it.
            if (c.input)
                CHECK(bytesOf(file) == before);
            CHECK(namesIn(dir) == made);
            // The demo database: the same rows, the same bytes, and no journal or temporary file.
            CHECK(test::dump(demo.path) == demo.dump);
            CHECK(bytesOf(demo.path) == demo.bytes);
            CHECK(namesIn(fs::path(demo.path).parent_path()) == std::set<std::string>{"demo.samenspel"});
        }
    }
}
