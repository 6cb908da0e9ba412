// Hostile JSON data files: nesting, size, numbers out of range, condition depth and codes of any
// length. Every one is refused with a message naming the place, never a crash or an escaping
// nlohmann exception. Tests tagged [fuzz] hold what the fuzz targets (tests/fuzz) found.
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_json.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"
#include "core/io/json_limits.hpp"
#include "core/advice/recommendations.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>

using namespace core;
using nlohmann::json;

namespace {

std::string repeat(std::string_view s, std::size_t n)
{
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

/// Every problem of a refused file in English, one per line; "accepted" when it was not refused.
std::string refusal(const std::function<void()>& load)
{
    try {
        load();
    } catch (const InvalidData& e) {
        return e.describe(Language::En);
    }
    return "accepted";
}

bool contains(const std::string& text, const std::string& part)
{
    INFO(text.substr(0, 2000));
    return text.find(part) != std::string::npos;
}

/// The five loaders a user hands a file to.
std::vector<std::pair<std::string, std::function<void(std::string_view)>>> loaders()
{
    return {{"instrument", [](std::string_view t) { loadInstrument(t, "f.json"); }},
            {"catalogue", [](std::string_view t) { parseCatalogue(t, catalogueInstruments(), "f.json"); }},
            {"overlay", [](std::string_view t) { applyOverlay(builtinCatalogue(), t, catalogueInstruments(), "f.json"); }},
            {"incentives", [](std::string_view t) { parseIncentives(t, "f.json"); }},
            {"scenario", [](std::string_view t) { parseScenario(t, demoIncentives(0), "f.json"); }}};
}

const std::string kEntryHead = R"({"schema_version": 1, "entries": [{"id": "deep", "title": "T", "text": "T",
  "elements": ["strategy"], "audience": "both", "source": {"publication": "002", "section": "1"}, "trigger": )";
const std::string kEntryTail = "}]}";

/// An overlay whose one entry's trigger nests `levels` all-combinations around one test.
std::string nestedConditions(std::size_t levels)
{
    return kEntryHead + repeat(R"({"all": [)", levels) + R"({"metric": "index", "below": 50})" + repeat("]}", levels) +
           kEntryTail;
}

} // namespace

TEST_CASE("JSON nested 100,000 deep is refused by every loader with its place, without a crash", "[core][json][hostile]")
{
    const std::size_t n = 100000;
    const std::vector<std::pair<std::string, std::string>> inputs{
        {"arrays", repeat("[", n) + repeat("]", n)},
        {"objects", repeat(R"({"a": )", n) + "1" + repeat("}", n)},
        {"conditions", nestedConditions(n)}};
    for (const auto& [loader, load] : loaders())
        for (const auto& [kind, text] : inputs) {
            INFO(loader << ", " << kind);
            const auto message = refusal([&, &l = load, &t = text] { l(t); });
            CHECK(contains(message, "f.json"));
            CHECK(contains(message, "1 problem"));
            CHECK(contains(message, ": arrays and objects are nested more than 64 levels deep"));
            if (kind == "arrays")
                CHECK(contains(message, "line 1, column 65:"));
        }
    CHECK(validateInstrument(repeat("[", n) + repeat("]", n)).size() == 1);
}

TEST_CASE("the nesting limit counts brackets outside strings only, and 64 levels are read", "[core][json][hostile]")
{
    // 64 levels parse, and are then refused for not being an object.
    CHECK(contains(refusal([] { parseIncentives(repeat("[", 64) + repeat("]", 64), "f.json"); }),
                   "the file must contain one JSON object, {…}; it holds [[[["));
    CHECK(contains(refusal([] { parseIncentives(repeat("[", 65) + repeat("]", 65), "f.json"); }), "nested more than 64"));
    auto in = demoIncentives(0);
    in.vakgroepen[0].name = repeat("[{", 50); // 100 brackets, the longest name allowed
    CHECK(parseIncentives(incentivesToJson(in), "f.json").vakgroepen[0].name == repeat("[{", 50));
    // On a second line, the column counts characters, not bytes.
    CHECK(contains(refusal([] { parseIncentives("{\"é\":\n  \"ü\" " + repeat("[", 70), "f.json"); }),
                   "line 2, column 70: arrays and objects are nested"));
}

TEST_CASE("a file larger than the limit is refused before it is parsed", "[core][json][hostile]")
{
    const std::string text(kMaxJsonFileBytes + 1, ' ');
    for (const auto& [loader, load] : loaders()) {
        INFO(loader);
        CHECK(contains(refusal([&, &l = load] { l(text); }), "the file is larger than 4 MB"));
    }
}

TEST_CASE("long lists are refused, and at most 200 problems are listed", "[core][json][hostile]")
{
    const auto overlay = [](std::size_t entries) {
        const auto text = R"({"schema_version": 1, "entries": [)" + repeat("{},", entries - 1) + "{}]}";
        return refusal([&] { applyOverlay(builtinCatalogue(), text, catalogueInstruments(), "f.json"); });
    };
    CHECK(contains(overlay(100000), "f.json are invalid: 1 problem\n  entries: has 100000 entries; at most 1000 are allowed"));
    const auto message = overlay(1000);
    CHECK(contains(message, "f.json are invalid: 201 problems\n  entries[0].id: must be a non-empty string"));
    CHECK(message.ends_with("\n  more than 200 problems; the rest are not listed"));

    std::string text(builtinInstrumentJson_1_1()); // 42 items of its own
    text.replace(text.find("\"items\": ["), 10, "\"items\": [" + repeat("{},", 1001));
    CHECK(contains(refusal([&] { loadInstrument(text, "f.json"); }), "\n  items: has 1043 entries; at most 1000 are allowed"));
}

TEST_CASE("numbers out of range and syntax errors are problems with line and column", "[core][json][hostile]")
{
    std::string text(builtinInstrumentJson());
    const auto at = text.find("\"max\": 2000");
    REQUIRE(at != std::string::npos);
    text.replace(at, 11, "\"max\": 1e400");
    const auto line = std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    const auto problems = validateInstrument(text);
    REQUIRE(problems.size() == 1);
    CHECK(contains(problems[0].what.render(Language::En), "line " + line + ", column "));
    CHECK(contains(problems[0].what.render(Language::En), ": the number 1e400 is too large"));
    CHECK(contains(problems[0].what.render(Language::Nl), "regel " + line + ", kolom "));
    CHECK_THROWS_AS(loadInstrument(text, "f.json"), InstrumentError);

    // A whole number too large for an answer does not wrap around.
    text = builtinInstrumentJson();
    text.replace(at, 11, "\"max\": 10000000000");
    CHECK(contains(refusal([&] { loadInstrument(text, "f.json"); }), "max: must be a whole number from -1000000 to 1000000"));

    for (const auto& [loader, load] : loaders()) {
        INFO(loader);
        CHECK(contains(refusal([&, &l = load] { l("{\"schema_version\": 1e400}"); }), "line 1, column 24: the number 1e400 is too large"));
        const auto literal = refusal([&, &l = load] { l("{\"schema_version\": 1,\n  \"x\": tru }"); });
        CHECK(contains(literal, "line 2, column 11: not valid JSON: a word JSON does not know; only true, false and null"));
        CHECK(literal.find("last read") == std::string::npos);
        CHECK(contains(refusal([&, &l = load] { l(""); }), "the file is empty; expected one JSON object, {…}"));
        CHECK(contains(refusal([&, &l = load] { l(" \n"); }), "the file is empty; expected one JSON object, {…}"));
        CHECK(contains(refusal([&, &l = load] { l("[]"); }), "the file must contain one JSON object, {…}; it holds []"));
        CHECK(contains(refusal([&, &l = load] { l(std::string("{\"a\": \0}", 9)); }),
                       "line 1, column 7: this is not a text file: binary data (a NUL byte) at byte 7; expected a JSON text file"));
        CHECK(contains(refusal([&, &l = load] { l("\xFF\xFE{\0}\0"); }), "the file is UTF-16LE text; expected UTF-8"));
        // What the parser last read is left out: it can be megabytes long, or not UTF-8.
        const auto utf8 = refusal([&, &l = load] { l("{\"a\": \"\xFF\"}"); });
        CHECK(contains(utf8, "line 1, column 8: not valid JSON: a text holds bytes that are not UTF-8"));
        // The parser's English reasons, in our words.
        CHECK(contains(refusal([&, &l = load] { l("{\"a\": [1, 2"); }), "not valid JSON: the file ends too early"));
        CHECK(contains(refusal([&, &l = load] { l("{\"a\": 1 \"b\": 2}"); }), "not valid JSON: a comma or a closing bracket"));
        CHECK(contains(refusal([&, &l = load] { l("{\"a\": 1,}"); }), "not valid JSON: expected a name in quotes"));
        CHECK(contains(refusal([&, &l = load] { l("{\"a\": 1,5}"); }), "not valid JSON: expected a name in quotes"));
        CHECK(contains(refusal([&, &l = load] { l("{\"a\" 1}"); }), "not valid JSON: a colon is missing"));
        CHECK(contains(refusal([&, &l = load] { l("[1 2]"); }), "not valid JSON: a comma or a closing bracket"));
        CHECK(contains(refusal([&, &l = load] { l("{\"a\": \"x\ny\"}"); }), "not valid JSON: a text in quotes is not closed"));
        for (const auto* bad : {"{\"a\": tru }", "{\"a\": [1, 2", "{\"a\": 1 \"b\": 2}", "{\"a\": 1.}", "{\"a\": -}"})
            CHECK(refusal([&, &l = load] { l(bad); }).find("syntax error") == std::string::npos);
        CHECK(utf8.find('\xFF') == std::string::npos);
        const auto digits = refusal([&, &l = load] { l("[" + std::string(1000, '9') + "e999]"); });
        CHECK(contains(digits, ": the number " + std::string(40, '9') + "... is too large"));
    }
}

TEST_CASE("trigger conditions nest at most 8 all/any levels", "[core][recommendations][hostile]")
{
    const auto overlay = [](std::size_t levels) {
        return refusal([&] { applyOverlay(builtinCatalogue(), nestedConditions(levels), catalogueInstruments(), "f.json"); });
    };
    CHECK(overlay(8) == "accepted");
    const auto message = overlay(9);
    CHECK(contains(message, "1 problem"));
    CHECK(contains(message, "deep.trigger" + repeat(".all[0]", 8) + ": all/any conditions are nested more than 8 levels deep here"));
    CHECK(contains(overlay(20), "more than 8 levels"));
}

TEST_CASE("a question code of a million characters is checked without a crash", "[core][json][hostile][fuzz]")
{
    // std::regex recursed once per character and overflowed the stack (fuzz_instrument).
    auto doc = json::parse(builtinInstrumentJson());
    const std::string longCode(1000000, 'a');
    doc["items"][0]["code"] = longCode;
    CHECK(loadInstrument(doc.dump(), "f.json").find(longCode) != nullptr);
    doc["items"][0]["code"] = longCode + "A";
    CHECK(contains(refusal([&] { loadInstrument(doc.dump(), "f.json"); }), "must be lower-case letters, digits, '_' and '.'"));
}

TEST_CASE("a recommendation id of a million characters is checked without a crash", "[core][json][hostile][fuzz]")
{
    // The same std::regex overflow, in the catalogue and in an overlay (fuzz_catalogue).
    auto doc = json::parse(builtinCatalogueJson());
    const std::string longId(1000000, 'a');
    doc["entries"][0]["id"] = longId;
    const auto catalogue = parseCatalogue(doc.dump(), catalogueInstruments(), "f.json");
    CHECK(catalogue.front().id == longId);
    json overlay{{"schema_version", 1}, {"entries", {doc["entries"][0]}}};
    CHECK(applyOverlay(builtinCatalogue(), overlay.dump(), catalogueInstruments(), "o.json").back().id == longId);
    overlay["entries"][0]["id"] = longId + "-";
    CHECK(contains(refusal([&] { applyOverlay(builtinCatalogue(), overlay.dump(), catalogueInstruments(), "o.json"); }),
                   "must be lower-case letters, digits and '_'"));
}
