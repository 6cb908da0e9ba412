// The anonymity promise, as a property of everything `samenspel score` publishes: over random
// rounds with parties of 0 to 12 respondents, no shown figure rests on fewer than k respondents,
// and nothing shown changes when the answers of a hidden party change, so its answers cannot be
// recomputed from what is shown.
#include "core/analysis.hpp"
#include "core/instrument_loader.hpp"
#include "reports/score_tables.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>

using namespace core;
using nlohmann::json;

namespace {

AnswerValue randomValue(const Question& q, std::mt19937& random)
{
    if (std::uniform_int_distribution<int>(0, 9)(random) == 0)
        return std::monostate{};
    if (q.kind == QuestionKind::Choice)
        return q.options[std::uniform_int_distribution<std::size_t>(0, q.options.size() - 1)(random)].code;
    return std::uniform_int_distribution<int>(q.min, std::min(q.max, q.min + 10))(random);
}

std::vector<AnswerRow> answersOf(const std::string& code, Role role, std::mt19937& random)
{
    std::vector<AnswerRow> rows;
    for (const auto& q : builtinInstrument().questions())
        if (q.askedOf(role))
            rows.push_back({code, role, q.code, randomValue(q, random)});
    return rows;
}

/// Every "n" or "respondents" count anywhere in the document.
void collectCounts(const json& j, std::vector<std::size_t>& out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if ((it.key() == "n" || it.key() == "n_a" || it.key() == "n_b") && it->is_number())
                out.push_back(it->get<std::size_t>());
            collectCounts(*it, out);
        }
    } else if (j.is_array()) {
        for (const auto& e : j)
            collectCounts(e, out);
    }
}

} // namespace

TEST_CASE("no shown figure rests on fewer than k respondents, and hidden answers leave no trace", "[anonymity]")
{
    std::mt19937 random(20261123);
    const auto& instrument = builtinInstrument();
    std::size_t roundsWithHiddenParties = 0;
    for (int round = 0; round < 60; ++round) {
        const int k = std::uniform_int_distribution<int>(3, 5)(random);
        std::vector<std::pair<Role, int>> sizes;
        std::vector<AnswerRow> rows;
        for (const auto role : kRoles) {
            const int n = std::uniform_int_distribution<int>(0, 12)(random);
            sizes.emplace_back(role, n);
            for (int i = 0; i < n; ++i) {
                auto mine = answersOf(std::string(code(role)) + "-" + std::to_string(i), role, random);
                rows.insert(rows.end(), mine.begin(), mine.end());
            }
        }
        const auto publish = [&](const std::vector<AnswerRow>& answers) {
            ResponseSet set;
            for (const auto& r : answers)
                set.add(r);
            return reports::scoreJson(analyse(instrument, set, {k, 15.0, std::nullopt}));
        };
        const std::string shown = publish(rows);
        const json doc = json::parse(shown);
        INFO("round " << round << ", k " << k);

        std::vector<std::size_t> counts;
        collectCounts(doc, counts);
        for (const auto n : counts)
            CHECK(n >= static_cast<std::size_t>(k));
        for (const auto& p : doc["parties"])
            CHECK(p["respondents"].get<int>() >= k);

        // A side counts exactly the respondents of its roles shown on that element or theme, so
        // it adds nothing that the role cells do not already show.
        {
            ResponseSet set;
            for (const auto& r : rows)
                set.add(r);
            const auto analysis = analyse(instrument, set, {k, 15.0, std::nullopt});
            const auto sideCheck = [&](const DimensionResult& d) {
                for (const auto& p : d.parties) {
                    if (!p.isSide || !p.stat.shown)
                        continue;
                    std::size_t sum = 0;
                    for (const auto role : p.roles) {
                        const auto* cell = d.find(code(role));
                        REQUIRE(cell);
                        CHECK(cell->stat.shown);
                        sum += cell->stat.n;
                    }
                    CHECK(sum == p.stat.n);
                }
            };
            for (const auto& d : analysis.elements)
                sideCheck(d);
            for (const auto& d : analysis.themes)
                sideCheck(d);
        }

        std::vector<Role> hidden;
        for (const auto& [role, n] : sizes)
            if (n > 0 && n < k)
                hidden.push_back(role);
        for (const auto role : hidden) {
            const std::string c(code(role));
            for (const char* part : {"elements", "themes"})
                for (const auto& [dimension, value] : doc[part].items())
                    CHECK(value["parties"][c] == json{{"suppressed", true}});
            for (const auto& [item, cells] : doc["items"].items())
                CHECK_FALSE(cells.contains(c));
            CHECK_FALSE(doc["change_agenda"]["parties"].contains(c));
        }
        if (hidden.empty())
            continue;
        ++roundsWithHiddenParties;
        // Give every hidden respondent new random answers: nothing published may change.
        auto changed = rows;
        for (auto& r : changed)
            if (std::find(hidden.begin(), hidden.end(), r.role) != hidden.end())
                if (const Question* q = instrument.find(r.item))
                    r.value = randomValue(*q, random);
        CHECK(publish(changed) == shown);
    }
    CHECK(roundsWithHiddenParties > 30);
}
