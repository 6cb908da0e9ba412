#include "test_db.hpp"

#include "db/errors.hpp"

#include <catch2/catch.hpp>

using core::LiveKind;

TEST_CASE("a live question takes answers until it is locked, each answer replacing the last", "[db][live]")
{
    test::TempDir dir;
    const auto path = dir.file("live.samenspel");
    auto db = test::databaseWithRound(path);
    const auto pulse = db.addLiveQuestion(1, LiveKind::Pulse, {"strategy.current", "structure.current"});
    const core::Respondent rvb{"T-RVB-01", core::Role::Rvb};
    db.saveLiveAnswer(pulse, rvb, {{"strategy.current", 7}, {"structure.current", core::AnswerValue{}}});
    db.saveLiveAnswer(pulse, rvb, {{"strategy.current", 8}}); // changed: the earlier answer goes
    auto answers = db.liveAnswers(pulse);
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].respondent == "T-RVB-01");
    CHECK(answers[0].role == core::Role::Rvb);
    CHECK(std::get<int>(answers[0].value) == 8);

    SECTION("what a question does not offer is refused, and nothing changes")
    {
        const auto before = test::dump(path);
        CHECK_THROWS_AS(db.saveLiveAnswer(pulse, rvb, {{"strategy.current", 11}}), db::Conflict);
        CHECK_THROWS_AS(db.saveLiveAnswer(pulse, rvb, {{"staff.current", 5}}), db::Conflict);     // not an item of it
        CHECK_THROWS_AS(db.saveLiveAnswer(pulse, rvb, {{"strategy.current", 5}, {"strategy.current", 6}}), db::Conflict);
        CHECK_THROWS_AS(db.saveLiveAnswer(pulse, {"T-VER-01", core::Role::Nursing}, {{"strategy.current", 5}}),
                        db::Conflict); // the ratings are not put to nursing
        CHECK_THROWS_AS(db.saveLiveAnswer(pulse, {"Jan de Vries", core::Role::Rvb}, {{"strategy.current", 5}}), db::Conflict);
        CHECK_THROWS_AS(db.saveLiveAnswer(999, rvb, {{"strategy.current", 5}}), db::NotFound);
        CHECK_THROWS_AS(db.addLiveQuestion(1, LiveKind::Pulse, {}), db::Conflict);
        CHECK_THROWS_AS(db.addLiveQuestion(1, LiveKind::Rerate, {"no.such.item"}), db::Conflict);
        CHECK(test::dump(path) == before);
    }
    SECTION("a vote picks exactly three different recommendations")
    {
        const auto vote = db.addLiveQuestion(1, LiveKind::Vote, {"R01", "R02", "R03", "R04", "R05"});
        CHECK_THROWS_AS(db.saveLiveAnswer(vote, rvb, {{"R01", 1}, {"R02", 1}}), db::Conflict);
        CHECK_THROWS_AS(db.saveLiveAnswer(vote, rvb, {{"R01", 1}, {"R02", 1}, {"R09", 1}}), db::Conflict);
        CHECK_THROWS_AS(db.saveLiveAnswer(vote, rvb, {{"R01", 1}, {"R02", 1}, {"R03", 2}}), db::Conflict);
        db.saveLiveAnswer(vote, rvb, {{"R01", 1}, {"R03", 1}, {"R05", 1}});
        CHECK(db.liveAnswers(vote).size() == 3);
        db.saveLiveAnswer(vote, rvb, {{"R02", 1}, {"R03", 1}, {"R04", 1}});
        const auto picks = db.liveAnswers(vote);
        REQUIRE(picks.size() == 3);
        CHECK(picks[0].item == "R02");
    }
    SECTION("once locked, a question takes nothing more, also through another connection")
    {
        db.lockLiveQuestion(pulse);
        auto other = db::Database::open(path);
        CHECK_THROWS_AS(other.saveLiveAnswer(pulse, {"T-RVB-02", core::Role::Rvb}, {{"strategy.current", 2}}), db::Conflict);
        const auto questions = other.liveQuestions(1);
        REQUIRE(questions.size() == 1);
        CHECK(questions[0].locked);
        CHECK(questions[0].kind == LiveKind::Pulse);
        CHECK(questions[0].items == std::vector<std::string>{"strategy.current", "structure.current"});
        CHECK(other.liveAnswers(pulse).size() == 1);
    }
}
