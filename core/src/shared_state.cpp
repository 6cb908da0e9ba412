#include "core/shared_state.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace core {

namespace {

/// One role's respondents, each with its answers in item order.
using Answers = std::map<std::string, AnswerValue>;
using Respondents = std::map<std::string, Answers>;

std::map<Role, Respondents> byRole(const std::vector<AnswerRow>& rows)
{
    std::map<Role, Respondents> out;
    for (const auto& r : rows)
        out[r.role][r.respondent][r.item] = r.value;
    return out;
}

/// Respondents with at least one answer (not "weet niet"): the size that decides coarseness.
std::size_t answering(const Respondents& rs)
{
    return static_cast<std::size_t>(std::count_if(rs.begin(), rs.end(), [](const auto& r) {
        return std::any_of(r.second.begin(), r.second.end(),
                           [](const auto& a) { return !std::holds_alternative<std::monostate>(a.second); });
    }));
}

std::size_t differences(const Respondents& a, const Respondents& b)
{
    std::set<std::string> codes;
    for (const auto& [code, answers] : a)
        codes.insert(code);
    for (const auto& [code, answers] : b)
        codes.insert(code);
    std::size_t n = 0;
    for (const auto& code : codes) {
        const auto x = a.find(code);
        const auto y = b.find(code);
        n += (x == a.end() || y == b.end() || x->second != y->second) ? 1u : 0u;
    }
    return n;
}

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

SharedUpdate updateShared(const std::vector<AnswerRow>& current, const std::optional<std::vector<AnswerRow>>& stored,
                          int k, std::size_t detailN)
{
    // Always in one order (role, respondent, item), so that the same answers give the same bytes.
    SharedUpdate out;
    const auto now = byRole(current);
    if (!stored) {
        for (const auto& [role, respondents] : now)
            append(out.shared, role, respondents);
        out.changed = true;
        return out;
    }
    const auto before = byRole(*stored);
    for (const auto role : kRoles) {
        static const Respondents kNone;
        const auto n = now.find(role);
        const auto b = before.find(role);
        const Respondents& nowRs = n == now.end() ? kNone : n->second;
        const Respondents& beforeRs = b == before.end() ? kNone : b->second;
        const auto changes = differences(nowRs, beforeRs);
        if (changes == 0) {
            append(out.shared, role, beforeRs);
            continue;
        }
        if (changes >= sharingStep(answering(beforeRs), answering(nowRs), k, detailN)) {
            append(out.shared, role, nowRs);
            out.changed = true;
        } else {
            append(out.shared, role, beforeRs);
            out.waiting.push_back(role);
        }
    }
    return out;
}

} // namespace core
