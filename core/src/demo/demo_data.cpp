#include "core/demo/demo_data.hpp"

#include "demo_generator.hpp"

#include "core/instrument/module.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace core {
namespace {

using detail::flat;
using detail::Levels;
using detail::PartySpec;
using detail::Random;
using detail::answerAll;

struct HospitalSpec {
    DemoHospital base;
    std::uint64_t seed;
    std::vector<PartySpec> parties;
    std::map<std::string, std::string> factsRvb; ///< profile question -> answer
    std::map<std::string, std::string> factsMsb;
};

/// The follow-up round: its own answers, from the same kinds of parties.
struct FollowUpSpec {
    std::string roundName;
    std::string roundDate;
    std::uint64_t seed;
    std::vector<PartySpec> parties;
    std::map<std::string, std::string> factsRvb;
    std::map<std::string, std::string> factsMsb;
};


const std::map<std::string, std::string> kAligned{
    {"profile.hospital_type", "stz"},          {"profile.org_model", "combi"},
    {"profile.joint_table", "fully"},          {"profile.distribution_model", "dagdelen_disutility"},
    {"profile.goodwill", "pooled"},            {"profile.insight_msb_accounts", "yes"},
    {"profile.insight_vakgroep_income", "yes"}, {"profile.insight_production", "yes"},
    {"profile.hiring_role_rvb", "advice_weighty"}, {"profile.msb_say_key_positions", "yes"},
    {"profile.complex_care_role", "both"},     {"profile.value_discipline_planned", "operational_excellence"},
    {"profile.value_discipline_complex", "product_leadership"}, {"profile.non_compete", "exemption_possible"},
    {"profile.msb_board_rotation", "staggered"}, {"profile.alignment_meaning", "clinical"},
    {"profile.specialists_self_employed", "184"}, {"profile.specialists_salaried", "61"}};

std::vector<HospitalSpec> specs()
{
    std::vector<HospitalSpec> out;
    // Shared values, strategy, structure, systems, staff, skills, style.
    out.push_back(HospitalSpec{
        {"Ziekenhuis Maasoever", "stz", "Nulmeting 2026", "2026-03-16",
         "well aligned: high scores, small gaps, high consensus", {}, {}, {}, std::nullopt},
        20260316,
        {{Role::Rvb, 3, {4.3, 4.1, 4.2, 3.8, 4.0, 3.9, 4.1}, 0.35},
         {Role::MsbBoard, 5, {4.2, 4.0, 4.1, 3.7, 3.9, 4.0, 4.0}, 0.35},
         {Role::SpecialistSelfEmployed, 14, {4.0, 3.9, 3.9, 3.5, 3.8, 3.8, 3.9}, 0.3},
         {Role::SpecialistSalaried, 6, {4.0, 3.8, 3.8, 3.6, 3.8, 3.7, 3.9}, 0.3},
         {Role::Nursing, 4, flat(3.8), 0.45},
         {Role::ClientCouncil, 3, flat(3.7), 0.45},
         {Role::Gp, 3, flat(3.6), 0.45},
         {Role::Insurer, 2, flat(3.7), 0.4},
         {Role::SupervisoryBoard, 3, flat(4.0), 0.35}},
        kAligned,
        kAligned});

    auto rvbFacts = std::map<std::string, std::string>{
        {"profile.hospital_type", "general"},          {"profile.org_model", "msb_non_transparent"},
        {"profile.joint_table", "partly"},             {"profile.distribution_model", "benchmark"},
        {"profile.goodwill", "per_vakgroep"},          {"profile.insight_msb_accounts", "partly"},
        {"profile.insight_vakgroep_income", "no"},     {"profile.insight_production", "partly"},
        {"profile.hiring_role_rvb", "advice_light"},   {"profile.msb_say_key_positions", "partly"},
        {"profile.complex_care_role", "sending"},       {"profile.value_discipline_planned", "operational_excellence"},
        {"profile.value_discipline_complex", "not_provided"}, {"profile.non_compete", "strict"},
        {"profile.msb_board_rotation", "all_at_once"}, {"profile.alignment_meaning", "financial"},
        {"profile.specialists_self_employed", "112"},  {"profile.specialists_salaried", "24"}};
    auto msbFacts = rvbFacts;
    msbFacts["profile.joint_table"] = "per_forum";
    msbFacts["profile.insight_msb_accounts"] = "yes";
    msbFacts["profile.msb_say_key_positions"] = "no";
    msbFacts["profile.value_discipline_planned"] = "no_choice";
    msbFacts["profile.alignment_meaning"] = "clinical";
    out.push_back(HospitalSpec{
        {"Noorderhaven Ziekenhuis", "general", "Nulmeting 2026", "2026-04-20",
         "RvB and specialists diverge strongly on structure and systems", {}, {}, {}, std::nullopt},
        20260420,
        {{Role::Rvb, 3, {3.6, 3.8, 4.5, 4.6, 3.5, 3.4, 3.5}, 0.3},
         {Role::MsbBoard, 4, {3.2, 3.1, 1.9, 2.0, 3.0, 3.2, 2.8}, 0.4},
         {Role::SpecialistSelfEmployed, 12, {3.1, 2.9, 1.8, 2.0, 2.9, 3.1, 2.8}, 0.45},
         {Role::SpecialistSalaried, 5, {3.2, 3.0, 2.2, 2.1, 3.0, 3.0, 3.0}, 0.45},
         {Role::Nursing, 3, flat(3.1), 0.5},
         {Role::ClientCouncil, 3, flat(3.3), 0.5},
         {Role::Gp, 4, flat(2.9), 0.5},
         {Role::Insurer, 2, flat(3.0), 0.4},
         {Role::SupervisoryBoard, 3, {3.6, 3.6, 3.7, 3.6, 3.4, 3.3, 3.3}, 0.35}},
        rvbFacts,
        msbFacts});
    out.back().base.actions = {
        {"joint_meetings", "done", "voorzitters RvB en MSB", "2026-09-30", ""},
        {"shared_protocols_monitoring", "in_progress", "manager bedrijfsvoering", "2027-06-30", ""},
        {"incentives_and_transparency", "open", "bestuur MSB", "2027-12-31", ""}};

    auto lindenhof = std::map<std::string, std::string>{
        {"profile.hospital_type", "regional"},            {"profile.org_model", "msb_transparent"},
        {"profile.joint_table", "partly"},                {"profile.distribution_model", "production"},
        {"profile.goodwill", "per_vakgroep"},             {"profile.insight_msb_accounts", "yes"},
        {"profile.insight_vakgroep_income", "partly"},    {"profile.insight_production", "yes"},
        {"profile.hiring_role_rvb", "advice_light"},      {"profile.msb_say_key_positions", "partly"},
        {"profile.complex_care_role", "sending"},         {"profile.value_discipline_planned", "operational_excellence"},
        {"profile.value_discipline_complex", "not_provided"}, {"profile.non_compete", "exemption_possible"},
        {"profile.msb_board_rotation", "no_fixed_terms"}, {"profile.alignment_meaning", "organisational"},
        {"profile.specialists_self_employed", "58"},      {"profile.specialists_salaried", "19"}};
    out.push_back(HospitalSpec{
        {"Streekziekenhuis Lindenhof", "regional", "Nulmeting 2026", "2026-05-11",
         "low consensus inside the specialist group", {}, {}, {}, std::nullopt},
        20260511,
        {{Role::Rvb, 3, {3.2, 3.3, 3.2, 3.2, 3.3, 3.4, 3.4}, 0.3},
         {Role::MsbBoard, 5, {3.4, 3.3, 3.2, 3.1, 3.2, 3.3, 3.1}, 0.5, 0.8},
         {Role::SpecialistSelfEmployed, 10, {3.1, 3.0, 2.9, 2.9, 3.0, 3.1, 2.8}, 0.35, 1.35},
         {Role::SpecialistSalaried, 7, {3.2, 3.1, 3.0, 3.0, 3.1, 3.1, 3.0}, 0.35, 1.25},
         {Role::Nursing, 4, flat(3.2), 0.5},
         {Role::ClientCouncil, 2, flat(3.3), 0.5},
         {Role::Gp, 3, flat(3.0), 0.5},
         {Role::Insurer, 2, flat(3.1), 0.4},
         {Role::SupervisoryBoard, 3, flat(3.4), 0.35}},
        lindenhof,
        lindenhof});
    return out;
}

/// Noorderhaven a year on: meeting together and shared protocols moved structure and systems (and
/// with them strategy); the soft elements stayed where they were.
FollowUpSpec noorderhavenFollowUp()
{
    auto facts = std::map<std::string, std::string>{
        {"profile.hospital_type", "general"},          {"profile.org_model", "msb_non_transparent"},
        {"profile.joint_table", "fully"},              {"profile.distribution_model", "benchmark"},
        {"profile.goodwill", "per_vakgroep"},          {"profile.insight_msb_accounts", "yes"},
        {"profile.insight_vakgroep_income", "no"},     {"profile.insight_production", "yes"},
        {"profile.hiring_role_rvb", "advice_light"},   {"profile.msb_say_key_positions", "partly"},
        {"profile.complex_care_role", "sending"},       {"profile.value_discipline_planned", "operational_excellence"},
        {"profile.value_discipline_complex", "not_provided"}, {"profile.non_compete", "exemption_possible"},
        {"profile.msb_board_rotation", "staggered"},   {"profile.alignment_meaning", "financial"},
        {"profile.specialists_self_employed", "110"},  {"profile.specialists_salaried", "27"}};
    return {"Vervolgmeting 2027",
            "2027-04-19",
            20270419,
            {{Role::Rvb, 3, {3.4, 4.3, 4.5, 4.4, 3.3, 3.2, 3.0}, 0.3},
             {Role::MsbBoard, 4, {3.0, 4.1, 4.1, 4.2, 2.9, 3.0, 2.5}, 0.35},
             {Role::SpecialistSelfEmployed, 13, {3.0, 3.9, 3.8, 4.0, 2.8, 3.0, 2.5}, 0.4},
             {Role::SpecialistSalaried, 5, {3.1, 4.0, 3.9, 4.0, 2.9, 2.9, 2.7}, 0.4},
             {Role::Nursing, 3, flat(3.2), 0.5},
             {Role::ClientCouncil, 3, flat(3.3), 0.5},
             {Role::Gp, 4, flat(3.1), 0.5},
             {Role::Insurer, 2, flat(3.1), 0.4},
             {Role::SupervisoryBoard, 3, {3.4, 4.0, 4.1, 4.0, 3.3, 3.2, 3.2}, 0.35}},
            facts,
            facts};
}

/// Noorderhaven's MSB board on the checklist of msb_governance, and both boards on the factors:
/// some work on performance, little on well-being and the board's own means.
std::map<std::string, std::string> noorderhavenGovernance(bool later)
{
    std::map<std::string, std::string> out{
        {"msb_governance.monitor_review", later ? "in_place" : "planned"},
        {"msb_governance.monitor_annual", "not_in_place"},
        {"msb_governance.monitor_signals", "in_place"},
        {"msb_governance.monitor_visits", "not_in_place"},
        {"msb_governance.collective_goals", later ? "in_place" : "planned"},
        {"msb_governance.collective_social", "in_place"},
        {"msb_governance.collective_channel", "in_place"},
        {"msb_governance.collective_meetings", "not_in_place"},
        {"msb_governance.selection_team", "in_place"},
        {"msb_governance.selection_values", "not_in_place"},
        {"msb_governance.selection_need", "planned"},
        {"msb_governance.onboarding_programme", "in_place"},
        {"msb_governance.wellbeing_support", "planned"},
        {"msb_governance.wellbeing_career", "not_in_place"},
        {"msb_governance.wellbeing_balance", "planned"},
        {"msb_governance.wellbeing_programme", "not_in_place"},
        {"msb_governance.procedures_current", "in_place"},
        {"msb_governance.procedures_standard", later ? "in_place" : "planned"},
        {"msb_governance.procedures_code", "not_in_place"},
        {"msb_governance.learning_culture", "planned"},
        {"msb_governance.conditions_time", "in_place"},
        {"msb_governance.conditions_support", "not_in_place"},
        {"msb_governance.conditions_data", "planned"},
        {"msb_governance.board_intervision", "not_in_place"},
        {"msb_governance.board_advice", "planned"}};
    for (const auto& [factor, answer] : std::map<std::string, std::string>{
             {"factor_blame", "yes"}, {"factor_external", "yes"}, {"factor_size", "yes"}, {"factor_contract", "yes"},
             {"factor_appointment", "no"}, {"factor_care_profile", "yes"}, {"factor_board_expertise", "no"},
             {"factor_investor", "no_investor"}})
        out["msb_governance." + factor] = answer;
    return out;
}

/// The answers of `parties` to the questions of `modules`, from a random stream of their own.
std::vector<AnswerRow> moduleAnswers(const Instrument& instrument, const std::vector<std::string>& modules,
                                     const std::vector<PartySpec>& parties, std::map<std::string, std::string> factsRvb,
                                     std::map<std::string, std::string> factsMsb, const std::map<std::string, std::string>& extra,
                                     std::uint64_t seed)
{
    std::vector<const Module*> chosen;
    for (const auto& m : modules)
        chosen.push_back(builtinModule(m));
    const Instrument merged = withModules(instrument, chosen);
    factsRvb.insert(extra.begin(), extra.end());
    factsMsb.insert(extra.begin(), extra.end());
    Random random(seed);
    std::vector<AnswerRow> all;
    for (const auto& party : parties)
        for (int i = 0; i < party.count; ++i)
            answerAll(merged, factsRvb, factsMsb, party, i, random, all);
    std::vector<AnswerRow> out;
    for (auto& row : all)
        if (!merged.find(row.item)->module.empty())
            out.push_back(std::move(row));
    return out;
}

} // namespace

namespace detail {
namespace {

std::string roleCode(Role r) { return std::string(roleAbbreviation(r)); }

int clampRound(double v, int lo, int hi)
{
    return std::clamp(static_cast<int>(std::lround(v)), lo, hi);
}

} // namespace

void answerAll(const Instrument& instrument, const std::map<std::string, std::string>& factsRvb,
               const std::map<std::string, std::string>& factsMsb, const PartySpec& party, int index, Random& random,
               std::vector<AnswerRow>& out)
{
    const std::string number = std::to_string(index + 1);
    const std::string code = roleCode(party.role) + "-" + (number.size() < 2 ? "0" + number : number);
    const double offset = random.normal(party.spread) + (party.split > 0 ? (index % 2 ? party.split : -party.split) : 0);
    const bool outsider = party.role == Role::Gp || party.role == Role::Insurer || party.role == Role::ClientCouncil;
    for (const auto& q : instrument.questions()) {
        if (!q.askedOf(party.role))
            continue;
        AnswerRow row{code, party.role, q.code, std::monostate{}};
        const double level = q.element ? party.level[static_cast<std::size_t>(*q.element)] + offset : 3.0;
        if (q.kind == QuestionKind::Likert) {
            if (random.uniform() >= (outsider ? 0.10 : 0.03)) {
                const int keyed = clampRound(level + random.normal(0.55), 1, 5);
                row.value = q.reverse ? 6 - keyed : keyed;
            }
        } else if (q.kind == QuestionKind::Rating) {
            const double current = (level - 1.0) / 4.0 * 10.0 + random.normal(0.8);
            const double wanted = current + 1.5 + (5.0 - level) * 0.6 + random.normal(0.7);
            row.value = clampRound(q.aspect == RatingAspect::Current ? current : std::max(current, wanted), 0, 10);
        } else {
            const auto& facts = party.role == Role::Rvb ? factsRvb : factsMsb;
            const auto it = facts.find(q.code);
            if (it == facts.end())
                continue;
            if (q.kind == QuestionKind::Choice && q.option(it->second))
                row.value = it->second;
            else if (q.kind == QuestionKind::Number)
                row.value = std::stoi(it->second);
        }
        out.push_back(std::move(row));
    }
}

} // namespace detail

std::vector<DemoHospital> demoHospitals(const Instrument& instrument)
{
    std::vector<DemoHospital> out;
    for (const auto& spec : specs()) {
        DemoHospital h = spec.base;
        h.incentives = demoIncentives(out.size());
        Random random(spec.seed);
        for (const auto& party : spec.parties)
            for (int i = 0; i < party.count; ++i)
                answerAll(instrument, spec.factsRvb, spec.factsMsb, party, i, random, h.answers);
        if (out.size() == 1) {
            const auto f = noorderhavenFollowUp();
            DemoFollowUp followUp{f.roundName, f.roundDate, {}};
            Random later(f.seed);
            for (const auto& party : f.parties)
                for (int i = 0; i < party.count; ++i)
                    answerAll(instrument, f.factsRvb, f.factsMsb, party, i, later, followUp.answers);
            h.modules = {"msb_governance"};
            h.moduleAnswers = moduleAnswers(instrument, h.modules, spec.parties, spec.factsRvb, spec.factsMsb,
                                            noorderhavenGovernance(false), spec.seed + 20);
            followUp.moduleAnswers = moduleAnswers(instrument, h.modules, f.parties, f.factsRvb, f.factsMsb,
                                                   noorderhavenGovernance(true), f.seed + 20);
            h.followUp = std::move(followUp);
        }
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace core
