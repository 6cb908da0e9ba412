// The JSON rows of the bad-input matrix (bad_input.hpp): incentive figures (incentives import,
// simulate --inputs), a scenario (simulate --scenario FILE), an advisor's overlay (recommend
// --overlay FILE) and an instrument (instrument validate FILE). Messages are checked in Dutch.
#include "bad_input.hpp"

#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_json.hpp"
#include "core/instrument/instrument_loader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace badinput {
namespace {

using nlohmann::json;

const std::vector<std::string> kIncentives{"incentives", "import", "--assessment", "1", "{file}"};
const std::vector<std::string> kScenario{"simulate", "--assessment", "2", "--scenario", "{file}"};
const std::vector<std::string> kOverlay{"recommend", "--assessment", "2", "--overlay", "{file}"};
const std::vector<std::string> kInstrument{"instrument", "validate", "{file}"};

Case refused(std::string name, std::vector<std::string> command, Maker input, std::string what, std::string where,
             std::string expected)
{
    return {std::move(name), Kind::Json, std::move(input), std::move(command), kRefused, std::move(what), std::move(where),
            std::move(expected)};
}

/// The demo hospital's figures as the program writes them (pretty-printed, one field a line).
std::string inputsText() { return core::incentivesToJson(core::demoIncentives(0)); }

/// The figures with one change made to them.
Maker inputs(std::function<void(json&)> change)
{
    return generated([change = std::move(change)] {
        auto doc = json::parse(inputsText());
        change(doc);
        return doc.dump(2);
    });
}

/// The figures' text with its first `from` replaced by `to`.
std::string inputsWith(const std::string& from, const std::string& to)
{
    auto text = inputsText();
    text.replace(text.find(from), from.size(), to);
    return text;
}

/// "regel L, kolom C" of the last character of the first `token` in ASCII `text`, as a person counts.
std::string placeOfEnd(const std::string& text, const std::string& token)
{
    const auto end = text.find(token) + token.size() - 1;
    const auto lineStart = text.rfind('\n', end);
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n');
    const auto column = end - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;
    return "regel " + std::to_string(line) + ", kolom " + std::to_string(column);
}

/// "regel L, kolom C" just past the end of ASCII `text`: where a parser runs out of input.
std::string placeAfterEnd(const std::string& text)
{
    const auto lineStart = text.rfind('\n');
    const auto line = 1 + std::count(text.begin(), text.end(), '\n');
    const auto column = text.size() - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;
    return "regel " + std::to_string(line) + ", kolom " + std::to_string(column);
}

const std::string kScenarioText = R"({"id": "kno", "name": {"nl": "KNO", "en": "ENT"}, "theme": "primary_care", "serves": "b",
 "a": {"label": "zoals nu"}, "b": {"label": "anders", "changes": {"orthopedie": {"production": -0.08}}}})";

Maker scenario(std::function<void(json&)> change)
{
    return generated([change = std::move(change)] {
        auto doc = json::parse(kScenarioText);
        change(doc);
        return doc.dump();
    });
}

const std::string kOverlayText = R"({"schema_version": 1, "entries": [{"id": "eigen", "title": {"nl": "Eigen advies", "en": "Own advice"},
 "text": {"nl": "Doe het samen.", "en": "Do it together."}, "elements": ["strategy"], "audience": "both",
 "source": {"publication": "002", "section": "1"}, "trigger": {"metric": "index", "at_least": 0}}]})";

Maker overlay(std::function<void(json&)> change)
{
    return generated([change = std::move(change)] {
        auto doc = json::parse(kOverlayText);
        change(doc);
        return doc.dump();
    });
}

Maker instrument(std::function<void(json&)> change)
{
    return generated([change = std::move(change)] {
        auto doc = json::parse(core::builtinInstrumentJson());
        change(doc);
        return doc.dump(1);
    });
}

const std::string kDeep = "meer dan 64 niveaus diep in elkaar genest";
const std::string kDeepWhere = "regel 1, kolom 65";
const std::string kDeepExpected = "verwacht hoogstens 64";
const std::string kNotJson = "geen geldige JSON";
const std::string kEmpty = "het bestand is leeg";
const std::string kOneObject = "verwacht één JSON-object";

Maker deep() { return generated([] { return repeat("[", 100000) + repeat("]", 100000); }); }

} // namespace

std::vector<Case> jsonCases()
{
    const std::string tooLarge = inputsWith("3800.0", "1e400");
    const std::string badUtf8 = inputsWith("orthopedie", "ortho\xFF" "pedie");
    const std::string random = "{\"a\": 1" + randomBytes(4096, 7);
    const std::string scenarioTooLarge = R"({"id": "kno", "b": {"changes": {"orthopedie": {"production": -1e400}}}})";
    std::string instrumentTooLarge(core::builtinInstrumentJson());
    instrumentTooLarge.replace(instrumentTooLarge.find("\"max\": 2000"), 11, "\"max\": 1e400");
    // Cut just after an opening quote, so that the parser stops in a string at the very end.
    const std::string cutInString = inputsText().substr(0, inputsText().find("\"tariff\"") + 4);
    const std::string builtin(core::builtinInstrumentJson());
    const std::string instrumentHalf = builtin.substr(0, builtin.find("\"reverse\"", builtin.size() / 2) + 4);
    return {
        // Incentive figures: syntax, size, encoding.
        refused("figures: a trailing comma", kIncentives, bytes("{\"schema_version\": 1,}"), kNotJson, "regel 1, kolom 22",
                "verwacht een naam tussen aanhalingstekens"),
        refused("figures: cut off in a string", kIncentives, bytes(cutInString), kNotJson, placeAfterEnd(cutInString),
                "een tekst tussen aanhalingstekens is niet gesloten"),
        refused("figures: 100,000 levels of nesting", kIncentives, deep(), kDeep, kDeepWhere, kDeepExpected),
        refused("figures: 1e400", kIncentives, bytes(tooLarge), "het getal 1e400 is te groot om te lezen", placeOfEnd(tooLarge, "1e400"),
                "verwacht een getal binnen het bereik van het veld"),
        refused("figures: a tariff of 1e308", kIncentives, inputs([](json& d) { d["vakgroepen"][0]["tariff"] = 1e308; }),
                "1e+308 valt buiten", "vakgroepen[0] (orthopedie).tariff", "0 tot 1000000"),
        refused("figures: a tariff of -1e308", kIncentives, inputs([](json& d) { d["vakgroepen"][0]["tariff"] = -1e308; }),
                "-1e+308 valt buiten", "vakgroepen[0] (orthopedie).tariff", "0 tot 1000000"),
        refused("figures: \"NaN\" as a figure", kIncentives, inputs([](json& d) { d["vakgroepen"][0]["tariff"] = "NaN"; }),
                "niet \"NaN\"", "vakgroepen[0] (orthopedie).tariff", "moet een getal zijn"),
        refused("figures: a number written as text", kIncentives, inputs([](json& d) { d["vakgroepen"][1]["production"] = "10400"; }),
                "niet \"10400\"", "vakgroepen[1] (cardiologie).production", "moet een getal zijn"),
        refused("figures: NaN written bare", kIncentives, bytes(inputsWith("3800.0", "NaN")), kNotJson,
                placeOfEnd(inputsWith("3800.0", "NaN"), "N"), "een woord dat JSON niet kent"),
        refused("figures: -Infinity written bare", kIncentives, bytes(inputsWith("3800.0", "-Infinity")), kNotJson,
                placeOfEnd(inputsWith("3800.0", "-Infinity"), "-I"), "een getal zoals JSON het niet schrijft"),
        refused("figures: a negative number of specialists", kIncentives,
                inputs([](json& d) { d["vakgroepen"][2]["self_employed"] = -1; }), "-1 valt buiten",
                "vakgroepen[2] (chirurgie).self_employed", "0 tot 1000"),
        refused("figures: a field name misspelt", kIncentives, inputs([](json& d) {
                    d["vakgroepen"][0]["tarif"] = d["vakgroepen"][0]["tariff"];
                    d["vakgroepen"][0].erase("tariff");
                }),
                "is geen bekend veld", "vakgroepen[0].tarif", "verwacht een van name, self_employed, salaried"),
        refused("figures: an unknown field at the top", kIncentives, inputs([](json& d) { d["hospital"] = "Oost"; }),
                "is geen bekend veld", "hospital:", "verwacht een van schema_version, pot, goodwill, contract, model, vakgroepen, scenarios"),
        refused("figures: vakgroepen as an object", kIncentives, inputs([](json& d) { d["vakgroepen"] = json::object(); }),
                "niet {}", "vakgroepen:", "moet een lijst (array) zijn"),
        refused("figures: schema version 2", kIncentives, inputs([](json& d) { d["schema_version"] = 2; }), "moet 1 zijn",
                "schema_version:", "dit programma leest schemaversie 1"),
        refused("figures: 201 vakgroepen", kIncentives, inputs([](json& d) {
                    const auto one = d["vakgroepen"][0];
                    d["vakgroepen"] = json::array();
                    for (int i = 0; i < 201; ++i) {
                        d["vakgroepen"].push_back(one);
                        d["vakgroepen"].back()["name"] = "vakgroep " + std::to_string(i);
                    }
                }),
                "201 vakgroepen", "vakgroepen:", "er mogen er hoogstens 200 zijn"),
        refused("figures: a list of 100,000 scenarios", kIncentives, generated([] {
                    auto text = inputsText();
                    const std::string empty = "\"scenarios\": []";
                    text.replace(text.find(empty), empty.size(), "\"scenarios\": [" + repeat("{},", 99999) + "{}]");
                    return text;
                }),
                "100000 scenario's", "scenarios:", "er mogen er hoogstens 50 zijn"),
        refused("figures: a name that is not UTF-8", kIncentives, bytes(badUtf8), kNotJson, placeOfEnd(badUtf8, "ortho\xFF"),
                "bytes die geen UTF-8 zijn"),
        refused("figures: an empty file", kIncentives, bytes(""), kEmpty, "{file}", kOneObject),
        refused("figures: only blanks", kIncentives, bytes(" \n\t\r\n"), kEmpty, "{file}", kOneObject),
        {"figures: /dev/zero", Kind::Json, {}, {"incentives", "import", "--assessment", "1", "/dev/zero"}, kRefused, kNotText,
         "/dev/zero zijn ongeldig: 1 probleem\n  regel 1, kolom 1", "verwacht een JSON-tekstbestand"},
        refused("figures: random bytes", kIncentives, bytes(random), kNotText, "op byte " + std::to_string(random.find('\0') + 1),
                "verwacht een JSON-tekstbestand"),
        refused("figures: saved as UTF-16", kIncentives, generated([] { return utf16(inputsText(), true, true); }),
                "het bestand is UTF-16LE-tekst", "{file}", "sla het opnieuw op als UTF-8"),
        refused("figures: a list instead of an object", kIncentives, bytes("[{\"schema_version\": 1}]"),
                "het bestand moet één JSON-object bevatten", "{file}", "er staat [{\"schema_version\":1}] in"),
        refused("figures: a vakgroep name of 10,000 characters", kIncentives,
                inputs([](json& d) { d["vakgroepen"][0]["name"] = std::string(10000, 'x'); }),
                "moet één regel van hoogstens 100 tekens zijn", "vakgroepen[0].name", "zonder tabs of andere stuurtekens"),
        refused("figures: a vakgroep name over two lines", kIncentives,
                inputs([](json& d) { d["vakgroepen"][0]["name"] = "ortho\npedie"; }),
                "moet één regel van hoogstens 100 tekens zijn", "vakgroepen[0].name",
                "zonder tabs of andere stuurtekens"),
        refused("figures: weights that do not sum to 1", kIncentives,
                inputs([](json& d) { d["model"] = {{"weights", {{"production", 0.5}, {"dagdelen", 0.4}}}}; }),
                "de gewichten tellen op tot 0.9", "model.weights", "ze moeten optellen tot 1"),
        refused("figures: a corridor floor above its cap", kIncentives, inputs([](json& d) {
                    d["model"] = {{"weights", {{"production", 1.0}}}, {"corridor", {{"floor", 1.2}, {"cap", 1.1}}}};
                }),
                "de ondergrens 1.2 ligt boven de bovengrens 1.1", "model.corridor", "bovengrens 1.1"),
        refused("figures: an unknown preset", kIncentives, inputs([](json& d) { d["model"] = {{"preset", "communism"}}; }),
                "\"communism\" is geen standaardmodel", "model.preset", "verwacht een van production, benchmark"),
        refused("figures: a wrong kind of pot", kIncentives, inputs([](json& d) { d["pot"]["kind"] = "bag"; }), "moet", "pot.kind",
                "\"revenue_share\", \"fixed\" of \"per_specialist\""),
        refused("simulate --inputs: a tariff of 1e308", {"simulate", "--inputs", "{file}"},
                inputs([](json& d) { d["vakgroepen"][3]["tariff"] = 1e308; }), "1e+308 valt buiten",
                "vakgroepen[3] (urologie).tariff", "0 tot 1000000"),
        refused("simulate --inputs: an empty file", {"simulate", "--inputs", "{file}"}, bytes(""), kEmpty, "{file}", kOneObject),

        // A scenario file.
        refused("scenario: 100,000 levels of nesting", kScenario, deep(), kDeep, kDeepWhere, kDeepExpected),
        refused("scenario: a vakgroep the hospital does not have", kScenario,
                scenario([](json& d) { d["b"]["changes"] = {{"kno", {{"production", -0.08}}}}; }), "er is geen vakgroep \"kno\"",
                "scenario kno, koers b, changes", "verwacht een van orthopedie, cardiologie"),
        refused("scenario: a change of 500%", kScenario, scenario([](json& d) { d["b"]["changes"]["orthopedie"]["production"] = 5; }),
                "5 valt buiten", "b.changes.orthopedie.production", "-1 tot 2"),
        refused("scenario: a change misspelt", kScenario,
                scenario([](json& d) { d["b"]["changes"]["orthopedie"] = {{"productie", -0.08}}; }), "is geen bekend veld",
                "b.changes.orthopedie.productie", "verwacht een van production"),
        refused("scenario: serves neither course", kScenario, scenario([](json& d) { d["serves"] = "c"; }), "moet \"a\" of \"b\" zijn",
                "serves:", "de koers die het thema dient"),
        refused("scenario: 300 vakgroepen changed", kScenario, scenario([](json& d) {
                    for (int i = 0; i < 300; ++i)
                        d["b"]["changes"]["v" + std::to_string(i)] = json::object();
                }),
                "noemt 301 vakgroepen", "b.changes:", "er mogen er hoogstens 200 zijn"),
        refused("scenario: a list of scenarios", kScenario, generated([] { return "[" + kScenarioText + "]"; }),
                "het bestand moet één JSON-object bevatten", "{file}", "er staat [{\"a\":"),
        refused("scenario: -1e400", kScenario, bytes(scenarioTooLarge), "het getal -1e400 is te groot om te lezen",
                placeOfEnd(scenarioTooLarge, "-1e400"), "verwacht een getal binnen het bereik van het veld"),

        // An advisor's overlay.
        refused("overlay: 100,000 levels of nesting", kOverlay, deep(), kDeep, kDeepWhere, kDeepExpected),
        refused("overlay: all/any nested 10 deep", kOverlay, overlay([](json& d) {
                    json c = {{"metric", "index"}, {"at_least", 0}};
                    for (int i = 0; i < 10; ++i)
                        c = {{"all", json::array({c})}};
                    d["entries"][0]["trigger"] = c;
                }),
                "hier zijn all/any-voorwaarden meer dan 8 niveaus diep in elkaar genest",
                "eigen.trigger.all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0]:", "meer dan 8 niveaus"),
        refused("overlay: an unknown metric", kOverlay, overlay([](json& d) { d["entries"][0]["trigger"] = {{"metric", "fame"}, {"below", 1}}; }),
                "\"fame\" is geen maat", "eigen.trigger.metric", "zie questionnaires/recommendations/SCHEMA.md"),
        refused("overlay: a weight of 1e308", kOverlay, overlay([](json& d) { d["entries"][0]["weight"] = 1e308; }),
                "1e+308 valt buiten", "eigen.weight", "0.5 tot 2"),
        refused("overlay: a threshold \"NaN\"", kOverlay, overlay([](json& d) {
                    d["entries"][0]["trigger"] = {{"metric", "index"}, {"below", "NaN"}};
                }),
                "niet \"NaN\"", "eigen.trigger.below", "moet een getal zijn"),
        refused("overlay: switching off an id that does not exist", kOverlay,
                overlay([](json& d) { d["disable"] = json::array({"nothing_here"}); }),
                "er is geen aanbeveling \"nothing_here\" om uit te zetten", "disable:", "'samenspel recommend --all' toont de ids"),
        refused("overlay: 1,001 entries", kOverlay, overlay([](json& d) { d["entries"] = json::array(); for (int i = 0; i < 1001; ++i) d["entries"].push_back(json::object()); }),
                "bevat 1001 onderdelen", "entries:", "er mogen er hoogstens 1000 zijn"),
        refused("overlay: an id with capitals and a space", kOverlay, overlay([](json& d) { d["entries"][0]["id"] = "Eigen Advies"; }),
                "\"Eigen Advies\"", "entries[0].id", "mag alleen kleine letters, cijfers en '_' bevatten"),
        refused("overlay: two comparisons in one test", kOverlay, overlay([](json& d) {
                    d["entries"][0]["trigger"] = {{"metric", "index"}, {"below", 10}, {"above", 5}};
                }),
                "heeft precies één vergelijking nodig", "eigen.trigger", "below, above, at_least, at_most of in"),
        refused("overlay: an unknown field at the top", kOverlay, overlay([](json& d) { d["extra"] = true; }), "is geen bekend veld",
                "extra:", "verwacht een van schema_version, entries, disable"),
        refused("overlay: an empty file", kOverlay, bytes(""), kEmpty, "{file}", kOneObject),

        // An instrument.
        refused("instrument: 100,000 levels of nesting", kInstrument, deep(), kDeep, kDeepWhere, kDeepExpected),
        refused("instrument: a Likert scale to 7", kInstrument, instrument([](json& d) { d["scales"]["likert"]["max"] = 7; }),
                "de Likertschaal", "scales.likert", "moet van 1 tot 5 lopen"),
        refused("instrument: 1e400", kInstrument, bytes(instrumentTooLarge), "het getal 1e400 is te groot om te lezen",
                placeOfEnd(instrumentTooLarge, "1e400"), "verwacht een getal binnen het bereik van het veld"),
        refused("instrument: cut off halfway", kInstrument, bytes(instrumentHalf), kNotJson, placeAfterEnd(instrumentHalf),
                "een tekst tussen aanhalingstekens is niet gesloten"),
        refused("instrument: larger than 4 MB", kInstrument, generated([] { return "{" + std::string(5 << 20, ' ') + "}"; }),
                "het bestand is groter dan 4 MB", "{file}", "zo'n groot JSON-gegevensbestand wordt niet gelezen"),
        refused("instrument: null", kInstrument, bytes("null"), "het bestand moet één JSON-object bevatten", "{file}", "er staat null in"),
    };
}

} // namespace badinput
