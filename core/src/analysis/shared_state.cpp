#include "core/analysis/shared_state.hpp"

#include "core/analysis/scoring.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace core {

namespace {

using Answers = std::map<std::string, AnswerValue>; // item -> value
using Respondents = std::map<std::string, Answers>; // code -> answers

std::map<Role, Respondents> byRole(const std::vector<AnswerRow>& rows)
{
    std::map<Role, Respondents> out;
    for (const auto& r : rows)
        out[r.role][r.respondent][r.item] = r.value;
    return out;
}

/// The answer as it counts in a figure; nullopt for "weet niet", no answer or an invalid one.
std::optional<int> counting(const Question& q, const Answers& answers)
{
    const auto it = answers.find(q.code);
    if (it == answers.end())
        return std::nullopt;
    if (q.kind == QuestionKind::Likert) {
        const auto v = keyedValue(q, it->second);
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    }
    if (const auto* s = std::get_if<std::string>(&it->second)) {
        const auto o = std::find_if(q.options.begin(), q.options.end(), [&](const auto& opt) { return opt.code == *s; });
        return o == q.options.end() ? std::nullopt : std::optional<int>(static_cast<int>(o - q.options.begin()));
    }
    const auto* x = std::get_if<int>(&it->second);
    return x && *x >= q.min && *x <= q.max ? std::optional<int>(*x) : std::nullopt;
}

std::size_t answering(const Instrument& instrument, const Respondents& rs)
{
    return static_cast<std::size_t>(std::count_if(rs.begin(), rs.end(), [&](const auto& r) {
        return std::any_of(r.second.begin(), r.second.end(), [&](const auto& a) {
            const Question* q = instrument.find(a.first);
            return q && counting(*q, r.second).has_value();
        });
    }));
}

/// What each respondent gives one cell; a respondent absent from the map gives nothing.
using Contributions = std::map<std::string, std::vector<int>>;

std::size_t changedBetween(const Contributions& a, const Contributions& b)
{
    std::set<std::string> codes;
    for (const auto& [code, c] : a)
        codes.insert(code);
    for (const auto& [code, c] : b)
        codes.insert(code);
    std::size_t n = 0;
    for (const auto& code : codes) {
        const auto x = a.find(code);
        const auto y = b.find(code);
        n += (x == a.end() || y == b.end() || x->second != y->second) ? 1u : 0u;
    }
    return n;
}

/// Every cell of one role in one state, keyed by a name for the cell.
class Cells {
public:
    Cells(const Instrument& instrument, Role role, const Respondents& rs, int k, std::size_t detailN)
        : m_k(static_cast<std::size_t>(std::max(k, kMinAnonymityK)))
    {
        for (const auto& q : instrument.questions()) {
            if (!q.askedOf(role))
                continue;
            auto& cell = m_cells[q.code];
            for (const auto& [code, answers] : rs)
                if (const auto v = counting(q, answers))
                    cell[code] = {*v};
        }
        for (const auto e : kElements) {
            const Question* current = nullptr;
            const Question* desired = nullptr;
            for (const auto* q : instrument.questionsOfKind(QuestionKind::Rating))
                if (q->element == e && q->askedOf(role))
                    (q->aspect == RatingAspect::Current ? current : desired) = q;
            if (!current || !desired)
                continue;
            auto& cell = m_cells["agenda:" + std::string(code(e))];
            for (const auto& [code, answers] : rs)
                if (const auto c = counting(*current, answers), d = counting(*desired, answers); c && d)
                    cell[code] = {*c, *d};
        }
        // An element or theme at full precision publishes figures of its respondents' scores over its
        // full-precision statements (analysis.cpp): each respondent's part in it is those answers.
        const auto group = [&](const std::string& name, const std::vector<const Question*>& items) {
            std::vector<const Question*> full;
            for (const auto* q : items)
                if (q->askedOf(role) && m_cells[q->code].size() >= std::max(detailN, static_cast<std::size_t>(k)))
                    full.push_back(q);
            Contributions scores;
            for (const auto& [code, answers] : rs) {
                std::vector<int> given;
                for (const auto* q : full)
                    given.push_back(counting(*q, answers).value_or(0));
                const auto answered = static_cast<std::size_t>(std::count_if(given.begin(), given.end(), [](int v) { return v != 0; }));
                if (!full.empty() && answered * 5 >= full.size() * 3) // the 60% rule of respondentScore
                    scores[code] = std::move(given);
            }
            if (scores.size() >= detailN)
                m_cells["full:" + name] = std::move(scores);
            else
                m_cells["full:" + name]; // rounded: worked out from the statement cells
        };
        for (const auto e : kElements)
            group(std::string(code(e)), instrument.items(e));
        for (const auto t : kThemes)
            group(std::string(code(t)), instrument.items(t));
        for (const auto& m : instrument.modules()) // scored apart, and protected alike
            group("module:" + m.id, instrument.moduleItems(m.id));
    }

    /// The fewest respondents by which a cell shown in either state differs between them; 0 when no
    /// such cell changed. A cell hidden in both is left out: neither output shows it. A cell that
    /// appears counts its newcomers too: a hidden party made visible by one insider would show that
    /// insider's colleagues' answers to them.
    std::size_t thinnestChange(const Cells& other) const
    {
        std::size_t thinnest = 0;
        for (const auto& [name, cell] : m_cells) {
            const auto it = other.m_cells.find(name);
            static const Contributions kNothing;
            const Contributions& theirs = it == other.m_cells.end() ? kNothing : it->second;
            if (cell.size() < m_k && theirs.size() < m_k)
                continue;
            const auto n = changedBetween(cell, theirs);
            if (n > 0 && (thinnest == 0 || n < thinnest))
                thinnest = n;
        }
        return thinnest;
    }

private:
    std::size_t m_k;
    std::map<std::string, Contributions> m_cells;
};

void append(std::vector<AnswerRow>& out, Role role, const Respondents& rs)
{
    for (const auto& [code, answers] : rs)
        for (const auto& [item, value] : answers)
            out.push_back({code, role, item, value});
}

} // namespace

std::size_t sharingStep(std::size_t before, std::size_t now, int k, std::size_t detailN)
{
    const auto small = static_cast<std::size_t>(std::max(k, kMinAnonymityK));
    return before < detailN || now < detailN ? small : std::max(detailN, small);
}

SharedUpdate updateShared(const Instrument& instrument, const std::vector<AnswerRow>& current,
                          const std::vector<std::vector<AnswerRow>>& released, int k, std::size_t detailN)
{
    // Always in one order (role, respondent, item), so that the same answers give the same bytes.
    SharedUpdate out;
    const auto now = byRole(current);
    if (released.empty()) {
        for (const auto& [role, respondents] : now)
            append(out.shared, role, respondents);
        out.changed = true;
        return out;
    }
    std::vector<std::map<Role, Respondents>> earlier;
    for (const auto& r : released)
        earlier.push_back(byRole(r));
    static const Respondents kNone;
    const auto of = [](const std::map<Role, Respondents>& m, Role role) -> const Respondents& {
        const auto it = m.find(role);
        return it == m.end() ? kNone : it->second;
    };
    for (const auto role : kRoles) {
        const Respondents& candidate = of(now, role);
        const Respondents& last = of(earlier.back(), role);
        if (candidate == last) {
            append(out.shared, role, last);
            continue;
        }
        const Cells proposed(instrument, role, candidate, k, detailN);
        bool fine = true;
        for (auto state = earlier.rbegin(); state != earlier.rend(); ++state) { // the last is the likeliest to refuse
            const Respondents& before = of(*state, role);
            const auto step = sharingStep(answering(instrument, before), answering(instrument, candidate), k, detailN);
            const auto thinnest = proposed.thinnestChange(Cells(instrument, role, before, k, detailN));
            if (thinnest > 0 && thinnest < step) {
                fine = false;
                break;
            }
        }
        // A change that moves no published cell (a "weet niet" added, say) is shared at once: it
        // cannot be read off anything.
        if (fine) {
            append(out.shared, role, candidate);
            out.changed = true;
        } else {
            append(out.shared, role, last);
            out.waiting.push_back(role);
        }
    }
    return out;
}

} // namespace core
