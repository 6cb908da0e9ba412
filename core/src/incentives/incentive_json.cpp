#include "core/incentives/incentive_json.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "core/text/text_util.hpp"
#include "io/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace core {
namespace {

using nlohmann::json;

/// The range a figure may take (docs/incentives.md): wide enough for any Dutch hospital, narrow
/// enough that every sum and ratio of the model stays a finite number.
struct Bounds {
    double min;
    double max;
};
constexpr Bounds kShare{0, 1};                 // pot share, contract shares, weights, moved out
constexpr Bounds kPotAmount{0, 1e9};           // EUR per year
constexpr Bounds kRevenue{0, 1e10};            // EUR per year, a multi-year agreement
constexpr Bounds kSpecialists{0, 1000};        // per vakgroep
constexpr Bounds kSalary{0, 2e6};              // EUR per salaried specialist per year
constexpr Bounds kUnits{0, 1e7};               // production and ceiling per year
constexpr Bounds kDagdelen{0, 1e6};            // working half-days per year
constexpr Bounds kPoints{0, 1e6};              // on-call burden
constexpr Bounds kQuality{0, 100};
constexpr Bounds kTariff{0, 1e6};              // EUR per unit: tariff and marginal cost
constexpr Bounds kGrowth{-0.9, 1};             // benchmark growth, agreed path, agreed revenue change
constexpr Bounds kChange{-1, 2};               // relative changes of production, dagdelen, ceilings, income
constexpr Bounds kConsultationTime{-0.5, 2};
constexpr Bounds kCorridor{0, 10};
constexpr Bounds kHeadcountChange{-1000, 1000}; // specialists joining or leaving a vakgroep
constexpr Bounds kGoodwill{0, 1e7};             // EUR per specialist
constexpr Bounds kEarnYears{1, 30};

double number(Reader& r, const json& obj, const char* key, const std::string& w, double fallback, Bounds b,
              bool required = false)
{
    return r.number(obj, key, w, fallback, b.min, b.max, required);
}

Contract readContract(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"above_ceiling_payment", "shared_savings", "multi_year_revenue"});
    Contract c;
    c.aboveCeilingPayment = number(r, obj, "above_ceiling_payment", w, 0.0, kShare);
    c.sharedSavings = number(r, obj, "shared_savings", w, 0.0, kShare);
    if (!Reader::member(obj, "multi_year_revenue", Reader::nothing()).is_null())
        c.multiYearRevenue = number(r, obj, "multi_year_revenue", w, 0.0, kRevenue);
    return c;
}

DistributionModel readModel(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"preset", "weights", "corridor", "fixed_income"});
    if (obj.contains("preset")) {
        const auto name = r.string(obj, "preset", w);
        if (const auto m = preset(name))
            return *m;
        std::string list;
        for (const auto& c : presetCodes())
            list += (list.empty() ? "" : ", ") + c;
        r.fail(Reader::join(w, "preset"), tx("\"{0}\" is not a preset; expected one of {1}"), {name, list});
        return *preset("production");
    }
    DistributionModel m;
    m.name = "custom";
    const std::string ww = Reader::join(w, "weights");
    const json& weights = Reader::member(obj, "weights", Reader::nothing());
    if (!weights.is_object()) {
        r.fail(ww, tx("must be an object of component weights, e.g. {\"production\": 0.5, \"dagdelen\": 0.5}"));
        return m;
    }
    double sum = 0;
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        const auto c = componentFromCode(it.key());
        if (!c) {
            r.fail(Reader::join(ww, it.key()), tx("is not a component; expected equal, dagdelen, disutility, production, benchmark or quality"));
            continue;
        }
        m.weights[static_cast<std::size_t>(*c)] = number(r, weights, it.key().c_str(), ww, 0.0, kShare);
        sum += m.weights[static_cast<std::size_t>(*c)];
    }
    if (std::abs(sum - 1.0) > 1e-6)
        r.fail(ww, tx("the weights sum to {0}; they must sum to 1"), {Reader::number(sum)});
    if (obj.contains("corridor")) {
        const std::string cw = Reader::join(w, "corridor");
        const json& corridor = obj["corridor"];
        r.onlyKnown(corridor, cw, {"floor", "cap"});
        Corridor c{number(r, corridor, "floor", cw, 0.9, kCorridor, true), number(r, corridor, "cap", cw, 1.15, kCorridor, true)};
        if (c.floor > c.cap)
            r.fail(cw, tx("the floor {0} is above the cap {1}"), {Reader::number(c.floor), Reader::number(c.cap)});
        m.corridor = c;
    }
    if (obj.contains("fixed_income")) {
        if (obj["fixed_income"].is_boolean())
            m.fixedIncome = obj["fixed_income"].get<bool>();
        else
            r.fail(Reader::join(w, "fixed_income"), tx("must be true or false"));
    }
    return m;
}

Vakgroep readVakgroep(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"name", "self_employed", "salaried", "salary_cost", "production", "dagdelen", "disutility",
                         "benchmark_growth", "quality", "tariff", "marginal_cost", "ceiling"});
    Vakgroep v;
    v.name = r.string(obj, "name", w);
    const std::string at = v.name.empty() ? w : w + " (" + visibleText(v.name) + ")";
    if (!v.name.empty() && !isOneLineText(v.name, kMaxVakgroepName))
        r.fail(Reader::join(w, "name"), tx("must be one line of at most {0} characters, without tabs or other control "
                                           "characters"),
               {std::to_string(kMaxVakgroepName)});
    v.selfEmployed = number(r, obj, "self_employed", at, 0, kSpecialists, true);
    v.salaried = number(r, obj, "salaried", at, 0, kSpecialists, true);
    v.salaryCost = number(r, obj, "salary_cost", at, 0, kSalary, v.salaried > 0);
    v.production = number(r, obj, "production", at, 0, kUnits, true);
    v.dagdelen = number(r, obj, "dagdelen", at, 0, kDagdelen, true);
    v.disutility = number(r, obj, "disutility", at, 0, kPoints);
    v.benchmarkGrowth = number(r, obj, "benchmark_growth", at, 0, kGrowth);
    v.quality = number(r, obj, "quality", at, 1, kQuality);
    v.tariff = number(r, obj, "tariff", at, 0, kTariff, true);
    v.marginalCost = number(r, obj, "marginal_cost", at, 0, kTariff, true);
    v.ceiling = number(r, obj, "ceiling", at, v.production, kUnits);
    return v;
}

/// An object keyed by vakgroep name, at most one entry per possible vakgroep; nullptr when absent
/// or refused.
const json* perVakgroep(Reader& r, const json& obj, const char* key, const std::string& w, TextKey expected)
{
    const json& map = Reader::member(obj, key, Reader::nothing());
    if (map.is_null())
        return nullptr;
    if (!map.is_object()) {
        r.fail(Reader::join(w, key), expected);
        return nullptr;
    }
    if (map.size() > kMaxVakgroepen) {
        r.fail(Reader::join(w, key), tx("names {0} vakgroepen; at most {1} are allowed"),
               {std::to_string(map.size()), std::to_string(kMaxVakgroepen)});
        return nullptr;
    }
    return &map;
}

std::map<std::string, double> readPerVakgroep(Reader& r, const json& obj, const char* key, const std::string& w, Bounds b)
{
    std::map<std::string, double> out;
    if (const json* map = perVakgroep(r, obj, key, w, tx("must be an object of vakgroep names and numbers")))
        for (auto it = map->begin(); it != map->end(); ++it)
            out[it.key()] = number(r, *map, it.key().c_str(), Reader::join(w, key), 0, b);
    return out;
}

Course readCourse(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"label", "changes", "environment"});
    Course c;
    c.label = r.text(obj, "label", w, true);
    if (const json* changes = perVakgroep(r, obj, "changes", w, tx("must be an object of vakgroep names and changes")))
        for (auto it = changes->begin(); it != changes->end(); ++it) {
            const std::string vw = Reader::join(Reader::join(w, "changes"), it.key());
            r.onlyKnown(*it, vw, {"production", "moved_out", "consultation_time", "dagdelen", "income_elsewhere", "self_employed", "salaried"});
            c.changes[it.key()] = VakgroepChange{number(r, *it, "production", vw, 0, kChange), number(r, *it, "moved_out", vw, 0, kShare),
                                                 number(r, *it, "consultation_time", vw, 0, kConsultationTime),
                                                 number(r, *it, "dagdelen", vw, 0, kChange),
                                                 number(r, *it, "income_elsewhere", vw, 0, kChange),
                                                 number(r, *it, "self_employed", vw, 0, kHeadcountChange),
                                                 number(r, *it, "salaried", vw, 0, kHeadcountChange)};
        }
    if (obj.contains("environment")) {
        const json& e = obj["environment"];
        const std::string ew = Reader::join(w, "environment");
        r.onlyKnown(e, ew, {"benchmark_growth", "agreed_path", "ceiling_change", "contract", "agreed_revenue_change"});
        c.environment.benchmarkGrowth = readPerVakgroep(r, e, "benchmark_growth", ew, kGrowth);
        c.environment.agreedPath = readPerVakgroep(r, e, "agreed_path", ew, kGrowth);
        c.environment.ceilingChange = readPerVakgroep(r, e, "ceiling_change", ew, kChange);
        if (e.contains("contract"))
            c.environment.contract = readContract(r, e["contract"], Reader::join(ew, "contract"));
        if (e.contains("agreed_revenue_change"))
            c.environment.agreedRevenueChange = number(r, e, "agreed_revenue_change", ew, 0, kGrowth);
    }
    return c;
}

Scenario readScenario(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"id", "name", "description", "theme", "serves", "between_hospitals", "module", "a", "b"});
    Scenario s;
    s.id = r.string(obj, "id", w);
    // In a file of one scenario the file names it: its fields need no prefix.
    const std::string at = s.id.empty() || w.empty() ? w : w + " (" + visibleText(s.id) + ")";
    s.name = r.text(obj, "name", at, true);
    s.description = r.text(obj, "description", at, false);
    const auto theme = themeFromCode(r.string(obj, "theme", at));
    if (const json& code = Reader::member(obj, "theme", Reader::nothing()); !theme && code.is_string())
        r.fail(Reader::join(at, "theme"), tx("\"{0}\" is not a theme code"), {code.get<std::string>()});
    s.theme = theme.value_or(Theme::AppropriateCare);
    const auto serves = r.string(obj, "serves", at);
    if (serves != "a" && serves != "b" && !serves.empty())
        r.fail(Reader::join(at, "serves"), tx("must be \"a\" or \"b\": the course that serves the theme"));
    s.servedByB = serves != "a";
    const json& between = Reader::member(obj, "between_hospitals", Reader::nothing());
    if (!between.is_null() && !between.is_boolean())
        r.fail(Reader::join(at, "between_hospitals"), tx("must be true or false"));
    s.betweenHospitals = between.is_boolean() && between.get<bool>();
    if (obj.contains("module"))
        s.module = r.string(obj, "module", at);
    s.a = readCourse(r, Reader::member(obj, "a"), Reader::join(at, "a"));
    s.b = readCourse(r, Reader::member(obj, "b"), Reader::join(at, "b"));
    return s;
}

void checkWhole(Reader& r, const IncentiveInputs& in)
{
    std::set<std::string> names;
    bool members = false;
    for (std::size_t i = 0; i < in.vakgroepen.size(); ++i) {
        const auto& v = in.vakgroepen[i];
        if (!v.name.empty() && !names.insert(v.name).second)
            r.fail("vakgroepen[" + std::to_string(i) + "]", tx("the name \"{0}\" is used twice"), {v.name});
        members = members || v.selfEmployed > 0;
    }
    double revenue = 0;
    for (const auto& v : in.vakgroepen)
        revenue += v.production * v.tariff;
    if (in.vakgroepen.empty())
        r.fail("vakgroepen", tx("at least one vakgroep is needed"));
    else if (!members)
        r.fail("vakgroepen", tx("no vakgroep has self-employed specialists: the MSB has nothing to divide"));
    else if (revenue <= 0)
        r.fail("vakgroepen", tx("there is no revenue: every vakgroep has a production or tariff of 0"));
    std::set<std::string> ids;
    for (const auto& s : in.scenarios) {
        if (!ids.insert(s.id).second)
            r.fail("scenarios", tx("the scenario id \"{0}\" is used twice"), {s.id});
        for (const auto& m : checkScenario(in, s))
            addProblem(r.problems, {"scenarios", m});
    }
}

json text(const LocalText& t) { return json{{"nl", t.nl}, {"en", t.en}}; }

json contractJson(const Contract& c)
{
    return json{{"above_ceiling_payment", c.aboveCeilingPayment},
                {"shared_savings", c.sharedSavings},
                {"multi_year_revenue", c.multiYearRevenue ? json(*c.multiYearRevenue) : json(nullptr)}};
}

json courseJson(const Course& c)
{
    json changes = json::object();
    for (const auto& [name, ch] : c.changes)
        changes[name] = {{"production", ch.production}, {"moved_out", ch.movedOut}, {"consultation_time", ch.consultationTime},
                         {"dagdelen", ch.dagdelen}, {"income_elsewhere", ch.incomeElsewhere},
                         {"self_employed", ch.selfEmployed}, {"salaried", ch.salaried}};
    json env = json::object();
    if (!c.environment.benchmarkGrowth.empty())
        env["benchmark_growth"] = c.environment.benchmarkGrowth;
    if (!c.environment.agreedPath.empty())
        env["agreed_path"] = c.environment.agreedPath;
    if (!c.environment.ceilingChange.empty())
        env["ceiling_change"] = c.environment.ceilingChange;
    if (c.environment.contract)
        env["contract"] = contractJson(*c.environment.contract);
    if (c.environment.agreedRevenueChange)
        env["agreed_revenue_change"] = *c.environment.agreedRevenueChange;
    return json{{"label", text(c.label)}, {"changes", changes}, {"environment", env}};
}

} // namespace

std::vector<DataProblem> validateIncentives(const IncentiveInputs& inputs)
{
    try {
        parseIncentives(incentivesToJson(inputs), "inputs");
    } catch (const InvalidData& e) {
        return e.problems();
    }
    return {};
}

IncentiveInputs parseIncentives(std::string_view text, const std::string& source)
{
    Reader r;
    IncentiveInputs in;
    readJson(text, r.problems, [&](const json& root) {
        r.onlyKnown(root, "", {"schema_version", "pot", "goodwill", "contract", "model", "vakgroepen", "scenarios"});
        const json& version = Reader::member(root, "schema_version");
        if (!version.is_number_integer() || version != 1)
            r.fail("schema_version", tx("must be 1 (this program reads schema version 1)"));
        const json& pot = Reader::member(root, "pot");
        r.onlyKnown(pot, "pot", {"kind", "share", "amount", "fee", "specialists"});
        const json& kind = Reader::member(pot, "kind");
        if (kind == "revenue_share")
            in.pot = Pot{true, number(r, pot, "share", "pot", 0.3, kShare, true), 0.0, std::nullopt};
        else if (kind == "fixed")
            in.pot = Pot{false, 0.0, number(r, pot, "amount", "pot", 0.0, kPotAmount, true), std::nullopt};
        else if (kind == "per_specialist")
            in.pot = Pot{false, 0.0, 0.0,
                         PerSpecialistFee{number(r, pot, "fee", "pot", 0.0, kPotAmount, true),
                                          number(r, pot, "specialists", "pot", 0.0, kSpecialists, true)}};
        else
            r.fail("pot.kind", tx("must be \"revenue_share\", \"fixed\" or \"per_specialist\""));
        if (root.contains("goodwill")) {
            const json& g = root["goodwill"];
            r.onlyKnown(g, "goodwill", {"value", "pooled", "earn_years"});
            in.goodwill.value = number(r, g, "value", "goodwill", 0.0, kGoodwill, true);
            in.goodwill.years = number(r, g, "earn_years", "goodwill", 1.0, kEarnYears);
            const json& pooled = Reader::member(g, "pooled", Reader::nothing());
            if (!pooled.is_null() && !pooled.is_boolean())
                r.fail("goodwill.pooled", tx("must be true or false"));
            in.goodwill.pooled = pooled.is_boolean() && pooled.get<bool>();
        }
        in.contract = readContract(r, Reader::member(root, "contract"), "contract");
        in.model = readModel(r, Reader::member(root, "model"), "model");
        const json* vakgroepen = r.array(root, "vakgroepen", "", kMaxVakgroepen, tx("{0} vakgroepen; at most {1} are allowed"));
        if (vakgroepen)
            for (std::size_t i = 0; i < vakgroepen->size(); ++i)
                in.vakgroepen.push_back(readVakgroep(r, (*vakgroepen)[i], "vakgroepen[" + std::to_string(i) + "]"));
        if (const json* scenarios = r.array(root, "scenarios", "", kMaxScenarios, tx("{0} scenarios; at most {1} are allowed")))
            for (std::size_t i = 0; i < scenarios->size(); ++i)
                in.scenarios.push_back(readScenario(r, (*scenarios)[i], "scenarios[" + std::to_string(i) + "]"));
        if (vakgroepen)
            checkWhole(r, in);
    });
    if (!r.problems.empty())
        throw InvalidData(txn("The incentive inputs {0} are invalid: {1} problem", "The incentive inputs {0} are invalid: {1} problems"), source, std::move(r.problems));
    return in;
}

Scenario parseScenario(std::string_view text, const IncentiveInputs& inputs, const std::string& source)
{
    Reader r;
    Scenario s;
    readJson(text, r.problems, [&](const json& root) {
        s = readScenario(r, root, "");
        for (const auto& m : checkScenario(inputs, s))
            addProblem(r.problems, {"", m});
    });
    if (!r.problems.empty())
        throw InvalidData(txn("The scenario {0} is invalid: {1} problem", "The scenario {0} is invalid: {1} problems"), source, std::move(r.problems));
    return s;
}

std::vector<Scenario> parseScenarioFile(std::string_view text, const std::string& source)
{
    Reader r;
    std::vector<Scenario> out;
    readJson(text, r.problems, [&](const json& root) {
        r.onlyKnown(root, "", {"schema_version", "scenarios"});
        const json& version = Reader::member(root, "schema_version");
        if (!version.is_number_integer() || version != 1)
            r.fail("schema_version", tx("must be 1 (this program reads schema version 1)"));
        std::set<std::string> ids;
        if (const json* scenarios = r.array(root, "scenarios", "", kMaxScenarios, tx("{0} scenarios; at most {1} are allowed")))
            for (std::size_t i = 0; i < scenarios->size(); ++i) {
                out.push_back(readScenario(r, (*scenarios)[i], "scenarios[" + std::to_string(i) + "]"));
                if (!ids.insert(out.back().id).second)
                    r.fail("scenarios", tx("the scenario id \"{0}\" is used twice"), {out.back().id});
            }
    });
    if (!r.problems.empty())
        throw InvalidData(txn("The scenarios {0} are invalid: {1} problem", "The scenarios {0} are invalid: {1} problems"), source,
                          std::move(r.problems));
    return out;
}

std::string incentivesToJson(const IncentiveInputs& in)
{
    json doc;
    doc["schema_version"] = 1;
    doc["pot"] = in.pot.perSpecialist ? json{{"kind", "per_specialist"}, {"fee", in.pot.perSpecialist->fee},
                                             {"specialists", in.pot.perSpecialist->specialists}}
                 : in.pot.revenueShare ? json{{"kind", "revenue_share"}, {"share", in.pot.share}}
                                       : json{{"kind", "fixed"}, {"amount", in.pot.amount}};
    if (in.goodwill.value > 0)
        doc["goodwill"] = {{"value", in.goodwill.value}, {"pooled", in.goodwill.pooled}, {"earn_years", in.goodwill.years}};
    doc["contract"] = contractJson(in.contract);
    if (const auto p = preset(in.model.name); p && sameDivision(*p, in.model)) {
        doc["model"] = {{"preset", in.model.name}};
    } else {
        json weights = json::object();
        for (const auto c : kComponents)
            if (in.model.weight(c) != 0.0)
                weights[std::string(code(c))] = in.model.weight(c);
        doc["model"] = {{"weights", weights}, {"fixed_income", in.model.fixedIncome}};
        if (in.model.corridor)
            doc["model"]["corridor"] = {{"floor", in.model.corridor->floor}, {"cap", in.model.corridor->cap}};
    }
    json list = json::array();
    for (const auto& v : in.vakgroepen)
        list.push_back({{"name", v.name}, {"self_employed", v.selfEmployed}, {"salaried", v.salaried},
                        {"salary_cost", v.salaryCost}, {"production", v.production}, {"dagdelen", v.dagdelen},
                        {"disutility", v.disutility}, {"benchmark_growth", v.benchmarkGrowth}, {"quality", v.quality},
                        {"tariff", v.tariff}, {"marginal_cost", v.marginalCost}, {"ceiling", v.ceiling}});
    doc["vakgroepen"] = list;
    json scenarios = json::array();
    for (const auto& s : in.scenarios)
        scenarios.push_back({{"id", s.id}, {"name", text(s.name)}, {"description", text(s.description)},
                             {"theme", std::string(code(s.theme))}, {"serves", s.servedByB ? "b" : "a"},
                             {"between_hospitals", s.betweenHospitals},
                             {"a", courseJson(s.a)}, {"b", courseJson(s.b)}});
    doc["scenarios"] = scenarios;
    return doc.dump(2);
}

} // namespace core
