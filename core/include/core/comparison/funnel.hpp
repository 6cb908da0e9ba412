#pragma once
// Comparing hospitals on one measure without ranking them on noise (docs/comparison.md): the spread
// between hospitals beyond chance (tau², DerSimonian-Laird; on winsorised z-scores as Spiegelhalter
// 2005 and the NHS-R FunnelPlotR package), funnel limits, shrunken estimates and rankability.

#include <cstddef>
#include <optional>
#include <vector>

namespace core {

/// One hospital's estimate and the sampling variance of it (s_i², e.g. sd² / n for a mean).
struct Estimate {
    double y = 0.0;
    double v = 0.0; ///< > 0
};

struct Heterogeneity {
    std::size_t k = 0;     ///< hospitals
    double fixedMean = 0;  ///< precision-weighted mean Σ w y / Σ w, w = 1 / v
    double q = 0;          ///< Cochran's Q about the fixed mean
    double c = 0;          ///< Σ w − Σ w² / Σ w
    double phi = 0;        ///< mean of the squared (winsorised) z-scores about the fixed mean
    double tau2 = 0;       ///< between-hospital variance: max(0, (k φ − (k − 1)) / c)
    double randomMean = 0; ///< Σ w* y / Σ w*, w* = 1 / (v + τ²): the centre of the funnel
    double randomSe = 0;   ///< √(1 / Σ w*)
    double medianV = 0;
    /// τ² / (τ² + median v): the share of the variance between hospitals that is real rather
    /// than chance (van Dishoeck et al. 2011); below 0.5 a ranking would mostly be noise.
    double rankability = 0;
};

/// The spread between hospitals. `trim` winsorises the z-scores at that quantile and 1 − trim
/// (R's type 7) before φ is taken; 0 gives the DerSimonian-Laird τ² of metafor's rma(method = "DL").
/// nullopt for fewer than two estimates or a variance that is not positive.
std::optional<Heterogeneity> heterogeneity(const std::vector<Estimate>& estimates, double trim = 0.1);

/// The two-sided normal quantiles of the funnel's limits: 95% and 99.8%.
inline constexpr double kZ95 = 1.959963984540054;
inline constexpr double kZ998 = 3.090232306167813;

struct FunnelLimits {
    double lower95 = 0, upper95 = 0, lower998 = 0, upper998 = 0;
};
/// θ₀ ± z √(v + τ²) about the funnel's centre θ₀.
FunnelLimits funnelLimits(double centre, double v, double tau2);

/// The empirical-Bayes estimate: λ y + (1 − λ) μ, λ = τ² / (τ² + v), as metafor's blup().
double shrunken(const Estimate& e, const Heterogeneity& h);

/// R's quantile(x, p, type = 7) of the values (sorted or not); nullopt for none.
std::optional<double> quantile7(std::vector<double> values, double p);

} // namespace core
