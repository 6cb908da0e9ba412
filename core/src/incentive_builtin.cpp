// The built-in scenarios: the worked examples of the sources (DOMAIN §6), with plausible numbers.
#include "core/incentive_analysis.hpp"

namespace core {
namespace {

Scenario make(std::string id, LocalText name, LocalText description, Theme theme, bool servedByB, Course a, Course b,
              bool betweenHospitals = false)
{
    return Scenario{std::move(id), std::move(name), std::move(description), theme, servedByB, std::move(a), std::move(b),
                    true, betweenHospitals};
}

Course course(LocalText label, std::map<std::string, VakgroepChange> changes = {}, Environment environment = {})
{
    return Course{std::move(label), std::move(changes), std::move(environment)};
}

Environment growth(const std::string& vakgroep, double g)
{
    Environment e;
    e.benchmarkGrowth[vakgroep] = g;
    return e;
}

std::vector<Scenario> build()
{
    std::vector<Scenario> s;
    s.push_back(make(
        "ceiling_conflict",
        {"Plafondconflict in de orthopedie", "Ceiling conflict in orthopaedics"},
        {"Het ziekenhuis sprak met de zorgverzekeraar af niet te groeien in knieoperaties; vergelijkbare ziekenhuizen "
         "groeien 5%. Blijven de orthopeden binnen het plafond, of groeien zij mee?",
         "The hospital agreed with the insurer not to grow in knee surgery; comparable hospitals grow 5%. Do the "
         "orthopaedists stay within the ceiling, or grow along?"},
        Theme::AppropriateCare, false,
        course({"Binnen het plafond blijven", "Stay within the ceiling"}, {}, growth("orthopedie", 0.05)),
        course({"6% meer knieoperaties, boven het plafond", "6% more knee operations, above the ceiling"},
               {{"orthopedie", {0.06, 0, 0, 0, 0}}}, growth("orthopedie", 0.05))));
    s.push_back(make(
        "substitution_penalty",
        {"Substitutie: cardiologen ondersteunen huisartsen", "Substitution: cardiologists support GPs"},
        {"De cardiologen helpen huisartsen zodat die 10% minder patiënten verwijzen; de zorg gaat naar de eerste lijn.",
         "The cardiologists help GPs so that they refer 10% fewer patients; the care moves to primary care."},
        Theme::PrimaryCare, true, course({"Verwijzen zoals nu", "Referrals as now"}),
        course({"10% minder verwijzingen", "10% fewer referrals"}, {{"cardiologie", {-0.10, 0.10, 0, 0, 0}}})));
    s.push_back(make(
        "shared_decision_making",
        {"Samen beslissen in de chirurgie", "Shared decision making in surgery"},
        {"Chirurgen nemen meer tijd om met de patiënt te kiezen (gemiddeld 5% meer tijd per consult of ingreep) en zien "
         "vaker af van een ingreep (5% minder).",
         "Surgeons take more time to choose with the patient (on average 5% more time per consultation or procedure) "
         "and forgo a procedure more often (5% fewer)."},
        Theme::AppropriateCare, true, course({"Spreekuur zoals nu", "Clinic as now"}),
        course({"Samen beslissen", "Shared decision making"}, {{"chirurgie", {-0.05, 0, 0.05, 0, 0}}})));
    Environment concentrated;
    concentrated.ceilingChange["orthopedie"] = 0.15;
    s.push_back(make(
        "lchv_concentration",
        {"Heup- en knievervanging concentreren", "Concentrating hip and knee replacement"},
        {"Planbare heup- en knievervangingen uit de regio komen naar dit ziekenhuis: 15% meer productie, en de "
         "zorgverzekeraar verhoogt het plafond mee.",
         "Planned hip and knee replacements from the region come to this hospital: 15% more production, and the "
         "insurer raises the ceiling with it."},
        Theme::LchvConcentration, true, course({"Ieder ziekenhuis opereert zelf", "Every hospital operates itself"}),
        course({"Concentratie hier", "Concentration here"}, {{"orthopedie", {0.15, 0, 0, 0.15, 0}}}, concentrated), true));
    Environment deal;
    deal.agreedPath["cardiologie"] = -0.10;
    deal.agreedRevenueChange = -0.004;
    s.push_back(make(
        "multi_year_deal",
        {"Meerjarenafspraak met de zorgverzekeraar", "Multi-year agreement with the insurer"},
        {"Ziekenhuis en zorgverzekeraar spreken af dat de omzet 0,4% daalt terwijl de cardiologie 10% minder produceert "
         "(ruim 1,5% van de omzet); de cardiologen houden spreekuur in huisartspraktijken, en het verdeelmodel rekent "
         "met het afgesproken pad.",
         "Hospital and insurer agree that revenue falls 0.4% while cardiology produces 10% less (over 1.5% of the "
         "revenue); the cardiologists hold clinics in GP practices, and the distribution model counts against the "
         "agreed path."},
        Theme::PrimaryCare, true, course({"Jaarcontract, verwijzen zoals nu", "Annual contract, referrals as now"}),
        course({"Meerjarenafspraak, cardiologie 10% minder productie", "Multi-year agreement, cardiology 10% less production"},
               {{"cardiologie", {-0.10, 0.10, 0, 0, 0}}}, deal)));
    s.push_back(make(
        "regional_concentration",
        {"Regionale maatschap concentreert complexe urologie", "Regional partnership concentrates complex urology"},
        {"De regionale maatschap urologie voert complexe ingrepen voortaan uit in het partnerziekenhuis: hier 20% minder "
         "productie, het inkomen verdienen de urologen daar.",
         "The regional urology partnership now performs complex procedures in the partner hospital: 20% less "
         "production here, the urologists earn the income there."},
        Theme::HclvConcentration, true, course({"Complexe urologie blijft hier", "Complex urology stays here"}),
        course({"Concentratie in het partnerziekenhuis", "Concentration in the partner hospital"},
               {{"urologie", {-0.20, 0, 0, -0.20, 0.20}}}), true));
    return s;
}

} // namespace

const std::vector<Scenario>& builtinScenarios()
{
    static const std::vector<Scenario> scenarios = build();
    return scenarios;
}

} // namespace core
