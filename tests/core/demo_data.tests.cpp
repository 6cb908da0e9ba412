#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/analysis/analysis.hpp"
#include "core/incentives/incentive_analysis.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <cmath>
#include <set>

using namespace core;

namespace {

Analysis analysisOf(const DemoHospital& h)
{
    ResponseSet set;
    for (const auto& row : h.answers)
        set.add(row);
    return analyse(builtinInstrument(), set, {});
}

const PartyResult& party(const Analysis& a, Element e, Role r)
{
    const auto* p = a.of(e).find(code(r));
    REQUIRE(p);
    REQUIRE(p->stat.shown);
    return *p;
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

    const auto aligned = analysisOf(hospitals[0]);
    const auto diverging = analysisOf(hospitals[1]);
    const auto lowConsensus = analysisOf(hospitals[2]);
    const auto gap = [](const Analysis& a, Element e) {
        return std::abs(party(a, e, Role::Rvb).stat.mean - party(a, e, Role::SpecialistSelfEmployed).stat.mean);
    };
    SECTION("well aligned: small gaps and high scores everywhere")
    {
        for (const auto e : kElements) {
            CHECK(gap(aligned, e) < 15.0);
            CHECK(*aligned.of(e).overall > 60.0);
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
            const auto self = Role::SpecialistSelfEmployed;
            // The sd is published only at full precision (docs/disclosure.md).
            if (!party(lowConsensus, e, self).coarse && !party(aligned, e, self).coarse)
                CHECK(party(lowConsensus, e, self).stat.sd > 2.0 * party(aligned, e, self).stat.sd);
            CHECK(*party(lowConsensus, e, self).rwg < *party(aligned, e, self).rwg);
            CHECK(gap(lowConsensus, e) < 20.0);
        }
    }
    SECTION("the index puts the aligned hospital far ahead of the two troubled ones")
    {
        REQUIRE(aligned.index.value);
        REQUIRE(diverging.index.value);
        REQUIRE(lowConsensus.index.value);
        CHECK(*aligned.index.value > *lowConsensus.index.value);
        // Both troubled hospitals score far below the aligned one. Which of the two is lower depends
        // on how much the specialists' discord weighs; consensus is measured only in parties large
        // enough to show their spread (docs/disclosure.md), here the specialists alone.
        CHECK(*aligned.index.value - *lowConsensus.index.value > 15.0);
        CHECK(*aligned.index.value - *diverging.index.value > 15.0);
        CHECK(*lowConsensus.index.components[2].value < *diverging.index.components[2].value);
        CHECK(diverging.gaps.front().flagged);
        CHECK((diverging.gaps.front().dimension.element == Element::Structure ||
               diverging.gaps.front().dimension.element == Element::Systems ||
               diverging.gaps.front().dimension.isTheme));
    }
    SECTION("parties below the anonymity threshold exist, so suppression shows")
    {
        CHECK_FALSE(aligned.shown(Role::Insurer));
        const auto insurers = std::count_if(hospitals[0].answers.begin(), hospitals[0].answers.end(),
                                            [](const AnswerRow& r) { return r.role == Role::Insurer; });
        CHECK(insurers > 0);
    }
}

TEST_CASE("on every demo hospital the model with the weakest production incentive judges best (002 §3.3.4)", "[core][demo][incentives]")
{
    // Judged by what the distribution model itself does (the share effect), dagdelen + on-call burden
    // scores at least as well as benchmark and production, as the study argues.
    for (const auto& h : demoHospitals(builtinInstrument())) {
        INFO(h.name);
        const auto score = [&](const char* model) {
            auto in = h.incentives;
            in.model = *preset(model);
            return incentiveAlignment(in, scenariosFor(in)).value.value_or(-1);
        };
        CHECK(score("dagdelen_disutility") >= score("benchmark"));
        CHECK(score("dagdelen_disutility") >= score("production"));
        CHECK(score("dagdelen_disutility") > 0);
    }
}
