#include "db/errors.hpp"
#include "test_db.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <thread>
#include <stdexcept>

#include <fstream>

using db::Database;

TEST_CASE("a new file is created at the current schema", "[db][migrations]")
{
    test::TempDir dir;
    const auto path = dir.file("sub/folder/nieuw.samenspel");
    {
        const auto db = Database::open(path, Database::Mode::CreateIfMissing);
        CHECK(db.schemaVersion() == db::kSchemaVersion);
        CHECK(db.organisations().empty());
    }
    SQLite::Database sql(path, SQLite::OPEN_READONLY);
    CHECK(sql.execAndGet("PRAGMA application_id").getInt() == db::kApplicationId);
    CHECK(sql.execAndGet("PRAGMA user_version").getInt() == db::kSchemaVersion);
    CHECK(sql.execAndGet("PRAGMA journal_mode").getString() == "delete");
    for (const char* table : {"organisations", "assessments", "instruments", "respondents", "answers"})
        CHECK(sql.execAndGet(std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'").getInt() == 1);

    SECTION("opening again changes nothing")
    {
        const auto before = test::dump(path);
        { const auto again = Database::open(path); }
        CHECK(test::dump(path) == before);
    }
}

TEST_CASE("an empty file (0 bytes) is migrated like a new one", "[db][migrations]")
{
    test::TempDir dir;
    const auto path = dir.file("leeg.samenspel");
    std::ofstream(path).close();
    const auto db = Database::open(path, Database::Mode::ExistingOnly);
    CHECK(db.schemaVersion() == db::kSchemaVersion);
}

TEST_CASE("files that are not ours are refused with a clear message", "[db][migrations]")
{
    test::TempDir dir;
    SECTION("a missing file")
    {
        try {
            Database::open(dir.file("nergens.samenspel"));
            FAIL("opened");
        } catch (const db::NoDatabase& e) {
            CHECK(e.message().render(core::Language::En).find("samenspel init") != std::string::npos);
        }
    }
    SECTION("another program's SQLite database")
    {
        const auto path = dir.file("ander.db");
        {
            SQLite::Database sql(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            sql.exec("CREATE TABLE klanten (id INTEGER)");
        }
        const auto before = test::dump(path);
        CHECK_THROWS_AS(Database::open(path), db::NotOurFile);
        CHECK(test::dump(path) == before);
    }
    SECTION("a folder")
    {
        CHECK_THROWS_AS(Database::open(dir.file("")), db::NotOurFile);
    }
    SECTION("a text file")
    {
        const auto path = dir.file("tekst.samenspel");
        std::ofstream(path) << "dit is geen database, maar een tekstbestand van enige lengte..........................."
                               "................................................................................";
        try {
            Database::open(path);
            FAIL("opened");
        } catch (const db::NotOurFile& e) {
            CHECK(e.message().render(core::Language::Nl).find("geen Samenspel-database") != std::string::npos);
        }
    }
}

TEST_CASE("a database written by a newer version is refused and left as it is", "[db][migrations]")
{
    test::TempDir dir;
    const auto path = dir.file("toekomst.samenspel");
    { test::databaseWithRound(path); }
    {
        SQLite::Database sql(path, SQLite::OPEN_READWRITE);
        sql.exec("PRAGMA user_version = " + std::to_string(db::kSchemaVersion + 1));
    }
    const auto before = test::dump(path);
    try {
        Database::open(path);
        FAIL("opened");
    } catch (const db::NewerVersion& e) {
        const auto text = e.message().render(core::Language::En);
        CHECK(text.find("newer version of Samenspel") != std::string::npos);
        CHECK(text.find("database version " + std::to_string(db::kSchemaVersion + 1)) != std::string::npos);
    }
    CHECK(test::dump(path) == before);
}

TEST_CASE("a transaction is all or nothing, also when nested", "[db]")
{
    test::TempDir dir;
    const auto path = dir.file("t.samenspel");
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    db.addOrganisation("Blijft", "");
    const auto before = test::dump(path);
    CHECK_THROWS(db.transaction([&] {
        db.addOrganisation("Weg 1", "");
        db.transaction([&] { db.addOrganisation("Weg 2", ""); });
        db.addOrganisation("Blijft", ""); // duplicate: the whole transaction rolls back
    }));
    CHECK(test::dump(path) == before);
    db.transaction([&] { db.transaction([&] { db.addOrganisation("Erbij", ""); }); });
    CHECK(db.organisations().size() == 2);
}

TEST_CASE("a read snapshot sees one state of the file while another connection writes", "[db]")
{
    test::TempDir dir;
    const auto path = dir.file("s.samenspel");
    auto reader = test::databaseWithRound(path);
    auto writer = db::Database::open(path);
    const auto count = [&] {
        std::size_t n = 0;
        reader.forEachAnswer(1, [&](const core::AnswerRow&) { ++n; });
        return n;
    };
    // With a rollback journal the other connection's commit waits until the snapshot ends.
    std::thread other;
    reader.readSnapshot([&] {
        const auto before = count();
        other = std::thread([&] {
            std::istringstream csv("respondent,role,item,value\nR9,rvb,strategy.01,4\n");
            CHECK(writer.importAnswers(1, csv, false).ok());
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        CHECK(count() == before); // not seen inside the snapshot
    });
    other.join();
    CHECK(count() == 1); // seen after it
    CHECK_THROWS_AS(reader.readSnapshot([] { throw std::runtime_error("stop"); }), std::runtime_error);
    CHECK(count() == 1); // and the connection is usable after a failed read
}

TEST_CASE("the numbers invited per role are stored, changed and removed, and a wrong one stores nothing", "[db][invited]")
{
    auto db = test::databaseWithRound(":memory:");
    CHECK(db.invited(1).empty());
    db.setInvited(1, {{core::Role::Rvb, 5}, {core::Role::Gp, 40}});
    CHECK(db.invited(1) == std::map<core::Role, int>{{core::Role::Rvb, 5}, {core::Role::Gp, 40}});
    db.setInvited(1, {{core::Role::Gp, 0}, {core::Role::MsbBoard, 6}}); // 0 removes; the RvB keeps its number
    CHECK(db.invited(1) == std::map<core::Role, int>{{core::Role::Rvb, 5}, {core::Role::MsbBoard, 6}});
    CHECK_THROWS_AS(db.setInvited(1, {{core::Role::Rvb, 7}, {core::Role::Nursing, -1}}), db::Conflict);
    CHECK_THROWS_AS(db.setInvited(1, {{core::Role::Rvb, 7}, {core::Role::Nursing, db::kMaxInvited + 1}}), db::Conflict);
    CHECK(db.invited(1).at(core::Role::Rvb) == 5);
    CHECK_THROWS_AS(db.invited(99), db::NotFound);
    CHECK_THROWS_AS(db.setInvited(99, {{core::Role::Rvb, 1}}), db::NotFound);
}
