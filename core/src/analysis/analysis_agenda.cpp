// The change agenda: current and desired ratings (0-10) per element, with the disclosure rules of
// the statement cells (analysis_cells.hpp).
#include "analysis/analysis_cells.hpp"

#include "core/analysis/disclosure.hpp"

#include <algorithm>

namespace core::detail {

namespace {

struct Ratings {
    const Question* current = nullptr;
    const Question* desired = nullptr;
};

Ratings ratingsOf(const Instrument& instrument, Element e)
{
    Ratings out;
    for (const auto* q : instrument.questionsOfKind(QuestionKind::Rating))
        if (q->element == e)
            (q->aspect == RatingAspect::Current ? out.current : out.desired) = q;
    return out;
}

std::optional<int> rating(const Question& q, const ResponseSet::Entry& r)
{
    const auto it = r.answers.find(q.code);
    if (it == r.answers.end())
        return std::nullopt;
    const auto* x = std::get_if<int>(&it->second);
    return x && *x >= q.min && *x <= q.max && q.askedOf(r.role) ? std::optional<int>(*x) : std::nullopt;
}

/// A role's cell, or a side's from the raw answers of its roles when none of them is coarse.
AgendaCell fromAnswers(const Party& party, Element e, const Ratings& ratings, const Members& members,
                       const std::vector<Role>& roles, std::size_t detailN)
{
    AgendaCell cell{party.code, e, 0, 0.0, 0.0, 0.0, party.isSide ? roles : std::vector<Role>{}, false};
    // Whole numbers summed exactly, so that equal changes are equal doubles (ties in the rank
    // correlation).
    long long now = 0;
    long long wanted = 0;
    for (const auto* r : members) {
        if (std::find(roles.begin(), roles.end(), r->role) == roles.end())
            continue;
        const auto c = rating(*ratings.current, *r);
        const auto w = rating(*ratings.desired, *r);
        if (!c || !w)
            continue;
        now += *c;
        wanted += *w;
        ++cell.n;
    }
    if (cell.n == 0)
        return cell;
    cell.coarse = !party.isSide && cell.n < detailN;
    if (cell.coarse) {
        cell.current = coarseMean(now, cell.n);
        cell.desired = coarseMean(wanted, cell.n);
        cell.change = cell.desired - cell.current;
    } else {
        const double count = static_cast<double>(cell.n);
        cell.current = static_cast<double>(now) / count;
        cell.desired = static_cast<double>(wanted) / count;
        cell.change = static_cast<double>(wanted - now) / count;
    }
    return cell;
}

/// A side with a coarse role: the respondent-weighted mean of its roles' published ratings.
AgendaCell derivedSide(const Party& side, Element e, const std::vector<AgendaCell>& roleCells)
{
    AgendaCell cell{side.code, e, 0, 0.0, 0.0, 0.0, {}, true};
    for (const auto& c : roleCells) {
        cell.n += c.n;
        cell.current += static_cast<double>(c.n) * c.current;
        cell.desired += static_cast<double>(c.n) * c.desired;
        cell.roles.push_back(*roleFromCode(c.party));
    }
    cell.current /= static_cast<double>(cell.n);
    cell.desired /= static_cast<double>(cell.n);
    cell.change = cell.desired - cell.current;
    return cell;
}

} // namespace

bool anyRatingPairShown(const Instrument& instrument, Role role, const Members& members, int k)
{
    for (const auto e : kElements) {
        const auto ratings = ratingsOf(instrument, e);
        if (!ratings.current || !ratings.desired)
            continue;
        const auto pairs = std::count_if(members.begin(), members.end(), [&](const ResponseSet::Entry* r) {
            return r->role == role && rating(*ratings.current, *r) && rating(*ratings.desired, *r);
        });
        if (pairs >= k)
            return true;
    }
    return false;
}

ChangeAgenda changeAgenda(const Instrument& instrument, const std::vector<Party>& parties,
                          const std::vector<Members>& members, const AnalysisOptions& options)
{
    ChangeAgenda agenda;
    const auto k = static_cast<std::size_t>(options.k);
    for (const auto e : kElements) {
        const auto ratings = ratingsOf(instrument, e);
        if (!ratings.current || !ratings.desired)
            continue;
        std::vector<AgendaCell> roleCells; // shown roles on this element
        std::vector<AgendaCell> sideCells;
        for (std::size_t p = 0; p < parties.size(); ++p) {
            const auto& party = parties[p];
            if (!party.isSide) {
                auto cell = fromAnswers(party, e, ratings, members[p], party.roles, options.detailN);
                if (cell.n >= k)
                    roleCells.push_back(cell);
                continue;
            }
            std::vector<AgendaCell> included;
            for (const auto& c : roleCells)
                if (std::find(party.roles.begin(), party.roles.end(), *roleFromCode(c.party)) != party.roles.end())
                    included.push_back(c);
            if (included.empty())
                continue;
            const bool coarse = std::any_of(included.begin(), included.end(), [](const AgendaCell& c) { return c.coarse; });
            std::vector<Role> roles;
            for (const auto& c : included)
                roles.push_back(*roleFromCode(c.party));
            sideCells.push_back(coarse ? derivedSide(party, e, included)
                                          : fromAnswers(party, e, ratings, members[p], roles, options.detailN));
        }
        agenda.cells.insert(agenda.cells.end(), roleCells.begin(), roleCells.end());
        agenda.cells.insert(agenda.cells.end(), sideCells.begin(), sideCells.end());
    }
    std::vector<double> hospital;
    std::vector<double> medical;
    for (const auto e : kElements)
        for (const auto& c : agenda.cells)
            if (c.element == e && (c.party == kHospitalSide || c.party == kMedicalSide))
                (c.party == kHospitalSide ? hospital : medical).push_back(c.change);
    if (hospital.size() == kElements.size() && medical.size() == kElements.size())
        agenda.priorityAgreement = spearman(hospital, medical);
    return agenda;
}

} // namespace core::detail
