// The step rule of the shared state (docs/disclosure.md, rule 5), by hand, and against the two
// differencing attacks a review found in its first version: a step counted in people rather than
// per cell, and a step checked against the last shared state only.
#include "core/instrument/instrument_loader.hpp"
#include "core/analysis/shared_state.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace core;

namespace {

const Instrument& instrument() { return builtinInstrument(); }

/// Answers `value` to every statement put to the role (or only to those of `element`).
void add(std::vector<AnswerRow>& rows, const std::string& who, Role role, int value,
         std::optional<Element> element = std::nullopt)
{
    for (const auto* q : instrument().questionsOfKind(QuestionKind::Likert))
        if (q->askedOf(role) && (!element || q->element == element))
            rows.push_back({who, role, q->code, value});
}

void remove(std::vector<AnswerRow>& rows, const std::string& who)
{
    std::erase_if(rows, [&](const AnswerRow& r) { return r.respondent == who; });
}

std::size_t respondents(const std::vector<AnswerRow>& rows, Role role)
{
    std::vector<std::string> codes;
    for (const auto& r : rows)
        if (r.role == role && std::find(codes.begin(), codes.end(), r.respondent) == codes.end())
            codes.push_back(r.respondent);
    return codes.size();
}

} // namespace

TEST_CASE("the step between two shared states, by hand", "[core][disclosure]")
{
    // k while either state is rounded (fewer than 10 answering), 10 once both are at full precision.
    CHECK(sharingStep(3, 5, 3, 10) == 3);
    CHECK(sharingStep(9, 12, 4, 10) == 4);
    CHECK(sharingStep(10, 12, 3, 10) == 10);
    CHECK(sharingStep(0, 0, 1, 10) == 3); // never below 3
}

TEST_CASE("a role's shared answers change only by a whole step in every cell", "[core][disclosure]")
{
    std::vector<AnswerRow> first;
    for (const auto* who : {"R1", "R2", "R3"})
        add(first, who, Role::Rvb, 4);
    for (const auto* who : {"M1", "M2"})
        add(first, who, Role::MsbBoard, 2);
    const auto share = [&](const std::vector<AnswerRow>& now, const std::vector<std::vector<AnswerRow>>& released) {
        return updateShared(instrument(), now, released, 3, 10);
    };

    SECTION("nothing shared yet: the current answers are shared, in one order")
    {
        const auto u = share(first, {});
        CHECK(u.changed);
        CHECK(u.shared.size() == first.size());
        CHECK(u.shared.front().role == Role::Rvb); // role order: the RvB before the MSB board
    }
    SECTION("two new board members wait; one more makes a step")
    {
        auto now = first;
        add(now, "R4", Role::Rvb, 1);
        add(now, "R5", Role::Rvb, 1);
        auto u = share(now, {first});
        CHECK_FALSE(u.changed);
        CHECK(u.waiting == std::vector<Role>{Role::Rvb});
        CHECK(respondents(u.shared, Role::Rvb) == 3);
        add(now, "R6", Role::Rvb, 5);
        u = share(now, {first});
        CHECK(u.changed);
        CHECK(respondents(u.shared, Role::Rvb) == 6);
    }
    SECTION("the third MSB board member, who would make the board visible, waits")
    {
        auto now = first;
        add(now, "M3", Role::MsbBoard, 5);
        const auto u = share(now, {first});
        CHECK(u.waiting == std::vector<Role>{Role::MsbBoard});
        CHECK(respondents(u.shared, Role::MsbBoard) == 2);
    }
    SECTION("one new, one changed and one removed are a step of three")
    {
        auto now = first;
        remove(now, "R1");
        for (auto& r : now)
            if (r.respondent == "R2")
                r.value = 5;
        add(now, "R4", Role::Rvb, 1);
        const auto u = share(now, {first});
        CHECK(u.changed);
        CHECK(u.waiting.empty());
        CHECK(respondents(u.shared, Role::Rvb) == 3);
    }
    SECTION("three newcomers of whom only one answers most statements: those cells move by one, so all wait")
    {
        auto now = first;
        add(now, "R4", Role::Rvb, 1);
        add(now, "R5", Role::Rvb, 1, Element::SharedValues);
        add(now, "R6", Role::Rvb, 1, Element::SharedValues);
        const auto u = share(now, {first});
        CHECK(u.waiting == std::vector<Role>{Role::Rvb});
        // With the other two answering everything as well, the step is whole.
        add(now, "R5", Role::Rvb, 1);
        add(now, "R6", Role::Rvb, 1);
        CHECK(share(now, {first}).changed);
    }
    SECTION("a weet-niet from a newcomer moves no cell, so it is no step and needs none")
    {
        auto now = first;
        for (const auto* q : instrument().questionsOfKind(QuestionKind::Likert))
            if (q->askedOf(Role::Rvb))
                now.push_back({"R4", Role::Rvb, q->code, std::monostate{}});
        const auto u = share(now, {first});
        CHECK(u.waiting.empty());
    }
}

TEST_CASE("a new shared state is checked against every earlier one, not only the last", "[core][disclosure]")
{
    // Ten specialists at full precision (A). Three of them withdraw their answers: seven, rounded,
    // a step of three (B). They come back and one more joins: against B a step of four, but against
    // A only the newcomer moved, and A and the new state are both at full precision.
    std::vector<AnswerRow> a;
    for (int i = 1; i <= 10; ++i)
        add(a, "S" + std::to_string(i), Role::SpecialistSelfEmployed, 1 + i % 5);
    auto b = a;
    for (const auto* who : {"S1", "S2", "S3"})
        remove(b, who);
    REQUIRE(updateShared(instrument(), b, {a}, 3, 10).changed);
    auto c = a;
    add(c, "S11", Role::SpecialistSelfEmployed, 3);
    const auto u = updateShared(instrument(), c, {a, b}, 3, 10);
    CHECK_FALSE(u.changed);
    CHECK(u.waiting == std::vector<Role>{Role::SpecialistSelfEmployed});
    CHECK(respondents(u.shared, Role::SpecialistSelfEmployed) == 7); // B stays
    // Against B alone it would have been shared: the old rule's hole.
    CHECK(updateShared(instrument(), c, {b}, 3, 10).changed);
}
