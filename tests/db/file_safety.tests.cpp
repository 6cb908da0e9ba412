// The data file survives what happens around the program: other handles to the file in this
// process, other programs reading it, read-only files and damaged files (docs/data-file.md).
#include "core/instrument/instrument_loader.hpp"
#include "db/errors.hpp"
#include "test_db.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

using db::Database;

namespace {

/// Runs the sqlite3 shell, a program other than ours, on the file; returns its exit code and output.
std::pair<int, std::string> otherProgram(const std::string& path, const std::string& sql)
{
    const std::string out = path + ".shell-out";
    const std::string command = "sqlite3 '" + path + "' \"" + sql + "\" > '" + out + "' 2>&1";
    const int status = std::system(command.c_str());
    std::ifstream in(out);
    std::stringstream text;
    text << in.rdbuf();
    std::remove(out.c_str());
    return {WEXITSTATUS(status), text.str()};
}

/// What a file dialog, a thumbnailer or a library does: open the file, read a little, close it.
void touchFromThisProcess(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char header[100];
    in.read(header, sizeof header);
}

std::string integrity(const std::string& path)
{
    SQLite::Database sql(path, SQLite::OPEN_READONLY);
    return sql.execAndGet("PRAGMA integrity_check").getString();
}

int answerCount(const std::string& path)
{
    SQLite::Database sql(path, SQLite::OPEN_READONLY);
    return sql.execAndGet("SELECT count(*) FROM answers").getInt();
}

/// `respondents` rvb members who answer every statement put to the executive board with 3.
std::string bigAnswerFile(int respondents, int& answers)
{
    std::string csv = "respondent,role,item,value\n";
    answers = 0;
    for (int r = 0; r < respondents; ++r)
        for (const auto& q : core::builtinInstrument().questions())
            if (q.kind == core::QuestionKind::Likert && q.askedOf(core::Role::Rvb)) {
                csv += "R" + std::to_string(r) + ",rvb," + q.code + ",3\n";
                ++answers;
            }
    return csv;
}

} // namespace

TEST_CASE("another handle to the file in this process does not release the program's locks", "[db][safety]")
{
    test::TempDir dir;
    const auto path = dir.file("ziekenhuis.samenspel");
    auto db = test::databaseWithRound(path);
    int expected = 0;
    std::istringstream csv(bigAnswerFile(3000, expected)); // larger than SQLite's page cache: it spills into the file

    SECTION("while a large import is being written")
    {
        std::pair<int, std::string> reader;
        const auto summary = db.importAnswers(1, csv, false, [&] {
            touchFromThisProcess(path);
            reader = otherProgram(path, "SELECT count(*) FROM answers");
        });
        REQUIRE(summary.ok());
        // The other program must wait (SQLite reports "locked") or see the state before the import;
        // it must never roll back the import under the program's feet.
        INFO(reader.second);
        CHECK((reader.first != 0 || reader.second == "0\n"));
        CHECK(integrity(path) == "ok");
        CHECK(answerCount(path) == expected);
    }

    SECTION("between writes, as when a file dialog has shown the folder")
    {
        db.addOrganisation("Eerste", "general");
        touchFromThisProcess(path);
        const auto [code, out] = otherProgram(path, "SELECT count(*) FROM organisations");
        CHECK(code == 0);
        CHECK(out == "2\n");
        REQUIRE(db.importAnswers(1, csv, false).ok());
        touchFromThisProcess(path);
        CHECK(otherProgram(path, "PRAGMA integrity_check").second == "ok\n");
        CHECK(integrity(path) == "ok");
        CHECK(answerCount(path) == expected);
    }
}

TEST_CASE("a second program on the open file is told plainly that it is in use, and by what", "[db][safety]")
{
    test::TempDir dir;
    const auto path = dir.file("bezet.samenspel");
    { test::databaseWithRound(path); }
    // The sqlite3 shell holds a write transaction for a while; we try to write meanwhile.
    const std::string script = dir.file("hold.sql");
    // .timeout: should our first write come first, the shell waits for it instead of running on
    // without its transaction (a slow start on a busy machine made the test pass nothing through).
    std::ofstream(script) << ".timeout 10000\nBEGIN IMMEDIATE;\nINSERT INTO organisations (name) VALUES ('shell');\n"
                             "SELECT 1 FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000000) "
                             "SELECT count(*) FROM n);\nROLLBACK;\n";
    const std::string pidFile = dir.file("shell.pid");
    const std::string command = "sqlite3 '" + path + "' < '" + script + "' > /dev/null 2>&1 & echo $! > '" + pidFile + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    int shell = 0;
    std::ifstream(pidFile) >> shell;
    REQUIRE(shell > 0);
    auto db = Database::open(path);
    bool blocked = false;
    for (int attempt = 0; attempt < 100 && !blocked; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        try {
            db.addOrganisation("Poging " + std::to_string(attempt), "general");
        } catch (const db::Error& e) {
            const std::string text = e.message().render(core::Language::En);
            INFO(text);
            CHECK(text.find(path) != std::string::npos);
            CHECK(text.find("in use by sqlite3 (process ") != std::string::npos);
            blocked = true;
        }
    }
    kill(shell, SIGTERM);
    CHECK(blocked);
    CHECK(integrity(path) == "ok");
}

namespace {

std::string bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool mentions(const db::Error& e, const std::string& what)
{
    return e.message().render(core::Language::En).find(what) != std::string::npos;
}

} // namespace

TEST_CASE("reading never changes the file", "[db][safety]")
{
    test::TempDir dir;
    SECTION("an empty file stays empty")
    {
        const auto path = dir.file("leeg.samenspel");
        std::ofstream(path).close();
        try {
            Database::open(path, Database::Mode::ReadOnly);
            FAIL("opened");
        } catch (const db::NotOurFile& e) {
            CHECK(mentions(e, path));
            CHECK(mentions(e, "is empty"));
        }
        CHECK(std::filesystem::file_size(path) == 0);
    }
    SECTION("a file of an older schema is read through a copy, and stays old")
    {
        const auto path = dir.file("oud.samenspel");
        {
            auto db = test::databaseWithRound(path);
            std::istringstream csv("respondent,role,item,value\nR1,rvb,strategy.01,4\n");
            REQUIRE(db.importAnswers(1, csv, false).ok());
        }
        {
            SQLite::Database sql(path, SQLite::OPEN_READWRITE);
            sql.exec("DROP TABLE assessment_modules; DROP TABLE packages; ALTER TABLE organisations DROP COLUMN exchange_key; DROP TABLE live_answers; DROP TABLE live_questions; DROP TABLE invitations; DROP TABLE shared_answers; DROP TABLE shared_releases; DROP TABLE actions; PRAGMA user_version = 2");
        }
        const auto before = bytesOf(path);
        {
            const auto db = Database::open(path, Database::Mode::ReadOnly);
            CHECK(db.schemaVersion() == db::kSchemaVersion);
            CHECK(db.assessment(1).respondents == 1);
            CHECK(db.actionsOfOrganisation(1).empty());
            CHECK_THROWS_AS(const_cast<Database&>(db).addOrganisation("Nee", "general"), db::Error);
        }
        CHECK(bytesOf(path) == before);
        CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    }
    SECTION("a current file opened for reading refuses writes, naming the file")
    {
        const auto path = dir.file("lezen.samenspel");
        { test::databaseWithRound(path); }
        const auto before = bytesOf(path);
        auto db = Database::open(path, Database::Mode::ReadOnly);
        try {
            db.addOrganisation("Nee", "general");
            FAIL("written");
        } catch (const db::Error& e) {
            CHECK(mentions(e, path));
        }
        CHECK(bytesOf(path) == before);
    }
}

TEST_CASE("a damaged file is refused with its path and the advice to restore a backup", "[db][safety]")
{
    test::TempDir dir;
    const auto path = dir.file("kapot.samenspel");
    {
        auto db = test::databaseWithRound(path);
        int answers = 0;
        std::istringstream csv(bigAnswerFile(40, answers));
        REQUIRE(db.importAnswers(1, csv, false).ok());
    }
    SECTION("a b-tree page overwritten")
    {
        {
            std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(4096 * 5 + 3); // inside the header of a b-tree page: its cell count and offsets
            f.write("\xff\x7f\x01\xee\x55", 5);
        }
        const auto before = bytesOf(path);
        for (const auto mode : {Database::Mode::ExistingOnly, Database::Mode::ReadOnly}) {
            try {
                Database::open(path, mode);
                FAIL("opened");
            } catch (const db::Damaged& e) {
                CHECK(mentions(e, path));
                CHECK(mentions(e, "restore a backup"));
            }
        }
        CHECK(bytesOf(path) == before);
    }
    SECTION("an answer that Samenspel never stores")
    {
        {
            SQLite::Database sql(path, SQLite::OPEN_READWRITE);
            sql.exec("UPDATE answers SET num = 9 WHERE respondent_id = (SELECT min(respondent_id) FROM answers) "
                     "AND item = (SELECT min(item) FROM answers)");
        }
        const auto db = Database::open(path);
        try {
            db.forEachAnswer(1, [](const core::AnswerRow&) {});
            FAIL("read");
        } catch (const db::Damaged& e) {
            CHECK(mentions(e, path));
            CHECK(mentions(e, "\"9\""));
        }
    }
}

TEST_CASE("a new file given without a folder is made in the current folder", "[db][safety]")
{
    test::TempDir dir;
    const auto before = std::filesystem::current_path();
    std::filesystem::current_path(std::filesystem::path(dir.file("x")).parent_path());
    try {
        { const auto db = Database::open("hier.samenspel", Database::Mode::CreateIfMissing); }
        CHECK(std::filesystem::exists(dir.file("hier.samenspel")));
    } catch (...) {
        std::filesystem::current_path(before);
        throw;
    }
    std::filesystem::current_path(before);
}

TEST_CASE("checking that a change could be stored changes nothing, and says why not", "[db][safety]")
{
    test::TempDir dir;
    SECTION("a writable file: no error, the same bytes, no journal left")
    {
        const auto path = dir.file("goed.samenspel");
        { test::databaseWithRound(path); }
        const auto before = bytesOf(path);
        auto db = Database::open(path);
        db.checkWritable();
        CHECK(bytesOf(path) == before);
        CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    }
    SECTION("a file another program is writing: in use, and unchanged")
    {
        const auto path = dir.file("bezet.samenspel");
        { test::databaseWithRound(path); }
        auto db = Database::open(path);
        SQLite::Database other(path, SQLite::OPEN_READWRITE);
        other.exec("BEGIN EXCLUSIVE");
        try {
            db.checkWritable();
            FAIL("no error");
        } catch (const db::Error& e) {
            CHECK(mentions(e, "in use"));
        }
        other.exec("ROLLBACK");
        CHECK_NOTHROW(db.checkWritable());
    }
    SECTION("a file whose folder cannot be written: SQLite's journal goes there, so nothing could be stored")
    {
        // As a user without rights to the folder; root passes every permission check, so a child
        // process gives them up first.
        const auto folder = std::filesystem::path(dir.file("alleen-lezen"));
        std::filesystem::create_directory(folder);
        const auto path = (folder / "w.samenspel").string();
        { test::databaseWithRound(path); }
        std::filesystem::permissions(dir.file(""), std::filesystem::perms(0711));
        std::filesystem::permissions(path, std::filesystem::perms(0666));
        std::filesystem::permissions(folder, std::filesystem::perms(0555));
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
                _exit(4);
            try {
                auto db = Database::open(path);
                db.checkWritable();
                _exit(1);
            } catch (const db::Unwritable& e) {
                _exit(mentions(e, path) && mentions(e, "folder") ? 0 : 2);
            } catch (...) {
                _exit(3);
            }
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
        std::filesystem::permissions(folder, std::filesystem::perms(0755));
    }
}
