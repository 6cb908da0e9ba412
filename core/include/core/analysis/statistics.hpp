#pragma once
// The statistics behind the alignment measures, on plain numbers so each can be checked against
// an independent reference (R's multilevel and psych packages; see tests/reference/).

#include <optional>
#include <vector>

namespace core {

double mean(const std::vector<double>& xs);
/// Sample variance (n - 1); nullopt for fewer than two values.
std::optional<double> sampleVariance(const std::vector<double>& xs);

/// Answers of one group to a set of items: rows are respondents, columns items, nullopt where a
/// respondent gave no answer. Values are the reverse-keyed 1-5 answers.
using AnswerMatrix = std::vector<std::vector<std::optional<double>>>;

/// Within-group agreement on one item: 1 - s^2 / 2 (2 is the variance of a uniform answer over
/// five options), floored at 0; nullopt with fewer than two answers.
std::optional<double> rwgSingle(const std::vector<double>& answers);

/// Within-group agreement over J items: s2 = the mean over items of their sample variance across
/// the respondents who answered (items with fewer than two answers are left out of J and s2);
/// r_wg(J) = J(1 - s2/2) / (J(1 - s2/2) + s2/2), and 0 when s2 > 2.
std::optional<double> rwgJ(const AnswerMatrix& answers);

/// Cronbach's alpha over the complete rows: k/(k-1) * (1 - sum of item variances / variance of
/// the row totals). nullopt with fewer than two items or two complete rows, or no total variance.
struct AlphaResult {
    std::optional<double> alpha;
    std::size_t respondents = 0; ///< complete rows used
};
AlphaResult cronbachAlpha(const AnswerMatrix& answers);

/// Spearman's rank correlation (average ranks for ties); nullopt when the sizes differ, there are
/// fewer than three pairs, or one side has no spread.
std::optional<double> spearman(const std::vector<double>& a, const std::vector<double>& b);

/// Standardised difference of two group means: (mean_a - mean_b) / pooled sd; nullopt when the
/// pooled sd is 0 or undefined.
std::optional<double> standardisedDifference(double meanA, double sdA, std::size_t nA, double meanB, double sdB,
                                             std::size_t nB);

} // namespace core
