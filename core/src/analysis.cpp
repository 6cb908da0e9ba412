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
        summarise(m_a);
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

    /// The respondents behind a cell. A role's cell uses its own members; a side's cell only the
    /// members of its roles whose own cell is shown (`roleShown` by party index).
    Members cellMembers(std::size_t p, const std::vector<bool>& roleShown, std::vector<Role>& roles) const
    {
        if (!m_a.parties[p].isSide)
            return m_members[p];
        Members out;
        for (std::size_t r = 0; r < m_a.parties.size(); ++r) {
            const auto& party = m_a.parties[r];
            if (party.isSide || !roleShown[r])
                continue;
            const auto& sideRoles = m_a.parties[p].roles;
            if (std::find(sideRoles.begin(), sideRoles.end(), party.roles.front()) == sideRoles.end())
                continue;
            roles.push_back(party.roles.front());
            out.insert(out.end(), m_members[r].begin(), m_members[r].end());
        }
        return out;
    }

    DimensionResult dimension(Dimension d, const std::vector<const Question*>& items)
    {
        DimensionResult out{d, {}, std::nullopt};
        std::vector<double> roleMeans;
        std::vector<bool> roleShown(m_a.parties.size(), false);
        for (std::size_t p = 0; p < m_a.parties.size(); ++p) { // roles come before sides
            PartyResult result{m_a.parties[p].code, {}, std::nullopt, m_a.parties[p].isSide, {}};
            const Members members = cellMembers(p, roleShown, result.roles);
            std::vector<double> values;
            for (const auto* r : members)
                if (const auto v = respondentScore(items, *r))
                    values.push_back(*v);
            result.stat = describe(values, m_a.options.k);
            if (result.stat.shown) {
                result.rwg = rwgJ(matrix(items, members));
                if (!result.isSide)
                    roleMeans.push_back(result.stat.mean);
            }
            if (!result.isSide)
                roleShown[p] = result.stat.shown;
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
            std::vector<bool> roleShown(m_a.parties.size(), false);
            for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
                std::vector<Role> roles;
                std::vector<double> values;
                for (const auto& row : matrix({q}, cellMembers(p, roleShown, roles)))
                    if (row.front())
                        values.push_back(*row.front());
                const bool shown = values.size() >= k();
                if (!m_a.parties[p].isSide)
                    roleShown[p] = shown;
                if (shown)
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
                    if (!ps[i].isSide && !ps[j].isSide)
                        consider(d, ps[i], ps[j]);
            const auto* h = d.find(kHospitalSide);
            const auto* m = d.find(kMedicalSide);
            // When each side is one role, the pair is already there as a pair of roles.
            if (h && m && (h->roles.size() > 1 || m->roles.size() > 1))
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
            std::vector<bool> roleShown(m_a.parties.size(), false);
            for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
                std::vector<Role> roles;
                // Whole numbers summed exactly, so that equal changes are equal doubles (ties in
                // the rank correlation).
                long long now = 0;
                long long wanted = 0;
                std::size_t n = 0;
                for (const auto* r : cellMembers(p, roleShown, roles)) {
                    const auto c = r->answers.find(current->code);
                    const auto w = r->answers.find(desired->code);
                    if (c == r->answers.end() || w == r->answers.end())
                        continue;
                    const auto* cv = std::get_if<int>(&c->second);
                    const auto* wv = std::get_if<int>(&w->second);
                    if (!cv || !wv || *cv < current->min || *cv > current->max || *wv < desired->min || *wv > desired->max)
                        continue;
                    now += *cv;
                    wanted += *wv;
                    ++n;
                }
                const bool shown = n >= k();
                if (!m_a.parties[p].isSide)
                    roleShown[p] = shown;
                if (!shown)
                    continue;
                const double count = static_cast<double>(n);
                m_a.changeAgenda.cells.push_back({m_a.parties[p].code, e, n, static_cast<double>(now) / count,
                                                  static_cast<double>(wanted) / count,
                                                  static_cast<double>(wanted - now) / count, roles});
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

std::string partyName(const Instrument& instrument, std::string_view party, Language lang)
{
    if (party == kHospitalSide)
        return std::string(tr(lang, tx("Hospital side")));
    if (party == kMedicalSide)
        return std::string(tr(lang, tx("Medical side")));
    const auto role = roleFromCode(party);
    return role ? instrument.shortName(*role).in(lang) : std::string(party);
}

Analysis analyse(const Instrument& instrument, const ResponseSet& responses, const AnalysisOptions& options)
{
    Analysis a;
    a.options = options;
    a.options.k = std::max(options.k, kMinAnonymityK);
    if (!(a.options.gapThreshold >= 0.0 && a.options.gapThreshold <= 100.0))
        a.options.gapThreshold = AnalysisOptions{}.gapThreshold;
    Analyser(instrument, responses, a).run();
    return a;
}

} // namespace core
