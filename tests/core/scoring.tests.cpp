#include "core/analysis/analysis.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace core;

namespace {

/// A small instrument: five structure items (the fifth reverse-keyed, the first two also on
/// primary care), put to the given roles (by default the RvB and the MSB board).
Instrument tinyInstrument(std::vector<Role> roles = {Role::Rvb, Role::MsbBoard})
{
    Instrument::Parts parts;
    parts.id = "tiny";
    parts.version = "1";
    for (const auto e : kElements)
        parts.elements.push_back({e, {"nl", "en"}, {"nl", "en"}});
    for (const auto t : kThemes)
        parts.themes.push_back({t, {"nl", "en"}, {"nl", "en"}, {"nl", "en"}});
    for (const auto r : kRoles)
        parts.roles.push_back({r, {"nl", "en"}, {"nl", "en"}});
    for (int i = 1; i <= 5; ++i) {
        Question q;
        q.code = "s" + std::to_string(i);
        q.kind = QuestionKind::Likert;
        q.element = Element::Structure;
        q.theme = i <= 2 ? std::optional<Theme>(Theme::PrimaryCare) : std::nullopt;
        q.reverse = i == 5;
        q.roles = roles;
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
    // The hidden cells: s3 and s4 have two RvB answers each (below k = 3), so no RvB figure may
    // use them. With detailN = k every shown cell has full precision, to check the formulas.
    const AnalysisOptions full{3, 15.0, std::nullopt, 3};
    SECTION("party statistics from the shown statements only, with the party below k suppressed")
    {
        const auto a = analyse(instrument, set, full);
        const auto& structure = a.of(Element::Structure);
        const auto* rvb = structure.find("rvb");
        REQUIRE(rvb);
        // Respondent scores over s1, s2, s5: A 100, 75, 75 -> 83.33; B 50, 50, 100 -> 66.67; C 25
        // and 0, two of three (67%) -> 12.5; D 75, 75, 25 -> 58.33: n 4, sd 30.31. The mean is that
        // of the statement means (s1 3.5, s2 3.67, s5 3 -> 62.5, 66.67, 50), not of the respondent
        // scores (55.21): their difference would give away C's total on the statement C skipped.
        CHECK(rvb->stat.n == 4);
        CHECK(rvb->stat.shown);
        CHECK_FALSE(rvb->coarse);
        CHECK(rvb->stat.mean == Approx((62.5 + 200.0 / 3.0 + 50.0) / 3.0).epsilon(1e-12));
        CHECK(rvb->stat.sd == Approx(30.309934503882214).epsilon(1e-12));
        // r_wg(J) over s1, s2, s5: variances 5/3, 1/3, 10/3 -> mean 16/9; 3(1 - 8/9) / (3(1 - 8/9) + 8/9) = 3/11.
        CHECK(*rvb->rwg == Approx(3.0 / 11.0).epsilon(1e-12));
        // Against the slightly skewed null: s2 = 16/9 is above 1.34, so no agreement at all.
        CHECK(*rvb->rwgSkewed == 0.0);
        // a_wg: s1 (M 3.5, k 4) largest (21 - 12.25 - 5) 4/3 = 5 -> 1 - (10/3)/5 = 1/3; s2 (M 11/3,
        // just within (5*2 + 1)/3, k 3) largest (22 - 121/9 - 5) 3/2 = 16/3 -> 1 - (2/3)/(16/3) = 7/8;
        // s5 reversed 4, 5, 1, 2 (M 3) largest 16/3 -> 1 - (20/3)/(16/3) = -1/4. Their mean:
        CHECK(*rvb->awg == Approx((1.0 / 3.0 + 7.0 / 8.0 - 0.25) / 3.0).epsilon(1e-12));
        // The spread of the 11 answers on s1, s2, s5 (s5 reversed): s1 5 3 2 4, s2 4 3 4, s5 4 5 1 2:
        // disagree (1-2) 2, 1, 2; neutral (3) 3, 3; agree (4-5) the other six.
        REQUIRE(rvb->spread);
        CHECK(rvb->spread->answers == 11);
        CHECK(rvb->spread->disagree == Approx(3.0 / 11.0));
        CHECK(rvb->spread->neutral == Approx(2.0 / 11.0));
        CHECK(rvb->spread->agree == Approx(6.0 / 11.0));
        // One role shown: no ICC.
        CHECK_FALSE(structure.icc.icc1);
        CHECK_FALSE(structure.find("msb_board"));
        CHECK_FALSE(a.shown(Role::MsbBoard));
        // Overall: mean of the shown party means only, so the hidden party cannot be recovered from it.
        REQUIRE(structure.overall);
        CHECK(*structure.overall == Approx(rvb->stat.mean));
        // The medical side has no shown party, so it does not exist; the hospital side is the RvB.
        CHECK_FALSE(structure.find(kMedicalSide));
        CHECK(structure.find(kHospitalSide)->stat.mean == Approx(rvb->stat.mean));
        CHECK(a.gaps.empty());
        // No other element has items: nothing to show, and so no index.
        CHECK_FALSE(a.of(Element::Style).overall);
        CHECK_FALSE(a.index.value);
        // The hidden statements are not published either.
        for (const auto& item : a.items)
            CHECK(item.parties.empty() == (item.item == "s3" || item.item == "s4"));
    }
    SECTION("a small party: statement means rounded to 0.5, everything else worked out from them")
    {
        const auto a = analyse(instrument, set, {});
        const auto* rvb = a.of(Element::Structure).find("rvb");
        CHECK_FALSE(rvb->spread); // no spread of a small group: it could pin down answers
        // s1: 14/4 = 3.5 -> 3.5; s2: 11/3 = 3.67 -> 3.5; s5: 12/4 = 3 -> 3. On 0-100: 62.5, 62.5, 50.
        CHECK(rvb->coarse);
        CHECK(rvb->stat.mean == Approx((62.5 + 62.5 + 50.0) / 3.0));
        CHECK_FALSE(rvb->rwg); // no spread for a small group
        CHECK(a.items[1].parties.front().mean == 3.5);
        CHECK_FALSE(a.items[1].parties.front().rwg);
        CHECK(a.items[1].parties.front().coarse);
        CHECK(a.of(Theme::PrimaryCare).find("rvb")->stat.mean == Approx(62.5));
    }
    SECTION("a theme is scored over its own items")
    {
        const auto a = analyse(instrument, set, full);
        // Theme items s1, s2: A 100, 75; B 50, 50; C one of two (50%): no score; D 75, 75: n 3. The
        // mean is that of the statement means 3.5 and 3.67: 62.5 and 66.67.
        const auto* rvb = a.of(Theme::PrimaryCare).find("rvb");
        CHECK(rvb->stat.n == 3);
        CHECK(rvb->stat.mean == Approx((62.5 + 200.0 / 3.0) / 2.0));
    }
    SECTION("single-item agreement per shown party")
    {
        const auto a = analyse(instrument, set, full);
        // s1 for the RvB: 5, 3, 2, 4 -> mean 3.5, variance 5/3, r_wg 1 - 5/6.
        const auto& s1 = a.items.front();
        REQUIRE(s1.item == "s1");
        REQUIRE(s1.parties.front().party == "rvb");
        CHECK(s1.parties.front().n == 4);
        CHECK(s1.parties.front().mean == Approx(3.5));
        CHECK(*s1.parties.front().rwg == Approx(1.0 / 6.0));
    }
    SECTION("with the MSB board large enough: each party weighs equally, gaps and alpha appear")
    {
        for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
            answer(set, "M3", Role::MsbBoard, item, 1);
        const auto a = analyse(instrument, set, full);
        const auto& structure = a.of(Element::Structure);
        // Every MSB answer is 1: items 0, 0, 0, 0 and reversed 1 -> 100: mean 20, full agreement.
        CHECK(structure.find("msb_board")->stat.mean == Approx(20.0));
        CHECK(*structure.find("msb_board")->rwg == Approx(1.0));
        // The roles differ far more than chance: RvB n 4, mean 59.72, sd 30.31; MSB board n 3, mean
        // 20, sd 0. Grand mean (4 * 59.72 + 60) / 7; MSB = 4(59.72 - g)^2 + 3(20 - g)^2; MSW = 3 * 30.31^2 / 5.
        const double rvbMean = 59.72222222222223;
        const double grand = (4 * rvbMean + 60) / 7;
        const double msb = 4 * (rvbMean - grand) * (rvbMean - grand) + 3 * (20 - grand) * (20 - grand);
        const double msw = 3 * 30.309934503882214 * 30.309934503882214 / 5;
        REQUIRE(structure.icc.icc1);
        CHECK(*structure.icc.icc1 == Approx((msb - msw) / (msb + (7.0 / 2.0 - 1) * msw)).epsilon(1e-9));
        CHECK(*structure.icc.icc2 == Approx((msb - msw) / msb).epsilon(1e-9));
        CHECK(structure.icc.people == 7);
        CHECK(*structure.overall == Approx((59.72222222222223 + 20.0) / 2.0));
        CHECK(structure.find(kMedicalSide)->stat.mean == Approx(20.0));

        // Largest gap first: the primary-care theme, RvB 64.58 against MSB 0. Each side is one
        // role here, so the side pair is not repeated.
        REQUIRE(a.gaps.size() == 2);
        CHECK(a.gaps[0].dimension.isTheme);
        CHECK(a.gaps[0].gap == Approx(64.58333333333334));
        CHECK(a.gaps[0].flagged);
        const auto& g = a.gaps[1];
        CHECK(g.dimension.element == Element::Structure);
        CHECK(g.gap == Approx(39.72222222222223));
        // Pooled sd sqrt((3 * 30.31^2 + 2 * 0) / 5) = 23.478; d = 39.72 / 23.478.
        CHECK(*g.d == Approx(1.6918930779533907).epsilon(1e-10));
        CHECK(g.nA == 4);
        CHECK(g.nB == 3);

        // Alpha pools only roles whose every structure statement is shown: not the RvB (s3, s4
        // hidden). The three board members all answered 1: no variance, so no alpha.
        const auto& alpha = a.alpha[static_cast<std::size_t>(Element::Structure)];
        CHECK(alpha.respondents == 3);
        CHECK_FALSE(alpha.alpha);
        CHECK(alpha.warning != core::AlphaWarning::None);
    }
    SECTION("the threshold is never below 3")
    {
        const auto a = analyse(instrument, set, {1, 15.0, std::nullopt});
        CHECK(a.options.k == 3);
        CHECK_FALSE(a.shown(Role::MsbBoard));
    }
}

TEST_CASE("a side never includes a role's hidden cells", "[core][scoring][anonymity]")
{
    const auto instrument = tinyInstrument({Role::MsbBoard, Role::SpecialistSelfEmployed});

    // Three MSB board members answer everything with 3. Of three specialists only S1 answers
    // every statement; S2 and S3 answer s1 only. So the specialists' cells s2-s5 are hidden
    // (one answer each) and their structure cell rests on s1 alone: S1's other answers may enter
    // nothing, or side minus board would give them away.
    ResponseSet set;
    for (const auto& who : {"M1", "M2", "M3"})
        for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
            answer(set, who, Role::MsbBoard, item, 3);
    for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
        answer(set, "S1", Role::SpecialistSelfEmployed, item, 5);
    answer(set, "S2", Role::SpecialistSelfEmployed, "s1", 1);
    answer(set, "S3", Role::SpecialistSelfEmployed, "s1", 1);

    const auto a = analyse(instrument, set, {});
    const auto& structure = a.of(Element::Structure);
    const auto* specialists = structure.find("specialist_self_employed");
    REQUIRE(specialists);
    // s1: 5, 1, 1 -> 7/3 = 2.33, rounded 2.5 -> 37.5 on 0-100; the board: 3 everywhere -> 50.
    CHECK(specialists->coarse);
    CHECK(specialists->stat.mean == Approx(37.5));
    const auto* medical = structure.find(kMedicalSide);
    REQUIRE(medical);
    CHECK(medical->stat.n == 6);
    CHECK(medical->roles == std::vector<Role>{Role::MsbBoard, Role::SpecialistSelfEmployed});
    // Worked out from the two published means, weighted by n: (3 * 50 + 3 * 37.5) / 6.
    CHECK(medical->stat.mean == Approx(43.75));
    CHECK(medical->coarse);
    CHECK_FALSE(medical->rwg);
    // Only s1 has three specialist answers: there the side counts them, elsewhere the board alone.
    for (const auto& item : a.items) {
        for (const auto& c : item.parties)
            if (c.party == kMedicalSide)
                CHECK(c.n == (item.item == "s1" ? 6u : 3u));
    }
    // Changing S1's answers on the hidden statements changes nothing that is published.
    auto changed = set;
    for (const auto& item : {"s2", "s3", "s4", "s5"})
        answer(changed, "S1", Role::SpecialistSelfEmployed, item, 1);
    const auto b = analyse(instrument, changed, {});
    CHECK(b.of(Element::Structure).find(kMedicalSide)->stat.mean == medical->stat.mean);
    CHECK(b.of(Element::Structure).find("specialist_self_employed")->stat.mean == specialists->stat.mean);
}

TEST_CASE("identical answers give no standardised difference, not rounding noise", "[core][scoring]")
{
    const auto instrument = tinyInstrument();
    ResponseSet set;
    for (const auto& who : {"A", "B", "C"})
        for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
            answer(set, who, Role::Rvb, item, 4);
    for (const auto& who : {"M", "N", "O"})
        for (const auto& item : {"s1", "s2", "s3", "s4", "s5"})
            answer(set, who, Role::MsbBoard, item, 2);
    const auto a = analyse(instrument, set, {});
    CHECK(a.of(Element::Structure).find("rvb")->stat.sd == 0.0);
    REQUIRE_FALSE(a.gaps.empty());
    for (const auto& g : a.gaps)
        CHECK_FALSE(g.d.has_value());
    CHECK(*keyedValue(*instrument.find("s5"), 2) == 4.0);
    CHECK(*keyedValue(*instrument.find("s1"), 2) == 2.0);
    CHECK_FALSE(keyedValue(*instrument.find("s1"), 6));
}

TEST_CASE("congruence and the index from party results, by hand", "[core][scoring][index]")
{
    Analysis a;
    // Overall element scores 60, 70, 50, 40, 80, 65, 55 (hard: strategy 70, structure 50, systems 40).
    const std::array<double, 7> overall{60, 70, 50, 40, 80, 65, 55};
    const std::array<double, 7> hospital{70, 80, 60, 50, 90, 75, 65};
    const std::array<double, 7> medical{50, 60, 40, 30, 70, 55, 45};
    for (std::size_t i = 0; i < 7; ++i) {
        auto& d = a.elements[i];
        d.dimension = Dimension{false, kElements[i], {}};
        d.overall = overall[i];
        const auto cell = [](std::string party, double m, double rwg, std::vector<Role> roles) {
            PartyResult p;
            p.party = std::move(party);
            p.stat = Stat{5, m, 1.0, true};
            p.rwg = rwg;
            p.isSide = !roles.empty();
            p.roles = std::move(roles);
            return p;
        };
        d.parties.push_back(cell("rvb", hospital[i], 0.8, {}));
        d.parties.push_back(cell("msb_board", medical[i], 0.6, {}));
        d.parties.push_back(cell(std::string(kHospitalSide), hospital[i], 0.8, {Role::Rvb}));
        d.parties.push_back(cell(std::string(kMedicalSide), medical[i], 0.6, {Role::MsbBoard}));
    }
    summarise(a);
    // Level: mean 60. Agreement: every side gap is 20 -> 100 - 40 = 60. Consensus: mean of 0.8 and
    // 0.6 -> 70. Congruence: deviations 0, 10, -10, -20, 20, 5, -5, squares 1050:
    // sd = sqrt(1050 / 6) = 13.229 -> 100 - 26.46.
    const double sd = std::sqrt(1050.0 / 6.0);
    CHECK(*a.congruence.sd == Approx(sd));
    CHECK(*a.congruence.range == Approx(40.0));
    CHECK(a.congruence.weakest == Element::Systems);
    CHECK(a.congruence.strongest == Element::Staff);
    // Hard (70 + 50 + 40) / 3 = 53.33; soft (60 + 80 + 65 + 55) / 4 = 65: -11.67.
    CHECK(*a.congruence.hardMinusSoft == Approx(160.0 / 3.0 - 65.0));
    REQUIRE(a.index.components.size() == 4);
    CHECK(*a.index.components[0].value == Approx(60.0));
    CHECK(*a.index.components[1].value == Approx(60.0));
    CHECK(*a.index.components[2].value == Approx(70.0));
    CHECK(*a.index.components[3].value == Approx(100.0 - 2.0 * sd));
    CHECK(*a.index.value == Approx(0.3 * 60 + 0.3 * 60 + 0.2 * 70 + 0.2 * (100.0 - 2.0 * sd)));

    SECTION("without the medical side there is no agreement and no index")
    {
        for (auto& d : a.elements)
            d.parties.pop_back();
        summarise(a);
        CHECK_FALSE(a.index.components[1].value);
        CHECK_FALSE(a.index.value);
    }
}
