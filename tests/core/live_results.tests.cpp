#include "core/analysis/live_results.hpp"

#include <catch2/catch.hpp>

using core::LiveAnswer;
using core::Role;

TEST_CASE("a live result shows a party only from k, and counts nothing of a party below it", "[core][live][anonymity]")
{
    const core::LiveQuestion pulse{1, core::LiveKind::Pulse, {"strategy.current"}, true};
    std::vector<LiveAnswer> answers{
        {"T-RVB-01", Role::Rvb, "strategy.current", 7},
        {"T-RVB-02", Role::Rvb, "strategy.current", 8},
        {"T-RVB-03", Role::Rvb, "strategy.current", core::AnswerValue{}}, // weet niet: took part, no value
        {"T-MSB-01", Role::MsbBoard, "strategy.current", 2},
        {"T-MSB-02", Role::MsbBoard, "strategy.current", 3},
    };
    answers.push_back({"T-RVB-04", Role::Rvb, "strategy.current", 6});
    auto r = core::liveResult(pulse, answers, 3);
    REQUIRE(r.shown.size() == 1);
    CHECK(r.shown[0] == std::pair{Role::Rvb, std::size_t{4}});
    REQUIRE(r.items.size() == 1);
    REQUIRE(r.items[0].parties.size() == 1);
    CHECK(r.items[0].parties[0].role == Role::Rvb);
    CHECK(r.items[0].parties[0].n == 3);
    CHECK(r.items[0].parties[0].mean == 7.0); // (7 + 8 + 6) / 3, coarse: to the nearest 0.5
    CHECK(r.items[0].parties[0].coarse);
    // The MSB board's two answers change nothing that is shown.
    answers[3].value = 10;
    const auto again = core::liveResult(pulse, answers, 3);
    CHECK(again.items[0].parties.size() == 1);
    CHECK(again.items[0].parties[0].mean == 7.0);

    SECTION("a shown party's item with fewer than k real answers is left out: \"weet niet\" is no answer")
    {
        // Three board members took part; only one gave a number: the two others would know it.
        const std::vector<LiveAnswer> one{{"T-RVB-01", Role::Rvb, "strategy.current", 7},
                                          {"T-RVB-02", Role::Rvb, "strategy.current", core::AnswerValue{}},
                                          {"T-RVB-03", Role::Rvb, "strategy.current", core::AnswerValue{}}};
        const auto shownButEmpty = core::liveResult(pulse, one, 3);
        CHECK(shownButEmpty.shown.size() == 1);
        CHECK(shownButEmpty.items[0].parties.empty());
    }

    SECTION("a small party's mean is rounded to 0.5; from ten people it is exact")
    {
        std::vector<LiveAnswer> many;
        for (int i = 0; i < 10; ++i)
            many.push_back({"T-SPE-" + std::to_string(i), Role::SpecialistSalaried, "strategy.current", i < 3 ? 6 : 5});
        const auto exact = core::liveResult(pulse, many, 3);
        CHECK_FALSE(exact.items[0].parties[0].coarse);
        CHECK(exact.items[0].parties[0].mean == Approx(5.3));
        many.pop_back();
        const auto rounded = core::liveResult(pulse, many, 3);
        CHECK(rounded.items[0].parties[0].coarse);
        CHECK(rounded.items[0].parties[0].mean == 5.5); // 48 / 9 = 5.33, to 0.5
    }
}

TEST_CASE("a vote counts the picks of shown parties, most first", "[core][live]")
{
    const core::LiveQuestion vote{2, core::LiveKind::Vote, {"R1", "R2", "R3", "R4"}, true};
    std::vector<LiveAnswer> answers;
    const auto pick = [&](const std::string& who, Role role, std::vector<std::string> items) {
        for (const auto& i : items)
            answers.push_back({who, role, i, 1});
    };
    pick("T-RVB-01", Role::Rvb, {"R1", "R2", "R3"});
    pick("T-RVB-02", Role::Rvb, {"R2", "R3", "R4"});
    pick("T-RVB-03", Role::Rvb, {"R2", "R3", "R4"});
    pick("T-MSB-01", Role::MsbBoard, {"R1", "R2", "R4"}); // one MSB board member: not counted
    const auto r = core::liveResult(vote, answers, 3);
    REQUIRE(r.items.size() == 4);
    CHECK(r.items[0].item == "R2");
    CHECK(r.items[0].votes == 3);
    CHECK(r.items[1].item == "R3");
    CHECK(r.items[1].votes == 3);
    CHECK(r.items[2].item == "R4");
    CHECK(r.items[2].votes == 2);
    CHECK(r.items[3].item == "R1");
    CHECK(r.items[3].votes == 1);
    CHECK(r.items[0].parties.empty()); // a vote shows totals, not parties
}
