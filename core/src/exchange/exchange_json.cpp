#include "exchange_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>

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

namespace {

/// Python's repr of a finite double, from its shortest round-trip digits.
std::string pythonRepr(double v)
{
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::scientific).ptr;
    std::string s(buffer, end); // [-]d[.ddd]e±XX, the shortest digits
    std::string sign;
    if (s.front() == '-') {
        sign = "-";
        s.erase(0, 1);
    }
    const auto e = s.find('e');
    const int exponent = std::atoi(s.c_str() + e + 1);
    std::string digits = s.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    if (exponent < -4 || exponent >= 16) {
        std::string out = sign + digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "") + "e" + (exponent < 0 ? "-" : "+");
        const std::string magnitude = std::to_string(exponent < 0 ? -exponent : exponent);
        return out + (magnitude.size() < 2 ? "0" : "") + magnitude;
    }
    std::string whole, fraction;
    if (exponent < 0) {
        whole = "0";
        fraction = std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    } else {
        const auto point = static_cast<std::size_t>(exponent) + 1;
        digits.resize(std::max(digits.size(), point), '0');
        whole = digits.substr(0, point);
        fraction = digits.substr(point);
    }
    return sign + whole + "." + (fraction.empty() ? "0" : fraction);
}

} // namespace

std::string shortestNumbers(const std::string& dumped)
{
    std::string out;
    out.reserve(dumped.size());
    bool inString = false;
    for (std::size_t i = 0; i < dumped.size();) {
        const char c = dumped[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < dumped.size())
                out += dumped[++i];
            else if (c == '"')
                inString = false;
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            ++i;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < dumped.size() && std::string_view("-+.eE0123456789").find(dumped[end]) != std::string_view::npos)
                ++end;
            const std::string token = dumped.substr(i, end - i);
            double v = 0;
            if (token.find_first_of(".eE") != std::string::npos &&
                std::from_chars(token.data(), token.data() + token.size(), v).ec == std::errc())
                out += pythonRepr(v);
            else
                out += token;
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
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
