// The national demo: forty fictional hospitals that differ the way hospitals in the field do.
#include "core/demo/demo_data.hpp"

#include "demo_generator.hpp"

#include <algorithm>
#include <string>

namespace core {
namespace {

using detail::Levels;
using detail::PartySpec;
using detail::Random;

const char* const kPlaces[] = {"Aaldonk",   "Beekveld",   "Dijkhoorn", "Eemwijk",    "Friesmeer", "Gaasterhof", "Heuvelrode",
                               "IJsselkamp", "Jonkersdal", "Kroonveen", "Leidrecht",  "Molenwaard", "Noordeind", "Oosterzand",
                               "Polderhout", "Quarlesdam", "Rietvoorde", "Schoonoord", "Terpwolde", "Uitdam",    "Veldhoek",
                               "Waalsteyn", "Zandbergen", "Amstelrade", "Bosrijk",   "Dorpshaven", "Elsenburg", "Graafdijk",
                               "Hoogmeer",  "Kerkdriel",  "Lindewaard", "Maasvliet", "Nieuwkade",  "Oudeschans", "Rijnvoorde",
                               "Slotermeer", "Vlietland",  "Westerkamp", "Zuidlaren", "Zeedijk"};

/// Picks an option by its weight.
template <std::size_t N>
const char* pick(Random& random, const std::pair<const char*, double> (&options)[N])
{
    double total = 0;
    for (const auto& o : options)
        total += o.second;
    double at = random.uniform() * total;
    for (const auto& o : options) {
        if (at < o.second)
            return o.first;
        at -= o.second;
    }
    return options[N - 1].first;
}

int between(Random& random, int lo, int hi) { return lo + static_cast<int>(random.uniform() * (hi - lo + 1)) % (hi - lo + 1); }

std::map<std::string, std::string> facts(Random& random, const std::string& type)
{
    std::map<std::string, std::string> f{
        {"profile.hospital_type", type},          {"profile.goodwill", "per_vakgroep"},
        {"profile.insight_msb_accounts", "partly"}, {"profile.insight_vakgroep_income", "partly"},
        {"profile.insight_production", "yes"},    {"profile.hiring_role_rvb", "advice_light"},
        {"profile.msb_say_key_positions", "partly"}, {"profile.complex_care_role", type == "umc" ? "centre" : "sending"},
        {"profile.value_discipline_planned", "operational_excellence"}, {"profile.value_discipline_complex", "not_provided"},
        {"profile.non_compete", "exemption_possible"}, {"profile.msb_board_rotation", "staggered"},
        {"profile.alignment_meaning", "organisational"}, {"profile.specialists_self_employed", "80"},
        {"profile.specialists_salaried", "30"}};
    // 2018: about 80% with a samenwerkingsmodel; the FMS survey's forms of the joint table.
    static const std::pair<const char*, double> kModels[] = {
        {"msb_transparent", 35}, {"msb_non_transparent", 25}, {"combi", 25}, {"participation", 7}, {"salaried", 8}};
    static const std::pair<const char*, double> kTables[] = {{"fully", 38}, {"partly", 36}, {"per_forum", 18}, {"other", 8}};
    static const std::pair<const char*, double> kDivisions[] = {
        {"production", 30}, {"benchmark", 20}, {"dagdelen_disutility", 20}, {"corridor", 10}, {"mixed", 15}, {"other", 5}};
    const std::string model = type == "umc" ? "salaried" : pick(random, kModels);
    f["profile.org_model"] = model;
    f["profile.joint_table"] = pick(random, kTables);
    f["profile.distribution_model"] = model == "salaried" ? "salaried_only" : pick(random, kDivisions);
    return f;
}

} // namespace

std::vector<DemoHospital> nationalDemoHospitals(const Instrument& instrument, std::size_t count)
{
    static const std::pair<const char*, double> kTypes[] = {{"umc", 7}, {"stz", 25}, {"general", 45}, {"regional", 15}, {"categorical", 8}};
    static const char* const kNames[] = {"Ziekenhuis", "Medisch Centrum", "Ziekenhuis", "Gasthuis"};
    std::vector<DemoHospital> out;
    for (std::size_t i = 0; i < count; ++i) {
        Random random(20261201u + i);
        const std::string type = pick(random, kTypes);
        const std::string place = std::string(kPlaces[i % std::size(kPlaces)]) + (i >= std::size(kPlaces) ? " " + std::to_string(i / std::size(kPlaces) + 1) : "");
        const std::string prefix = type == "umc" ? "Universitair Medisch Centrum" : type == "regional" ? "Streekziekenhuis" : kNames[i % 4];
        DemoHospital h{prefix + " " + place, type, "Meting 2026", "2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10),
                       "national demo", {}, {}, {}, std::nullopt};
        const double base = 3.2 + random.normal(0.3);
        const bool wide = random.uniform() < 0.33; // RvB and MSB far apart on structure and systems
        const double gap = wide ? 0.8 + random.uniform() * 0.8 : random.normal(0.2);
        Levels medical = detail::flat(base);
        Levels board = detail::flat(base + random.normal(0.2)); // either board may see more alignment
        board[static_cast<std::size_t>(Element::Structure)] += gap;
        board[static_cast<std::size_t>(Element::Systems)] += gap;
        const bool salaried = type == "umc";
        const std::vector<PartySpec> parties{
            {Role::Rvb, between(random, 3, 5), board, 0.3},
            {Role::MsbBoard, between(random, 3, 7), medical, 0.4},
            {Role::SpecialistSelfEmployed, salaried ? between(random, 0, 2) : between(random, 8, 40), medical, 0.3 + random.uniform() * 0.3},
            {Role::SpecialistSalaried, salaried ? between(random, 20, 45) : between(random, 3, 15), medical, 0.35},
            {Role::Nursing, between(random, 3, 8), detail::flat(base), 0.45},
            {Role::ClientCouncil, between(random, 2, 4), detail::flat(base), 0.5},
            {Role::Gp, between(random, 0, 5), detail::flat(base - 0.2), 0.5},
            {Role::SupervisoryBoard, between(random, 3, 5), board, 0.35}};
        const auto rvbFacts = facts(random, type);
        auto msbFacts = rvbFacts;
        if (random.uniform() < 0.1) // the boards do not always see the joint table the same way
            msbFacts["profile.joint_table"] = "per_forum";
        for (const auto& party : parties)
            for (int r = 0; r < party.count; ++r)
                detail::answerAll(instrument, rvbFacts, msbFacts, party, r, random, h.answers);
        if (i % 3 == 0) { // a second round a year on, the gap halved
            DemoFollowUp later{"Meting 2027", "2027" + h.roundDate.substr(4), {}};
            auto closer = parties;
            for (auto& party : closer)
                if (party.role == Role::Rvb || party.role == Role::SupervisoryBoard) {
                    party.level[static_cast<std::size_t>(Element::Structure)] -= gap / 2;
                    party.level[static_cast<std::size_t>(Element::Systems)] -= gap / 2;
                }
            for (const auto& party : closer)
                for (int r = 0; r < party.count; ++r)
                    detail::answerAll(instrument, rvbFacts, msbFacts, party, r, random, later.answers);
            h.followUp = std::move(later);
        }
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace core
