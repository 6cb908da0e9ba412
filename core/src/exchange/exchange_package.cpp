#include "core/exchange/exchange_package.hpp"

#include "exchange_json.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

using nlohmann::json;

/// Six decimals: more than any comparison needs, and a form every JSON library writes alike.
double rounded(double v) { return std::round(v * 1e6) / 1e6; }
std::optional<double> rounded(const std::optional<double>& v) { return v ? std::optional<double>(rounded(*v)) : std::nullopt; }

/// The answer both boards give to a profile question, or the one board's answer when only one
/// has a majority; empty when they differ or neither has one.
std::string boardsAnswer(const RoundFacts& facts, const std::string& question)
{
    const auto it = facts.profile.find(question);
    if (it == facts.profile.end())
        return {};
    std::string answer;
    for (const auto& [party, option] : it->second) {
        if (!answer.empty() && option != answer)
            return {};
        answer = option;
    }
    return answer;
}

/// The profile's distribution-model option that an incentive model's preset is an instance of.
std::string familyOfPreset(const std::string& preset)
{
    if (preset == "salaried")
        return "salaried_only";
    if (preset == "production" || preset == "benchmark" || preset == "dagdelen_disutility" || preset == "corridor")
        return preset;
    return {};
}

ExchangeDimension dimension(const DimensionResult& d)
{
    ExchangeDimension out{std::string(d.dimension.code()), rounded(d.overall), {}};
    for (const auto& p : d.parties) {
        if (!p.stat.shown)
            continue; // hidden on this dimension: left out, as the report leaves it blank
        ExchangeCell cell{p.party, p.stat.n, rounded(p.stat.mean), {}, {}, {}, {}, p.coarse};
        if (!p.coarse) {
            cell.sd = rounded(p.stat.sd);
            cell.rwg = rounded(p.rwg);
            if (p.spread) {
                cell.agreeing = p.spread->agreeing;
                cell.answers = p.spread->answers;
            }
        }
        out.cells.push_back(std::move(cell));
    }
    return out;
}

} // namespace

ExchangePackage buildExchangePackage(const ExchangeSource& s)
{
    const Analysis& a = s.analysis;
    ExchangePackage p;
    p.hospitalKey = s.hospitalKey;
    p.hospitalName = s.organisation.name;
    p.hospitalType = !s.organisation.hospitalType.empty() ? s.organisation.hospitalType : boardsAnswer(s.facts, "profile.hospital_type");
    p.organisationModel = boardsAnswer(s.facts, "profile.org_model");
    p.distributionFamily = boardsAnswer(s.facts, "profile.distribution_model");
    if (p.distributionFamily.empty())
        p.distributionFamily = familyOfPreset(s.incentiveModel);
    p.incentiveModel = s.incentiveModel;
    p.incentiveAlignment = rounded(s.facts.incentiveAlignment);
    p.roundId = s.round.id;
    p.roundName = s.round.name;
    p.roundDate = s.round.date;
    p.instrumentId = s.instrument.id();
    p.instrumentVersion = s.instrument.version();
    p.k = a.options.k;
    p.detailThreshold = a.options.detailN;
    for (const auto& party : a.parties) {
        ExchangeParty out{party.code, party.isSide, {}, 0};
        for (const auto role : party.roles) {
            out.roles.emplace_back(code(role));
            for (const auto& [shown, size] : a.partySizes)
                if (shown == role)
                    out.respondents += size;
        }
        p.parties.push_back(std::move(out));
    }
    for (const auto& d : a.elements)
        p.elements.push_back(dimension(d));
    for (const auto& d : a.themes)
        p.themes.push_back(dimension(d));
    p.index = rounded(a.index.value);
    for (const auto& c : a.index.components)
        p.components.push_back({c.code, rounded(c.value), c.weight});
    // The organisation's facts only; never a number question (a board's median is close to one answer).
    for (const auto& [question, parties] : s.facts.profile)
        if (std::find(std::begin(kExchangeProfileQuestions), std::end(kExchangeProfileQuestions), question) != std::end(kExchangeProfileQuestions))
            for (const auto& [party, answer] : parties)
                p.profile.push_back({question, party, answer});
    p.madeBy = s.madeBy;
    return p;
}

std::string exchangeCanonical(const ExchangePackage& package)
{
    return detail::shortestNumbers(detail::fileJson(detail::contentJson(package)).dump());
}

std::string exchangeFile(const ExchangePackage& package, std::string_view sha256)
{
    auto doc = detail::fileJson(detail::contentJson(package));
    doc["sha256"] = sha256;
    return detail::shortestNumbers(doc.dump(2)) + "\n";
}

} // namespace core
