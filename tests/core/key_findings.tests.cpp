// The key findings of the report's summary, on analyses built by hand so that each rule can be
// seen to fire exactly at its threshold.
#include "core/analysis/key_findings.hpp"

#include <catch2/catch.hpp>

using namespace core;

namespace {

Dimension element(Element e)
{
    Dimension d;
    d.element = e;
    return d;
}

Gap gap(Element e, std::string a, std::string b, double points, bool flagged)
{
    Gap g;
    g.dimension = element(e);
    g.a = std::move(a);
    g.b = std::move(b);
    g.gap = points;
    g.flagged = flagged;
    return g;
}

/// Four roles and the two sides; every element with an overall score of 50 + its index.
Analysis fourRoles()
{
    Analysis a;
    for (const auto role : {Role::Rvb, Role::MsbBoard, Role::SpecialistSelfEmployed, Role::Gp})
        a.parties.push_back({std::string(code(role)), {role}, false});
    a.parties.push_back({std::string(kHospitalSide), {Role::Rvb}, true});
    a.parties.push_back({std::string(kMedicalSide), {Role::MsbBoard, Role::SpecialistSelfEmployed}, true});
    for (std::size_t i = 0; i < kElements.size(); ++i) {
        a.elements[i].dimension = element(kElements[i]);
        a.elements[i].overall = 50.0 + static_cast<double>(i);
    }
    return a;
}

const Finding* find(const std::vector<Finding>& all, FindingKind kind)
{
    for (const auto& f : all)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("the largest gap named is the largest with a board in it, between roles, not sides", "[findings]")
{
    auto a = fourRoles();
    a.gaps = {gap(Element::Strategy, "gp", "specialist_self_employed", 40, true),
              gap(Element::Structure, "hospital_side", "medical_side", 35, true),
              gap(Element::Systems, "rvb", "gp", 30, true), gap(Element::Staff, "rvb", "msb_board", 10, false)};
    const auto f = keyFindings(a);
    const auto* largest = find(f, FindingKind::LargestGap);
    REQUIRE(largest);
    CHECK(largest->a == "rvb");
    CHECK(largest->b == "gp");
    CHECK(largest->value == 30);
    CHECK(largest->dimension.element == Element::Systems);
    // Without a board in any misaligned gap, the largest of all.
    a.gaps.erase(a.gaps.begin() + 2);
    CHECK(find(keyFindings(a), FindingKind::LargestGap)->a == "gp");
    // Nothing misaligned: nothing to name.
    for (auto& g : a.gaps)
        g.flagged = false;
    CHECK(find(keyFindings(a), FindingKind::LargestGap) == nullptr);
}

TEST_CASE("a party stands apart when it is in at least three misaligned gaps and half of them", "[findings]")
{
    auto a = fourRoles();
    a.gaps = {gap(Element::Strategy, "gp", "rvb", 40, true), gap(Element::Structure, "gp", "msb_board", 30, true),
              gap(Element::Systems, "rvb", "msb_board", 20, true)};
    CHECK(find(keyFindings(a), FindingKind::StandsApart) == nullptr); // two each: no one stands apart
    a.gaps.push_back(gap(Element::Staff, "gp", "specialist_self_employed", 20, true));
    const auto withGp = keyFindings(a);
    const auto* apart = find(withGp, FindingKind::StandsApart);
    REQUIRE(apart);
    CHECK(apart->a == "gp");
    CHECK(apart->count == 3);
    CHECK(apart->total == 4);
    // Three of eight is less than half.
    for (const auto e : {Element::Skills, Element::Style, Element::SharedValues, Element::Strategy})
        a.gaps.push_back(gap(e, "rvb", "specialist_self_employed", 16, true));
    CHECK((find(keyFindings(a), FindingKind::StandsApart) == nullptr || find(keyFindings(a), FindingKind::StandsApart)->a != "gp"));
}

TEST_CASE("the sides' priorities are named only when clearly the same or clearly opposite", "[findings]")
{
    auto a = fourRoles();
    a.changeAgenda.priorityAgreement = kOppositePriorities;
    CHECK(find(keyFindings(a), FindingKind::OppositePriorities));
    a.changeAgenda.priorityAgreement = kOppositePriorities + 0.01;
    CHECK(find(keyFindings(a), FindingKind::OppositePriorities) == nullptr);
    CHECK(find(keyFindings(a), FindingKind::SharedPriorities) == nullptr);
    a.changeAgenda.priorityAgreement = kSharedPriorities;
    CHECK(find(keyFindings(a), FindingKind::SharedPriorities)->value == kSharedPriorities);
    a.changeAgenda.priorityAgreement.reset();
    CHECK(find(keyFindings(a), FindingKind::SharedPriorities) == nullptr);
}

TEST_CASE("a party is divided on three or more elements with r_wg below 0.5; only measured cells count", "[findings]")
{
    auto a = fourRoles();
    const auto rwg = [&](std::size_t element, std::string party, std::optional<double> value) {
        PartyResult r;
        r.party = std::move(party);
        r.rwg = value;
        a.elements[element].parties.push_back(r);
    };
    for (std::size_t i = 0; i < 7; ++i)
        rwg(i, "specialist_self_employed", i < 2 ? 0.49 : 0.8);
    rwg(0, "rvb", std::nullopt); // a board of three: no r_wg, never "divided"
    CHECK(find(keyFindings(a), FindingKind::DividedParty) == nullptr);
    a.elements[2].parties.front().rwg = 0.3;
    const auto three = keyFindings(a);
    const auto* divided = find(three, FindingKind::DividedParty);
    REQUIRE(divided);
    CHECK(divided->a == "specialist_self_employed");
    CHECK(divided->count == 3);
    CHECK(divided->total == 7);
    a.elements[2].parties.front().rwg = 0.5; // at the threshold: not below it
    CHECK(find(keyFindings(a), FindingKind::DividedParty) == nullptr);
}

TEST_CASE("what goes well is the highest element without a misaligned gap", "[findings]")
{
    auto a = fourRoles(); // style (index 6) scores highest
    auto f = keyFindings(a);
    REQUIRE(find(f, FindingKind::Strength));
    CHECK(find(f, FindingKind::Strength)->dimension.element == kElements[6]);
    a.gaps = {gap(kElements[6], "rvb", "gp", 20, true), gap(kElements[5], "rvb", "gp", 14, false)};
    f = keyFindings(a);
    CHECK(find(f, FindingKind::Strength)->dimension.element == kElements[5]);
    CHECK(find(f, FindingKind::Strength)->value == 55);
    // A misaligned gap on a theme does not count against an element.
    a.gaps.push_back(gap(kElements[5], "rvb", "gp", 20, true));
    a.gaps.back().dimension.isTheme = true;
    CHECK(find(keyFindings(a), FindingKind::Strength)->dimension.element == kElements[5]);
}

TEST_CASE("never more than five findings, in a fixed order", "[findings]")
{
    auto a = fourRoles();
    a.gaps = {gap(Element::Strategy, "gp", "rvb", 40, true), gap(Element::Structure, "gp", "msb_board", 30, true),
              gap(Element::Systems, "gp", "specialist_self_employed", 20, true)};
    a.changeAgenda.priorityAgreement = -0.9;
    for (std::size_t i = 0; i < 7; ++i) {
        PartyResult r;
        r.party = "specialist_self_employed";
        r.rwg = 0.1;
        a.elements[i].parties.push_back(r);
    }
    auto f = keyFindings(a);
    REQUIRE(f.size() == 5);
    CHECK(f[0].kind == FindingKind::LargestGap);
    CHECK(f[1].kind == FindingKind::OppositePriorities);
    CHECK(f[2].kind == FindingKind::DividedParty);
    CHECK(f[3].kind == FindingKind::StandsApart);
    CHECK(f[4].kind == FindingKind::Strength);
    // With the sides' finding too there would be six: "stands apart" gives way.
    a.gaps.push_back(gap(Element::Staff, std::string(kHospitalSide), std::string(kMedicalSide), 10, false));
    f = keyFindings(a);
    REQUIRE(f.size() == 5);
    CHECK(f[0].kind == FindingKind::SidesAligned);
    CHECK(find(f, FindingKind::StandsApart) == nullptr);
    CHECK(f[4].kind == FindingKind::Strength);
}

TEST_CASE("the two sides: their largest misaligned gap, or that they are nowhere misaligned", "[findings]")
{
    auto a = fourRoles();
    CHECK(find(keyFindings(a), FindingKind::SidesAligned) == nullptr); // nothing compared: nothing to say
    a.gaps = {gap(Element::Staff, "hospital_side", "medical_side", 14.9, false),
              gap(Element::Skills, "hospital_side", "medical_side", 3, false)};
    const auto aligned = keyFindings(a);
    REQUIRE(find(aligned, FindingKind::SidesAligned));
    CHECK(find(aligned, FindingKind::SidesAligned)->count == 2);
    a.gaps.push_back(gap(Element::Structure, "hospital_side", "medical_side", 20, true));
    a.gaps.push_back(gap(Element::Systems, "hospital_side", "medical_side", 25, true));
    const auto apart = keyFindings(a);
    REQUIRE(find(apart, FindingKind::SidesGap));
    CHECK(find(apart, FindingKind::SidesGap)->dimension.element == Element::Systems);
    CHECK(find(apart, FindingKind::SidesGap)->value == 25);
    CHECK(find(apart, FindingKind::SidesAligned) == nullptr);
    CHECK(apart.front().kind == FindingKind::SidesGap);
}

TEST_CASE("the largest gap named is between the boards' own parties before any with an outside party", "[findings]")
{
    auto a = fourRoles();
    a.gaps = {gap(Element::Strategy, "rvb", "gp", 40, true), gap(Element::Structure, "msb_board", "specialist_self_employed", 20, true)};
    const auto f = keyFindings(a);
    const auto* largest = find(f, FindingKind::LargestGap);
    REQUIRE(largest);
    CHECK(largest->a == "msb_board");
    CHECK(largest->value == 20);
}
