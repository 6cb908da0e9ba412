#include "http_client.hpp"
#include "test_db.hpp"

#include "live_control.hpp"
#include "run.hpp"
#include "workshop_server.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using nlohmann::json;

namespace {

db::Database demo(const std::string& path)
{
    std::ostringstream out, err;
    if (cli::main({"--db", path, "demo"}, out, err) != 0)
        throw std::runtime_error("demo: " + err.str());
    return db::Database::open(path);
}

/// The demo's follow-up round (4), served in live mode, with the facilitator's control.
struct LiveRoom {
    test::TempDir dir;
    std::string path = dir.file("live.samenspel");
    db::Database db = demo(path);
    workshop::WorkshopServer server{db, 4, "127.0.0.1", 0, core::Language::Nl, {}, workshop::SessionMode::Live};
    workshop::LiveControl control{db, 4, server.room(), core::Language::Nl};
    LiveRoom() { server.start(); }
    std::string base() { return "/s/" + server.room().sessionToken() + "/"; }
    std::string join(const std::string& role)
    {
        const auto r = test::request(server.port(), "POST", base() + "join", json{{"role", role}}.dump());
        REQUIRE(r.status == 200);
        return json::parse(r.body)["phone"].get<std::string>();
    }
    json state(const std::string& phone)
    {
        const auto r = test::request(server.port(), "GET", base() + "state", {}, phone);
        REQUIRE(r.status == 200);
        return json::parse(r.body);
    }
    int send(const std::string& phone, long long question, const json& values)
    {
        return test::request(server.port(), "POST", base() + "live", json{{"question", question}, {"values", values}}.dump(), phone).status;
    }
};

} // namespace

TEST_CASE("a live pulse: open, answered on phones, locked, and revealed without the parties below k", "[workshop][live]")
{
    LiveRoom r;
    std::vector<std::string> board;
    for (int i = 0; i < 3; ++i)
        board.push_back(r.join("rvb"));
    const auto msb = r.join("msb_board"); // one: below k = 3
    const auto nurse = r.join("nursing");
    CHECK(r.state(board[0])["live"].is_null());
    CHECK(r.state(board[0])["mode"] == "live");

    REQUIRE_FALSE(r.control.open(core::LiveKind::Pulse));
    auto s = r.state(board[0]);
    REQUIRE(s["live"]["items"].size() == 7);
    CHECK(s["live"]["stage"] == "open");
    CHECK_FALSE(s["live"].contains("result"));
    CHECK(r.state(nurse)["live"]["items"].empty()); // the ratings are not put to nursing
    const auto id = s["live"]["id"].get<long long>();
    const auto item = s["live"]["items"][0]["item"].get<std::string>();
    // The result is not there before the reveal, in any way a phone can ask.
    CHECK(test::request(r.server.port(), "GET", r.base() + "result", {}, board[0]).status == 403);

    for (int i = 0; i < 3; ++i)
        CHECK(r.send(board[static_cast<std::size_t>(i)], id, {{item, 6 + i}}) == 200);
    CHECK(r.send(msb, id, {{item, 0}}) == 200);
    CHECK(r.send(nurse, id, {{item, 5}}) == 422);     // not asked of nursing
    CHECK(r.send(board[0], id, {{item, 11}}) == 422); // out of range
    CHECK(r.send(board[0], id, {{item, -1}}) == 422);
    // The questionnaire is not answered in a live session.
    CHECK(test::request(r.server.port(), "POST", r.base() + "answer", json{{"item", item}, {"value", 3}}.dump(), board[0]).status == 409);
    CHECK(r.send(board[0], id + 1, {{item, 5}}) == 409);
    CHECK(r.state(board[0])["live"]["given"][item] == 6);
    CHECK(r.db.liveAnswers(id).size() == 4);

    r.control.lock();
    CHECK(r.send(board[1], id, {{item, 2}}) == 409);
    CHECK(r.db.liveAnswers(id).size() == 4);
    CHECK(test::request(r.server.port(), "GET", r.base() + "result", {}, board[0]).status == 403);

    r.control.reveal();
    s = r.state(board[0]);
    REQUIRE(s["live"]["stage"] == "revealed");
    const auto& result = s["live"]["result"];
    REQUIRE(result["shown"].size() == 1); // the board; the single MSB board member is not shown
    CHECK(result["shown"][0]["n"] == 3);
    CHECK(result["items"][0]["parties"][0]["mean"] == 7.0); // (6 + 7 + 8) / 3
    for (const auto& i : result["items"])
        for (const auto& p : i["parties"])
            CHECK(p["party"]["nl"] == "RvB"); // the MSB board is in no item either
    CHECK(test::request(r.server.port(), "GET", r.base() + "result", {}, board[0]).status == 200);
    const auto screen = r.control.screen();
    REQUIRE(screen.answered.size() == 2); // the board, and the row of the parties not shown (no number)
    CHECK(screen.answered[0].second == "3");
    CHECK(screen.answered[1].second.empty());
    CHECK(screen.lines.front().find("RvB 7") != std::string::npos);

    // Asked once per round: a second result beside the first could give one person's answer away.
    const auto again = r.control.open(core::LiveKind::Pulse);
    REQUIRE(again);
    CHECK(again->find("al beantwoord") != std::string::npos);
    CHECK(r.state(board[0])["live"]["id"] == id);
}

TEST_CASE("a live vote over the round's recommendations, and a re-rating of the largest gaps", "[workshop][live]")
{
    LiveRoom r;
    std::vector<std::string> phones;
    for (int i = 0; i < 3; ++i)
        phones.push_back(r.join("specialist_self_employed"));
    REQUIRE_FALSE(r.control.open(core::LiveKind::Vote));
    auto s = r.state(phones[0]);
    const auto& items = s["live"]["items"];
    REQUIRE(items.size() >= 3);
    CHECK(items.size() <= workshop::kVoteChoices);
    CHECK(s["live"]["picks"] == 3);
    const auto id = s["live"]["id"].get<long long>();
    const std::string a = items[0]["item"], b = items[1]["item"], c = items[2]["item"];
    CHECK(r.send(phones[0], id, {{a, 1}, {b, 1}}) == 422); // two picks, not three
    CHECK(r.send(phones[0], id, {{a, nullptr}, {b, 1}, {c, 1}}) == 422); // a pick is 1
    CHECK(r.send(phones[0], id, {{a, 2}, {b, 1}, {c, 1}}) == 422);
    for (const auto& p : phones)
        CHECK(r.send(p, id, {{a, 1}, {b, 1}, {c, 1}}) == 200);
    r.control.reveal();
    s = r.state(phones[0]);
    CHECK(s["live"]["result"]["items"][0]["votes"] == 3);

    // A new question replaces the last on the phones.
    REQUIRE_FALSE(r.control.open(core::LiveKind::Rerate));
    s = r.state(phones[0]);
    CHECK(s["live"]["kind"] == "rerate");
    CHECK(s["live"]["stage"] == "open");
    CHECK(s["live"]["items"].size() >= 1);
    CHECK(s["live"]["items"][0]["kind"] == "likert");
}
