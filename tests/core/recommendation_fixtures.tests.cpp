// Every catalogue entry with a trigger, on a round where it must apply and one where it must not
// (tests/data/recommendations/fixtures.json). Each round is made of answers, as respondents give
// them, and goes through the whole analysis; only the entry's own verdict is checked.
#include "core/advice/recommendations.hpp"
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_json.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace core;
using nlohmann::json;

namespace {

json fixtures()
{
    std::ifstream in(std::string(SAMENSPEL_TEST_DATA) + "/recommendations/fixtures.json");
    REQUIRE(in);
    return json::parse(in);
}

/// How many respondents each role has: every party shown, the two sides well above k.
int sizeOf(Role role)
{
    return role == Role::SpecialistSelfEmployed || role == Role::SpecialistSalaried ? 10 : 3;
}

/// The questionnaire of the fixture rounds: the core with every module.
const Instrument& everything()
{
    static const Instrument instrument = withModules(builtinInstrument(), builtinModules());
    return instrument;
}

std::string respondent(Role role, int i) { return std::string(code(role)) + "-" + std::to_string(i + 1); }

/// Whether an override line applies to a question.
bool matches(const json& line, const Question& q)
{
    if (line.contains("item"))
        return q.code == line["item"].get<std::string>();
    if (line.contains("element"))
        return q.element && code(*q.element) == line["element"].get<std::string>();
    if (line.contains("theme"))
        return q.theme && code(*q.theme) == line["theme"].get<std::string>();
    return false;
}

/// The aligned round everyone agrees on (every statement answered 4 on the aligned side, the
/// change agendas of both sides equal, the boards' profile answers the study's good practice),
/// changed as a case says.
class Round {
public:
    /// `instrument` without every module: the lines on a module's questions change nothing then.
    Round(const json& base, const json& change, const Instrument& instrument = everything())
        : m_instrument(instrument), m_strict(&instrument == &everything())
    {
        for (const auto role : kRoles)
            for (int i = 0; i < sizeOf(role); ++i)
                for (const auto& q : instrument.questions())
                    if (q.askedOf(role))
                        answer(role, i, q, base);
        for (const auto& line : change.value("set", json::array()))
            apply(line);
    }
    ResponseSet responses() const
    {
        ResponseSet set;
        for (const auto& [key, value] : m_answers)
            set.add(AnswerRow{key.first, *roleFromCode(key.first.substr(0, key.first.rfind('-'))), key.second, value});
        return set;
    }

private:
    void answer(Role role, int i, const Question& q, const json& base)
    {
        auto& slot = m_answers[{respondent(role, i), q.code}];
        switch (q.kind) {
        case QuestionKind::Likert: slot = q.reverse ? 2 : 4; break;
        case QuestionKind::Rating: {
            const int e = static_cast<int>(*q.element);
            slot = q.aspect == RatingAspect::Current ? 3 : 3 + e; // the change grows from shared values to style
            break;
        }
        case QuestionKind::Choice:
        case QuestionKind::Number: {
            const auto& v = base["profile"].at(q.code);
            slot = v.is_string() ? AnswerValue{v.get<std::string>()} : AnswerValue{v.get<int>()};
            break;
        }
        }
    }
    void apply(const json& line)
    {
        std::vector<Role> roles;
        for (const auto& roleCode : line.at("roles")) {
            if (roleCode == "all")
                roles.insert(roles.end(), kRoles.begin(), kRoles.end());
            else if (const auto role = roleFromCode(roleCode.get<std::string>()))
                roles.push_back(*role);
            else
                FAIL("no role " << roleCode);
        }
        for (const auto role : roles) {
            bool used = false;
            for (int i = 0; i < sizeOf(role); ++i)
                for (const auto& q : m_instrument.questions()) {
                    if (!q.askedOf(role))
                        continue;
                    auto& slot = m_answers[{respondent(role, i), q.code}];
                    if (line.contains("profile") || line.contains("rating")) {
                        if (line.value("profile", line.value("rating", "")) != q.code)
                            continue;
                        const auto& v = line.at(line.contains("profile") ? "answer" : "value");
                        slot = v.is_string() ? AnswerValue{v.get<std::string>()} : AnswerValue{v.get<int>()};
                    } else if (q.kind == QuestionKind::Likert && matches(line, q)) {
                        const auto& spread = line.value("spread", json::array());
                        const int aligned = spread.empty() ? line.at("aligned").get<int>()
                                                           : spread[static_cast<std::size_t>(i) % spread.size()].get<int>();
                        slot = q.reverse ? 6 - aligned : aligned;
                    } else {
                        continue;
                    }
                    used = true;
                }
            INFO(line.dump() << " for " << code(role));
            if (m_strict) // a line that changes nothing is a mistake in the fixture
                REQUIRE((used || line.at("roles")[0] == "all"));
        }
    }
    const Instrument& m_instrument;
    bool m_strict;
    std::map<std::pair<std::string, std::string>, AnswerValue> m_answers;
};

std::optional<IncentiveInputs> incentivesOf(const json& change)
{
    if (!change.contains("incentives"))
        return std::nullopt;
    const auto& spec = change["incentives"];
    auto doc = json::parse(incentivesToJson(demoIncentives(spec.at("demo").get<std::size_t>())));
    doc.merge_patch(spec.value("patch", json::object()));
    return parseIncentives(doc.dump(), "fixture");
}

/// The verdicts of every entry on a case, and the tests of one, for the message when it fails.
struct Verdict {
    bool triggered = false;
    std::string explanation;
};

Verdict judge(const json& base, const json& change, const std::string& id, const Instrument& instrument = everything())
{
    const Round round(base, change, instrument);
    const auto responses = round.responses();
    const auto analysis = analyse(instrument, responses, {});
    const auto facts = roundFacts(analysis, responses, instrument, incentivesOf(change));
    for (const auto& a : advise(builtinCatalogue(), facts, instrument, Language::En))
        if (a.recommendation->id == id) {
            Verdict v{a.triggered, {}};
            for (const auto& t : a.tests)
                v.explanation += (t.met ? "  [met] " : "  [   ] ") + t.where + ": " + t.figure.render(Language::En) +
                                 " / " + t.rule.render(Language::En) + "\n";
            return v;
        }
    FAIL("no entry " << id);
    return {};
}

} // namespace

TEST_CASE("every entry with a trigger has a case where it applies and one where it must not", "[core][recommendations][fixtures]")
{
    const json doc = fixtures();
    const auto& cases = doc.at("entries");
    std::set<std::string> withTrigger;
    for (const auto& rec : builtinCatalogue())
        if (rec.trigger)
            withTrigger.insert(rec.id);
    for (const auto& id : withTrigger) {
        INFO(id);
        CHECK(cases.contains(id));
    }
    for (const auto& [id, pair] : cases.items()) {
        INFO(id);
        CHECK(withTrigger.count(id) == 1); // no case for an entry that does not exist or never applies
        for (const char* which : {"fires", "quiet"}) {
            const auto& change = pair.at(which);
            INFO(which << ": " << change.value("why", std::string()));
            const auto verdict = judge(doc.at("base"), change, id);
            INFO(verdict.explanation);
            CHECK(verdict.triggered == (std::string(which) == "fires"));
        }
    }
}

TEST_CASE("on the aligned round itself no entry applies", "[core][recommendations][fixtures]")
{
    const json doc = fixtures();
    const Round round(doc.at("base"), json::object());
    const auto responses = round.responses();
    const auto analysis = analyse(everything(), responses, {});
    const auto facts = roundFacts(analysis, responses, everything(), std::nullopt);
    for (const auto& a : advise(builtinCatalogue(), facts, everything(), Language::En)) {
        INFO(a.recommendation->id);
        CHECK_FALSE(a.triggered);
    }
}

TEST_CASE("a module's recommendation applies only to a round that has the module", "[core][recommendations][fixtures][modules]")
{
    const json doc = fixtures();
    const json catalogue = json::parse(builtinCatalogueJson());
    std::size_t checked = 0;
    for (const auto& entry : catalogue.at("entries")) {
        const std::string trigger = entry.at("trigger").dump();
        for (const auto* module : builtinModules()) {
            if (trigger.find("\"" + module->info.id + ".") == std::string::npos)
                continue;
            // The round of its fixture, once with every module but this one: the same answers, no advice.
            std::vector<const Module*> others;
            for (const auto* m : builtinModules())
                if (m != module)
                    others.push_back(m);
            const Instrument without = withModules(builtinInstrument(), others);
            const auto id = entry.at("id").get<std::string>();
            INFO(id << " without " << module->info.id);
            CHECK(judge(doc.at("base"), doc.at("entries").at(id).at("fires"), id).triggered);
            CHECK_FALSE(judge(doc.at("base"), doc.at("entries").at(id).at("fires"), id, without).triggered);
            ++checked;
        }
    }
    CHECK(checked == 10); // four for msb_governance, four for focus_clinic, two for care_cores
}
