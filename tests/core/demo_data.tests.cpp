#include "core/demo_data.hpp"
#include "core/instrument_loader.hpp"
#include "core/scoring.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace core;

namespace {

Scores scoresOf(const DemoHospital& h)
{
    ResponseSet set;
    for (const auto& row : h.answers)
        set.add(row);
    return scoreRound(builtinInstrument(), set, 3);
}

double partyMean(const Scores& s, Element e, Role r)
{
    for (const auto& p : s.elements[static_cast<std::size_t>(e)].parties)
        if (p.role == r && p.stat.shown)
            return p.stat.mean;
    FAIL("party not shown");
    return 0;
}

double partySd(const Scores& s, Element e, Role r)
{
    for (const auto& p : s.elements[static_cast<std::size_t>(e)].parties)
        if (p.role == r)
            return p.stat.sd;
    return 0;
}

} // namespace

TEST_CASE("the demo data is the same on every run", "[core][demo]")
{
    const auto a = demoHospitals(builtinInstrument());
    const auto b = demoHospitals(builtinInstrument());
    REQUIRE(a.size() == 3);
    for (std::size_t i = 0; i < a.size(); ++i) {
        REQUIRE(a[i].answers.size() == b[i].answers.size());
        for (std::size_t k = 0; k < a[i].answers.size(); ++k)
            CHECK(a[i].answers[k].value == b[i].answers[k].value);
    }
}

TEST_CASE("the three demo hospitals differ as intended", "[core][demo]")
{
    const auto hospitals = demoHospitals(builtinInstrument());
    std::set<std::string> types;
    std::set<std::string> models;
    for (const auto& h : hospitals) {
        types.insert(h.hospitalType);
        for (const auto& row : h.answers)
            if (row.item == "profile.org_model" && row.role == Role::Rvb)
                models.insert(std::get<std::string>(row.value));
        std::set<Role> roles;
        for (const auto& row : h.answers)
            roles.insert(row.role);
        for (const auto main : {Role::Rvb, Role::MsbBoard, Role::SpecialistSelfEmployed, Role::SpecialistSalaried})
            CHECK(roles.contains(main));
    }
    CHECK(types.size() == 3);
    CHECK(models.size() == 3);

    const auto aligned = scoresOf(hospitals[0]);
    const auto diverging = scoresOf(hospitals[1]);
    const auto lowConsensus = scoresOf(hospitals[2]);
    const auto gap = [](const Scores& s, Element e) {
        return std::abs(partyMean(s, e, Role::Rvb) - partyMean(s, e, Role::SpecialistSelfEmployed));
    };
    SECTION("well aligned: small gaps and high scores everywhere")
    {
        for (const auto e : kElements) {
            CHECK(gap(aligned, e) < 15.0);
            CHECK(*aligned.elements[static_cast<std::size_t>(e)].overall > 60.0);
        }
    }
    SECTION("diverging: the RvB and the specialists are far apart on structure and systems")
    {
        CHECK(gap(diverging, Element::Structure) > 40.0);
        CHECK(gap(diverging, Element::Systems) > 40.0);
        CHECK(gap(diverging, Element::Skills) < gap(diverging, Element::Structure));
    }
    SECTION("low consensus: the specialists disagree among themselves far more than elsewhere")
    {
        for (const auto e : kElements) {
            CHECK(partySd(lowConsensus, e, Role::SpecialistSelfEmployed) >
                  2.0 * partySd(aligned, e, Role::SpecialistSelfEmployed));
            CHECK(gap(lowConsensus, e) < 20.0);
        }
    }
    SECTION("parties below the anonymity threshold exist, so suppression shows")
    {
        CHECK_FALSE(aligned.partyShown(Role::Insurer));
        CHECK(aligned.hiddenRespondents >= 2);
    }
}
