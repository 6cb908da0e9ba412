#include "core/scoring.hpp"

#include <algorithm>
#include <cmath>

namespace core {

void ResponseSet::add(const AnswerRow& row)
{
    auto [it, added] = m_index.emplace(row.respondent, m_entries.size());
    if (added)
        m_entries.push_back(Entry{row.respondent, row.role, {}});
    m_entries[it->second].answers[row.item] = row.value;
}

std::size_t ResponseSet::count(Role role) const
{
    return static_cast<std::size_t>(
        std::count_if(m_entries.begin(), m_entries.end(), [role](const Entry& e) { return e.role == role; }));
}

std::optional<double> itemScore(const Question& item, const AnswerValue& value)
{
    const auto* x = std::get_if<int>(&value);
    if (item.kind != QuestionKind::Likert || !x || *x < 1 || *x > 5)
        return std::nullopt;
    const int keyed = item.reverse ? 6 - *x : *x;
    return (keyed - 1) / 4.0 * 100.0;
}

std::optional<double> respondentScore(const std::vector<const Question*>& items, const ResponseSet::Entry& r)
{
    std::size_t asked = 0;
    std::size_t answered = 0;
    double sum = 0.0;
    for (const Question* q : items) {
        if (!q->askedOf(r.role))
            continue;
        ++asked;
        const auto it = r.answers.find(q->code);
        if (it == r.answers.end())
            continue;
        if (const auto s = itemScore(*q, it->second)) {
            ++answered;
            sum += *s;
        }
    }
    // At least 60% of the items put to this respondent: answered / asked >= 3 / 5.
    if (asked == 0 || answered * 5 < asked * 3)
        return std::nullopt;
    return sum / static_cast<double>(answered);
}

Stat describe(const std::vector<double>& values, int k)
{
    Stat s;
    s.n = values.size();
    s.shown = s.n >= static_cast<std::size_t>(std::max(k, kMinAnonymityK));
    if (s.n == 0)
        return s;
    double sum = 0.0;
    for (const double v : values)
        sum += v;
    s.mean = sum / static_cast<double>(s.n);
    if (s.n > 1) {
        double squares = 0.0;
        for (const double v : values)
            squares += (v - s.mean) * (v - s.mean);
        s.sd = std::sqrt(squares / static_cast<double>(s.n - 1));
    }
    return s;
}

} // namespace core
