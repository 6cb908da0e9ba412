#include "core/analysis/analysis.hpp"
#include "core/analysis/scoring.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"
#include "core/limesurvey/survey_codes.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace core;
using nlohmann::json;

namespace {

json msbGovernance() { return json::parse(*builtinModuleJson("msb_governance")); }

std::vector<std::string> problemsOf(const json& doc)
{
    std::vector<std::string> out;
    for (const auto& p : validateModule(doc.dump()))
        out.push_back(p.where + ": " + p.what.render(Language::En));
    return out;
}

bool mentions(const std::vector<std::string>& problems, const std::string& needle)
{
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(needle) != std::string::npos; });
}

json& byCode(json& list, const std::string& code)
{
    for (auto& q : list)
        if (q["code"] == code)
            return q;
    throw std::runtime_error("no question " + code);
}

Instrument withAll() { return withModules(builtinInstrument(), builtinModules()); }

} // namespace

TEST_CASE("the built-in modules are valid and name their module in every code", "[core][modules]")
{
    REQUIRE(builtinModules().size() == 3);
    for (const Module* m : builtinModules()) {
        INFO(m->info.id);
        CHECK(validateModule(*builtinModuleJson(m->info.id)).empty());
        CHECK(m->extends == "gelijkgerichtheid");
        CHECK(looksLikeModule(*builtinModuleJson(m->info.id)));
        for (const auto& q : m->questions) {
            CHECK(q.code.starts_with(m->info.id + "."));
            CHECK(q.module == m->info.id);
            CHECK_FALSE(q.source.section.empty());
            CHECK(std::any_of(m->sources.begin(), m->sources.end(), [&](const Source& s) { return s.code == q.source.publication; }));
        }
    }
    CHECK_FALSE(looksLikeModule(builtinInstrumentJson()));
    CHECK(builtinModule("focus_clinic"));
    CHECK_FALSE(builtinModule("nothing"));
    CHECK_FALSE(builtinModuleJson("nothing"));
}

TEST_CASE("003's figures are carried as counts of its 11 focus-clinic respondents", "[core][modules]")
{
    const Module& m = *builtinModule("msb_governance");
    std::size_t withFigure = 0;
    for (const auto& q : m.questions) {
        if (!q.reportedElsewhere)
            continue;
        ++withFigure;
        CHECK(q.reportedElsewhere->of == 11); // 003 §4.1, tabel 1: every percentage is of these 11
        CHECK(q.reportedElsewhere->source.publication == "003");
    }
    CHECK(withFigure == 22 + 8); // 22 initiatives of tabel 4-11, the 8 factors of tabel 3
    const auto find = [&](const std::string& code) {
        return *std::find_if(m.questions.begin(), m.questions.end(), [&](const Question& q) { return q.code == code; });
    };
    // Tabel 5: annual reviews 64% = 7 of 11; work visits 46% = 5.
    CHECK(find("msb_governance.monitor_annual").reportedElsewhere->count == 7);
    CHECK(find("msb_governance.monitor_visits").reportedElsewhere->count == 5);
    // Tabel 3 counts 8 (73%) who mentioned contract type, but §4.3.2 splits them: 4 say it has an
    // influence, 4 discuss performance with every doctor whatever the contract.
    CHECK(find("msb_governance.factor_contract").reportedElsewhere->count == 4);
    // Tabel 3: private equity 27% = 3 of 11, and "no investor" is an answer a hospital can give.
    const auto investor = find("msb_governance.factor_investor");
    CHECK(investor.reportedElsewhere->count == 3);
    CHECK(investor.option("no_investor"));
    // Initiatives of the MSB study that focus clinics did not report have no figure (not "0 of 11").
    CHECK_FALSE(find("msb_governance.collective_meetings").reportedElsewhere);
    CHECK_FALSE(find("msb_governance.wellbeing_programme").reportedElsewhere);
}

TEST_CASE("a module file is refused with every problem and its place", "[core][modules]")
{
    SECTION("codes must start with the module's id")
    {
        auto doc = msbGovernance();
        doc["items"][0]["code"] = "strategy.99";
        CHECK(mentions(problemsOf(doc), "items[0] strategy.99: code \"strategy.99\" must start with the module's id, \"msb_governance.\""));
    }
    SECTION("a module cannot take the name of an element or of the profile")
    {
        for (const char* id : {"strategy", "profile", "Has Space"}) {
            auto doc = msbGovernance();
            doc["id"] = id;
            CHECK(mentions(problemsOf(doc), std::string("id: \"") + id + "\" cannot be a module's id"));
        }
    }
    SECTION("what others report must be a count within its total, of an option the question has")
    {
        auto doc = msbGovernance();
        auto& q = byCode(doc["profile"], "msb_governance.monitor_annual");
        q["reported_elsewhere"]["count"] = 12;
        q["reported_elsewhere"]["option"] = "always";
        const auto p = problemsOf(doc);
        CHECK(mentions(p, "reported_elsewhere: \"count\" must be from 0 to \"of\", and \"of\" at least 1 (now 12 of 11)"));
        CHECK(mentions(p, "reported_elsewhere.option: \"always\" is not an option of this question"));
        q["reported_elsewhere"]["count"] = 7;
        q["reported_elsewhere"]["option"] = "in_place";
        q["reported_elsewhere"]["source"]["publication"] = "009";
        CHECK(mentions(problemsOf(doc), "reported_elsewhere.source: publication \"009\" is not in \"sources\""));
    }
    SECTION("only a choice question says what others report")
    {
        auto doc = msbGovernance();
        doc["items"][0]["kind"] = "choice"; // ignored for a statement; put it on a profile number
        doc["profile"].push_back({{"code", "msb_governance.size"}, {"kind", "number"}, {"min", 0}, {"max", 10},
                                  {"roles", {"msb_board"}}, {"text", {{"nl", "Aantal"}, {"en", "Number"}}},
                                  {"source", {{"publication", "003"}, {"section", "§4.1"}}},
                                  {"reported_elsewhere", {{"option", "x"}, {"count", 1}, {"of", 2}}}});
        CHECK(mentions(problemsOf(doc), "only a module's choice question may say what others report"));
    }
    SECTION("the core instrument cannot carry figures from elsewhere")
    {
        auto doc = json::parse(builtinInstrumentJson());
        doc["profile"][0]["reported_elsewhere"] = {{"option", "umc"}, {"count", 1}, {"of", 2}};
        bool found = false;
        for (const auto& p : validateInstrument(doc.dump()))
            found = found || p.where.ends_with("reported_elsewhere");
        CHECK(found);
    }
    SECTION("a fifth of five or more statements is reverse-keyed, and a module asks something")
    {
        auto doc = msbGovernance();
        for (auto& item : doc["items"])
            item["reverse"] = false;
        CHECK(mentions(problemsOf(doc), "items: reverse-keyed items: 0 of 16; at least a fifth must be"));
        doc["items"] = json::array();
        doc["profile"] = json::array();
        CHECK(mentions(problemsOf(doc), "a module needs at least one statement or profile question"));
    }
    SECTION("a file that is not a module at all")
    {
        CHECK_FALSE(validateModule("[1, 2]").empty());
        CHECK_FALSE(validateModule("{").empty());
        CHECK_THROWS_AS(loadModule("{}", "empty.json"), ModuleError);
    }
}

TEST_CASE("modules merge into the round's instrument: statements, ratings, then profile", "[core][modules]")
{
    const Instrument& base = builtinInstrument();
    const Instrument all = withAll();
    CHECK(all.id() == base.id());
    CHECK(all.version() == base.version());
    CHECK(base.edition() == "2.0");
    CHECK(all.edition() == "2.0 + care_cores 1.0 + focus_clinic 1.0 + msb_governance 1.0");
    std::size_t added = 0;
    for (const Module* m : builtinModules())
        added += m->questions.size();
    CHECK(all.questions().size() == base.questions().size() + added);

    // The order every reader relies on: all statements, then the ratings, then the profile.
    int phase = 0;
    for (const auto& q : all.questions()) {
        const int p = q.kind == QuestionKind::Likert ? 0 : q.kind == QuestionKind::Rating ? 1 : 2;
        CHECK(p >= phase);
        phase = p;
    }
    // Codes stay unique, and each finds its question.
    std::set<std::string> codes;
    for (const auto& q : all.questions()) {
        CHECK(codes.insert(q.code).second);
        CHECK(all.find(q.code) == &q);
    }
    // A form lists a module statement under its element; the element's score is the core's alone.
    CHECK(all.listedItems(Element::SharedValues).size() == base.items(Element::SharedValues).size() + 2); // own_group_first, pillar_compassion
    CHECK(all.items(Element::SharedValues).size() == base.items(Element::SharedValues).size());
    CHECK(all.moduleItems("msb_governance").size() == 16);
    // Without its modules the instrument is the core again, question for question.
    const Instrument core = all.coreOnly();
    CHECK(core.edition() == "2.0");
    REQUIRE(core.questions().size() == base.questions().size());
    for (std::size_t i = 0; i < core.questions().size(); ++i)
        CHECK(core.questions()[i].code == base.questions()[i].code);
    // One survey per round: LimeSurvey's names for the module questions do not clash with any other.
    CHECK_NOTHROW(limesurvey::SurveyCodes(all));
}

TEST_CASE("a module's statements are scored as a scale of their own, not in the 7S", "[core][modules][scoring]")
{
    const Instrument inst = withModules(builtinInstrument(), {builtinModule("care_cores")});
    ResponseSet set;
    // Three RvB members answer the core's structure statements 4 and the module's statements
    // 5, 4 and 3 (reversed ones turned around, so the keyed values are those).
    const int module[] = {5, 4, 3};
    for (int i = 0; i < 3; ++i) {
        const std::string who = "R" + std::to_string(i + 1);
        for (const auto* q : inst.items(Element::Structure))
            if (q->askedOf(Role::Rvb))
                set.add({who, Role::Rvb, q->code, AnswerValue{q->reverse ? 2 : 4}});
        for (const auto* q : inst.moduleItems("care_cores"))
            if (q->askedOf(Role::Rvb))
                set.add({who, Role::Rvb, q->code, AnswerValue{q->reverse ? 6 - module[i] : module[i]}});
    }
    const auto a = analyse(inst, set, {3, 15.0, std::nullopt, 3});
    // Structure is the core's alone: every answer 4 -> 75, whatever the module's structure statements say.
    CHECK(a.of(Element::Structure).find("rvb")->stat.mean == Approx(75.0));
    REQUIRE(a.modules.size() == 1);
    CHECK(a.modules[0].module == "care_cores");
    // The module: respondents at 100, 75 and 50 on every statement: mean 75, sd 25, n 3.
    const auto* rvb = a.modules[0].result.find("rvb");
    REQUIRE(rvb);
    CHECK(rvb->stat.n == 3);
    CHECK(rvb->stat.mean == Approx(75.0));
    CHECK(rvb->stat.sd == Approx(25.0));
    // Two members only: below k, nothing shown, as for an element.
    ResponseSet two;
    for (const auto& r : set.respondents())
        if (r.code != "R3")
            for (const auto& [item, value] : r.answers)
                two.add({r.code, r.role, item, value});
    const auto small = analyse(inst, two, {3, 15.0, std::nullopt, 3});
    CHECK((small.modules.empty() || !small.modules[0].result.find("rvb")));
}

TEST_CASE("a module is added once, and only to the instrument it belongs to", "[core][modules]")
{
    const Module* m = builtinModule("care_cores");
    CHECK_THROWS_AS(withModules(builtinInstrument(), {m, m}), InvalidData);
    Module other = *m;
    other.extends = "another";
    try {
        withModules(builtinInstrument(), {&other});
        FAIL("accepted");
    } catch (const InvalidData& e) {
        CHECK(e.problems().at(0).what.render(Language::En) == "it belongs to \"another\", not to \"gelijkgerichtheid\"");
    }
}
