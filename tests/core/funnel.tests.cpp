// The comparison's statistics by hand (docs/comparison.md): DerSimonian-Laird against winsorised z-scores
// (Spiegelhalter 2005, FunnelPlotR), R's type-7 quantiles, limits, shrinkage and rankability. metafor
// checks the unwinsorised path in reference.tests.cpp.
#include "core/comparison/funnel.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace core;

namespace {

/// Eight hospitals: means, sds and respondents; v = sd² / n.
std::vector<Estimate> exampleA()
{
    const double y[] = {62, 55, 70, 48, 66, 58, 51, 74};
    const double sd[] = {15, 18, 12, 20, 14, 16, 17, 13};
    const double n[] = {40, 25, 60, 15, 30, 50, 20, 35};
    std::vector<Estimate> out;
    for (int i = 0; i < 8; ++i)
        out.push_back({y[i], sd[i] * sd[i] / n[i]});
    return out;
}

} // namespace

TEST_CASE("R's type-7 quantiles, by hand", "[core][comparison]")
{
    CHECK(*quantile7({4, 1, 3, 2}, 0.5) == Approx(2.5));
    CHECK(*quantile7({1, 2, 3, 4, 5}, 0.1) == Approx(1.4)); // h = 0.4
    CHECK(*quantile7({1, 2, 3, 4, 5}, 0.9) == Approx(4.6));
    CHECK(*quantile7({7}, 0.9) == Approx(7));
    CHECK_FALSE(quantile7({}, 0.5));
}

TEST_CASE("tau² by DerSimonian-Laird and on winsorised z-scores, by hand", "[core][comparison]")
{
    const auto data = exampleA();
    // Fixed mean, Q and C: worked in R by hand (sum(w*y)/sum(w), sum(w*(y-mu)^2), sum(w)-sum(w^2)/sum(w)).
    const auto dl = heterogeneity(data, 0.0);
    REQUIRE(dl);
    CHECK(dl->fixedMean == Approx(64.866407).epsilon(1e-8));
    CHECK(dl->q == Approx(70.608947).epsilon(1e-8));
    CHECK(dl->c == Approx(1.092492).epsilon(1e-6));
    CHECK(dl->tau2 == Approx((70.608947 - 7) / 1.092492).epsilon(1e-6)); // 58.223725
    CHECK(dl->phi == Approx(70.608947 / 8).epsilon(1e-8));               // unwinsorised: φ = Q / k
    CHECK(dl->randomMean == Approx(61.211377).epsilon(1e-7));
    CHECK(dl->randomSe == Approx(2.900874).epsilon(1e-6));
    // z = (−1.2086, −2.7407, 3.3137, −3.2662, 0.4435, −3.0346, −3.6478, 4.1565). The 10th percentile lies
    // 0.7 of the way from −3.6478 to −3.2662 and the 90th 0.3 from 3.3137 to 4.1565: those two are pulled
    // in, and φ drops from 8.826118 to 8.021866.
    const auto w = heterogeneity(data, 0.1);
    REQUIRE(w);
    CHECK(w->phi == Approx(8.021866).epsilon(1e-6));
    CHECK(w->tau2 == Approx((8 * 8.021866 - 7) / 1.092492).epsilon(1e-6)); // 52.334419
    CHECK(w->fixedMean == dl->fixedMean);
    // Rankability: τ² against the median sampling variance (5.625 and 6.5333: 6.0792).
    CHECK(w->medianV == Approx((5.625 + 6.5333333) / 2).epsilon(1e-6));
    CHECK(w->rankability == Approx(w->tau2 / (w->tau2 + w->medianV)));
    CHECK(w->rankability > 0.75);
    // Limits for the fourth hospital (n = 15, v = 26.667), inside them at 48.
    const auto limits = funnelLimits(dl->randomMean, data[3].v, dl->tau2);
    CHECK(limits.lower95 == Approx(43.153).epsilon(1e-4));
    CHECK(limits.upper95 == Approx(79.270).epsilon(1e-4));
    CHECK(limits.lower998 == Approx(32.739).epsilon(1e-4));
    CHECK(limits.upper998 == Approx(89.684).epsilon(1e-4));
    // Shrinkage pulls the small hospital most: λ = 58.22 / (58.22 + 26.67) = 0.686.
    CHECK(shrunken(data[3], *dl) == Approx(0.685871 * 48 + 0.314129 * 61.211377).epsilon(1e-5));
}

TEST_CASE("hospitals that differ by chance alone have no tau², no rankability and no shrinkage spread", "[core][comparison]")
{
    const double y[] = {60, 63, 58, 61, 65, 59};
    const double sd[] = {16, 15, 18, 14, 17, 15};
    const double n[] = {12, 30, 10, 45, 14, 22};
    std::vector<Estimate> data;
    for (int i = 0; i < 6; ++i)
        data.push_back({y[i], sd[i] * sd[i] / n[i]});
    const auto h = heterogeneity(data);
    REQUIRE(h);
    CHECK(h->q < 5.0); // Q = 1.9974 below k - 1
    CHECK(h->tau2 == 0.0);
    CHECK(h->rankability == 0.0);
    for (const auto& e : data)
        CHECK(shrunken(e, *h) == Approx(h->randomMean));
    CHECK(h->randomMean == Approx(h->fixedMean));
}

TEST_CASE("too few hospitals or a variance that is not positive give no comparison", "[core][comparison]")
{
    CHECK_FALSE(heterogeneity({{60, 4}}));
    CHECK_FALSE(heterogeneity({{60, 4}, {62, 0}}));
    CHECK_FALSE(heterogeneity({{60, 4}, {62, std::nan("")}}));
    CHECK(heterogeneity({{60, 4}, {62, 5}}));
}
