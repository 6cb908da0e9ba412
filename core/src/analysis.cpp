#include "core/analysis.hpp"

#include "core/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace core {

const PartyResult* DimensionResult::find(std::string_view party) const
{
    for (const auto& p : parties)
        if (p.party == party)
            return &p;
    return nullptr;
}

bool Analysis::shown(Role role) const
{
    return std::find(hiddenRoles.begin(), hiddenRoles.end(), role) == hiddenRoles.end() &&
           std::any_of(partySizes.begin(), partySizes.end(), [role](const auto& p) { return p.first == role; });
}

std::optional<double> keyedValue(const Question& item, const AnswerValue& value)
{
    const auto* x = std::get_if<int>(&value);
    if (item.kind != QuestionKind::Likert || !x || *x < 1 || *x > 5)
        return std::nullopt;
    return item.reverse ? 6.0 - *x : static_cast<double>(*x);
}

// Declared in analysis_summary.cpp: the parts computed from the per-party results.
void computeCongruence(Analysis& a);
void computeIndex(Analysis& a);

namespace {

using Members = std::vector<const ResponseSet::Entry*>;

Members membersOf(const ResponseSet& responses, const Party& party)
{
    Members out;
    for (const auto& r : responses.respondents())
        if (std::find(party.roles.begin(), party.roles.end(), r.role) != party.roles.end())
            out.push_back(&r);
    return out;
}

/// Rows: members; columns: the items put to the member's role (others stay empty).
AnswerMatrix matrix(const std::vector<const Question*>& items, const Members& members)
{
    AnswerMatrix m;
    for (const auto* r : members) {
        std::vector<std::optional<double>> row;
        for (const auto* q : items) {
            const auto it = r->answers.find(q->code);
            row.push_back(q->askedOf(r->role) && it != r->answers.end() ? keyedValue(*q, it->second) : std::nullopt);
        }
        m.push_back(std::move(row));
    }
    return m;
}

class Analyser {
public:
    Analyser(const Instrument& instrument, const ResponseSet& responses, Analysis& a)
        : m_instrument(instrument), m_responses(responses), m_a(a)
    {
    }

    void run()
    {
        parties();
        for (std::size_t i = 0; i < kElements.size(); ++i)
            m_a.elements[i] = dimension(Dimension{false, kElements[i], {}}, m_instrument.items(kElements[i]));
        for (std::size_t i = 0; i < kThemes.size(); ++i)
            m_a.themes[i] = dimension(Dimension{true, {}, kThemes[i]}, m_instrument.items(kThemes[i]));
        items();
        gaps();
        alpha();
        changeAgenda();
        computeCongruence(m_a);
        computeIndex(m_a);
    }

private:
    const Instrument& m_instrument;
    const ResponseSet& m_responses;
    Analysis& m_a;
    std::vector<Members> m_members; // per party in m_a.parties

    std::size_t k() const { return static_cast<std::size_t>(m_a.options.k); }

    void parties()
    {
        for (const auto role : kRoles) {
            const auto n = m_responses.count(role);
            if (n == 0)
                continue;
            m_a.partySizes.emplace_back(role, n);
            if (n < k()) {
                m_a.hiddenRoles.push_back(role);
                m_a.hiddenRespondents += n;
            } else {
                m_a.parties.push_back(Party{std::string(code(role)), {role}, false});
            }
        }
        Party hospital{std::string(kHospitalSide), {}, true};
        Party medical{std::string(kMedicalSide), {}, true};
        for (const auto& p : m_a.parties) {
            if (p.roles.front() == Role::Rvb)
                hospital.roles.push_back(Role::Rvb);
            if (isMedicalSide(p.roles.front()))
                medical.roles.push_back(p.roles.front());
        }
        for (auto* side : {&hospital, &medical})
            if (!side->roles.empty())
                m_a.parties.push_back(*side);
        for (const auto& p : m_a.parties)
            m_members.push_back(membersOf(m_responses, p));
    }

    DimensionResult dimension(Dimension d, const std::vector<const Question*>& items)
    {
        DimensionResult out{d, {}, std::nullopt};
        std::vector<double> roleMeans;
        for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
            std::vector<double> values;
            for (const auto* r : m_members[p])
                if (const auto v = respondentScore(items, *r))
                    values.push_back(*v);
            PartyResult result{m_a.parties[p].code, describe(values, m_a.options.k), std::nullopt};
            if (result.stat.shown) {
                result.rwg = rwgJ(matrix(items, m_members[p]));
                if (!m_a.parties[p].isSide)
                    roleMeans.push_back(result.stat.mean);
            }
            out.parties.push_back(std::move(result));
        }
        if (!roleMeans.empty())
            out.overall = mean(roleMeans);
        return out;
    }

    void items()
    {
        for (const auto* q : m_instrument.questionsOfKind(QuestionKind::Likert)) {
            ItemResult result{q->code, {}};
            for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
                std::vector<double> values;
                for (const auto& row : matrix({q}, m_members[p]))
                    if (row.front())
                        values.push_back(*row.front());
                if (values.size() >= k())
                    result.parties.push_back({m_a.parties[p].code, values.size(), mean(values), rwgSingle(values)});
            }
            m_a.items.push_back(std::move(result));
        }
    }

    void gaps()
    {
        const auto consider = [&](const DimensionResult& d, const PartyResult& a, const PartyResult& b) {
            if (!a.stat.shown || !b.stat.shown)
                return;
            Gap g{d.dimension, a.party, b.party, a.stat.mean, b.stat.mean, a.stat.n, b.stat.n,
                  std::abs(a.stat.mean - b.stat.mean), std::nullopt, false};
            g.d = standardisedDifference(a.stat.mean, a.stat.sd, a.stat.n, b.stat.mean, b.stat.sd, b.stat.n);
            g.flagged = g.gap >= m_a.options.gapThreshold;
            m_a.gaps.push_back(std::move(g));
        };
        const auto each = [&](const DimensionResult& d) {
            const auto& ps = d.parties;
            for (std::size_t i = 0; i < ps.size(); ++i)
                for (std::size_t j = i + 1; j < ps.size(); ++j)
                    if (!m_a.parties[i].isSide && !m_a.parties[j].isSide)
                        consider(d, ps[i], ps[j]);
            const auto* h = d.find(kHospitalSide);
            const auto* m = d.find(kMedicalSide);
            if (h && m)
                consider(d, *h, *m);
        };
        for (const auto& d : m_a.elements)
            each(d);
        for (const auto& d : m_a.themes)
            each(d);
        std::stable_sort(m_a.gaps.begin(), m_a.gaps.end(), [](const Gap& x, const Gap& y) { return x.gap > y.gap; });
    }

    void alpha()
    {
        Members shownRespondents;
        for (std::size_t p = 0; p < m_a.parties.size(); ++p)
            if (!m_a.parties[p].isSide)
                shownRespondents.insert(shownRespondents.end(), m_members[p].begin(), m_members[p].end());
        for (const auto e : kElements) {
            const auto items = m_instrument.items(e);
            const auto result = cronbachAlpha(matrix(items, shownRespondents));
            const bool weak = !result.alpha || *result.alpha < 0.6 || result.respondents < 10;
            m_a.alpha.push_back({e, items.size(), result.respondents, result.alpha, weak});
        }
    }

    void changeAgenda()
    {
        for (const auto e : kElements) {
            const Question* current = nullptr;
            const Question* desired = nullptr;
            for (const auto* q : m_instrument.questionsOfKind(QuestionKind::Rating))
                if (q->element == e)
                    (q->aspect == RatingAspect::Current ? current : desired) = q;
            if (!current || !desired)
                continue;
            for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
                std::vector<double> now;
                std::vector<double> wanted;
                for (const auto* r : m_members[p]) {
                    const auto c = r->answers.find(current->code);
                    const auto w = r->answers.find(desired->code);
                    if (c == r->answers.end() || w == r->answers.end())
                        continue;
                    const auto* cv = std::get_if<int>(&c->second);
                    const auto* wv = std::get_if<int>(&w->second);
                    if (cv && wv) {
                        now.push_back(*cv);
                        wanted.push_back(*wv);
                    }
                }
                if (now.size() < k())
                    continue;
                m_a.changeAgenda.cells.push_back(
                    {m_a.parties[p].code, e, now.size(), mean(now), mean(wanted), mean(wanted) - mean(now)});
            }
        }
        std::vector<double> hospital;
        std::vector<double> medical;
        for (const auto e : kElements)
            for (const auto& c : m_a.changeAgenda.cells)
                if (c.element == e && (c.party == kHospitalSide || c.party == kMedicalSide))
                    (c.party == kHospitalSide ? hospital : medical).push_back(c.change);
        if (hospital.size() == kElements.size() && medical.size() == kElements.size())
            m_a.changeAgenda.priorityAgreement = spearman(hospital, medical);
    }
};

} // namespace

Analysis analyse(const Instrument& instrument, const ResponseSet& responses, const AnalysisOptions& options)
{
    Analysis a;
    a.options = options;
    a.options.k = std::max(options.k, kMinAnonymityK);
    Analyser(instrument, responses, a).run();
    return a;
}

} // namespace core
