#include "core/analysis/scoring.hpp"

#include <algorithm>
#include "core/analysis/statistics.hpp"

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

std::optional<double> keyedValue(const Question& item, const AnswerValue& value)
{
    const auto* x = std::get_if<int>(&value);
    if (item.kind != QuestionKind::Likert || !x || *x < 1 || *x > 5)
        return std::nullopt;
    return item.reverse ? 6.0 - *x : static_cast<double>(*x);
}

std::optional<double> itemScore(const Question& item, const AnswerValue& value)
{
    const auto keyed = keyedValue(item, value);
    return keyed ? std::optional<double>((*keyed - 1.0) / 4.0 * 100.0) : std::nullopt;
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
    s.mean = mean(values);
    const double variance = sampleVariance(values).value_or(0.0);
    s.sd = variance < 1e-18 ? 0.0 : std::sqrt(variance); // equal values: exactly 0, not rounding noise
    return s;
}

} // namespace core
