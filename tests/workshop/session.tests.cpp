#include "served.hpp"

#include <thread>

using nlohmann::json;

using test::Served;

TEST_CASE("a phone joins with its party, every answer is stored when acknowledged, and a reload continues", "[workshop]")
{
    Served s;
    const auto page = test::request(s.port(), "GET", s.base());
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(page.body.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(page.body.find("http://") == std::string::npos); // nothing from elsewhere
    CHECK(page.body.find("https://") == std::string::npos);
    CHECK(page.header("Cache-Control") == "no-store");
    CHECK(page.header("Content-Security-Policy").find("default-src 'none'") != std::string::npos);

    const auto setup = json::parse(test::request(s.port(), "GET", s.base() + "setup").body);
    CHECK(setup["threshold"] == 3);
    CHECK(setup["roles"][0]["code"] == "rvb");
    CHECK(setup["roles"][0]["name"]["nl"] == "Raad van Bestuur");

    const auto [phone, code] = s.join("rvb");
    CHECK(phone.size() == 22);
    CHECK(code == "T-RVB-01");
    const auto me = json::parse(test::request(s.port(), "GET", s.base() + "me", {}, phone).body);
    const auto& instrument = s.db.instrumentOf(1);
    const auto asked = app::workshopQuestions(instrument, core::Role::Rvb);
    REQUIRE(me["questions"].size() == asked.size());
    CHECK(me["code"] == "T-RVB-01");
    CHECK(me["given"].empty());
    const std::string first = asked.front()->code;
    CHECK(me["questions"][0]["item"] == first);

    CHECK(s.answer(phone, first, 4) == 200);
    // Acknowledged means stored: another connection reads it at once.
    auto rows = s.stored();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].respondent == "T-RVB-01");
    CHECK(rows[0].item == first);
    CHECK(std::get<int>(rows[0].value) == 4);
    CHECK(s.answer(phone, first, nullptr) == 200); // changed to "weet niet"
    rows = s.stored();
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(core::hasAnswer(rows[0].value));

    // A reload: the same phone's token gives back its own answers, and no one else's.
    const auto [other, otherCode] = s.join("rvb");
    CHECK(otherCode == "T-RVB-02");
    const auto again = json::parse(test::request(s.port(), "GET", s.base() + "me", {}, phone).body);
    REQUIRE(again["given"].contains(first));
    CHECK(again["given"][first].is_null());
    CHECK(json::parse(test::request(s.port(), "GET", s.base() + "me", {}, other).body)["given"].empty());

    SECTION("a value the question does not offer, or a question not put to the party, is refused")
    {
        const auto rating = std::find_if(asked.begin(), asked.end(), [](auto* q) { return q->kind == core::QuestionKind::Rating; });
        REQUIRE(rating != asked.end());
        CHECK(s.answer(phone, (*rating)->code, 10) == 200);
        CHECK(s.answer(phone, (*rating)->code, 11) == 422);
        CHECK(s.answer(phone, (*rating)->code, "10") == 422);
        CHECK(s.answer(phone, first, 6) == 422);
        CHECK(s.answer(phone, "profile.org_model", "participation") == 200);
        CHECK(s.answer(phone, "profile.org_model", "cooperative_maybe") == 422);
        const auto [nurse, nurseCode] = s.join("nursing");
        CHECK(s.answer(nurse, "profile.org_model", "participation") == 422); // not put to nursing
        CHECK(s.answer(phone, "no.such.item", 3) == 422);
        CHECK(s.stored().size() == 3);
    }
    SECTION("the one computer continues a phone's code")
    {
        auto resumed = app::Participant::resume(s.db, 1, "t-rvb-01", core::Language::Nl);
        REQUIRE(resumed);
        CHECK(resumed->position() == 1);
    }
}

TEST_CASE("answers from many phones at once are all stored, each once", "[workshop]")
{
    Served s;
    const auto asked = app::workshopQuestions(s.db.instrumentOf(1), core::Role::SpecialistSalaried);
    constexpr int kPhones = 16;
    constexpr std::size_t kAnswers = 12;
    std::vector<std::string> phones;
    for (int i = 0; i < kPhones; ++i)
        phones.push_back(s.join("specialist_salaried").first);
    std::vector<std::thread> threads;
    std::atomic<int> acknowledged{0};
    for (const auto& phone : phones)
        threads.emplace_back([&, phone] {
            for (std::size_t i = 0; i < kAnswers; ++i)
                acknowledged += s.answer(phone, asked[i]->code, 1 + static_cast<int>(i % 5)) == 200 ? 1 : 0;
        });
    for (auto& t : threads)
        t.join();
    CHECK(acknowledged == kPhones * static_cast<int>(kAnswers));
    CHECK(s.stored().size() == kPhones * kAnswers);
    CHECK(s.server.writer().written() == kPhones * kAnswers);
    // Answers that arrive together are committed together.
    CHECK(s.server.writer().commits() <= kPhones * kAnswers);
}
