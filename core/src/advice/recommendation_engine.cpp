// Evaluating the recommendations' rules on a round's figures.
#include "core/advice/recommendations.hpp"
#include "core/text/domain_names.hpp"

#include "core/analysis/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace core {

std::vector<Message> Advice::rationale(bool outsideHospital) const
{
    std::vector<Message> out;
    for (const auto& t : tests) {
        const Message& figure = outsideHospital && t.shareable ? *t.shareable : t.figure;
        // Two thresholds on the same figure give the same reason once.
        const bool seen = std::any_of(out.begin(), out.end(), [&](const Message& m) {
            return m.key.english == figure.key.english && m.args == figure.args;
        });
        if (t.decisive && !seen)
            out.push_back(figure);
    }
    return out;
}

std::vector<ActionProgress> actionProgress(const Action& action, const Analysis& previous, const Analysis& current)
{
    const auto dimension = [](const Analysis& a, const std::string& target) -> const DimensionResult* {
        if (const auto e = elementFromCode(target))
            return &a.of(*e);
        if (const auto t = themeFromCode(target))
            return &a.of(*t);
        return nullptr;
    };
    std::vector<ActionProgress> out;
    for (const auto& target : action.targets) {
        const auto* before = dimension(previous, target);
        const auto* after = dimension(current, target);
        if (!before || !after)
            continue;
        ActionProgress p{target, std::nullopt, std::nullopt, false};
        std::vector<double> then;
        std::vector<double> now;
        for (const auto& b : before->parties) {
            if (b.isSide || !b.stat.shown)
                continue;
            const auto* a = after->find(b.party);
            if (a && a->stat.shown) {
                then.push_back(b.stat.mean);
                now.push_back(a->stat.mean);
            } else {
                p.partiesChanged = true;
            }
        }
        for (const auto& a : after->parties)
            if (!a.isSide && a.stat.shown && !(before->find(a.party) && before->find(a.party)->stat.shown))
                p.partiesChanged = true;
        if (!then.empty()) {
            p.then = mean(then);
            p.now = mean(now);
        }
        out.push_back(p);
    }
    return out;
}

RoundFacts roundFacts(const Analysis& analysis, const ResponseSet& responses, const Instrument& instrument,
                      const std::optional<IncentiveInputs>& incentives)
{
    RoundFacts facts;
    facts.analysis = &analysis;
    for (const auto* q : instrument.questionsOfKind(QuestionKind::Choice))
        for (const auto role : {Role::Rvb, Role::MsbBoard}) {
            if (!analysis.shown(role))
                continue; // a hidden party's answers are not used at all
            std::map<std::string, int> counts;
            int answered = 0;
            for (const auto& r : responses.respondents())
                if (r.role == role)
                    if (const auto it = r.answers.find(q->code); it != r.answers.end())
                        if (const auto* s = std::get_if<std::string>(&it->second)) {
                            ++counts[*s];
                            ++answered;
                        }
            // One person's answer is never shown as the party's, and a split party has no answer.
            if (answered < analysis.options.k)
                continue;
            for (const auto& o : q->options)
                if (2 * counts[o.code] > answered) {
                    facts.profile[q->code][std::string(code(role))] = o.code;
                    if (counts[o.code] < answered)
                        facts.divided[q->code].insert(std::string(code(role)));
                }
        }
    for (const auto* q : instrument.questionsOfKind(QuestionKind::Number))
        for (const auto role : {Role::Rvb, Role::MsbBoard}) {
            if (!analysis.shown(role))
                continue;
            std::vector<int> values;
            for (const auto& r : responses.respondents())
                if (r.role == role)
                    if (const auto it = r.answers.find(q->code); it != r.answers.end())
                        if (const auto* n = std::get_if<int>(&it->second))
                            values.push_back(*n);
            if (values.empty() || static_cast<int>(values.size()) < analysis.options.k)
                continue;
            std::sort(values.begin(), values.end());
            const std::size_t mid = values.size() / 2;
            facts.profileNumbers[q->code][std::string(code(role))] =
                values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
        }
    if (incentives) {
        std::vector<std::string> modules;
        for (const auto& m : instrument.modules())
            modules.push_back(m.id);
        const auto scenarios = scenariosFor(*incentives, modules);
        for (const auto& s : scenarios) {
            facts.incentiveOutcomes.push_back(compare(*incentives, incentives->model, s));
            facts.scenarioNames[s.id] = s.name;
        }
        facts.incentiveAlignment = incentiveAlignment(*incentives, scenarios).value;
    }
    return facts;
}

namespace {

/// A value of a round and the words that show it.
struct Figure {
    bool available = false;
    double value = 0;
    std::size_t n = 0;
    Message text{tx("not available"), {}};
    /// The same without what lies below party level (set when `text` names vakgroepen).
    std::optional<Message> shareable = {};
};

class Evaluator {
public:
    /// A choice's answer as the instrument names it.
    std::string optionLabel(const std::string& question, const std::string& option) const
    {
        const auto* o = m_in.option(question, option);
        return o ? o->label.in(m_lang) : option;
    }

    Evaluator(const RoundFacts& facts, const Instrument& instrument, Language lang)
        : m_f(facts), m_a(*facts.analysis), m_in(instrument), m_lang(lang)
    {
    }

    /// Whether the round's version of the instrument asks the question a test reads. A catalogue
    /// serves every version, so it names the codes of each; a test on a question this round was
    /// never asked is left out altogether, neither a reason nor "not available".
    bool asks(const Condition& c) const
    {
        if (c.metric == "item")
            return m_in.find(c.item) != nullptr;
        if (c.metric == "profile" || c.metric == "profile_disagreement")
            return m_in.find(c.question) != nullptr;
        return true;
    }

    Figure figure(const Condition& c) const
    {
        const auto& m = c.metric;
        if (m == "score")
            return score(c);
        if (m == "gap")
            return gap(c);
        if (m == "consensus")
            return consensus(c);
        if (m == "congruence")
            return congruence(c);
        if (m == "change")
            return change(c);
        if (m == "priority_agreement")
            return single(m_a.changeAgenda.priorityAgreement, tx("the two sides' change agendas correlate {0}"), 2);
        if (m == "item")
            return item(c);
        if (m == "profile")
            return profile(c);
        if (m == "profile_disagreement")
            return disagreement(c);
        if (m == "incentive_conflicts")
            return conflicts(c);
        if (m == "incentive_alignment")
            return single(m_f.incentiveAlignment, tx("incentive alignment of the distribution model: {0}"), 0);
        return single(m_a.index.value, tx("gelijkgerichtheidsindex: {0}"), 0);
    }

private:
    const RoundFacts& m_f;
    const Analysis& m_a;
    const Instrument& m_in;
    Language m_lang;

    std::string number(double v, int decimals) const { return formatNumber(v, decimals, m_lang); }
    std::string party(const std::string& p) const { return partyName(m_in, p, m_lang); }

    const DimensionResult& dimension(const Condition& c) const { return c.theme ? m_a.of(*c.theme) : m_a.of(*c.element); }
    std::string dimensionName(const Condition& c) const
    {
        return c.theme ? m_in.name(*c.theme).in(m_lang) : m_in.name(*c.element).in(m_lang);
    }

    Figure single(const std::optional<double>& v, TextKey text, int decimals) const
    {
        if (!v)
            return {};
        return Figure{true, *v, 0, Message{text, {number(*v, decimals)}}};
    }

    Figure score(const Condition& c) const
    {
        const auto& d = dimension(c);
        if (c.party == "overall") {
            if (!d.overall)
                return {};
            std::size_t n = 0;
            for (const auto& p : d.parties)
                if (!p.isSide && p.stat.shown)
                    n = n == 0 ? p.stat.n : std::min(n, p.stat.n);
            return Figure{true, *d.overall, n,
                          Message{tx("{0}, overall (parties weigh equally): {1}"), {dimensionName(c), number(*d.overall, 0)}}};
        }
        const auto* p = d.find(c.party);
        if (!p || !p->stat.shown)
            return {};
        return Figure{true, p->stat.mean, p->stat.n,
                      Message{tx("{0}, {1}: {2} (n = {3})"),
                              {dimensionName(c), party(c.party), number(p->stat.mean, 0), std::to_string(p->stat.n)}}};
    }

    Figure gapFigure(const Condition& c, const std::string& a, double meanA, std::size_t nA, const std::string& b,
                     double meanB, std::size_t nB) const
    {
        return Figure{true, std::abs(meanA - meanB), std::min(nA, nB),
                      Message{tx("{0}: {1} {2} vs {3} {4}: gap {5} points (n = {6} / {7})"),
                              {dimensionName(c), party(a), number(meanA, 0), party(b), number(meanB, 0),
                               number(std::abs(meanA - meanB), 0), std::to_string(nA), std::to_string(nB)}}};
    }

    Figure gap(const Condition& c) const
    {
        const auto& d = dimension(c);
        if (c.a == "any" || c.b == "any") {
            for (const auto& g : m_a.gaps) // largest first
                if (g.dimension.isTheme == d.dimension.isTheme && g.dimension.code() == d.dimension.code())
                    return gapFigure(c, g.a, g.meanA, g.nA, g.b, g.meanB, g.nB);
            return {};
        }
        const auto* a = d.find(c.a);
        const auto* b = d.find(c.b);
        if (!a || !b || !a->stat.shown || !b->stat.shown)
            return {};
        return gapFigure(c, c.a, a->stat.mean, a->stat.n, c.b, b->stat.mean, b->stat.n);
    }

    Figure consensus(const Condition& c) const
    {
        const auto& d = dimension(c);
        const PartyResult* chosen = nullptr;
        for (const auto& p : d.parties) {
            const auto role = roleFromCode(p.party);
            const bool wanted = c.party == "any_medical" ? role && isMedicalSide(*role) && !p.isSide : p.party == c.party;
            if (wanted && p.stat.shown && p.rwg && (!chosen || *p.rwg < *chosen->rwg))
                chosen = &p;
        }
        if (!chosen)
            return {};
        return Figure{true, *chosen->rwg, chosen->stat.n,
                      Message{tx("{0}, agreement within {1}: r_wg {2} (n = {3})"),
                              {dimensionName(c), party(chosen->party), number(*chosen->rwg, 2), std::to_string(chosen->stat.n)}}};
    }

    Figure congruence(const Condition& c) const
    {
        const auto& g = m_a.congruence;
        const auto v = c.measure == "sd" ? g.sd : c.measure == "range" ? g.range : g.hardMinusSoft;
        if (!v)
            return {};
        const TextKey text = c.measure == "sd"      ? tx("spread of the seven element scores: sd {0} points")
                             : c.measure == "range" ? tx("the seven element scores lie {0} points apart")
                                                    : tx("hard elements minus soft elements: {0} points");
        return Figure{true, *v, 0, Message{text, {number(*v, 0)}}};
    }

    Figure change(const Condition& c) const
    {
        for (const auto& cell : m_a.changeAgenda.cells)
            if (cell.party == c.party && cell.element == *c.element)
                return Figure{true, cell.change, cell.n,
                              Message{tx("{0}, {1}: now {2}, desired {3}: {4} points to go (n = {5})"),
                                      {dimensionName(c), party(c.party), number(cell.current, 1), number(cell.desired, 1),
                                       number(cell.change, 1), std::to_string(cell.n)}}};
        return {};
    }

    Figure item(const Condition& c) const
    {
        const auto it = std::find_if(m_a.items.begin(), m_a.items.end(), [&](const ItemResult& r) { return r.item == c.item; });
        if (it == m_a.items.end())
            return {};
        double value = 0;
        std::size_t n = 0;
        std::size_t respondents = 0;
        std::size_t parties = 0;
        if (c.party == "overall") {
            std::vector<double> means;
            for (const auto& cell : it->parties)
                if (cell.party != kHospitalSide && cell.party != kMedicalSide) {
                    means.push_back(cell.mean);
                    n = n == 0 ? cell.n : std::min(n, cell.n);
                    respondents += cell.n;
                    ++parties;
                }
            if (means.empty())
                return {};
            value = mean(means);
        } else {
            const auto cell = std::find_if(it->parties.begin(), it->parties.end(),
                                           [&](const ItemResult::Cell& x) { return x.party == c.party; });
            if (cell == it->parties.end())
                return {};
            value = cell->mean;
            n = cell->n;
        }
        std::string statement = m_in.find(c.item)->text.in(m_lang);
        if (statement.size() > 90)
            statement = statement.substr(0, statement.rfind(' ', 87)) + "...";
        // Overall, the parties weigh equally: say how many, and how many people answered in all
        // (the smallest party's n would read as the number of people).
        if (c.party == "overall")
            return Figure{true, value, n,
                          Message{tx("\"{0}\", overall (parties weigh equally): {1} on a scale of 1-5 where 5 is the most "
                                     "aligned answer ({2} parties, {3} respondents)"),
                                  {statement, number(value, 1), std::to_string(parties), std::to_string(respondents)}}};
        return Figure{true, value, n,
                      Message{tx("\"{0}\", {1}: {2} on a scale of 1-5 where 5 is the most aligned answer (n = {3})"),
                              {statement, party(c.party), number(value, 1), std::to_string(n)}}};
    }

    bool divided(const std::string& question, const std::string& who) const
    {
        const auto it = m_f.divided.find(question);
        return it != m_f.divided.end() && it->second.contains(who);
    }

    Figure profile(const Condition& c) const
    {
        const auto q = m_f.profile.find(c.question);
        if (q == m_f.profile.end())
            return {};
        for (const char* who : {"rvb", "msb_board"}) {
            if (c.party != "any" && c.party != who)
                continue;
            const auto answer = q->second.find(who);
            if (answer == q->second.end())
                continue;
            const bool in = std::find(c.in.begin(), c.in.end(), answer->second) != c.in.end();
            if (in || c.party != "any")
                return Figure{true, in ? 1.0 : 0.0, 0,
                              Message{divided(c.question, who) ? tx("{0}: {1} answers \"{2}\" by majority, not unanimously")
                                                               : tx("{0}: {1} answers \"{2}\""),
                                      {m_in.find(c.question)->text.in(m_lang), party(who), optionLabel(c.question, answer->second)}}};
        }
        // A test on one party says nothing when that party has no (majority) answer.
        if (q->second.empty() || c.party != "any")
            return {};
        std::string answers;
        for (const auto& [who, answer] : q->second)
            answers += (answers.empty() ? "" : "; ") +
                       tr(m_lang, divided(c.question, who) ? tx("{0}: \"{1}\" by majority") : tx("{0}: \"{1}\""),
                          {party(who), optionLabel(c.question, answer)});
        return Figure{true, 0.0, 0, Message{tx("{0}: {1}"), {m_in.find(c.question)->text.in(m_lang), answers}}};
    }

    Figure disagreement(const Condition& c) const
    {
        const auto q = m_f.profile.find(c.question);
        if (q == m_f.profile.end() || !q->second.contains("rvb") || !q->second.contains("msb_board"))
            return {};
        const auto& rvb = q->second.at("rvb");
        const auto& msb = q->second.at("msb_board");
        return Figure{true, rvb == msb ? 0.0 : 1.0, 0,
                      Message{tx("{0}: the RvB answers \"{1}\", the MSB board \"{2}\""),
                              {m_in.find(c.question)->text.in(m_lang), optionLabel(c.question, rvb), optionLabel(c.question, msb)}}};
    }

    Figure conflicts(const Condition& c) const
    {
        if (m_f.incentiveOutcomes.empty())
            return {};
        // The part of each result that counts: the distribution model's own effect, the pot's, the
        // contracts' (the pot and the actor's own business), or the whole.
        const auto part = [&](const ActorOutcome& a) {
            return c.part == "share"      ? std::pair{a.shareStance, a.shareEffect}
                   : c.part == "pot"      ? std::pair{a.potStance, a.potEffect}
                   : c.part == "contract" ? std::pair{a.contractStance, a.potEffect + a.ownEffect}
                                          : std::pair{a.stance, a.difference};
        };
        std::size_t count = 0;
        std::string list;
        for (const auto& o : m_f.incentiveOutcomes) {
            if (c.scenario != "any" && o.scenario != c.scenario)
                continue;
            for (const auto& a : o.actors) {
                const bool actor = c.actor == "any" || (c.actor == "vakgroep" && a.kind == ActorKind::Vakgroep) ||
                                   (c.actor == "msb" && a.kind == ActorKind::Msb) ||
                                   (c.actor == "hospital" && a.kind == ActorKind::Hospital);
                if (actor && a.counted && part(a).first == Stance::Conflict) {
                    ++count;
                    const auto name = m_f.scenarioNames.find(o.scenario);
                    list += (list.empty() ? "" : "; ") + (name != m_f.scenarioNames.end() ? name->second.in(m_lang) : o.scenario) +
                            ": " + actorName(a, m_lang) + " " + amount(c.part, part(a).second, a.difference);
                }
            }
        }
        const std::string detail = list.empty() ? std::string() : " (" + list + ")";
        const std::string n = std::to_string(count);
        // Whose results: two tests of one rule on different actors give two lines that differ.
        const std::string whose = c.actor == "vakgroep" ? std::string(tr(m_lang, tx(" for vakgroepen")))
                                  : c.actor == "msb"    ? std::string(tr(m_lang, tx(" for the MSB")))
                                  : c.actor == "hospital" ? std::string(tr(m_lang, tx(" for the hospital")))
                                                          : std::string();
        // The list names vakgroepen and their money: outside the hospital only the count is given.
        const auto figure = [&](PluralKey key) {
            Figure f{true, static_cast<double>(count), 0, counted(key, count, {n, whose, detail})};
            if (!detail.empty())
                f.shareable = counted(key, count, {n, whose, std::string()});
            return f;
        };
        if (c.part == "share")
            return figure(txn("{0} result against the theme{1}, caused by the distribution model itself{2}",
                              "{0} results against the theme{1}, caused by the distribution model itself{2}"));
        if (c.part == "pot")
            return figure(txn("{0} result against the theme{1}, caused by the size of the MSB's pot{2}",
                              "{0} results against the theme{1}, caused by the size of the MSB's pot{2}"));
        if (c.part == "contract")
            return figure(txn("{0} result against the theme{1}, caused by the way the hospital and the MSB are paid{2}",
                              "{0} results against the theme{1}, caused by the way the hospital and the MSB are paid{2}"));
        return figure(txn("{0} conflict with the theme{1} under the current distribution model{2}",
                          "{0} conflicts with the theme{1} under the current distribution model{2}"));
    }

    /// A simulated difference per year, as the actor's measure has it (per specialist for a vakgroep):
    /// for one part of the result (the line says which), that part and the whole, so that it
    /// matches the scenario table.
    std::string amount(const std::string& part, double value, double whole) const
    {
        const auto money = [&](double v) { return formatMoney(v, m_lang, true); };
        if (part == "share" || part == "pot" || part == "contract")
            return "(" + tr(m_lang, tx("{0} a year from (a) to (b) because of this, {1} in total"), {money(value), money(whole)}) + ")";
        return "(" + tr(m_lang, tx("{0} a year from (a) to (b)"), {money(value)}) + ")";
    }
};

double scaleOf(const std::string& metric)
{
    if (metric == "consensus")
        return 0.3;
    if (metric == "change")
        return 3.0;
    if (metric == "item" || metric == "priority_agreement" || metric == "profile" || metric == "profile_disagreement")
        return 1.0;
    if (metric == "incentive_conflicts")
        return 3.0;
    return 20.0; // points on a 0-100 scale
}

Message ruleText(const Condition& c, const Evaluator& e, Language lang)
{
    const std::string t = formatNumber(c.threshold, c.threshold == std::floor(c.threshold) ? 0 : 2, lang);
    switch (c.compare) {
    case Condition::Compare::Below: return Message{tx("below {0}"), {t}};
    case Condition::Compare::Above: return Message{tx("above {0}"), {t}};
    case Condition::Compare::AtLeast: return Message{tx("at least {0}"), {t}};
    case Condition::Compare::AtMost: return Message{tx("at most {0}"), {t}};
    case Condition::Compare::In: {
        std::string list;
        for (const auto& o : c.in)
            list += (list.empty() ? "" : ", ") + ("\"" + e.optionLabel(c.question, o) + "\"");
        return Message{tx("one of {0}"), {list}};
    }
    }
    return Message{tx("not available"), {}};
}

/// Marks the met tests in [from, to) as decisive: they belong to a branch that made the rule hold.
void markDecisive(std::vector<TestResult>& tests, std::size_t from, std::size_t to, bool decisive)
{
    for (std::size_t i = from; i < to; ++i)
        tests[i].decisive = decisive && tests[i].met && tests[i].decisive;
}

/// How much weight a figure from n respondents carries: sqrt(min(1, n / 10)); 1 for no count.
double confidenceOf(std::size_t n) { return n == 0 ? 1.0 : std::sqrt(std::min(1.0, static_cast<double>(n) / 10.0)); }

/// What a condition came to: whether it holds, how far past its thresholds, and how much weight
/// the figures that make it hold carry.
struct Outcome {
    bool met = false;
    double severity = 0.0;
    double confidence = 1.0;
};

/// Evaluates a condition tree, appending every test. Tests are first marked decisive when met; a
/// failed branch clears its own. `all` is as strong as its weakest part; `any` as its strongest
/// met alternative (severity x confidence), so that a further alternative that also holds, on a
/// smaller group, never lowers the rank.
Outcome evaluate(const Condition& c, const Evaluator& e, Language lang, std::vector<TestResult>& tests)
{
    if (c.kind != Condition::Kind::Test) {
        const bool all = c.kind == Condition::Kind::All;
        Outcome out{all, all ? 1.0 : 0.0, all ? 1.0 : 0.0};
        const std::size_t first = tests.size();
        for (const auto& part : c.parts) {
            const std::size_t start = tests.size();
            const Outcome o = evaluate(part, e, lang, tests);
            if (all) {
                out.met = out.met && o.met;
                out.severity = std::min(out.severity, o.met ? o.severity : 0.0);
                out.confidence = std::min(out.confidence, o.confidence);
            } else {
                markDecisive(tests, start, tests.size(), o.met); // a failed alternative gives no reason
                if (o.met && (!out.met || o.severity * o.confidence > out.severity * out.confidence))
                    out = o;
            }
        }
        markDecisive(tests, first, tests.size(), out.met);
        return out.met ? out : Outcome{};
    }
    if (!e.asks(c))
        return {};
    const Figure f = e.figure(c);
    TestResult t{c.where, f.available, false, false, 0.0, f.n, f.text, ruleText(c, e, lang), f.shareable};
    if (f.available) {
        double distance = 0;
        switch (c.compare) {
        case Condition::Compare::Below: t.met = f.value < c.threshold; distance = c.threshold - f.value; break;
        case Condition::Compare::Above: t.met = f.value > c.threshold; distance = f.value - c.threshold; break;
        case Condition::Compare::AtLeast: t.met = f.value >= c.threshold; distance = f.value - c.threshold; break;
        case Condition::Compare::AtMost: t.met = f.value <= c.threshold; distance = c.threshold - f.value; break;
        case Condition::Compare::In: t.met = f.value > 0.5; distance = 1.0; break;
        }
        if (c.metric == "profile_disagreement")
            distance = t.met ? 1.0 : 0.0;
        if (t.met)
            t.severity = std::clamp(distance / scaleOf(c.metric), 0.05, 1.0);
        t.decisive = t.met;
    }
    tests.push_back(t);
    return {t.met, t.severity, confidenceOf(t.n)};
}

} // namespace

std::vector<Advice> advise(const Catalogue& catalogue, const RoundFacts& facts, const Instrument& instrument, Language lang)
{
    const Evaluator evaluator(facts, instrument, lang);
    std::vector<Advice> out;
    for (const auto& rec : catalogue) {
        Advice a;
        a.recommendation = &rec;
        a.confidence = 1.0;
        if (rec.trigger) {
            const Outcome o = evaluate(*rec.trigger, evaluator, lang, a.tests);
            a.triggered = o.met;
            a.severity = o.severity;
            a.confidence = o.met ? o.confidence : 1.0;
        }
        a.rank = a.triggered ? a.severity * rec.weight * a.confidence : 0.0;
        out.push_back(std::move(a));
    }
    std::stable_sort(out.begin(), out.end(), [](const Advice& x, const Advice& y) {
        if (x.triggered != y.triggered)
            return x.triggered;
        if (x.rank != y.rank)
            return x.rank > y.rank;
        return x.recommendation->headline && !y.recommendation->headline;
    });
    return out;
}

Action actionFrom(const Recommendation& recommendation, Id round, Language lang)
{
    Action a;
    a.assessmentId = round;
    a.recommendationId = recommendation.id;
    a.title = recommendation.title.in(lang);
    switch (recommendation.audience) {
    case Audience::Rvb: a.owner = "rvb"; break;
    case Audience::Msb: a.owner = "msb"; break;
    case Audience::Both: a.owner = "both"; break;
    default: a.owner = "other"; break; // the insurer or the ministry
    }
    for (const auto e : recommendation.elements)
        a.targets.emplace_back(code(e));
    for (const auto t : recommendation.themes)
        a.targets.emplace_back(code(t));
    return a;
}

std::vector<const Advice*> applying(const std::vector<Advice>& advice, std::size_t top)
{
    std::vector<const Advice*> out;
    for (const auto& a : advice)
        if (a.triggered && out.size() < top)
            out.push_back(&a);
    return out;
}

} // namespace core
