#include "core/analysis/analysis.hpp"

#include "analysis/analysis_cells.hpp"
#include "core/analysis/statistics.hpp"

#include <algorithm>
#include <array>
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
    return std::any_of(partySizes.begin(), partySizes.end(), [role](const auto& p) { return p.first == role; });
}

std::size_t Analysis::shownRespondents() const
{
    std::size_t n = 0;
    for (const auto& [role, size] : partySizes)
        n += size;
    return n;
}

namespace {

/// The shares of the answers that disagree (1-2), are neutral (3) and agree (4-5); nullopt
/// without answers.
std::optional<AnswerSpread> answerSpread(const AnswerMatrix& answers)
{
    AnswerSpread out;
    for (const auto& row : answers)
        for (const auto& v : row)
            if (v) {
                ++out.answers;
                (*v < 2.5 ? out.disagree : *v < 3.5 ? out.neutral : out.agree) += 1.0;
            }
    if (out.answers == 0)
        return std::nullopt;
    out.agreeing = static_cast<std::size_t>(out.agree);
    const auto n = static_cast<double>(out.answers);
    out.disagree /= n;
    out.neutral /= n;
    out.agree /= n;
    return out;
}

using detail::Members;
using detail::StatementCell;

/// Whether the respondent gave at least one answer that counts: a Likert statement or a rating.
bool answeredAnything(const Instrument& instrument, const ResponseSet::Entry& r)
{
    for (const auto& [item, value] : r.answers) {
        const Question* q = instrument.find(item);
        if (!q || !q->askedOf(r.role))
            continue;
        if (keyedValue(*q, value))
            return true;
        const auto* x = std::get_if<int>(&value);
        if (q->kind == QuestionKind::Rating && x && *x >= q->min && *x <= q->max)
            return true;
    }
    return false;
}

class Analyser {
public:
    Analyser(const Instrument& instrument, const ResponseSet& responses, Analysis& a)
        : m_instrument(instrument), m_responses(responses), m_a(a),
          m_cells(instrument, a.options.k, a.options.detailN)
    {
    }

    void run()
    {
        parties();
        for (std::size_t i = 0; i < kElements.size(); ++i)
            m_a.elements[i] = dimension(Dimension{false, kElements[i], {}}, m_instrument.items(kElements[i]));
        for (std::size_t i = 0; i < kThemes.size(); ++i)
            m_a.themes[i] = dimension(Dimension{true, {}, kThemes[i]}, m_instrument.items(kThemes[i]));
        for (const auto& m : m_instrument.modules())
            if (const auto statements = m_instrument.moduleItems(m.id); !statements.empty())
                m_a.modules.push_back({m.id, dimension(Dimension{}, statements)});
        items();
        gaps();
        alpha();
        m_a.changeAgenda = detail::changeAgenda(m_instrument, m_a.parties, m_members, m_a.options);
        summarise(m_a);
    }

private:
    const Instrument& m_instrument;
    const ResponseSet& m_responses;
    Analysis& m_a;
    detail::StatementCells m_cells;
    std::vector<Members> m_members; // per party in m_a.parties; for a side, of all its roles

    std::size_t k() const { return static_cast<std::size_t>(m_a.options.k); }

    void parties()
    {
        for (const auto role : kRoles) {
            Members members;
            for (const auto& r : m_responses.respondents())
                if (r.role == role && answeredAnything(m_instrument, r))
                    members.push_back(&r);
            if (members.size() < k())
                continue;
            // A role none of whose cells is shown is no party: it is neither named nor counted.
            m_cells.addRole(role, members);
            if (!m_cells.anyShown(role) && !detail::anyRatingPairShown(m_instrument, role, members, m_a.options.k))
                continue;
            m_a.partySizes.emplace_back(role, members.size());
            m_a.parties.push_back(Party{std::string(code(role)), {role}, false});
            m_members.push_back(std::move(members));
        }
        Party hospital{std::string(kHospitalSide), {}, true};
        Party medical{std::string(kMedicalSide), {}, true};
        Members hospitalMembers;
        Members medicalMembers;
        for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
            const Role role = m_a.parties[p].roles.front();
            auto* side = role == Role::Rvb ? &hospital : isMedicalSide(role) ? &medical : nullptr;
            if (!side)
                continue;
            side->roles.push_back(role);
            auto& members = side == &hospital ? hospitalMembers : medicalMembers;
            members.insert(members.end(), m_members[p].begin(), m_members[p].end());
        }
        if (!hospital.roles.empty()) {
            m_a.parties.push_back(hospital);
            m_members.push_back(std::move(hospitalMembers));
        }
        if (!medical.roles.empty()) {
            m_a.parties.push_back(medical);
            m_members.push_back(std::move(medicalMembers));
        }
    }

    /// The mean of the role's published statement means on 0-100: every element and theme mean is
    /// worked out from the statement cells, so it tells nothing they do not.
    double statementMean(Role role, const std::vector<const Question*>& columns) const
    {
        std::vector<double> means;
        for (const auto* q : columns)
            means.push_back((m_cells.at(role, *q).mean - 1.0) / 4.0 * 100.0);
        return mean(means);
    }

    /// The scores (0-100) of party p's respondents who answered one of `columns`.
    std::vector<double> scores(std::size_t p, const std::vector<const Question*>& columns) const
    {
        std::vector<double> values;
        for (const auto* r : m_members[p])
            if (const auto v = respondentScore(columns, *r))
                values.push_back(*v);
        return values;
    }

    /// r_wg(J) and the figures beside it, from one cell's answers.
    static void agreement(PartyResult& out, const AnswerMatrix& answers)
    {
        out.rwg = rwgJ(answers);
        out.rwgSkewed = rwgJ(answers, kSlightSkewNullVariance);
        out.awg = awgJ(answers);
        out.spread = answerSpread(answers);
    }

    /// A role's cell. At full precision when its full-precision statements (kDetailN answers or more)
    /// give a score to kDetailN respondents or more: its statements with fewer answers, shown rounded
    /// on their own, then enter nothing here. Otherwise coarse: the mean of its rounded statement
    /// means on 0-100, so it says nothing the statement cells do not, and no spread.
    PartyResult roleCell(std::size_t p, const std::vector<const Question*>& items) const
    {
        const Role role = m_a.parties[p].roles.front();
        PartyResult out;
        out.party = m_a.parties[p].code;
        const auto full = m_cells.fullColumns(role, items);
        if (const auto values = scores(p, full); values.size() >= m_a.options.detailN) {
            out.stat = describe(values, m_a.options.k);
            // The mean of the statement means, not of the respondents' own means: with one respondent
            // skipping a statement, the two differ by exactly that person's total.
            out.stat.mean = statementMean(role, full);
            agreement(out, m_cells.matrix(full, m_members[p]));
            return out;
        }
        const auto columns = m_cells.shownColumns(role, items);
        out.stat = describe(scores(p, columns), m_a.options.k);
        if (!out.stat.shown)
            return out;
        out.coarse = true;
        out.stat.mean = statementMean(role, columns);
        out.stat.sd = 0.0;
        return out; // no r_wg(J): any measure of spread can pin down a small group's answers
    }

    /// A side's cell: the roles whose own cell is shown. Its mean is the respondent-weighted mean of
    /// the roles' shown means; when one of them is coarse, it has no sd or r_wg(J) either.
    PartyResult sideCell(std::size_t p, const std::vector<const Question*>& items,
                         const std::vector<PartyResult>& roleCells) const
    {
        PartyResult out;
        out.party = m_a.parties[p].code;
        out.isSide = true;
        double weighted = 0.0;
        for (const auto& cell : roleCells) {
            const auto role = roleFromCode(cell.party);
            const auto& sideRoles = m_a.parties[p].roles;
            if (!cell.stat.shown || !role || std::find(sideRoles.begin(), sideRoles.end(), *role) == sideRoles.end())
                continue;
            out.roles.push_back(*role);
            out.coarse = out.coarse || cell.coarse;
            out.stat.n += cell.stat.n;
            weighted += static_cast<double>(cell.stat.n) * cell.stat.mean;
        }
        if (out.roles.empty())
            return out;
        if (out.coarse) {
            out.stat.shown = true;
            out.stat.mean = weighted / static_cast<double>(out.stat.n);
            return out;
        }
        std::vector<double> values;
        Members members;
        for (const auto* r : m_members[p]) {
            if (std::find(out.roles.begin(), out.roles.end(), r->role) == out.roles.end())
                continue;
            members.push_back(r);
            if (const auto v = respondentScore(m_cells.fullColumns(r->role, items), *r))
                values.push_back(*v);
        }
        const double n = static_cast<double>(out.stat.n);
        out.stat = describe(values, m_a.options.k);
        out.stat.mean = weighted / n; // from the roles' means, as above
        agreement(out, m_cells.matrix(items, members, true));
        return out;
    }

    DimensionResult dimension(Dimension d, const std::vector<const Question*>& items) const
    {
        DimensionResult out;
        out.dimension = d;
        std::vector<double> roleMeans;
        std::vector<GroupSummary> roleScores;
        for (std::size_t p = 0; p < m_a.parties.size(); ++p) { // roles come before sides
            auto cell = m_a.parties[p].isSide ? sideCell(p, items, out.parties) : roleCell(p, items);
            if (cell.stat.shown && !cell.isSide)
                roleMeans.push_back(cell.stat.mean);
            // From the published n, mean and sd only: nothing a reader could not work out.
            if (!cell.isSide && cell.stat.shown && !cell.coarse)
                roleScores.push_back({cell.stat.n, cell.stat.mean, cell.stat.sd});
            out.parties.push_back(std::move(cell));
        }
        if (!roleMeans.empty())
            out.overall = mean(roleMeans);
        out.icc = intraclassCorrelationFromSummaries(roleScores);
        return out;
    }

    void items()
    {
        for (const auto* q : m_instrument.questionsOfKind(QuestionKind::Likert)) {
            ItemResult result{q->code, {}};
            for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
                const auto& party = m_a.parties[p];
                if (!party.isSide) {
                    const StatementCell& c = m_cells.at(party.roles.front(), *q);
                    if (c.shown)
                        result.parties.push_back({party.code, c.n, c.mean, c.rwg, c.coarse});
                    continue;
                }
                if (auto side = m_cells.sideStatement(*q, party.roles, m_members[p])) {
                    side->party = party.code;
                    result.parties.push_back(std::move(*side));
                }
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
            // A coarse cell publishes no sd, so no standardised difference either.
            if (!a.coarse && !b.coarse)
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

    /// Alpha is taken over the element's statements put to every core role (the two boards and both
    /// kinds of specialist) that the element asks at all: a statement put to some of them only would
    /// leave the others out of the pool. It pools the respondents of the roles whose every one of
    /// those statements is shown at full precision: no hidden cell's answers enter it, and no small
    /// group's spread.
    void alpha()
    {
        constexpr std::array coreRoles{Role::Rvb, Role::MsbBoard, Role::SpecialistSelfEmployed, Role::SpecialistSalaried};
        for (const auto e : kElements) {
            auto items = m_instrument.items(e);
            std::vector<Role> asked;
            for (const auto r : coreRoles)
                if (std::any_of(items.begin(), items.end(), [&](const Question* q) { return q->askedOf(r); }))
                    asked.push_back(r);
            std::erase_if(items, [&](const Question* q) {
                return !std::all_of(asked.begin(), asked.end(), [&](Role r) { return q->askedOf(r); });
            });
            Members pool;
            for (std::size_t p = 0; p < m_a.parties.size(); ++p) {
                if (m_a.parties[p].isSide)
                    continue;
                const Role role = m_a.parties[p].roles.front();
                const bool whole = std::all_of(items.begin(), items.end(), [&](const Question* q) {
                    const auto& cell = m_cells.at(role, *q);
                    return !q->askedOf(role) || (cell.shown && !cell.coarse);
                });
                if (whole)
                    pool.insert(pool.end(), m_members[p].begin(), m_members[p].end());
            }
            auto result = cronbachAlpha(m_cells.matrix(items, pool));
            if (result.respondents < m_a.options.detailN) // a measure of spread: full precision only
                result = {};
            const AlphaWarning warning = result.respondents < static_cast<std::size_t>(kDetailN) ? AlphaWarning::FewRespondents
                                         : !result.alpha                                    ? AlphaWarning::NoSpread
                                         : *result.alpha < kAlphaFloor                      ? AlphaWarning::Low
                                                                                            : AlphaWarning::None;
            m_a.alpha.push_back({e, items.size(), result.respondents, result.alpha, warning});
        }
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
    a.options.detailN = std::max(options.detailN, static_cast<std::size_t>(a.options.k));
    if (!(a.options.gapThreshold >= 0.0 && a.options.gapThreshold <= 100.0))
        a.options.gapThreshold = AnalysisOptions{}.gapThreshold;
    Analyser(instrument, responses, a).run();
    return a;
}

} // namespace core
