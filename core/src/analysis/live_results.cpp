#include "core/analysis/live_results.hpp"

#include "core/analysis/disclosure.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace core {

std::string_view code(LiveKind kind)
{
    switch (kind) {
    case LiveKind::Pulse: return "pulse";
    case LiveKind::Vote: return "vote";
    case LiveKind::Rerate: return "rerate";
    }
    return "pulse";
}

std::optional<LiveKind> liveKindFromCode(std::string_view text)
{
    for (const auto kind : {LiveKind::Pulse, LiveKind::Vote, LiveKind::Rerate})
        if (code(kind) == text)
            return kind;
    return std::nullopt;
}

LiveResult liveResult(const LiveQuestion& question, const std::vector<LiveAnswer>& answers, int k)
{
    // A party is shown when at least k of its people answered the question (any item, "weet niet"
    // included: they took part); below that it is left out of everything.
    std::map<Role, std::set<std::string>> people;
    for (const auto& a : answers)
        people[a.role].insert(a.respondent);
    LiveResult out;
    std::set<Role> shown;
    for (const auto role : kRoles)
        if (const auto it = people.find(role); it != people.end() && it->second.size() >= static_cast<std::size_t>(std::max(k, 1))) {
            shown.insert(role);
            out.shown.emplace_back(role, it->second.size());
        }
    for (const auto& item : question.items) {
        LiveItemResult result{item, {}, 0};
        std::map<Role, std::pair<long long, std::size_t>> sums; // sum and n of whole-number answers
        for (const auto& a : answers) {
            if (a.item != item || !shown.contains(a.role))
                continue;
            if (const auto* n = std::get_if<int>(&a.value)) {
                auto& [sum, count] = sums[a.role];
                sum += *n;
                ++count;
                result.votes += question.kind == LiveKind::Vote && *n == 1 ? 1u : 0u;
            }
        }
        // Each item counted on its own as well (disclosure rule 1): a mean of fewer than k real
        // answers is left out, whatever the party's number who took part ("weet niet" is no answer).
        if (question.kind != LiveKind::Vote)
            for (const auto& [role, s] : sums) {
                if (s.second < static_cast<std::size_t>(std::max(k, 1)))
                    continue;
                const bool coarse = s.second < kDetailN;
                result.parties.push_back({role, s.second,
                                          coarse ? coarseMean(s.first, s.second) : static_cast<double>(s.first) / static_cast<double>(s.second),
                                          coarse});
            }
        out.items.push_back(std::move(result));
    }
    if (question.kind == LiveKind::Vote)
        std::stable_sort(out.items.begin(), out.items.end(), [](const auto& a, const auto& b) { return a.votes > b.votes; });
    return out;
}

} // namespace core
