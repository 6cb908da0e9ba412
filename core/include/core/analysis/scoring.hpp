#pragma once
// From answers to scores: item values on 0-100, respondent scores per element and theme, and the
// summary statistics of a group of scores. The analysis of a whole round is in analysis.hpp.

#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace core {

/// The answers of one round, grouped by respondent.
class ResponseSet {
public:
    struct Entry {
        std::string code;
        Role role = Role::Other;
        std::unordered_map<std::string, AnswerValue> answers;
    };
    /// Rows may come in any order.
    void add(const AnswerRow& row);
    const std::vector<Entry>& respondents() const { return m_entries; }
    std::size_t count(Role role) const;

private:
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
};

/// The reverse-keyed 1-5 value of a Likert answer (6 - x when reversed); nullopt for no answer.
std::optional<double> keyedValue(const Question& item, const AnswerValue& value);

/// A Likert answer on 0-100 after reverse keying: (x' - 1) / 4 * 100 with x' = 6 - x when reversed.
std::optional<double> itemScore(const Question& item, const AnswerValue& value);

/// The mean item score of the items of `items` put to the respondent's role, when at least 60% of
/// them are answered; nullopt otherwise.
std::optional<double> respondentScore(const std::vector<const Question*>& items, const ResponseSet::Entry& r);

/// Mean, sample standard deviation (n - 1) and n. `shown` is false when n is below the threshold:
/// then mean and sd are not to be published.
struct Stat {
    std::size_t n = 0;
    double mean = 0.0;
    double sd = 0.0;
    bool shown = false;
};
Stat describe(const std::vector<double>& values, int k);

} // namespace core
