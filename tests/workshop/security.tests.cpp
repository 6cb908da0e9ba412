#include "served.hpp"

#include "network.hpp"
#include "run.hpp"

#include <chrono>
#include <sstream>

using nlohmann::json;

using test::Served;

namespace {

std::string answerBody(const db::Database& db)
{
    const auto asked = app::workshopQuestions(db.instrumentOf(1), core::Role::Rvb);
    return json{{"item", asked.front()->code}, {"value", 3}}.dump();
}

} // namespace

TEST_CASE("the server refuses what it must, with the right status, and stores nothing", "[workshop][security]")
{
    Served s;
    const auto phone = s.join().first;
    const auto body = answerBody(s.db);
    const auto before = test::dump(s.path);
    const auto expect = [&](const test::HttpReply& reply, int status) {
        INFO(reply.headers << "\n" << reply.body);
        CHECK(reply.status == status);
    };
    const std::string wrong = std::string(s.server.room().sessionToken().size(), 'A');

    SECTION("a missing or wrong session token: not found")
    {
        expect(test::request(s.port(), "GET", "/s/"), 404);
        expect(test::request(s.port(), "GET", "/s/" + wrong + "/"), 404);
        expect(test::request(s.port(), "GET", "/s/" + wrong + "/me", {}, phone), 404);
        expect(test::request(s.port(), "POST", "/s/" + wrong + "/answer", body, phone), 404);
        expect(test::request(s.port(), "POST", "/s/" + wrong + "/join", R"({"role":"rvb"})"), 404);
        // A token one character short or long is no token either.
        const auto& token = s.server.room().sessionToken();
        expect(test::request(s.port(), "GET", "/s/" + token.substr(1) + "/"), 404);
        expect(test::request(s.port(), "GET", "/s/" + token + "A/"), 404);
    }
    SECTION("no phone token, an unknown one, or one from another session: unauthorised")
    {
        expect(test::request(s.port(), "GET", s.base() + "me"), 401);
        expect(test::request(s.port(), "POST", s.base() + "answer", body), 401);
        expect(test::request(s.port(), "POST", s.base() + "answer", body, "x" + phone.substr(1)), 401);
        Served second; // another session (of another file: a round has one at a time)
        CHECK(second.server.room().sessionToken() != s.server.room().sessionToken());
        expect(test::request(second.port(), "POST", second.base() + "answer", body, phone), 401);
    }
    SECTION("paths outside the session, however written: not found")
    {
        for (const std::string& path : std::vector<std::string>{"/etc/passwd", "/../../etc/passwd", "/s/" + s.server.room().sessionToken() + "/../../etc/passwd",
              s.base() + "%2e%2e/%2e%2e/etc/passwd", s.base() + "..%2f..%2fetc%2fpasswd", s.base() + "me/../answer",
              s.base() + "page.html", "/favicon.ico", "/s/" + s.server.room().sessionToken() + "/setup/x"})
            expect(test::request(s.port(), "GET", path, {}, phone), 404);
    }
    SECTION("malformed JSON, a body that is not an answer, or the wrong kind of body: bad request")
    {
        for (const std::string& bad : std::vector<std::string>{"", "{", "{\"item\": ", "[1,2,3]", "null", "\"text\"", "{\"item\": 3, \"value\": 3}",
                                      "{\"item\": \"x\"}", std::string(2000, '[') + std::string(2000, ']'),
                                      "{\"item\":\"strategy.01\",\"value\":[[[[[[1]]]]]]}", "{\"item\":\"a\",\"value\":1.5}",
                                      "{\"item\":\"a\",\"value\":{\"x\":1}}", "\xff\xfe{}",
                                      "{\"item\":\"a\",\"value\":18446744073709551615}"})
            expect(test::request(s.port(), "POST", s.base() + "answer", bad, phone), 400);
        expect(test::request(s.port(), "POST", s.base() + "answer", body, phone, "text/plain"), 400);
        expect(test::request(s.port(), "POST", s.base() + "join", R"({"role":"king"})"), 400);
        expect(test::request(s.port(), "POST", s.base() + "join", "role=rvb", {}, "application/x-www-form-urlencoded"), 400);
    }
    SECTION("an oversized body or header: refused before it is read")
    {
        const auto head = "POST " + s.base() + "answer HTTP/1.1\r\nHost: x\r\nX-Phone: " + phone +
                          "\r\nContent-Type: application/json\r\n";
        expect(test::sendRaw(s.port(), head + "Content-Length: 100000\r\n\r\n" + std::string(100000, ' ')), 413);
        std::string chunked = head + "Transfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 100; ++i)
            chunked += "400\r\n" + std::string(1024, ' ') + "\r\n";
        expect(test::sendRaw(s.port(), chunked + "0\r\n\r\n"), 413);
        expect(test::sendRaw(s.port(), "GET " + s.base() + " HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') +
                                           "\r\n\r\n"),
               431);
        expect(test::sendRaw(s.port(), "NONSENSE\r\n\r\n"), 400);
    }
    SECTION("the wrong method: not allowed")
    {
        expect(test::request(s.port(), "POST", s.base(), "{}"), 405);
        expect(test::request(s.port(), "GET", s.base() + "answer", {}, phone), 405);
        expect(test::request(s.port(), "DELETE", s.base() + "me", {}, phone), 405);
        expect(test::request(s.port(), "GET", s.base() + "join"), 405);
        // HEAD: a GET's headers, without its body.
        const auto head = test::request(s.port(), "HEAD", s.base());
        CHECK(head.status == 200);
        CHECK(head.body.empty());
        CHECK(std::stoul(head.header("Content-Length")) > 1000);
    }
    SECTION("once the session ended: gone, for every token and path")
    {
        s.server.room().end();
        expect(test::request(s.port(), "GET", s.base()), 410);
        expect(test::request(s.port(), "GET", s.base() + "setup"), 410);
        expect(test::request(s.port(), "GET", s.base() + "me", {}, phone), 410);
        expect(test::request(s.port(), "POST", s.base() + "answer", body, phone), 410);
        expect(test::request(s.port(), "POST", s.base() + "join", R"({"role":"rvb"})"), 410);
        const auto typed = test::request(s.port(), "GET", "/join?code=" + s.server.room().shortCode());
        expect(typed, 404); // the short code leads nowhere either
        CHECK(s.server.room().phoneCount() == 0);
    }
    CHECK(test::dump(s.path) == before);
}

TEST_CASE("the short code leads to the session; guessing it is slowed down", "[workshop][security]")
{
    Served s;
    const auto code = s.server.room().shortCode();
    const auto typed = code.substr(0, 4) + "-" + code.substr(4);
    auto reply = test::request(s.port(), "GET", "/join?code=" + typed);
    CHECK(reply.status == 303);
    CHECK(reply.header("Location") == s.base());
    // As people type it: lower case, with a blank for the dash.
    std::string lower = code.substr(0, 4) + "+" + code.substr(4);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(test::request(s.port(), "GET", "/join?code=" + lower).status == 303);
    CHECK(test::request(s.port(), "GET", "/").body.find("name=\"code\"") != std::string::npos);
    // A room of people typing the right code is not held up by its own numbers.
    for (int i = 0; i < 20; ++i)
        CHECK(test::request(s.port(), "GET", "/join?code=" + typed).status == 303);
    int notFound = 0;
    int slowed = 0;
    for (int i = 0; i < 20; ++i) {
        const auto status = test::request(s.port(), "GET", "/join?code=2222-2222").status;
        notFound += status == 404 ? 1 : 0;
        slowed += status == 429 ? 1 : 0;
    }
    CHECK(notFound + slowed == 20);
    CHECK(slowed >= 10); // ten wrong tries, then one every five seconds
    // Then the right code waits its turn as well: a guesser cannot tell it by its reply.
    CHECK(test::request(s.port(), "GET", "/join?code=" + typed).status == 429);
}

TEST_CASE("one phone cannot flood the server; a slow or silent connection is closed", "[workshop][security]")
{
    workshop::ServerLimits limits;
    limits.headerTimeout = std::chrono::seconds(1);
    limits.readTimeout = std::chrono::seconds(3);
    Served s(limits);
    const auto phone = s.join().first;
    int limited = 0;
    for (int i = 0; i < 200; ++i)
        limited += test::request(s.port(), "GET", s.base() + "me", {}, phone).status == 429 ? 1 : 0;
    CHECK(limited > 0);
    CHECK(limited < 200);
    // Another phone is not held up by the first.
    const auto other = s.join().first;
    CHECK(test::request(s.port(), "GET", s.base() + "me", {}, other).status == 200);

    // Half a header, then silence: closed by the server within its header time-out, without a reply.
    auto start = std::chrono::steady_clock::now();
    const auto half = test::sendRaw(s.port(), "GET " + s.base() + " HTTP/1.1\r\nHost: x\r\n", 8000);
    auto waited = std::chrono::steady_clock::now() - start;
    CHECK(half.status == 0);
    CHECK(waited < std::chrono::milliseconds(2500));
    // A whole header and half a body: closed within the request's time-out.
    start = std::chrono::steady_clock::now();
    const auto slowBody = test::sendRaw(s.port(), "POST " + s.base() + "answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                                   "Content-Length: 100\r\nX-Phone: " + other + "\r\n\r\n{\"item\"", 8000);
    waited = std::chrono::steady_clock::now() - start;
    CHECK(slowBody.status == 0);
    CHECK(waited > std::chrono::milliseconds(1500));
    CHECK(waited < std::chrono::milliseconds(4500));
    CHECK(s.stored().empty());
}

TEST_CASE("a party takes no more phones than the round says were invited", "[workshop][security]")
{
    test::TempDir dir;
    const auto path = dir.file("cap.samenspel");
    auto db = test::databaseWithRound(path);
    db.setInvited(1, {{core::Role::Rvb, 3}});
    workshop::WorkshopServer server(db, 1, "127.0.0.1", 0, core::Language::Nl);
    server.start();
    const auto base = "/s/" + server.room().sessionToken() + "/";
    const auto join = [&](const std::string& role) {
        return test::request(server.port(), "POST", base + "join", json{{"role", role}}.dump()).status;
    };
    std::vector<std::string> phones;
    for (int i = 0; i < 3; ++i) {
        const auto r = test::request(server.port(), "POST", base + "join", json{{"role", "rvb"}}.dump());
        CHECK(r.status == 200);
        phones.push_back(json::parse(r.body)["phone"].get<std::string>());
    }
    // A fourth board phone would let one person stand in for others and push the party over k.
    CHECK(join("rvb") == 409);
    CHECK(join("msb_board") == 200); // no number invited recorded: no cap

    // Who chose the wrong party may leave before answering, and the place is free again.
    const auto leave = [&](const std::string& phone) { return test::request(server.port(), "POST", base + "leave", "{}", phone).status; };
    CHECK(leave(phones[2]) == 200);
    CHECK(test::request(server.port(), "GET", base + "me", {}, phones[2]).status == 401);
    CHECK(join("rvb") == 200);
    CHECK(join("rvb") == 409);
    // Once an answer was sent, the party stays: leaving and joining again cannot add respondents.
    const auto item = app::workshopQuestions(db.instrumentOf(1), core::Role::Rvb).front()->code;
    CHECK(test::request(server.port(), "POST", base + "answer", json{{"item", item}, {"value", 3}}.dump(), phones[0]).status == 200);
    CHECK(leave(phones[0]) == 409);
    CHECK(join("rvb") == 409);

    // Who answered already (on paper, at the one computer, in an earlier session) holds a place too.
    test::TempDir otherDir;
    const auto otherPath = otherDir.file("cap2.samenspel");
    auto other = test::databaseWithRound(otherPath);
    other.setInvited(1, {{core::Role::Rvb, 2}});
    other.saveAnswer(1, core::Respondent{"P-RVB-01", core::Role::Rvb}, item, core::AnswerValue{4});
    workshop::WorkshopServer second(other, 1, "127.0.0.1", 0, core::Language::Nl);
    second.start();
    const auto secondBase = "/s/" + second.room().sessionToken() + "/";
    CHECK(test::request(second.port(), "POST", secondBase + "join", json{{"role", "rvb"}}.dump()).status == 200);
    CHECK(test::request(second.port(), "POST", secondBase + "join", json{{"role", "rvb"}}.dump()).status == 409);
    CHECK(second.room().joined() == 1);
}

TEST_CASE("the server listens on one address of one network, never on all of them", "[workshop][security]")
{
    for (const char* refused : {"0.0.0.0", "::", "224.0.0.251", "255.255.255.255", "ff02::1", "localhost", "192.168.1", ""})
        CHECK(workshop::unusableAddress(refused));
    for (const char* fine : {"127.0.0.1", "192.168.1.23", "10.0.0.5", "::1", "fe80::1"})
        CHECK_FALSE(workshop::unusableAddress(fine));
    for (const char* local : {"10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.0.1", "127.0.0.1", "fe80::1", "fd12::1"})
        CHECK(workshop::localNetworkAddress(local));
    for (const char* outside : {"8.8.8.8", "172.32.0.1", "192.169.0.1", "2001:db8::1"})
        CHECK_FALSE(workshop::localNetworkAddress(outside));
    for (const char* inside : {"docker0", "br-1a2b3c", "veth12ab", "virbr0", "vboxnet0", "tun0", "wg0", "tailscale0"})
        CHECK(workshop::virtualInterface(inside));
    for (const char* room : {"wlp2s0", "wlan0", "eth0", "enp0s31f6", "ap0"})
        CHECK_FALSE(workshop::virtualInterface(room));
    // Never offered first: the loopback and a network inside this computer.
    const std::vector<workshop::NetworkAddress> addresses{{"lo", "127.0.0.1", true, false, false},
                                                          {"docker0", "172.17.0.1", false, true, true},
                                                          {"wlp2s0", "192.168.1.23", false, true, false}};
    CHECK(workshop::suggestedAddress(addresses) == "192.168.1.23");
    CHECK(workshop::suggestedAddress({addresses[0], addresses[1]}).empty());

    // On the command line: refused before anything starts, as a mistake in the command (exit 2).
    test::TempDir dir;
    const auto path = dir.file("bind.samenspel");
    { test::databaseWithRound(path); }
    std::ostringstream out, err;
    CHECK(cli::main({"--db", path, "workshop", "serve", "--assessment", "1", "--bind", "0.0.0.0"}, out, err) == 2);
    CHECK(err.str().find("elk netwerk van deze computer") != std::string::npos);
    CHECK(out.str().empty());
}
