#include "core/comparison/comparison.hpp"

#include "core/instrument/codes.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

const char* const kIndexMeasures[] = {"index", "level", "agreement", "consensus", "congruence", "incentives"};

const ExchangeCell* cellOf(const ExchangePackage& p, const std::string& dimension, const std::string& party)
{
    for (const auto* list : {&p.elements, &p.themes})
        for (const auto& d : *list)
            if (d.code == dimension)
                for (const auto& c : d.cells)
                    if (c.party == party)
                        return &c;
    return nullptr;
}

/// Σ (n − 1) sd² / Σ (n − 1) over the cells with an sd; nullopt without one.
std::optional<double> pooledVariance(const std::vector<const ExchangePackage*>& packages, const std::string& dimension,
                                     const std::string& party)
{
    double sum = 0, df = 0;
    for (const auto* p : packages)
        for (const auto* list : {&p->elements, &p->themes})
            for (const auto& d : *list)
                if (d.code == dimension)
                    for (const auto& c : d.cells)
                        if (c.sd && c.n > 1 && (party.empty() || c.party == party)) {
                            sum += static_cast<double>(c.n - 1) * *c.sd * *c.sd;
                            df += static_cast<double>(c.n - 1);
                        }
    if (df <= 0)
        return std::nullopt;
    return sum / df;
}

/// The party's pooled variance, or the dimension's over all parties when the party has no cell
/// at full precision anywhere.
std::optional<double> pooled(const std::vector<const ExchangePackage*>& packages, const std::string& dimension, const std::string& party)
{
    if (auto v = pooledVariance(packages, dimension, party); v && *v > 0)
        return v;
    return pooledVariance(packages, dimension, {});
}

} // namespace

std::optional<Measure> measureFromCode(std::string_view code)
{
    for (const char* m : kIndexMeasures)
        if (code == m)
            return Measure{std::string(code), {}, {}};
    const auto dot = code.find('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const auto dimension = code.substr(0, dot);
    const auto party = code.substr(dot + 1);
    if (!elementFromCode(dimension) && !themeFromCode(dimension))
        return std::nullopt;
    if (party != "gap" && party != "hospital_side" && party != "medical_side" && !roleFromCode(party))
        return std::nullopt;
    return Measure{std::string(code), std::string(dimension), std::string(party)};
}

std::vector<std::string> measureCodes()
{
    std::vector<std::string> out(std::begin(kIndexMeasures), std::end(kIndexMeasures));
    std::vector<std::string> dimensions;
    for (const auto e : kElements)
        dimensions.emplace_back(code(e));
    for (const auto t : kThemes)
        dimensions.emplace_back(code(t));
    for (const auto& d : dimensions)
        for (const char* party : {"hospital_side", "medical_side", "gap"})
            out.push_back(d + "." + party);
    return out;
}

MeasureComparison compareMeasure(const std::vector<const ExchangePackage*>& packages, const Measure& measure, std::size_t minHospitals)
{
    MeasureComparison out;
    out.measure = measure;
    const bool byParty = !measure.dimension.empty();
    std::optional<double> varianceA, varianceB; // the party's, or for a gap the hospital and the medical side's
    if (byParty && measure.party == "gap") {
        varianceA = pooled(packages, measure.dimension, "hospital_side");
        varianceB = pooled(packages, measure.dimension, "medical_side");
    } else if (byParty) {
        varianceA = pooled(packages, measure.dimension, measure.party);
    }
    if (varianceA)
        out.pooledSd = std::sqrt(*varianceA);
    for (const auto* p : packages) {
        ComparedHospital row;
        row.package = p;
        if (!byParty) {
            // The index as every hospital has it: its four parts at 0.30/0.30/0.20/0.20, whether or
            // not the hospital's own index also weighs the incentives.
            bool found = false;
            if (measure.code == "index") {
                double sum = 0;
                int parts = 0;
                for (const auto& [code, weight] : {std::pair{"level", 0.3}, {"agreement", 0.3}, {"consensus", 0.2}, {"congruence", 0.2}})
                    for (const auto& c : p->components)
                        if (c.code == code && c.value) {
                            sum += weight * *c.value;
                            ++parts;
                        }
                found = parts == 4;
                row.value = sum;
            }
            for (const auto& c : p->components)
                if (c.code == measure.code && c.value) {
                    row.value = *c.value;
                    found = true;
                }
            if (!found)
                continue;
            for (const auto& party : p->parties)
                row.n += party.side ? 0 : party.respondents;
        } else if (measure.party == "gap") {
            const auto* a = cellOf(*p, measure.dimension, "hospital_side");
            const auto* b = cellOf(*p, measure.dimension, "medical_side");
            if (!a || !b)
                continue;
            row.value = a->mean - b->mean;
            row.n = std::min(a->n, b->n);
            if (varianceA && varianceB)
                row.variance = *varianceA / static_cast<double>(a->n) + *varianceB / static_cast<double>(b->n);
        } else {
            const auto* c = cellOf(*p, measure.dimension, measure.party);
            if (!c)
                continue;
            row.value = c->mean;
            row.n = c->n;
            if (varianceA)
                row.variance = *varianceA / static_cast<double>(c->n);
        }
        out.rows.push_back(row);
    }
    out.hospitals = out.rows.size();
    out.shown = out.hospitals >= std::max(minHospitals, kMinComparedHospitals);
    if (!out.shown) {
        out.rows.clear(); // nothing of a group too small to compare
        return out;
    }
    std::vector<double> values;
    for (const auto& r : out.rows)
        values.push_back(r.value);
    out.median = *quantile7(values, 0.5);
    out.q1 = *quantile7(values, 0.25);
    out.q3 = *quantile7(values, 0.75);
    std::vector<Estimate> estimates;
    for (const auto& r : out.rows)
        if (r.variance)
            estimates.push_back({r.value, *r.variance});
    if (estimates.size() == out.rows.size())
        out.spread = heterogeneity(estimates);
    if (out.spread)
        for (auto& r : out.rows) {
            r.shrunken = shrunken({r.value, *r.variance}, *out.spread);
            r.limits = funnelLimits(out.spread->randomMean, *r.variance, out.spread->tau2);
            r.above = r.value > out.spread->randomMean;
            r.position = r.value < r.limits->lower998 || r.value > r.limits->upper998 ? FunnelPosition::Outside998
                         : r.value < r.limits->lower95 || r.value > r.limits->upper95 ? FunnelPosition::Outside95
                                                                                       : FunnelPosition::Within;
        }
    std::sort(out.rows.begin(), out.rows.end(), [](const ComparedHospital& a, const ComparedHospital& b) {
        return a.package->hospitalName < b.package->hospitalName;
    });
    return out;
}

} // namespace core
