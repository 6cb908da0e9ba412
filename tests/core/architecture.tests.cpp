#include "source_scan.hpp"

#include <catch2/catch.hpp>

#include <regex>

TEST_CASE("core includes no UI, database, Boost or rendering library", "[architecture]")
{
    static const std::regex forbidden(R"(#\s*include\s*[<"](wx/|SQLiteCpp|sqlite3|boost/|cairo|pango|gtk))");
    const auto files = test::sources({"core"});
    REQUIRE(files.size() > 10);
    for (const auto& f : files) {
        INFO(f.path);
        CHECK_FALSE(std::regex_search(f.text, forbidden));
    }
}

TEST_CASE("SQLite stays inside db: no SQLite type in a public header or outside db", "[architecture]")
{
    static const std::regex sqlite(R"(SQLite::|sqlite3\b|SQLiteCpp)");
    for (const auto& f : test::sources({"db/include", "reports", "app", "core"})) {
        INFO(f.path);
        CHECK_FALSE(std::regex_search(f.text, sqlite));
    }
}

TEST_CASE("the network stays in the workshop server: Beast in one file, sockets nowhere else", "[architecture]")
{
    static const std::regex beast(R"(#\s*include\s*<boost/(beast|asio))");
    static const std::regex sockets(R"(#\s*include\s*<(sys/socket|netinet/|arpa/|ifaddrs))");
    for (const auto& f : test::sources({"core", "db", "reports", "app"})) {
        INFO(f.path);
        const auto name = f.path.substr(f.path.find_last_of('/') + 1);
        if (name != "http_server.cpp")
            CHECK_FALSE(std::regex_search(f.text, beast));
        if (name != "network.cpp")
            CHECK_FALSE(std::regex_search(f.text, sockets));
    }
}
