#include "exchange_json.hpp"

namespace core::detail {
namespace {

using nlohmann::json;

json orNull(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json orNull(const std::optional<std::size_t>& v) { return v ? json(*v) : json(nullptr); }
json orNull(const std::string& v) { return v.empty() ? json(nullptr) : json(v); }

json dimensions(const std::vector<ExchangeDimension>& list)
{
    json out = json::object();
    for (const auto& d : list) {
        json parties = json::object();
        for (const auto& c : d.cells)
            parties[c.party] = {{"n", c.n},           {"mean", c.mean},         {"sd", orNull(c.sd)},
                                {"rwg", orNull(c.rwg)}, {"agreeing", orNull(c.agreeing)}, {"answers", orNull(c.answers)},
                                {"rounded", c.rounded}};
        out[d.code] = {{"overall", orNull(d.overall)}, {"parties", parties}};
    }
    return out;
}

} // namespace

json contentJson(const ExchangePackage& p)
{
    json parties = json::array();
    for (const auto& party : p.parties)
        parties.push_back({{"id", party.id}, {"side", party.side}, {"roles", party.roles}, {"respondents", party.respondents}});
    json components = json::array();
    for (const auto& c : p.components)
        components.push_back({{"code", c.code}, {"value", orNull(c.value)}, {"weight", c.weight}});
    json profile = json::object();
    for (const auto& a : p.profile)
        profile[a.question][a.party] = a.answer;
    return {{"hospital",
             {{"key", p.hospitalKey},
              {"name", p.hospitalName},
              {"type", orNull(p.hospitalType)},
              {"organisation_model", orNull(p.organisationModel)},
              {"distribution_family", orNull(p.distributionFamily)},
              {"incentive_model", orNull(p.incentiveModel)},
              {"incentive_alignment", orNull(p.incentiveAlignment)}}},
            {"round", {{"id", p.roundId}, {"name", p.roundName}, {"date", p.roundDate}}},
            {"instrument", {{"id", p.instrumentId}, {"version", p.instrumentVersion}}},
            {"anonymity", {{"k", p.k}, {"detail_threshold", p.detailThreshold}}},
            {"parties", parties},
            {"elements", dimensions(p.elements)},
            {"themes", dimensions(p.themes)},
            {"index", {{"value", orNull(p.index)}, {"components", components}}},
            {"profile", profile},
            {"made_by", p.madeBy}};
}

json fileJson(json content)
{
    return {{"format", kExchangeFormat},
            {"schema_version", kExchangeSchemaVersion},
            {"about", "Aggregate figures of one round of the Samenspel questionnaire on alignment between a hospital's "
                      "board and its medical specialists; parties below the anonymity threshold are left out. Schema: "
                      "docs/exchange.md. The sha256 is over the canonical form of all but itself."},
            {"content", std::move(content)}};
}

} // namespace core::detail
