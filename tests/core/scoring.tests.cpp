#include "core/scoring.hpp"

#include <catch2/catch.hpp>

using namespace core;

namespace {

/// A small instrument: five structure items (the fifth reverse-keyed), put to the RvB and the MSB board.
Instrument tinyInstrument()
{
    Instrument::Parts parts;
    parts.id = "tiny";
    parts.version = "1";
    for (const auto e : kElements)
        parts.elements.push_back({e, {"nl", "en"}, {"nl", "en"}});
    for (const auto t : kThemes)
        parts.themes.push_back({t, {"nl", "en"}, {"nl", "en"}});
    for (const auto r : kRoles)
        parts.roles.push_back({r, {"nl", "en"}, {"nl", "en"}});
    for (int i = 1; i <= 5; ++i) {
        Question q;
        q.code = "s" + std::to_string(i);
        q.kind = QuestionKind::Likert;
        q.element = Element::Structure;
        q.theme = i <= 2 ? std::optional<Theme>(Theme::PrimaryCare) : std::nullopt;
        q.reverse = i == 5;
        q.roles = {Role::Rvb, Role::MsbBoard};
        q.min = 1;
        q.max = 5;
        parts.questions.push_back(q);
    }
    return Instrument(std::move(parts));
}

void answer(ResponseSet& set, const std::string& who, Role role, const std::string& item, AnswerValue v)
{
    set.add(AnswerRow{who, role, item, std::move(v)});
}

} // namespace

TEST_CASE("item scores: reverse keying and the 0-100 mapping", "[core][scoring]")
{
    const auto instrument = tinyInstrument();
    const Question& plain = *instrument.find("s1");
    const Question& reversed = *instrument.find("s5");
    CHECK(*itemScore(plain, 1) == 0.0);
    CHECK(*itemScore(plain, 2) == 25.0);
    CHECK(*itemScore(plain, 5) == 100.0);
    CHECK(*itemScore(reversed, 1) == 100.0); // 6 - 1 = 5
    CHECK(*itemScore(reversed, 4) == 25.0);  // 6 - 4 = 2
    CHECK_FALSE(itemScore(plain, std::monostate{}));
    CHECK_FALSE(itemScore(plain, std::string("yes")));
}

TEST_CASE("a round scored by hand: 60% rule, party statistics and suppression", "[core][scoring]")
{
    const auto instrument = tinyInstrument();
    ResponseSet set;
    // A answers everything: 100, 75, 75, 50 and reversed 2 -> 75: mean 75.
    for (const auto& [item, v] : std::vector<std::pair<std::string, int>>{{"s1", 5}, {"s2", 4}, {"s3", 4}, {"s4", 3}, {"s5", 2}})
        answer(set, "A", Role::Rvb, item, v);
    // B answers three of five (60%, just enough): 50, 50 and reversed 1 -> 100: mean 66.67.
    answer(set, "B", Role::Rvb, "s1", 3);
    answer(set, "B", Role::Rvb, "s2", 3);
    answer(set, "B", Role::Rvb, "s3", std::monostate{});
    answer(set, "B", Role::Rvb, "s5", 1);
    // C answers two of five (40%): no structure score.
    answer(set, "C", Role::Rvb, "s1", 2);
    answer(set, "C", Role::Rvb, "s2", std::monostate{});
    answer(set, "C", Role::Rvb, "s5", 5);
    // D: four times 4 -> 75 and reversed 4 -> 25: mean 65.
    for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
        answer(set, "D", Role::Rvb, item, 4);
    // Two MSB board members: below k = 3, never shown.
    for (const auto& who : {"M1", "M2"})
        for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
            answer(set, who, Role::MsbBoard, item, 1);

    SECTION("respondent scores")
    {
        const auto items = instrument.items(Element::Structure);
        CHECK(*respondentScore(items, set.respondents()[0]) == Approx(75.0));
        CHECK(*respondentScore(items, set.respondents()[1]) == Approx(200.0 / 3.0));
        CHECK_FALSE(respondentScore(items, set.respondents()[2]));
        CHECK(*respondentScore(items, set.respondents()[3]) == Approx(65.0));
    }
    SECTION("party statistics, with the party below k suppressed")
    {
        const auto scores = scoreRound(instrument, set, 3);
        const auto& structure = scores.elements[static_cast<std::size_t>(Element::Structure)];
        REQUIRE(structure.parties.size() == 2);
        const auto& rvb = structure.parties[0].stat;
        CHECK(rvb.n == 3);
        CHECK(rvb.shown);
        CHECK(rvb.mean == Approx(68.88888888888889).epsilon(1e-12));
        CHECK(rvb.sd == Approx(5.357583756107196).epsilon(1e-12));
        CHECK_FALSE(structure.parties[1].stat.shown);
        CHECK_FALSE(scores.partyShown(Role::MsbBoard));
        CHECK(scores.hiddenRespondents == 2);
        // Overall: mean of the shown party means only, so the hidden party cannot be recovered from it.
        REQUIRE(structure.overall);
        CHECK(*structure.overall == Approx(rvb.mean));
        // No other element has items: nothing to show.
        CHECK_FALSE(scores.elements[static_cast<std::size_t>(Element::Style)].overall);
    }
    SECTION("a theme is scored over its own items")
    {
        const auto scores = scoreRound(instrument, set, 3);
        const auto& primary = scores.themes[static_cast<std::size_t>(Theme::PrimaryCare)];
        // Theme items s1, s2: A 100, 75 -> 87.5; B 50, 50 -> 50; C one of two (50%) -> none; D 75.
        CHECK(primary.parties[0].stat.n == 3);
        CHECK(primary.parties[0].stat.mean == Approx((87.5 + 50.0 + 75.0) / 3.0));
    }
    SECTION("with the MSB board large enough, each party weighs equally in the overall score")
    {
        answer(set, "M3", Role::MsbBoard, "s1", 1);
        for (const auto& item : {"s2", "s3", "s4", "s5"})
            answer(set, "M3", Role::MsbBoard, item, 1);
        const auto scores = scoreRound(instrument, set, 3);
        const auto& structure = scores.elements[static_cast<std::size_t>(Element::Structure)];
        // Every MSB answer is 1: items 0, 0, 0, 0 and reversed 1 -> 100: mean 20.
        CHECK(structure.parties[1].stat.mean == Approx(20.0));
        CHECK(*structure.overall == Approx((68.88888888888889 + 20.0) / 2.0));
    }
    SECTION("the threshold is never below 3")
    {
        const auto scores = scoreRound(instrument, set, 1);
        CHECK(scores.k == 3);
        CHECK_FALSE(scores.partyShown(Role::MsbBoard));
    }
}
