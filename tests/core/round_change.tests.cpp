// The change since the previous round, on analyses built by hand: each verdict at its margin,
// computed here from the formula in docs/methodology.md.
#include "core/analysis/round_change.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace core;

namespace {

PartyResult cell(std::string party, double mean, std::size_t n, double sd, bool coarse, std::vector<Role> roles = {})
{
    PartyResult p;
    p.party = std::move(party);
    p.stat = Stat{n, mean, sd, true};
    p.coarse = coarse;
    p.isSide = !roles.empty();
    p.roles = std::move(roles);
    return p;
}

/// An analysis with the given cells on Strategy, nothing elsewhere.
Analysis strategy(std::vector<PartyResult> cells)
{
    Analysis a;
    for (const auto& c : cells)
        a.parties.push_back({c.party, c.roles.empty() ? std::vector<Role>{*roleFromCode(c.party)} : c.roles, c.isSide});
    for (std::size_t i = 0; i < kElements.size(); ++i)
        a.elements[i].dimension.element = kElements[i];
    for (std::size_t i = 0; i < kThemes.size(); ++i) {
        a.themes[i].dimension.isTheme = true;
        a.themes[i].dimension.theme = kThemes[i];
    }
    auto& d = a.elements[static_cast<std::size_t>(std::find(kElements.begin(), kElements.end(), Element::Strategy) - kElements.begin())];
    d.parties = std::move(cells);
    return a;
}

const PartyChange& strategyChange(const RoundChanges& c, std::string_view party)
{
    for (const auto& d : c.dimensions)
        if (!d.dimension.isTheme && d.dimension.element == Element::Strategy)
            for (const auto& p : d.parties)
                if (p.party == party)
                    return p;
    FAIL("no change for " << party);
    throw;
}

} // namespace

TEST_CASE("a change at full precision is clear from 1.96 standard errors of the two means", "[change]")
{
    // sd 10 and n 25 in both: se = sqrt(100/25 + 100/25) = 2.8284, margin 5.5437.
    const auto then = strategy({cell("specialist_self_employed", 50, 25, 10, false)});
    const auto clear = roundChanges(then, strategy({cell("specialist_self_employed", 55.6, 25, 10, false)}));
    const auto& c = strategyChange(clear, "specialist_self_employed");
    CHECK(c.margin == Approx(1.96 * std::sqrt(8.0)));
    CHECK(c.change == Approx(5.6));
    CHECK(c.verdict == ChangeVerdict::Clear);
    const auto noise = roundChanges(then, strategy({cell("specialist_self_employed", 44.5, 25, 10, false)}));
    CHECK(strategyChange(noise, "specialist_self_employed").verdict == ChangeVerdict::WithinNoise);
    CHECK(strategyChange(noise, "specialist_self_employed").change == Approx(-5.5));
}

TEST_CASE("a coarse party's change is compared with what rounding alone can make", "[change]")
{
    // A board of three in both rounds: each score may be 6.25 off, the change 12.5.
    const auto then = strategy({cell("rvb", 44, 3, 0, true), cell("msb_board", 60, 4, 0, true),
                                cell("specialist_self_employed", 50, 12, 8, false)});
    const auto now = strategy({cell("rvb", 76, 3, 0, true), cell("msb_board", 72.5, 4, 0, true),
                               cell("specialist_self_employed", 56, 9, 0, true)});
    const auto c = roundChanges(then, now);
    REQUIRE(c.parties == std::vector<std::string>{"rvb", "msb_board", "specialist_self_employed"});
    CHECK(strategyChange(c, "rvb").verdict == ChangeVerdict::NotTested);
    CHECK(strategyChange(c, "rvb").margin == Approx(12.5));
    CHECK(strategyChange(c, "msb_board").verdict == ChangeVerdict::WithinRounding); // 12.5 exactly
    // Full, then small: one score is rounded, 6.25.
    CHECK(strategyChange(c, "specialist_self_employed").margin == Approx(6.25));
    CHECK(strategyChange(c, "specialist_self_employed").verdict == ChangeVerdict::WithinRounding);
}

TEST_CASE("only parties shown in both rounds are compared, and a side only with the same roles", "[change]")
{
    const auto then = strategy({cell("rvb", 40, 3, 0, true), cell("gp", 30, 3, 0, true),
                                cell("medical_side", 50, 14, 0, true, {Role::MsbBoard, Role::SpecialistSelfEmployed}),
                                cell("hospital_side", 40, 3, 0, true, {Role::Rvb})});
    const auto now = strategy({cell("rvb", 70, 3, 0, true), cell("nursing", 30, 5, 0, true),
                               cell("medical_side", 60, 17, 0, true, {Role::MsbBoard, Role::SpecialistSelfEmployed, Role::SpecialistSalaried}),
                               cell("hospital_side", 70, 3, 0, true, {Role::Rvb})});
    const auto c = roundChanges(then, now);
    // The medical side changed its roles; the hospital side is the RvB again.
    REQUIRE(c.parties == std::vector<std::string>{"rvb"});
    for (const auto& d : c.dimensions)
        for (const auto& p : d.parties)
            CHECK(p.party == "rvb");
    CHECK(c.dimensions.size() == kElements.size() + kThemes.size());
}

TEST_CASE("the change people read is the difference of the two rounded scores", "[change]")
{
    PartyChange p;
    p.then = 43.5; // printed 44 (halves to even)
    p.now = 76.5;  // printed 76
    p.change = 33.0;
    CHECK(shownChange(p) == 32);
    p.then = 44.4;
    p.now = 44.6;
    CHECK(shownChange(p) == 1);
}

TEST_CASE("a side's rounding is bounded by the share of its respondents in small groups", "[change]")
{
    // The medical side: an MSB board of 4 (rounded) and 12 self-employed specialists (exact). Its
    // score is their respondent-weighted mean, so rounding moves it by at most 6.25 x 4/16.
    const std::vector<Role> roles{Role::MsbBoard, Role::SpecialistSelfEmployed};
    const auto round = [&](double side) {
        return strategy({cell("msb_board", 50, 4, 0, true), cell("specialist_self_employed", 50, 12, 9, false),
                         cell("medical_side", side, 16, 0, true, roles)});
    };
    const auto small = roundChanges(round(50), round(53));
    CHECK(strategyChange(small, "medical_side").margin == Approx(2 * 6.25 * 4 / 16));
    CHECK(strategyChange(small, "medical_side").verdict == ChangeVerdict::WithinRounding);
    const auto larger = roundChanges(round(50), round(60)); // 10 points: more than 3.125
    CHECK(strategyChange(larger, "medical_side").verdict == ChangeVerdict::NotTested);
    CHECK(strategyChange(larger, "medical_side").isSide);
}
