// Reading and checking the recommendations catalogue and overlays.
#include "core/advice/recommendations.hpp"
#include "core/instrument/module.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/text/text_util.hpp"
#include "io/json_reader.hpp"

#include <map>
#include <set>

namespace core {

std::string_view code(Audience a)
{
    switch (a) {
    case Audience::Rvb: return "rvb";
    case Audience::Msb: return "msb";
    case Audience::Both: return "both";
    case Audience::Insurer: return "insurer";
    case Audience::Ministry: return "ministry";
    }
    return "both";
}

namespace {

const std::set<std::string> kMetrics{"score", "gap", "consensus", "congruence", "change", "priority_agreement",
                                     "item", "profile", "profile_disagreement", "incentive_conflicts",
                                     "incentive_alignment", "index"};

bool isParty(const std::string& p, std::initializer_list<const char*> extra)
{
    if (roleFromCode(p) && code(*roleFromCode(p)) == p)
        return true;
    if (p == kHospitalSide || p == kMedicalSide)
        return true;
    return std::any_of(extra.begin(), extra.end(), [&](const char* e) { return p == e; });
}

class CatalogueReader {
public:
    CatalogueReader(Reader& r, const InstrumentVersions& versions) : m_r(r), m_versions(versions) {}

    Recommendation entry(const json& obj, const std::string& w)
    {
        m_r.onlyKnown(obj, w, {"id", "headline", "title", "text", "elements", "themes", "audience", "source", "weight", "trigger"});
        Recommendation rec;
        rec.id = m_r.string(obj, "id", w);
        if (!rec.id.empty() && !isDataCode(rec.id, false))
            m_r.fail(Reader::join(w, "id"), tx("\"{0}\" must be lower-case letters, digits and '_'"), {rec.id});
        const std::string at = rec.id.empty() ? w : rec.id;
        const json& headline = Reader::member(obj, "headline", Reader::nothing());
        if (!headline.is_null() && !headline.is_boolean())
            m_r.fail(Reader::join(at, "headline"), tx("must be true or false"));
        rec.headline = headline.is_boolean() && headline.get<bool>();
        rec.title = m_r.text(obj, "title", at, true);
        rec.text = m_r.text(obj, "text", at, true);
        for (const auto& c : codes(obj, "elements", at)) {
            if (const auto e = elementFromCode(c))
                rec.elements.push_back(*e);
            else
                m_r.fail(Reader::join(at, "elements"), tx("\"{0}\" is not a 7S element code"), {c});
        }
        for (const auto& c : codes(obj, "themes", at)) {
            if (const auto t = themeFromCode(c))
                rec.themes.push_back(*t);
            else
                m_r.fail(Reader::join(at, "themes"), tx("\"{0}\" is not a theme code"), {c});
        }
        if (rec.elements.empty() && rec.themes.empty())
            m_r.fail(at, tx("needs at least one element or theme"));
        const auto audience = m_r.string(obj, "audience", at);
        bool known = false;
        for (const auto a : {Audience::Rvb, Audience::Msb, Audience::Both, Audience::Insurer, Audience::Ministry})
            if (code(a) == audience) {
                rec.audience = a;
                known = true;
            }
        if (!known && !audience.empty())
            m_r.fail(Reader::join(at, "audience"), tx("\"{0}\" is not an audience; expected rvb, msb, both, insurer or ministry"), {audience});
        const json& source = Reader::member(obj, "source");
        rec.source = SourceRef{m_r.string(source, "publication", Reader::join(at, "source")),
                               m_r.string(source, "section", Reader::join(at, "source"))};
        if (!rec.source.publication.empty() &&
            std::none_of(m_versions.begin(), m_versions.end(), [&](const Instrument* i) { return i->source(rec.source.publication); }))
            m_r.fail(Reader::join(at, "source"), tx("publication \"{0}\" is not in the instrument's \"sources\""),
                     {rec.source.publication});
        rec.weight = m_r.number(obj, "weight", at, rec.headline ? 1.5 : 1.0, 0.5, 2.0);
        if (!obj.is_object() || !obj.contains("trigger"))
            m_r.fail(Reader::join(at, "trigger"), tx("is missing (use null for a recommendation that never triggers for one hospital)"));
        else if (!obj["trigger"].is_null())
            rec.trigger = condition(obj["trigger"], at + ".trigger", 0);
        return rec;
    }

private:
    Reader& m_r;
    const InstrumentVersions& m_versions;

    /// The question in the newest version that has it with this kind (and, when given, this option).
    const Question* find(const std::string& code, QuestionKind kind, const std::string* option = nullptr) const
    {
        for (const auto* instrument : m_versions)
            if (const Question* q = instrument->find(code); q && q->kind == kind && (!option || q->option(*option)))
                return q;
        return nullptr;
    }

    /// Whether some version puts the statement to the role (2.0 put some 1.1 statements to fewer roles).
    bool askedInAny(const std::string& code, Role role) const
    {
        return std::any_of(m_versions.begin(), m_versions.end(), [&](const Instrument* i) {
            const Question* q = i->find(code);
            return q && q->askedOf(role);
        });
    }

    std::vector<std::string> codes(const json& obj, const char* key, const std::string& w)
    {
        std::vector<std::string> out;
        if (!obj.is_object() || !obj.contains(key))
            return out;
        if (!obj[key].is_array()) {
            m_r.fail(Reader::join(w, key), tx("must be an array"));
            return out;
        }
        for (const auto& v : obj[key])
            out.push_back(v.is_string() ? v.get<std::string>() : v.dump());
        return out;
    }

    /// `depth`: the all/any combinations around this condition.
    Condition condition(const json& obj, const std::string& w, int depth)
    {
        Condition c;
        c.where = w;
        if (!obj.is_object()) {
            m_r.fail(w, tx("a condition must be an object"));
            return c;
        }
        for (const char* combination : {"all", "any"}) {
            if (!obj.contains(combination))
                continue;
            c.kind = std::string(combination) == "all" ? Condition::Kind::All : Condition::Kind::Any;
            if (depth >= kMaxConditionDepth) {
                m_r.fail(w, tx("all/any conditions are nested more than {0} levels deep here"), {std::to_string(kMaxConditionDepth)});
                return c;
            }
            m_r.onlyKnown(obj, w, {combination});
            const auto& list = obj[combination];
            if (!list.is_array() || list.empty()) {
                m_r.fail(Reader::join(w, combination), tx("must be a non-empty array of conditions"));
                return c;
            }
            for (std::size_t i = 0; i < list.size(); ++i)
                c.parts.push_back(condition(list[i], w + "." + combination + "[" + std::to_string(i) + "]", depth + 1));
            return c;
        }
        test(obj, c);
        return c;
    }

    void test(const json& obj, Condition& c)
    {
        const std::string& w = c.where;
        c.metric = m_r.string(obj, "metric", w);
        if (!c.metric.empty() && !kMetrics.contains(c.metric)) {
            m_r.fail(Reader::join(w, "metric"), tx("\"{0}\" is not a metric; see questionnaires/recommendations/SCHEMA.md"), {c.metric});
            return;
        }
        m_r.onlyKnown(obj, w, {"metric", "element", "theme", "party", "a", "b", "measure", "item", "question", "scenario",
                               "actor", "part", "below", "above", "at_least", "at_most", "in"});
        const auto text = [&](const char* key) {
            return obj.contains(key) && obj[key].is_string() ? obj[key].get<std::string>() : std::string();
        };
        if (obj.contains("element")) {
            c.element = elementFromCode(text("element"));
            if (!c.element)
                m_r.fail(Reader::join(w, "element"), tx("\"{0}\" is not a 7S element code"), {text("element")});
        }
        if (obj.contains("theme")) {
            c.theme = themeFromCode(text("theme"));
            if (!c.theme)
                m_r.fail(Reader::join(w, "theme"), tx("\"{0}\" is not a theme code"), {text("theme")});
        }
        c.party = text("party");
        c.a = text("a");
        c.b = text("b");
        c.measure = text("measure");
        c.item = text("item");
        c.question = text("question");
        c.scenario = text("scenario");
        c.actor = text("actor");
        if (obj.contains("part"))
            c.part = text("part");
        comparison(obj, c);
        selectors(c);
        onlyUsedSelectors(obj, c);
        range(c);
    }

    void comparison(const json& obj, Condition& c)
    {
        int count = 0;
        const std::pair<const char*, Condition::Compare> kinds[] = {{"below", Condition::Compare::Below},
                                                                    {"above", Condition::Compare::Above},
                                                                    {"at_least", Condition::Compare::AtLeast},
                                                                    {"at_most", Condition::Compare::AtMost}};
        for (const auto& [key, compare] : kinds)
            if (obj.contains(key)) {
                ++count;
                c.compare = compare;
                c.threshold = m_r.number(obj, key, c.where, 0, -1e9, 1e9);
            }
        if (obj.contains("in")) {
            ++count;
            c.compare = Condition::Compare::In;
            if (!obj["in"].is_array() || obj["in"].empty())
                m_r.fail(Reader::join(c.where, "in"), tx("must be a non-empty array of option codes"));
            else
                for (const auto& v : obj["in"])
                    c.in.push_back(v.is_string() ? v.get<std::string>() : v.dump());
        }
        if (count != 1)
            m_r.fail(c.where, tx("needs exactly one comparison: below, above, at_least, at_most or in"));
        if ((c.compare == Condition::Compare::In) != (c.metric == "profile"))
            m_r.fail(c.where, tx("\"in\" goes with the profile metric, and only with it"));
    }

    void requireDimension(const Condition& c, bool themeAllowed)
    {
        if (!c.element && !(themeAllowed && c.theme))
            m_r.fail(c.where, themeAllowed ? tx("needs an element or a theme") : tx("needs an element"));
    }

    void requireParty(const Condition& c, const std::string& party, const char* key, std::initializer_list<const char*> extra)
    {
        if (party.empty() || !isParty(party, extra))
            m_r.fail(Reader::join(c.where, key), tx("\"{0}\" is not a party here"), {party});
    }

    /// A selector the metric does not use is a mistake, not something to ignore silently.
    void onlyUsedSelectors(const json& obj, const Condition& c)
    {
        static const std::map<std::string, std::vector<std::string>> used{
            {"score", {"element", "theme", "party"}},
            {"gap", {"element", "theme", "a", "b"}},
            {"consensus", {"element", "party"}},
            {"congruence", {"measure"}},
            {"change", {"element", "party"}},
            {"priority_agreement", {}},
            {"item", {"item", "party"}},
            {"profile", {"question", "party"}},
            {"profile_disagreement", {"question"}},
            {"incentive_conflicts", {"scenario", "actor", "part"}},
            {"incentive_alignment", {}},
            {"index", {}}};
        const auto it = used.find(c.metric);
        if (it == used.end())
            return;
        for (const char* key : {"element", "theme", "party", "a", "b", "measure", "item", "question", "scenario", "actor", "part"})
            if (obj.contains(key) && std::find(it->second.begin(), it->second.end(), key) == it->second.end())
                m_r.fail(Reader::join(c.where, key), tx("is not used by the metric {0}"), {c.metric});
        if (c.element && c.theme)
            m_r.fail(c.where, tx("give an element or a theme, not both"));
    }

    /// Thresholds on the metric's own scale.
    void range(const Condition& c)
    {
        if (c.compare == Condition::Compare::In)
            return;
        static const std::map<std::string, std::pair<double, double>> scales{
            {"score", {0, 100}},  {"gap", {0, 100}},       {"index", {0, 100}},    {"incentive_alignment", {0, 100}},
            {"consensus", {0, 1}}, {"congruence", {-100, 100}}, {"change", {-10, 10}}, {"priority_agreement", {-1, 1}},
            {"item", {1, 5}},     {"incentive_conflicts", {0, 1000}}, {"profile_disagreement", {0, 1}}};
        const auto it = scales.find(c.metric);
        if (it != scales.end() && (c.threshold < it->second.first || c.threshold > it->second.second))
            m_r.fail(c.where, tx("the threshold {0} is outside the scale of {1} ({2} to {3})"),
                     {Reader::number(c.threshold), c.metric, Reader::number(it->second.first), Reader::number(it->second.second)});
    }

    void selectors(const Condition& c)
    {
        const auto& m = c.metric;
        if (m == "score") {
            requireDimension(c, true);
            requireParty(c, c.party, "party", {"overall"});
        } else if (m == "gap") {
            requireDimension(c, true);
            requireParty(c, c.a, "a", {"any"});
            requireParty(c, c.b, "b", {"any"});
            if ((c.a == "any") != (c.b == "any"))
                m_r.fail(c.where, tx("a and b are both \"any\" (the largest gap) or both a party"));
            else if (c.a == c.b && c.a != "any")
                m_r.fail(c.where, tx("a and b are the same party"));
        } else if (m == "consensus") {
            requireDimension(c, false);
            requireParty(c, c.party, "party", {"any_medical"});
        } else if (m == "congruence") {
            if (c.measure != "sd" && c.measure != "range" && c.measure != "hard_minus_soft")
                m_r.fail(Reader::join(c.where, "measure"), tx("must be sd, range or hard_minus_soft"));
        } else if (m == "change") {
            requireDimension(c, false);
            requireParty(c, c.party, "party", {});
        } else if (m == "item") {
            const Question* q = find(c.item, QuestionKind::Likert);
            if (!q)
                m_r.fail(Reader::join(c.where, "item"), tx("\"{0}\" is not a statement of the instrument"), {c.item});
            requireParty(c, c.party, "party", {"overall"});
            if (const auto role = roleFromCode(c.party); q && role && code(*role) == c.party && !askedInAny(c.item, *role))
                m_r.fail(Reader::join(c.where, "party"), tx("statement {0} is not put to {1}"), {c.item, c.party});
        } else if (m == "profile" || m == "profile_disagreement") {
            const Question* q = find(c.question, QuestionKind::Choice);
            if (!q)
                m_r.fail(Reader::join(c.where, "question"), tx("\"{0}\" is not a profile choice question"), {c.question});
            else
                for (const auto& option : c.in)
                    if (!find(c.question, QuestionKind::Choice, &option))
                        m_r.fail(Reader::join(c.where, "in"), tx("\"{0}\" is not an option of {1}"), {option, c.question});
            if (m == "profile" && c.party != "rvb" && c.party != "msb_board" && c.party != "any")
                m_r.fail(Reader::join(c.where, "party"), tx("must be rvb, msb_board or any"));
        } else if (m == "incentive_conflicts") {
            bool scenario = c.scenario == "any";
            for (const auto& s : builtinScenarios())
                scenario = scenario || s.id == c.scenario;
            if (!scenario)
                m_r.fail(Reader::join(c.where, "scenario"), tx("\"{0}\" is not a built-in scenario or any"), {c.scenario});
            if (c.actor != "vakgroep" && c.actor != "msb" && c.actor != "hospital" && c.actor != "any")
                m_r.fail(Reader::join(c.where, "actor"), tx("must be vakgroep, msb, hospital or any"));
            if (c.part != "all" && c.part != "share" && c.part != "pot" && c.part != "contract")
                m_r.fail(Reader::join(c.where, "part"), tx("must be share, pot, contract or all"));
        }
    }
};

Catalogue read(std::string_view text, const InstrumentVersions& versions, const std::string& source, bool overlay,
               std::vector<std::string>* disabled)
{
    Reader r;
    Catalogue out;
    readJson(text, r.problems, [&](const json& root) {
        r.onlyKnown(root, "", overlay ? std::initializer_list<const char*>{"schema_version", "entries", "disable"}
                                      : std::initializer_list<const char*>{"schema_version", "entries"});
        const json& version = Reader::member(root, "schema_version");
        if (!version.is_number_integer() || version != 1)
            r.fail("schema_version", tx("must be 1 (this program reads schema version 1)"));
        const json* entries = r.array(root, "entries", "", kMaxCatalogueEntries);
        CatalogueReader reader(r, versions);
        std::set<std::string> ids;
        for (std::size_t i = 0; entries && i < entries->size(); ++i) {
            auto rec = reader.entry((*entries)[i], "entries[" + std::to_string(i) + "]");
            if (!rec.id.empty() && !ids.insert(rec.id).second)
                r.fail(rec.id, tx("the id \"{0}\" is used twice"), {rec.id});
            out.push_back(std::move(rec));
        }
        if (!disabled)
            return;
        if (const json* disable = r.array(root, "disable", "", kMaxCatalogueEntries))
            for (const auto& id : *disable)
                disabled->push_back(id.is_string() ? id.get<std::string>() : id.dump());
    });
    if (!r.problems.empty())
        throw InvalidData(txn("The recommendations {0} are invalid: {1} problem", "The recommendations {0} are invalid: {1} problems"), source, std::move(r.problems));
    return out;
}

} // namespace

Catalogue parseCatalogue(std::string_view text, const InstrumentVersions& versions, const std::string& source)
{
    return read(text, versions, source, false, nullptr);
}

Catalogue applyOverlay(const Catalogue& base, std::string_view overlayJson, const InstrumentVersions& versions,
                       const std::string& source)
{
    std::vector<std::string> disabled;
    const auto extra = read(overlayJson, versions, source, true, &disabled);
    std::vector<DataProblem> problems;
    for (const auto& id : disabled)
        if (std::none_of(base.begin(), base.end(), [&](const Recommendation& r) { return r.id == id; }))
            addProblem(problems, {"disable", Message{tx("there is no recommendation \"{0}\" to switch off; 'samenspel recommend --all' lists the ids"), {id}}});
    if (!problems.empty())
        throw InvalidData(txn("The recommendations {0} are invalid: {1} problem", "The recommendations {0} are invalid: {1} problems"), source, std::move(problems));
    Catalogue out;
    for (const auto& rec : base) {
        if (std::find(disabled.begin(), disabled.end(), rec.id) != disabled.end())
            continue;
        const auto replaced = std::find_if(extra.begin(), extra.end(), [&](const Recommendation& r) { return r.id == rec.id; });
        out.push_back(replaced != extra.end() ? *replaced : rec);
    }
    for (const auto& rec : extra)
        if (std::none_of(base.begin(), base.end(), [&](const Recommendation& r) { return r.id == rec.id; }))
            out.push_back(rec);
    return out;
}

const Catalogue& builtinCatalogue()
{
    static const Catalogue catalogue =
        parseCatalogue(builtinCatalogueJson(), catalogueInstruments(), "recommendations/catalogue.json");
    return catalogue;
}

} // namespace core
