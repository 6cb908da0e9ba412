#include "core/instrument/instrument_loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace core;
using nlohmann::json;

namespace {

// The validator is tested on the text of version 1.1, whose items the cases below patch by place.
json builtin() { return json::parse(builtinInstrumentJson_1_1()); }

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The problems of a mutated instrument, rendered in English as "where: what".
std::vector<std::string> problemsOf(const json& doc)
{
    std::vector<std::string> out;
    for (const auto& p : validateInstrument(doc.dump()))
        out.push_back(p.where + ": " + p.what.render(Language::En));
    return out;
}

bool mentions(const std::vector<std::string>& problems, const std::string& needle)
{
    for (const auto& p : problems)
        if (p.find(needle) != std::string::npos)
            return true;
    return false;
}

json& itemByCode(json& doc, const std::string& code)
{
    for (auto& item : doc["items"])
        if (item["code"] == code)
            return item;
    throw std::runtime_error("no item " + code);
}

} // namespace

TEST_CASE("the built-in instrument is valid and meets the coverage rules", "[core][instrument]")
{
    REQUIRE(validateInstrument(builtinInstrumentJson()).empty());
    REQUIRE(validateInstrument(builtinInstrumentJson_1_1()).empty());
    const Instrument& instrument = builtinInstrument();
    CHECK(instrument.id() == "gelijkgerichtheid");

    std::size_t items = 0;
    std::size_t reversed = 0;
    for (const auto& q : instrument.questions())
        if (q.kind == QuestionKind::Likert) {
            ++items;
            reversed += q.reverse;
            CHECK(q.element.has_value());
            CHECK(!q.roles.empty());
            CHECK(!q.text.nl.empty());
            CHECK(!q.text.en.empty());
            CHECK(!q.source.section.empty());
        }
    CHECK(reversed * 5 >= items);
    for (const auto e : kElements) {
        CHECK(instrument.items(e).size() >= 5);
        CHECK(!instrument.name(e).nl.empty());
    }
    for (const auto t : kThemes)
        CHECK(instrument.items(t).size() >= 4);

    SECTION("every element has one current and one desired 0-10 rating")
    {
        const auto ratings = instrument.questionsOfKind(QuestionKind::Rating);
        CHECK(ratings.size() == 2 * kElements.size());
        for (const auto* r : ratings) {
            CHECK(r->min == 0);
            CHECK(r->max == 10);
        }
    }
    SECTION("the structural profile asks the facts the NZa monitors")
    {
        for (const char* code : {"profile.hospital_type", "profile.org_model", "profile.joint_table",
                                 "profile.distribution_model", "profile.goodwill", "profile.insight_msb_accounts",
                                 "profile.insight_vakgroep_income", "profile.insight_production",
                                 "profile.specialists_self_employed", "profile.specialists_salaried"})
            CHECK(instrument.find(code) != nullptr);
        // Version 2.0 asks each direction of a say in appointments on its own (1.1 asked both at once).
        CHECK(instrument.find("profile.say_in_hiring") == nullptr);
        CHECK(instrument.find("profile.hiring_role_rvb") != nullptr);
        CHECK(instrument.find("profile.msb_say_key_positions")->option("no_msb") != nullptr);
        CHECK(builtinInstrumentVersions().back()->find("profile.say_in_hiring") != nullptr);
        CHECK(instrument.find("profile.org_model")->option("combi") != nullptr);
        CHECK(instrument.find("profile.specialists_salaried")->kind == QuestionKind::Number);
    }
}

TEST_CASE("a broken instrument is refused with the item and what is wrong", "[core][instrument]")
{
    json doc = builtin();

    SECTION("an unknown element")
    {
        itemByCode(doc, "strategy.02")["element"] = "finance";
        CHECK(mentions(problemsOf(doc), "items[7] strategy.02.element: \"finance\" is not a 7S element code"));
    }
    SECTION("a code of the wrong type is a problem, not a crash")
    {
        itemByCode(doc, "strategy.02")["code"] = 17;
        CHECK(mentions(problemsOf(doc), "items[7].code: must be a non-empty string"));
    }
    SECTION("a duplicate code")
    {
        itemByCode(doc, "strategy.02")["code"] = "strategy.01";
        CHECK(mentions(problemsOf(doc), "code \"strategy.01\" is used by another question"));
    }
    SECTION("an unknown role")
    {
        itemByCode(doc, "style.01")["roles"].push_back("patient");
        CHECK(mentions(problemsOf(doc), "style.01.roles: \"patient\" is not a role code"));
    }
    SECTION("a missing English text")
    {
        itemByCode(doc, "systems.03")["text"].erase("en");
        CHECK(mentions(problemsOf(doc), "systems.03.text.en: is missing"));
    }
    SECTION("a source that is not listed")
    {
        itemByCode(doc, "skills.02")["source"]["publication"] = "999";
        CHECK(mentions(problemsOf(doc), "skills.02.source: publication \"999\" is not in \"sources\""));
    }
    SECTION("too few items in an element")
    {
        auto& items = doc["items"];
        for (auto it = items.begin(); it != items.end();)
            it = ((*it)["element"] == "style" && (*it)["code"] != "style.01") ? items.erase(it) : it + 1;
        CHECK(mentions(problemsOf(doc), "element style has too few items (1); at least 5 are needed"));
    }
    SECTION("too few reverse-keyed items")
    {
        for (auto& item : doc["items"])
            item["reverse"] = false;
        CHECK(mentions(problemsOf(doc), "reverse-keyed items: 0 of 42; at least a fifth must be"));
    }
    SECTION("a missing theme coverage")
    {
        for (auto& item : doc["items"])
            if (item.value("theme", "") == "care_at_home")
                item.erase("theme");
        CHECK(mentions(problemsOf(doc), "theme care_at_home has too few items (0); at least 4 are needed"));
    }
    SECTION("a missing rating")
    {
        auto& ratings = doc["ratings"];
        ratings.erase(ratings.begin());
        CHECK(mentions(problemsOf(doc), "rating for shared_values is missing"));
    }
    SECTION("a choice with one option and a number range upside down")
    {
        for (auto& q : doc["profile"]) {
            if (q["code"] == "profile.goodwill")
                q["options"] = json::array({q["options"][0]});
            if (q["code"] == "profile.specialists_salaried") {
                q["min"] = 10;
                q["max"] = 2;
            }
        }
        const auto problems = problemsOf(doc);
        CHECK(mentions(problems, "profile.goodwill.options: a choice needs at least two options"));
        CHECK(mentions(problems, "profile.specialists_salaried: min (10) is above max (2)"));
    }
    SECTION("a Likert scale that is not 1-5")
    {
        doc["scales"]["likert"]["max"] = 7;
        CHECK(mentions(problemsOf(doc), "scales.likert: the Likert scale must run from 1 to 5"));
    }
    SECTION("an element missing from the vocabulary")
    {
        doc["elements"].erase(doc["elements"].begin() + 2);
        CHECK(mentions(problemsOf(doc), "elements: \"structure\" is missing"));
    }
    SECTION("every problem is listed, not just the first")
    {
        itemByCode(doc, "strategy.02")["element"] = "finance";
        itemByCode(doc, "style.01")["roles"] = json::array();
        itemByCode(doc, "skills.01")["reverse"] = "yes";
        const auto problems = problemsOf(doc);
        CHECK(problems.size() >= 3);
        CHECK(mentions(problems, "style.01.roles: must name at least one role"));
        CHECK(mentions(problems, "skills.01.reverse: must be true or false"));
    }
}

TEST_CASE("every option code and label, and every Likert label, imports as itself", "[core][instrument][fuzz]")
{
    // fuzz_instrument: instruments were taken whose answers an answer file could not hold.
    json doc = builtin();
    json* hospitalType = nullptr;
    for (auto& q : doc["profile"])
        if (q["code"] == "profile.hospital_type")
            hospitalType = &q;
    REQUIRE(hospitalType);
    const std::string where = "profile[0] profile.hospital_type.options";

    SECTION("an option code that means no answer")
    {
        (*hospitalType)["options"][0]["code"] = "NA";
        CHECK(mentions(problemsOf(doc), where + "[0]: \"NA\" in an answer file would not be read as option NA"));
    }
    SECTION("an option label that is another option's code")
    {
        const std::string second = (*hospitalType)["options"][1]["code"];
        (*hospitalType)["options"][0]["label"]["en"] = second;
        CHECK(mentions(problemsOf(doc), where + "[1]: \"" + second + "\" in an answer file would not be read as option " + second));
    }
    SECTION("an option code with a blank that a cell loses")
    {
        (*hospitalType)["options"][1]["code"] = " stz";
        CHECK(mentions(problemsOf(doc), where + "[1]: \" stz\" in an answer file would not be read as option  stz"));
    }
    SECTION("Likert labels that repeat, are a number, or mean no answer")
    {
        auto& labels = doc["scales"]["likert"]["labels"];
        labels["en"][1] = labels["en"][0];
        labels["nl"][2] = "4";
        labels["nl"][3] = "n.v.t.";
        const auto problems = problemsOf(doc);
        CHECK(mentions(problems, "scales.likert.labels: \"" + labels["en"][0].get<std::string>() +
                                     "\" in an answer file would not be read as answer 2"));
        CHECK(mentions(problems, "scales.likert.labels: \"4\" in an answer file would not be read as answer 3"));
        CHECK(mentions(problems, "scales.likert.labels: \"n.v.t.\" in an answer file would not be read as answer 4"));
    }
}

TEST_CASE("broken instrument files are refused naming the file", "[core][instrument]")
{
    const std::string dir = std::string(SAMENSPEL_TEST_DATA) + "/instruments/";
    SECTION("not JSON at all: the parser's line and column are given")
    {
        try {
            loadInstrument(readFile(dir + "broken_syntax.json"), "broken_syntax.json");
            FAIL("accepted");
        } catch (const InstrumentError& e) {
            const auto text = e.describe(Language::En);
            CHECK(text.find("broken_syntax.json") != std::string::npos);
            CHECK(text.find("not valid JSON") != std::string::npos);
            CHECK(text.find("line 4") != std::string::npos);
        }
    }
    SECTION("valid JSON, wrong content: in Dutch too")
    {
        try {
            loadInstrument(readFile(dir + "broken_content.json"), "broken_content.json");
            FAIL("accepted");
        } catch (const InstrumentError& e) {
            CHECK(e.describe(Language::En).find("schema_version: must be 1") != std::string::npos);
            CHECK(e.describe(Language::Nl).find("broken_content.json") != std::string::npos);
            CHECK(e.describe(Language::Nl).find("ontbreekt") != std::string::npos);
        }
    }
}
