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

/// The variance of the answers if nobody agreed, over five options: uniform (every option equally
/// likely), and slightly skewed towards agreeing (James, Demaree & Wolf 1984; LeBreton & Senter
/// 2008), a sensitivity check for the leniency that boards' answers tend to have.
inline constexpr double kUniformNullVariance = 2.0;
inline constexpr double kSlightSkewNullVariance = 1.34;

/// Within-group agreement on one item: 1 - s^2 / null (the variance expected without agreement),
/// floored at 0; nullopt with fewer than two answers.
std::optional<double> rwgSingle(const std::vector<double>& answers, double nullVariance = kUniformNullVariance);

/// Within-group agreement over J items: s2 = the mean over items of their sample variance across
/// the respondents who answered (items with fewer than two answers are left out of J and s2);
/// r_wg(J) = J(1 - s2/null) / (J(1 - s2/null) + s2/null), and 0 when s2 > null.
std::optional<double> rwgJ(const AnswerMatrix& answers, double nullVariance = kUniformNullVariance);

/// Brown & Hauenstein's a_wg on one item of a 1-5 scale: 1 - 2 s^2 / ([(H+L)M - M^2 - HL] k/(k-1)),
/// the variance against the largest that the mean M allows. Not defined (nullopt) with fewer than
/// two answers, or when M lies so near an end of the scale that k answers could not reach the
/// largest variance (M < (L(k-1)+H)/k or M > (H(k-1)+L)/k), unless everyone gave that end (then 1).
std::optional<double> awgSingle(const std::vector<double>& answers);
/// a_wg over J items: the mean of the items' a_wg where it is defined (each item over the
/// respondents who answered it); nullopt when it is defined on no item.
std::optional<double> awgJ(const AnswerMatrix& answers);

/// Do groups differ more than chance? From a one-way analysis of variance of one score per person
/// over the groups (MSB between, MSW within, N people in G groups, mean group size N/G):
/// ICC(1) = (MSB - MSW) / (MSB + (N/G - 1) MSW), the share of the variance that lies between the
/// groups; ICC(2) = (MSB - MSW) / MSB, how reliably the group means differ. nullopt with fewer
/// than two groups, no person more than groups, or a zero denominator. Both can be negative.
struct Icc {
    std::optional<double> icc1;
    std::optional<double> icc2;
    std::size_t groups = 0;
    std::size_t people = 0;
};
Icc intraclassCorrelation(const std::vector<std::vector<double>>& groups);
/// The same from each group's size, mean and sample sd alone (the sums of squares follow from
/// them), so that it says nothing the groups' published figures do not.
struct GroupSummary {
    std::size_t n = 0;
    double mean = 0.0;
    double sd = 0.0;
};
Icc intraclassCorrelationFromSummaries(const std::vector<GroupSummary>& groups);

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
