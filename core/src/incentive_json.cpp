#include "core/incentive_json.hpp"

#include "core/incentive_analysis.hpp"
#include "json_reader.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace core {
namespace {

using nlohmann::json;

constexpr double kInf = std::numeric_limits<double>::infinity();

/// obj[key] when obj is an object holding it, else an empty object (reading never throws).
json member(const json& obj, const char* key)
{
    if (!obj.is_object())
        return json::object();
    const auto it = obj.find(key);
    return it == obj.end() ? json::object() : *it;
}

Contract readContract(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"above_ceiling_payment", "shared_savings", "multi_year_revenue"});
    Contract c;
    c.aboveCeilingPayment = r.number(obj, "above_ceiling_payment", w, 0.0, 0.0, 1.0);
    c.sharedSavings = r.number(obj, "shared_savings", w, 0.0, 0.0, 1.0);
    if (obj.contains("multi_year_revenue") && !obj["multi_year_revenue"].is_null())
        c.multiYearRevenue = r.number(obj, "multi_year_revenue", w, 0.0, 0.0, kInf);
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
    if (!obj.contains("weights") || !obj["weights"].is_object()) {
        r.fail(ww, tx("must be an object of component weights, e.g. {\"production\": 0.5, \"dagdelen\": 0.5}"));
        return m;
    }
    double sum = 0;
    for (auto it = obj["weights"].begin(); it != obj["weights"].end(); ++it) {
        const auto c = componentFromCode(it.key());
        if (!c) {
            r.fail(Reader::join(ww, it.key()), tx("is not a component; expected equal, dagdelen, disutility, production, benchmark or quality"));
            continue;
        }
        m.weights[static_cast<std::size_t>(*c)] = r.number(obj["weights"], it.key().c_str(), ww, 0.0, 0.0, 1.0);
        sum += m.weights[static_cast<std::size_t>(*c)];
    }
    if (std::abs(sum - 1.0) > 1e-6)
        r.fail(ww, tx("the weights sum to {0}; they must sum to 1"), {Reader::number(sum)});
    if (obj.contains("corridor")) {
        const std::string cw = Reader::join(w, "corridor");
        r.onlyKnown(obj["corridor"], cw, {"floor", "cap"});
        Corridor c{r.number(obj["corridor"], "floor", cw, 0.9, 0.0, 10.0, true),
                   r.number(obj["corridor"], "cap", cw, 1.15, 0.0, 10.0, true)};
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
    const std::string at = v.name.empty() ? w : w + " (" + v.name + ")";
    v.selfEmployed = r.number(obj, "self_employed", at, 0, 0, kInf, true);
    v.salaried = r.number(obj, "salaried", at, 0, 0, kInf, true);
    v.salaryCost = r.number(obj, "salary_cost", at, 0, 0, kInf, v.salaried > 0);
    v.production = r.number(obj, "production", at, 0, 0, kInf, true);
    v.dagdelen = r.number(obj, "dagdelen", at, 0, 0, kInf, true);
    v.disutility = r.number(obj, "disutility", at, 0, 0, kInf);
    v.benchmarkGrowth = r.number(obj, "benchmark_growth", at, 0, -0.99, 10);
    v.quality = r.number(obj, "quality", at, 1, 0, kInf);
    v.tariff = r.number(obj, "tariff", at, 0, 0, kInf, true);
    v.marginalCost = r.number(obj, "marginal_cost", at, 0, 0, kInf, true);
    v.ceiling = r.number(obj, "ceiling", at, v.production, 0, kInf);
    return v;
}

std::map<std::string, double> readPerVakgroep(Reader& r, const json& obj, const char* key, const std::string& w,
                                              double min, double max)
{
    std::map<std::string, double> out;
    if (!obj.contains(key))
        return out;
    const std::string kw = Reader::join(w, key);
    if (!obj[key].is_object()) {
        r.fail(kw, tx("must be an object of vakgroep names and numbers"));
        return out;
    }
    for (auto it = obj[key].begin(); it != obj[key].end(); ++it)
        out[it.key()] = r.number(obj[key], it.key().c_str(), kw, 0, min, max);
    return out;
}

Course readCourse(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"label", "changes", "environment"});
    Course c;
    c.label = r.text(obj, "label", w, true);
    if (obj.contains("changes")) {
        const std::string cw = Reader::join(w, "changes");
        if (!obj["changes"].is_object())
            r.fail(cw, tx("must be an object of vakgroep names and changes"));
        else
            for (auto it = obj["changes"].begin(); it != obj["changes"].end(); ++it) {
                const std::string vw = Reader::join(cw, it.key());
                r.onlyKnown(*it, vw, {"production", "moved_out", "consultation_time", "dagdelen", "income_elsewhere"});
                c.changes[it.key()] = VakgroepChange{r.number(*it, "production", vw, 0, -1, 10), r.number(*it, "moved_out", vw, 0, 0, 1),
                                                     r.number(*it, "consultation_time", vw, 0, -0.9, 10),
                                                     r.number(*it, "dagdelen", vw, 0, -1, 10),
                                                     r.number(*it, "income_elsewhere", vw, 0, -1, 10)};
            }
    }
    if (obj.contains("environment")) {
        const auto& e = obj["environment"];
        const std::string ew = Reader::join(w, "environment");
        r.onlyKnown(e, ew, {"benchmark_growth", "agreed_path", "ceiling_change", "contract", "agreed_revenue_change"});
        c.environment.benchmarkGrowth = readPerVakgroep(r, e, "benchmark_growth", ew, -0.99, 10);
        c.environment.agreedPath = readPerVakgroep(r, e, "agreed_path", ew, -0.99, 10);
        c.environment.ceilingChange = readPerVakgroep(r, e, "ceiling_change", ew, -1, 10);
        if (e.contains("contract"))
            c.environment.contract = readContract(r, e["contract"], Reader::join(ew, "contract"));
        if (e.contains("agreed_revenue_change"))
            c.environment.agreedRevenueChange = r.number(e, "agreed_revenue_change", ew, 0, -1, 10);
    }
    return c;
}

Scenario readScenario(Reader& r, const json& obj, const std::string& w)
{
    r.onlyKnown(obj, w, {"id", "name", "description", "theme", "serves", "between_hospitals", "a", "b"});
    Scenario s;
    s.id = r.string(obj, "id", w);
    const std::string at = s.id.empty() ? w : w + " (" + s.id + ")";
    s.name = r.text(obj, "name", at, true);
    s.description = r.text(obj, "description", at, false);
    const auto theme = themeFromCode(r.string(obj, "theme", at));
    if (!theme && obj.contains("theme") && obj["theme"].is_string())
        r.fail(Reader::join(at, "theme"), tx("\"{0}\" is not a theme code"), {obj["theme"].get<std::string>()});
    s.theme = theme.value_or(Theme::AppropriateCare);
    const auto serves = r.string(obj, "serves", at);
    if (serves != "a" && serves != "b" && !serves.empty())
        r.fail(Reader::join(at, "serves"), tx("must be \"a\" or \"b\": the course that serves the theme"));
    s.servedByB = serves != "a";
    if (obj.contains("between_hospitals") && !obj["between_hospitals"].is_boolean())
        r.fail(Reader::join(at, "between_hospitals"), tx("must be true or false"));
    else
        s.betweenHospitals = obj.value("between_hospitals", false);
    s.a = readCourse(r, member(obj, "a"), Reader::join(at, "a"));
    s.b = readCourse(r, member(obj, "b"), Reader::join(at, "b"));
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
            r.problems.push_back({"scenarios", m});
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
                         {"dagdelen", ch.dagdelen}, {"income_elsewhere", ch.incomeElsewhere}};
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
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) { // parse errors, and numbers out of range such as 1e400
        r.fail("", tx("not valid JSON: {0}"), {e.what()});
    }
    if (r.problems.empty()) {
        r.onlyKnown(root, "", {"schema_version", "pot", "contract", "model", "vakgroepen", "scenarios"});
        const json version = member(root, "schema_version");
        if (!version.is_number_integer() || version.get<long long>() != 1)
            r.fail("schema_version", tx("must be 1 (this program reads schema version 1)"));
        const json pot = member(root, "pot");
        r.onlyKnown(pot, "pot", {"kind", "share", "amount"});
        const json kindJson = member(pot, "kind");
        const auto kind = kindJson.is_string() ? kindJson.get<std::string>() : std::string();
        if (kind == "revenue_share")
            in.pot = Pot{true, r.number(pot, "share", "pot", 0.3, 0.0, 1.0, true), 0.0};
        else if (kind == "fixed")
            in.pot = Pot{false, 0.0, r.number(pot, "amount", "pot", 0.0, 0.0, kInf, true)};
        else
            r.fail("pot.kind", tx("must be \"revenue_share\" or \"fixed\""));
        in.contract = readContract(r, member(root, "contract"), "contract");
        in.model = readModel(r, member(root, "model"), "model");
        const json list = root.is_object() && root.contains("vakgroepen") ? root["vakgroepen"] : json::array();
        if (!list.is_array())
            r.fail("vakgroepen", tx("must be an array"));
        else
            for (std::size_t i = 0; i < list.size(); ++i)
                in.vakgroepen.push_back(readVakgroep(r, list[i], "vakgroepen[" + std::to_string(i) + "]"));
        const json scenarios = root.is_object() && root.contains("scenarios") ? root["scenarios"] : json::array();
        if (!scenarios.is_array())
            r.fail("scenarios", tx("must be an array"));
        for (std::size_t i = 0; scenarios.is_array() && i < scenarios.size(); ++i)
            in.scenarios.push_back(readScenario(r, scenarios[i], "scenarios[" + std::to_string(i) + "]"));
        checkWhole(r, in);
    }
    if (!r.problems.empty())
        throw InvalidData(tx("The incentive inputs {0} are invalid: {1} problem(s)"), source, std::move(r.problems));
    return in;
}

Scenario parseScenario(std::string_view text, const IncentiveInputs& inputs, const std::string& source)
{
    Reader r;
    Scenario s;
    try {
        s = readScenario(r, json::parse(text.begin(), text.end()), "");
        for (const auto& m : checkScenario(inputs, s))
            r.problems.push_back({"", m});
    } catch (const json::exception& e) {
        r.fail("", tx("not valid JSON: {0}"), {e.what()});
    }
    if (!r.problems.empty())
        throw InvalidData(tx("The scenario {0} is invalid: {1} problem(s)"), source, std::move(r.problems));
    return s;
}

std::string incentivesToJson(const IncentiveInputs& in)
{
    json doc;
    doc["schema_version"] = 1;
    doc["pot"] = in.pot.revenueShare ? json{{"kind", "revenue_share"}, {"share", in.pot.share}}
                                     : json{{"kind", "fixed"}, {"amount", in.pot.amount}};
    doc["contract"] = contractJson(in.contract);
    const auto samePreset = [&](const DistributionModel& p) {
        const bool sameCorridor = p.corridor.has_value() == in.model.corridor.has_value() &&
                                  (!p.corridor || (p.corridor->floor == in.model.corridor->floor &&
                                                   p.corridor->cap == in.model.corridor->cap));
        return p.weights == in.model.weights && p.fixedIncome == in.model.fixedIncome && sameCorridor;
    };
    if (const auto p = preset(in.model.name); p && samePreset(*p)) {
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
