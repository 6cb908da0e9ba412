// The advice engine on a small catalogue written here, so that the tests do not depend on the
// wording of the built-in catalogue.
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/advice/recommendations.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <tuple>

using namespace core;

namespace {

std::string entry(const std::string& id, const std::string& trigger, bool headline = false)
{
    return R"({"id": ")" + id + R"(", "headline": )" + (headline ? "true" : "false") +
           R"(, "title": {"nl": "T )" + id + R"(", "en": "T )" + id + R"("}, "text": {"nl": "x", "en": "x"},
               "elements": ["structure"], "themes": [], "audience": "both",
               "source": {"publication": "002", "section": "§3.3.1"}, "trigger": )" + trigger + "}";
}

std::string catalogue(const std::vector<std::string>& entries)
{
    std::string list;
    for (const auto& e : entries)
        list += (list.empty() ? "" : ",") + e;
    return R"({"schema_version": 1, "entries": [)" + list + "]}";
}

std::vector<std::string> problemsOf(const std::string& json)
{
    try {
        parseCatalogue(json, builtinInstrumentVersions(), "test.json");
    } catch (const InvalidData& e) {
        std::vector<std::string> out;
        for (const auto& p : e.problems())
            out.push_back(p.where + ": " + p.what.render(Language::En));
        return out;
    }
    return {};
}

bool has(const std::vector<std::string>& list, const std::string& needle)
{
    for (const auto& p : list)
        if (p.find(needle) != std::string::npos)
            return true;
    INFO((list.empty() ? std::string("no problems") : list.front()));
    return false;
}

/// One demo hospital, analysed, with its facts.
struct Demo {
    ResponseSet responses;
    Analysis analysis;
    RoundFacts facts;
    explicit Demo(std::size_t index)
    {
        const auto h = demoHospitals(builtinInstrument())[index];
        for (const auto& row : h.answers)
            responses.add(row);
        analysis = analyse(builtinInstrument(), responses, {});
        facts = roundFacts(analysis, responses, builtinInstrument(), h.incentives);
    }
    std::vector<Advice> advise(const Catalogue& c) const { return core::advise(c, facts, builtinInstrument(), Language::En); }
};

const Advice& find(const std::vector<Advice>& list, const std::string& id)
{
    for (const auto& a : list)
        if (a.recommendation->id == id)
            return a;
    FAIL("no advice " << id);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("the built-in catalogue is valid and complete", "[core][recommendations]")
{
    const auto& c = builtinCatalogue();
    REQUIRE(c.size() >= 35);
    CHECK(std::count_if(c.begin(), c.end(), [](const Recommendation& r) { return r.headline; }) == 7);
    CHECK(std::any_of(c.begin(), c.end(), [](const Recommendation& r) { return r.audience == Audience::Ministry; }));
    for (const auto& r : c) {
        INFO(r.id);
        CHECK(!r.title.nl.empty());
        CHECK(!r.text.en.empty());
        CHECK(!r.source.section.empty());
    }
}

TEST_CASE("a broken rule is refused naming the entry and the condition", "[core][recommendations]")
{
    const std::string good = R"({"metric": "score", "element": "structure", "party": "overall", "below": 50})";
    REQUIRE(problemsOf(catalogue({entry("fine", good)})).empty());
    CHECK(has(problemsOf(catalogue({entry("a", R"({"metric": "fame", "below": 1})")})),
              "a.trigger.metric: \"fame\" is not a metric"));
    CHECK(has(problemsOf(catalogue({entry("b", R"({"metric": "score", "element": "finance", "party": "rvb", "below": 1})")})),
              "b.trigger.element: \"finance\" is not a 7S element code"));
    CHECK(has(problemsOf(catalogue({entry("c", R"({"all": [)" + good + R"(, {"metric": "gap", "element": "structure", "a": "rvb", "b": "king", "at_least": 15}]})")})),
              "c.trigger.all[1].b: \"king\" is not a party here"));
    CHECK(has(problemsOf(catalogue({entry("d", R"({"metric": "score", "element": "structure", "party": "rvb", "below": 1, "above": 0})")})),
              "d.trigger: needs exactly one comparison"));
    CHECK(has(problemsOf(catalogue({entry("e", R"({"metric": "item", "item": "structure.99", "party": "rvb", "below": 3})")})),
              "e.trigger.item: \"structure.99\" is not a statement of the instrument"));
    CHECK(has(problemsOf(catalogue({entry("f", R"({"metric": "profile", "question": "profile.joint_table", "party": "rvb", "in": ["sometimes"]})")})),
              "f.trigger.in: \"sometimes\" is not an option of profile.joint_table"));
    CHECK(has(problemsOf(catalogue({entry("g", good), entry("g", good)})), "the id \"g\" is used twice"));
    CHECK(has(problemsOf(catalogue({entry("h", R"({"any": []})")})), "h.trigger.any: must be a non-empty array"));
    CHECK(has(problemsOf(catalogue({entry("i", R"({"metric": "gap", "element": "structure", "a": "insurer", "b": "any", "at_least": 15})")})),
              "i.trigger: a and b are both \"any\""));
    CHECK(has(problemsOf(catalogue({entry("j", R"({"metric": "gap", "element": "structure", "a": "rvb", "b": "rvb", "at_least": 15})")})),
              "j.trigger: a and b are the same party"));
    CHECK(has(problemsOf(catalogue({entry("k", R"({"metric": "score", "element": "structure", "party": "rvb", "below": 500})")})),
              "k.trigger: the threshold 500 is outside the scale of score (0 to 100)"));
    CHECK(has(problemsOf(catalogue({entry("l", R"({"metric": "consensus", "element": "structure", "party": "rvb", "measure": "sd", "below": 0.5})")})),
              "l.trigger.measure: is not used by the metric consensus"));
    CHECK(has(problemsOf(catalogue({entry("m", R"({"metric": "score", "element": "structure", "theme": "care_at_home", "party": "rvb", "below": 50})")})),
              "m.trigger: give an element or a theme, not both"));
    CHECK(has(problemsOf(catalogue({entry("n", R"({"metric": "item", "item": "structure.01", "party": "gp", "below": 3})")})),
              "n.trigger.party: statement structure.01 is not put to gp"));
}

TEST_CASE("an overlay adds, replaces and switches off entries", "[core][recommendations]")
{
    const auto base = parseCatalogue(catalogue({entry("keep", "null"), entry("change", "null"), entry("drop", "null")}),
                                     builtinInstrumentVersions(), "base");
    const std::string overlay = R"({"schema_version": 1, "disable": ["drop"], "entries": [)" +
                                entry("change", R"({"metric": "index", "at_most": 100})") + "," +
                                entry("extra", R"({"metric": "index", "at_most": 100})") + "]}";
    const auto merged = applyOverlay(base, overlay, builtinInstrumentVersions(), "overlay.json");
    REQUIRE(merged.size() == 3);
    CHECK(merged[0].id == "keep");
    CHECK(merged[1].id == "change");
    CHECK(merged[1].trigger.has_value());
    CHECK(merged[2].id == "extra");
    SECTION("switching off an entry that does not exist is refused")
    {
        CHECK_THROWS_AS(applyOverlay(base, R"({"schema_version": 1, "disable": ["nothing"], "entries": []})",
                                     builtinInstrumentVersions(), "o"),
                        InvalidData);
    }
}

TEST_CASE("rules on a hidden party never trigger and never cite it", "[core][recommendations][anonymity]")
{
    // Every demo hospital has two insurer respondents: below the threshold of 3.
    const Demo demo(1);
    REQUIRE_FALSE(demo.analysis.shown(Role::Insurer));
    const auto list = parseCatalogue(
        catalogue({entry("insurer_low", R"({"metric": "score", "element": "strategy", "party": "insurer", "at_most": 100})"),
                   entry("insurer_gap", R"({"metric": "gap", "element": "strategy", "a": "rvb", "b": "insurer", "at_least": 0})"),
                   entry("rvb_low", R"({"metric": "score", "element": "strategy", "party": "rvb", "at_most": 100})")}),
        builtinInstrumentVersions(), "t");
    const auto advice = demo.advise(list);
    for (const char* id : {"insurer_low", "insurer_gap"}) {
        const auto& a = find(advice, id);
        CHECK_FALSE(a.triggered);
        REQUIRE(a.tests.size() == 1);
        CHECK_FALSE(a.tests[0].available);
        CHECK(a.rationale().empty());
    }
    CHECK(find(advice, "rvb_low").triggered);
}

TEST_CASE("a hidden RvB or MSB board is never cited, not even through profile answers or sides", "[core][recommendations][anonymity]")
{
    // Noorderhaven's answers without two of its three RvB members: the RvB falls below the threshold.
    auto hospital = demoHospitals(builtinInstrument())[1];
    std::erase_if(hospital.answers, [](const AnswerRow& r) { return r.respondent == "RVB-01" || r.respondent == "RVB-02"; });
    ResponseSet responses;
    for (const auto& row : hospital.answers)
        responses.add(row);
    const auto analysis = analyse(builtinInstrument(), responses, {});
    REQUIRE_FALSE(analysis.shown(Role::Rvb));
    const auto facts = roundFacts(analysis, responses, builtinInstrument(), hospital.incentives);
    for (const auto& [question, parties] : facts.profile)
        CHECK_FALSE(parties.contains("rvb"));
    for (const auto& [question, parties] : facts.profileNumbers)
        CHECK_FALSE(parties.contains("rvb"));
    const auto list = parseCatalogue(
        catalogue({entry("profile_rvb", R"({"metric": "profile", "question": "profile.insight_vakgroep_income", "party": "rvb", "in": ["no", "partly", "yes"]})"),
                   entry("side_gap", R"({"metric": "gap", "element": "structure", "a": "hospital_side", "b": "medical_side", "at_least": 0})"),
                   entry("disagree", R"({"metric": "profile_disagreement", "question": "profile.joint_table", "at_least": 1})")}),
        builtinInstrumentVersions(), "t");
    for (const auto& a : advise(list, facts, builtinInstrument(), Language::En)) {
        INFO(a.recommendation->id);
        CHECK_FALSE(a.triggered);
        for (const auto& t : a.tests)
            CHECK_FALSE(t.available);
    }
    // And the full catalogue cites the RvB nowhere.
    for (const auto& a : advise(builtinCatalogue(), facts, builtinInstrument(), Language::En))
        for (const auto& m : a.rationale())
            CHECK(m.render(Language::En).find("RvB") == std::string::npos);
}

TEST_CASE("a board's headcount is the median of its answers, from k answers on", "[core][recommendations]")
{
    ResponseSet responses;
    const auto add = [&](const std::string& code, Role role, int headcount) {
        for (const auto* q : builtinInstrument().questionsOfKind(QuestionKind::Likert))
            if (q->askedOf(role))
                responses.add(AnswerRow{code, role, q->code, 3});
        if (headcount > 0)
            responses.add(AnswerRow{code, role, "profile.specialists_self_employed", headcount});
    };
    // RvB: 100, 140, 110 and 130 -> median (110 + 130) / 2 = 120. MSB board: three members, two
    // answers (90, 95) -> fewer than k = 3, no shared answer.
    add("R1", Role::Rvb, 100);
    add("R2", Role::Rvb, 140);
    add("R3", Role::Rvb, 110);
    add("R4", Role::Rvb, 130);
    add("M1", Role::MsbBoard, 90);
    add("M2", Role::MsbBoard, 95);
    add("M3", Role::MsbBoard, 0);
    const auto analysis = analyse(builtinInstrument(), responses, {});
    const auto facts = roundFacts(analysis, responses, builtinInstrument(), std::nullopt);
    const auto& numbers = facts.profileNumbers.at("profile.specialists_self_employed");
    CHECK(numbers.at("rvb") == 120.0);
    CHECK_FALSE(numbers.contains("msb_board"));
}

TEST_CASE("figures, severity and ranking", "[core][recommendations]")
{
    const Demo demo(1); // Noorderhaven: RvB high, specialists low on structure
    // "small" is a headline but barely past its threshold; "large" is far past it: severity wins.
    const auto list = parseCatalogue(
        catalogue({entry("small", R"({"metric": "gap", "element": "structure", "a": "hospital_side", "b": "medical_side", "at_least": 60})", true),
                   entry("large", R"({"metric": "gap", "element": "structure", "a": "hospital_side", "b": "medical_side", "at_least": 20})"),
                   entry("never", R"({"metric": "score", "element": "structure", "party": "rvb", "below": 10})")}),
        builtinInstrumentVersions(), "t");
    const auto advice = demo.advise(list);
    REQUIRE(advice.size() == 3);
    CHECK(advice[0].recommendation->id == "large"); // further past its threshold, though not a headline
    CHECK(advice[1].recommendation->id == "small");
    CHECK_FALSE(advice[2].triggered);
    const auto* h = demo.analysis.of(Element::Structure).find(kHospitalSide);
    const auto* m = demo.analysis.of(Element::Structure).find(kMedicalSide);
    const double gap = std::abs(h->stat.mean - m->stat.mean);
    // Severity: (gap - 20) / 20, capped at 1; confidence from the smaller n (3): sqrt(0.3).
    CHECK(advice[0].severity == Approx(std::min(1.0, (gap - 20.0) / 20.0)));
    CHECK(advice[0].confidence == Approx(std::sqrt(0.3)));
    const auto why = advice[0].rationale().front().render(Language::En);
    CHECK(why.find("Structure: Hospital side") != std::string::npos);
    CHECK(why.find("(n = 3 / ") != std::string::npos);
}

TEST_CASE("each demo hospital gets a distinct, sensible top five", "[core][recommendations][demo]")
{
    const auto topFive = [](std::size_t hospital) {
        const Demo demo(hospital);
        std::vector<std::string> ids;
        for (const auto& a : demo.advise(builtinCatalogue()))
            if (a.triggered && ids.size() < 5)
                ids.push_back(a.recommendation->id);
        return ids;
    };
    const auto contains = [](const std::vector<std::string>& ids, const char* id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    const auto aligned = topFive(0);
    const auto diverging = topFive(1);
    const auto lowConsensus = topFive(2);
    INFO("aligned: " << aligned.size() << ", diverging: " << diverging.size() << ", low consensus: " << lowConsensus.size());
    REQUIRE(diverging.size() == 5);
    REQUIRE(lowConsensus.size() == 5);
    // The misaligned hospital is told about joint meetings, mandate and transparency of the distribution.
    CHECK(contains(diverging, "joint_meetings"));
    CHECK(contains(diverging, "governance_as_profession"));
    CHECK(contains(diverging, "incentives_and_transparency"));
    // The low-consensus hospital first about internal alignment in the MSB.
    CHECK(lowConsensus.front() == "align_specialists_internally");
    // The aligned hospital is told neither.
    CHECK_FALSE(aligned.empty());
    CHECK_FALSE(contains(aligned, "joint_meetings"));
    CHECK_FALSE(contains(aligned, "align_specialists_internally"));
    CHECK(aligned != diverging);
    CHECK(diverging != lowConsensus);
    CHECK(aligned != lowConsensus);
}

TEST_CASE("a divided board is reported as a majority, not as one voice", "[core][recommendations]")
{
    ResponseSet responses;
    const auto add = [&](const std::string& code, Role role, const std::string& orgModel) {
        for (const auto* q : builtinInstrument().questionsOfKind(QuestionKind::Likert))
            if (q->askedOf(role))
                responses.add(AnswerRow{code, role, q->code, 3});
        responses.add(AnswerRow{code, role, "profile.org_model", orgModel});
    };
    // RvB: two of three say "participation", one "salaried": a majority, not unanimous. MSB board:
    // all three the same.
    add("R1", Role::Rvb, "participation");
    add("R2", Role::Rvb, "participation");
    add("R3", Role::Rvb, "salaried");
    for (const auto* code : {"M1", "M2", "M3"})
        add(code, Role::MsbBoard, "msb_transparent");
    const auto analysis = analyse(builtinInstrument(), responses, {});
    const auto facts = roundFacts(analysis, responses, builtinInstrument(), std::nullopt);
    CHECK(facts.profile.at("profile.org_model").at("rvb") == "participation");
    CHECK(facts.divided.at("profile.org_model").contains("rvb"));
    CHECK_FALSE(facts.divided.at("profile.org_model").contains("msb_board"));
    const auto list = parseCatalogue(
        catalogue({entry("model", R"({"metric": "profile", "question": "profile.org_model", "party": "rvb", "in": ["participation"]})")}),
        builtinInstrumentVersions(), "t");
    const auto advice = advise(list, facts, builtinInstrument(), Language::En);
    REQUIRE(advice.size() == 1);
    const auto figure = advice[0].tests.at(0).figure.render(Language::En);
    CHECK(figure.find("by majority, not unanimously") != std::string::npos);
    CHECK(figure.find('2') == std::string::npos); // no counts
}

namespace {

/// Every test of a condition, depth first.
void leaves(const Condition& c, std::vector<const Condition*>& out)
{
    if (c.kind == Condition::Kind::Test)
        out.push_back(&c);
    for (const auto& part : c.parts)
        leaves(part, out);
}

} // namespace

TEST_CASE("every entry cites the numbered section that holds its advice, not a whole chapter", "[core][recommendations]")
{
    const std::regex numbered("§[0-9]+(\\.[0-9]+){1,3}");
    // 000, 001 and 004 have no numbered sections: one of their headings, as the instrument cites them.
    const std::regex heading("[A-Z][^;§]*");
    for (const auto& r : builtinCatalogue()) {
        INFO(r.id << " cites " << r.source.section);
        const bool unnumbered = r.source.publication == "000" || r.source.publication == "001" || r.source.publication == "004";
        CHECK(std::regex_match(r.source.section, unnumbered ? heading : numbered));
    }
    const auto cites = [](const std::string& id) {
        for (const auto& r : builtinCatalogue())
            if (r.id == id)
                return r.source.section;
        return std::string();
    };
    // §3.5.1 is about the MSB board's professionalism; aligning the specialists among themselves
    // before the joint table is §3.3.1 (one voice for self-employed and salaried specialists).
    CHECK(cites("align_specialists_internally") == "§3.3.1");
}

TEST_CASE("advice for both boards reads the hospital side wherever it reads the medical side", "[core][recommendations]")
{
    // The mandate of the specialists' representatives (§3.3.1) and how the distribution model rewards
    // shared decisions (§3.3.4) are matters of the medical side alone.
    const std::set<std::string> medicalMatters{"joint_table_mandated_delegation", "reward_shared_decision_making"};
    for (const auto& r : builtinCatalogue()) {
        if (!r.trigger || r.audience != Audience::Both || medicalMatters.contains(r.id))
            continue;
        std::vector<const Condition*> tests;
        leaves(*r.trigger, tests);
        // Per statement or score that the medical side is tested on, the hospital side is tested too
        // (unless the statement is not put to the RvB).
        for (const auto* t : tests) {
            if (t->party != "medical_side" || (t->metric != "item" && t->metric != "score"))
                continue;
            const auto asked = [&](const std::string& item) {
                for (const auto* version : builtinInstrumentVersions())
                    if (const auto* q = version->find(item))
                        return q->askedOf(Role::Rvb);
                return false;
            };
            if (t->metric == "item" && !asked(t->item))
                continue;
            INFO(r.id << ": " << t->metric << " " << t->item << " read for the medical side only");
            CHECK(std::any_of(tests.begin(), tests.end(), [&](const Condition* o) {
                return o->party == "hospital_side" && o->metric == t->metric && o->item == t->item &&
                       o->element == t->element && o->theme == t->theme;
            }));
        }
    }
}

TEST_CASE("a headline recommendation applies when only the RvB finds the choices not binding", "[core][recommendations]")
{
    ResponseSet responses;
    // Everyone agrees (4) with every statement, except that the RvB finds that the MSB often does
    // not keep agreements (style.01b, reverse-keyed: a raw 4 means agreeing with that).
    for (const auto& [prefix, role] : {std::pair{"R", Role::Rvb}, std::pair{"M", Role::MsbBoard}})
        for (int i = 1; i <= 3; ++i)
            for (const auto* q : builtinInstrument().questionsOfKind(QuestionKind::Likert))
                if (q->askedOf(role)) {
                    const int aligned = q->reverse ? 2 : 4;
                    const int value = role == Role::Rvb && q->code == "style.01b" ? 6 - aligned : aligned;
                    responses.add(AnswerRow{prefix + std::to_string(i), role, q->code, value});
                }
    const auto analysis = analyse(builtinInstrument(), responses, {});
    const auto facts = roundFacts(analysis, responses, builtinInstrument(), std::nullopt);
    const auto advice = advise(builtinCatalogue(), facts, builtinInstrument(), Language::En);
    const auto it = std::find_if(advice.begin(), advice.end(), [](const Advice& a) { return a.recommendation->id == "clear_binding_choices"; });
    REQUIRE(it != advice.end());
    CHECK(it->triggered);
    bool hospitalCited = false;
    for (const auto& m : it->rationale())
        hospitalCited = hospitalCited || m.render(Language::En).find("Hospital side: 2.0") != std::string::npos;
    CHECK(hospitalCited);
}

TEST_CASE("a rule may read a party that any version puts the statement to", "[core][recommendations]")
{
    // 2.0 no longer puts style.02 to the nurses; 1.1 did, so a rule written for 1.1 rounds stays valid.
    REQUIRE_FALSE(builtinInstrument().find("style.02")->askedOf(Role::Nursing));
    REQUIRE(builtinInstrumentVersions().back()->find("style.02")->askedOf(Role::Nursing));
    const auto rule = entry("nurses", R"({"metric": "item", "item": "style.02", "party": "nursing", "below": 3})");
    CHECK(problemsOf(catalogue({rule})).empty());
    CHECK(has(problemsOf(catalogue({entry("gp", R"({"metric": "item", "item": "style.02", "party": "gp", "below": 3})")})),
              "statement style.02 is not put to gp"));
}

TEST_CASE("a further alternative that holds on a smaller group never lowers a rank", "[core][recommendations]")
{
    // Everyone answers the least aligned option: every score is 0. Ten specialists, a board of three.
    ResponseSet responses;
    for (const auto& [prefix, role, count] : {std::tuple{"S", Role::SpecialistSelfEmployed, 10}, std::tuple{"R", Role::Rvb, 3}})
        for (int i = 1; i <= count; ++i)
            for (const auto* q : builtinInstrument().questionsOfKind(QuestionKind::Likert))
                if (q->askedOf(role))
                    responses.add(AnswerRow{prefix + std::to_string(i), role, q->code, q->reverse ? 5 : 1});
    const auto analysis = analyse(builtinInstrument(), responses, {});
    const auto facts = roundFacts(analysis, responses, builtinInstrument(), std::nullopt);
    const std::string medical = R"({"metric": "score", "element": "structure", "party": "specialist_self_employed", "below": 50})";
    const std::string board = R"({"metric": "score", "element": "structure", "party": "rvb", "below": 50})";
    const auto list = parseCatalogue(catalogue({entry("one", R"({"any": [)" + medical + "]}"),
                                                entry("both", R"({"any": [)" + medical + "," + board + "]}")}),
                                     builtinInstrumentVersions(), "t");
    const auto advice = advise(list, facts, builtinInstrument(), Language::En);
    REQUIRE(advice.size() == 2);
    REQUIRE(advice[0].triggered);
    REQUIRE(advice[1].triggered);
    CHECK(advice[0].confidence == Approx(1.0)); // n = 10
    CHECK(advice[1].confidence == Approx(1.0)); // the strongest alternative decides, not the board of three
    CHECK(advice[0].rank == Approx(advice[1].rank));
    // Both tests are still cited as reasons.
    const auto& tests = (advice[0].tests.size() == 2 ? advice[0] : advice[1]).tests;
    CHECK(tests[0].decisive);
    CHECK(tests[1].decisive);
}
