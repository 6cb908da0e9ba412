// Plausible money for the three demo hospitals: their vakgroepen, insurer contract and current
// distribution model, different per hospital.
#include "core/demo/demo_data.hpp"

#include <cmath>

namespace core {
namespace {

/// One vakgroep at the scale of a large teaching hospital; `scale` shrinks it for smaller ones.
Vakgroep vakgroep(std::string name, double selfEmployed, double salaried, double production, double dagdelen,
                  double disutility, double growth, double quality, double tariff, double marginalCost, double scale)
{
    Vakgroep v;
    v.name = std::move(name);
    v.selfEmployed = std::round(selfEmployed * scale);
    v.salaried = std::round(salaried * scale);
    v.salaryCost = 285000;
    v.production = std::round(production * scale);
    v.dagdelen = std::round(dagdelen * scale);
    v.disutility = std::round(disutility * scale);
    v.benchmarkGrowth = growth;
    v.quality = quality;
    v.tariff = tariff;
    v.marginalCost = marginalCost;
    v.ceiling = v.production; // no growth agreed
    return v;
}

std::vector<Vakgroep> vakgroepen(double scale)
{
    return {
        vakgroep("orthopedie", 12, 2, 9000, 4400, 180, 0.05, 0.85, 3800, 2100, scale),
        vakgroep("cardiologie", 14, 3, 16000, 5200, 260, 0.03, 0.90, 2600, 1300, scale),
        vakgroep("chirurgie", 16, 4, 14000, 6000, 300, 0.02, 0.80, 3400, 1900, scale),
        vakgroep("urologie", 7, 1, 6500, 2600, 140, 0.03, 0.85, 2900, 1500, scale),
        vakgroep("interne geneeskunde", 18, 8, 21000, 7200, 320, 0.02, 0.80, 2200, 1100, scale),
        vakgroep("gynaecologie", 10, 3, 8000, 3900, 280, 0.01, 0.80, 2500, 1300, scale),
        vakgroep("dermatologie", 6, 0, 9000, 2300, 30, 0.04, 0.85, 900, 400, scale),
        vakgroep("kindergeneeskunde", 0, 9, 7000, 3600, 300, 0.01, 0.85, 2000, 1100, scale),
    };
}

} // namespace

IncentiveInputs demoIncentives(std::size_t hospital)
{
    IncentiveInputs in;
    switch (hospital) {
    case 0: // Maasoever: dagdelen and on-call burden, pooled goodwill, a contract that shares savings
        in.vakgroepen = vakgroepen(1.0);
        in.pot = Pot{true, 0.15, 0, std::nullopt};
        in.contract = Contract{0.0, 0.3, std::nullopt};
        in.model = *preset("dagdelen_disutility");
        in.goodwill = Goodwill{300000, true, 5};
        break;
    case 1: // Noorderhaven: a benchmark model and a plain annual contract; goodwill per vakgroep. It
            // treats breast cancer with a nearby UMC: its surgeons are salaried, its plastic surgeons
            // self-employed (002 §3.3.4).
        in.vakgroepen = vakgroepen(0.65);
        for (auto& v : in.vakgroepen)
            if (v.name == "chirurgie") {
                v.salaried += v.selfEmployed;
                v.selfEmployed = 0;
            }
        in.vakgroepen.push_back(vakgroep("plastische chirurgie", 6, 0, 3200, 1900, 60, 0.02, 0.85, 3100, 1700, 0.65));
        in.goodwill = Goodwill{250000, false, 1};
        in.pot = Pot{true, 0.16, 0, std::nullopt};
        in.contract = Contract{0.0, 0.0, std::nullopt};
        in.model = *preset("benchmark");
        break;
    default: // Lindenhof: production-based, half the tariff paid above the ceiling
        in.vakgroepen = vakgroepen(0.4);
        in.pot = Pot{true, 0.15, 0, std::nullopt};
        in.goodwill = Goodwill{200000, false, 1};
        in.contract = Contract{0.5, 0.2, std::nullopt};
        in.model = *preset("production");
        break;
    }
    return in;
}

} // namespace core
