#include "core/shared_state.hpp"

#include <catch2/catch.hpp>

using namespace core;

namespace {

void add(std::vector<AnswerRow>& rows, const std::string& who, Role role, int value)
{
    rows.push_back({who, role, "strategy.01", value});
    rows.push_back({who, role, "strategy.02", std::monostate{}});
}

} // namespace

TEST_CASE("the step between two shared states, by hand", "[core][disclosure]")
{
    // k while either state is coarse (fewer than 10 answering), 10 once both are at full precision.
    CHECK(sharingStep(3, 5, 3, 10) == 3);
    CHECK(sharingStep(9, 12, 4, 10) == 4);
    CHECK(sharingStep(10, 12, 3, 10) == 10);
    CHECK(sharingStep(0, 0, 1, 10) == 3); // never below 3
}

TEST_CASE("a role's shared answers change only by a whole step", "[core][disclosure]")
{
    std::vector<AnswerRow> stored;
    for (const auto* who : {"R1", "R2", "R3"})
        add(stored, who, Role::Rvb, 4);
    add(stored, "M1", Role::MsbBoard, 2);

    SECTION("nothing stored yet: the current answers are shared, in one order")
    {
        const auto u = updateShared(stored, std::nullopt, 3, 10);
        CHECK(u.changed);
        CHECK(u.shared.size() == stored.size());
        CHECK(u.shared.front().role == Role::Rvb); // role order: the RvB before the MSB board
    }
    SECTION("two new board members wait; the stored answers stay")
    {
        auto current = stored;
        add(current, "R4", Role::Rvb, 1);
        add(current, "R5", Role::Rvb, 1);
        const auto u = updateShared(current, stored, 3, 10);
        CHECK_FALSE(u.changed);
        CHECK(u.waiting == std::vector<Role>{Role::Rvb});
        CHECK(u.shared.size() == stored.size());
    }
    SECTION("one new, one changed and one removed make a step of three")
    {
        auto current = stored;
        current.erase(current.begin(), current.begin() + 2); // R1 removed
        current[0].value = 5;                                 // R2 changed
        add(current, "R4", Role::Rvb, 1);                     // R4 added
        const auto u = updateShared(current, stored, 3, 10);
        CHECK(u.changed);
        CHECK(u.waiting.empty());
        std::size_t rvb = 0;
        for (const auto& r : u.shared)
            rvb += r.role == Role::Rvb ? 1u : 0u;
        CHECK(rvb == 6); // R2, R3, R4: two rows each
    }
    SECTION("a change to the MSB board does not carry the RvB's waiting answers along")
    {
        auto current = stored;
        add(current, "R4", Role::Rvb, 1);
        for (const auto* who : {"M2", "M3", "M4"})
            add(current, who, Role::MsbBoard, 3);
        const auto u = updateShared(current, stored, 3, 10);
        CHECK(u.changed);
        CHECK(u.waiting == std::vector<Role>{Role::Rvb});
        CHECK(std::none_of(u.shared.begin(), u.shared.end(), [](const AnswerRow& r) { return r.respondent == "R4"; }));
    }
}
