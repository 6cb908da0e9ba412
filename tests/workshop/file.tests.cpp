// The session and its data file: one session per round, a file that cannot take answers refused at
// the start, and a write that fails during the session told to the facilitator at once.
#include "served.hpp"

#include "db/errors.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <future>
#include <optional>
#include <thread>

using test::Served;

namespace {

/// What another program that runs a session of round 1 holds (db/src/session_lock.cpp).
bool otherProgramHoldsRound1(int fd)
{
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = (1LL << 40) + 1;
    lock.l_len = 1;
    return fcntl(fd, F_OFD_SETLK, &lock) == 0;
}

} // namespace

TEST_CASE("a round has one phone session at a time, in this program or another, also after a crash", "[workshop]")
{
    test::TempDir dir;
    const auto path = dir.file("w.samenspel");
    auto db = test::databaseWithRound(path);
    std::optional<workshop::WorkshopServer> first;
    first.emplace(db, 1, "127.0.0.1", 0, core::Language::Nl);
    try {
        workshop::WorkshopServer second(db, 1, "127.0.0.1", 0, core::Language::Nl);
        FAIL("two sessions of one round");
    } catch (const db::Conflict& e) {
        CHECK(e.message().render(core::Language::Nl).find("loopt al een sessie") != std::string::npos);
    }
    // Another program is refused as well.
    const pid_t other = fork();
    REQUIRE(other >= 0);
    if (other == 0) {
        const int fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
        _exit(fd >= 0 && !otherProgramHoldsRound1(fd) ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(other, &status, 0) == other);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));

    // The end of the first session frees the round.
    first.reset();
    CHECK_NOTHROW(workshop::WorkshopServer(db, 1, "127.0.0.1", 0, core::Language::Nl));

    // A program killed during its session does not keep the round: the kernel frees it.
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    const pid_t killed = fork();
    REQUIRE(killed >= 0);
    if (killed == 0) {
        const int fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
        const char held = fd >= 0 && otherProgramHoldsRound1(fd) ? 'y' : 'n';
        (void)!write(ready[1], &held, 1);
        pause();
        _exit(0);
    }
    char held = 0;
    REQUIRE(read(ready[0], &held, 1) == 1);
    CHECK(held == 'y');
    CHECK_THROWS_AS(workshop::WorkshopServer(db, 1, "127.0.0.1", 0, core::Language::Nl), db::Conflict);
    kill(killed, SIGKILL);
    REQUIRE(waitpid(killed, &status, 0) == killed);
    close(ready[0]);
    close(ready[1]);
    CHECK_NOTHROW(workshop::WorkshopServer(db, 1, "127.0.0.1", 0, core::Language::Nl));
}

TEST_CASE("when answers cannot be stored the facilitator hears it at once, and nothing is lost", "[workshop]")
{
    Served s;
    const auto [phone, code] = s.join("rvb");
    std::atomic<int> changes{0};
    s.server.writer().onTroubleChanged([&] { ++changes; });
    const auto item = app::workshopQuestions(s.db.instrumentOf(1), core::Role::Rvb).front()->code;

    // Another program writes the file, longer than the writer waits for it (5 s).
    std::promise<void> held;
    std::promise<void> release;
    std::thread writer([&] {
        auto other = db::Database::open(s.path);
        other.transaction([&] {
            other.setInvited(1, {{core::Role::Rvb, 9}});
            held.set_value();
            release.get_future().wait();
        });
    });
    held.get_future().wait();
    // The writer waits 5 s for the file, then gives up: the phone keeps the answer and sends it again.
    const auto body = nlohmann::json{{"item", item}, {"value", 4}}.dump();
    CHECK(test::request(s.port(), "POST", s.base() + "answer", body, phone, "application/json", 15000).status == 503);
    CHECK(changes == 1);
    const auto trouble = s.server.writer().trouble(core::Language::Nl);
    CHECK(trouble.find("Antwoorden kunnen nu niet worden opgeslagen") != std::string::npos);
    CHECK(trouble.find(s.path) != std::string::npos);
    // The room reads that answers wait, not where the advisor keeps the file.
    const auto forTheRoom = s.server.writer().troubleForTheRoom(core::Language::Nl);
    CHECK(forTheRoom.find("Antwoorden kunnen nu niet worden opgeslagen") != std::string::npos);
    CHECK(forTheRoom.find(s.dir.file("")) == std::string::npos);
    release.set_value();
    writer.join();

    CHECK(s.answer(phone, item, 4) == 200);
    CHECK(changes == 2);
    CHECK(s.server.writer().trouble(core::Language::Nl).empty());
    CHECK(s.server.writer().troubleForTheRoom(core::Language::Nl).empty());
    const auto rows = s.stored();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].respondent == code);
}
