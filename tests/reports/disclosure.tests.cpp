// The disclosure rules (docs/disclosure.md) as a property of everything meant for sharing: over
// 10,000 random rounds, giving the answers of any hidden cell or hidden party new values leaves the
// score JSON and CSV, the report's text, the recommendations and the exchange package for the
// ministry byte-identical, and no published count rests on fewer than k answers.
#include "../support/random_round.hpp"
#include "core/analysis/analysis.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/advice/recommendations.hpp"
#include "core/exchange/exchange_package.hpp"
#include "reports/advice_tables.hpp"
#include "reports/assessment_report.hpp"
#include "reports/score_tables.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

using namespace core;
using nlohmann::json;

namespace {

const Instrument& instrument() { return builtinInstrument(); }

struct Published {
    std::string json;
    std::string package; ///< the exchange package's canonical form
    std::string all;     ///< every output, one after the other
};

Published publish(const std::vector<AnswerRow>& rows, int k)
{
    ResponseSet set;
    for (const auto& r : rows)
        set.add(r);
    const auto a = analyse(instrument(), set, {k, 15.0, std::nullopt});
    Published out;
    out.json = reports::scoreJson(a);
    std::ostringstream all;
    all << out.json << "\n";
    reports::writeTable(all, reports::scoreRows(a, Language::Nl), reports::TableFormat::Csv);
    const auto facts = roundFacts(a, set, instrument(), std::nullopt);
    const auto advice = advise(builtinCatalogue(), facts, instrument(), Language::Nl);
    all << reports::adviceJson(advice, Language::Nl) << "\n";
    reports::ReportInput input;
    input.organisation = Organisation{1, "Ziekenhuis", "", "2026-01-01T00:00:00Z", std::string(32, 'a')};
    input.round = Assessment{1, 1, "Ronde", "2026-11-01", "gelijkgerichtheid", "2.0", k, 0};
    out.package = exchangeCanonical(buildExchangePackage(
        {a, facts, instrument(), input.round, input.organisation, input.organisation.exchangeKey, "", "Samenspel"}));
    all << out.package << "\n";
    input.instrument = &instrument();
    input.analysis = &a;
    input.advice = advice;
    input.date = "2026-11-29";
    reports::writeDataReport(all, input, reports::ReportDepth::Full, Language::Nl, true); // every table
    out.all = all.str();
    return out;
}

bool answered(const Question& q, const AnswerValue& v)
{
    if (q.kind == QuestionKind::Likert)
        return keyedValue(q, v).has_value();
    if (const auto* x = std::get_if<int>(&v))
        return *x >= q.min && *x <= q.max;
    return std::holds_alternative<std::string>(v);
}

/// A cell: one role on one question; ratings count as the pair of current and desired of an element,
/// since only pairs are used.
using CellKey = std::pair<Role, std::string>;

CellKey cellOf(const AnswerRow& r, const Question& q)
{
    if (q.kind == QuestionKind::Rating)
        return {r.role, "rating:" + std::string(code(*q.element))};
    return {r.role, q.code};
}

/// The cells with fewer than k answers (for ratings: fewer than k complete pairs).
std::set<CellKey> hiddenCells(const std::vector<AnswerRow>& rows, int k)
{
    std::map<CellKey, std::set<std::string>> who;
    std::map<std::pair<std::string, std::string>, int> ratings; // respondent, element -> answered
    for (const auto& r : rows) {
        const Question* q = instrument().find(r.item);
        if (!q || !answered(*q, r.value))
            continue;
        if (q->kind == QuestionKind::Rating) {
            if (++ratings[{r.respondent, std::string(code(*q->element))}] == 2)
                who[cellOf(r, *q)].insert(r.respondent);
            continue;
        }
        who[cellOf(r, *q)].insert(r.respondent);
    }
    std::set<CellKey> out;
    for (const auto& r : rows)
        if (const Question* q = instrument().find(r.item))
            if (static_cast<int>(who[cellOf(r, *q)].size()) < k)
                out.insert(cellOf(r, *q));
    return out;
}

/// Rating answers without their pair are used nowhere: they change along with the hidden cells.
std::set<std::pair<std::string, std::string>> unpairedRatings(const std::vector<AnswerRow>& rows)
{
    std::map<std::pair<std::string, std::string>, int> pairs; // respondent, element -> answered
    for (const auto& r : rows)
        if (const Question* q = instrument().find(r.item); q && q->kind == QuestionKind::Rating && answered(*q, r.value))
            ++pairs[{r.respondent, std::string(code(*q->element))}];
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& [key, n] : pairs)
        if (n < 2)
            out.insert(key);
    return out;
}

template <typename Pred>
std::vector<AnswerRow> rerandomise(std::vector<AnswerRow> rows, std::mt19937& random, Pred pick)
{
    for (auto& r : rows)
        if (const Question* q = instrument().find(r.item); q && pick(r, *q))
            r.value = testing::rerandomised(*q, r.value, random);
    return rows;
}

void collectCounts(const json& j, std::vector<std::size_t>& out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if ((it.key() == "n" || it.key() == "n_a" || it.key() == "n_b" || it.key() == "respondents") && it->is_number())
                out.push_back(it->get<std::size_t>());
            collectCounts(*it, out);
        }
    } else if (j.is_array()) {
        for (const auto& e : j)
            collectCounts(e, out);
    }
}

/// Every party the package names: its parties and their roles, the cells' parties, the profile's
/// boards (an option code such as "other" may equal a role's code, so the text is not searched).
std::set<std::string> packageParties(const std::string& package)
{
    const auto doc = json::parse(package)["content"];
    std::set<std::string> out;
    for (const auto& p : doc["parties"]) {
        out.insert(p["id"].get<std::string>());
        for (const auto& r : p["roles"])
            out.insert(r.get<std::string>());
    }
    for (const char* list : {"elements", "themes"})
        for (const auto& d : doc[list])
            for (auto it = d["parties"].begin(); it != d["parties"].end(); ++it)
                out.insert(it.key());
    for (const auto& q : doc["profile"])
        for (auto it = q.begin(); it != q.end(); ++it)
            out.insert(it.key());
    return out;
}

/// Rounds 0 .. SAMENSPEL_DISCLOSURE_ROUNDS - 1 (10,000), of which this process takes those equal to
/// i modulo n for SAMENSPEL_DISCLOSURE_SHARD=i/n, so that ctest can run shards side by side.
std::vector<int> myRounds()
{
    const char* env = std::getenv("SAMENSPEL_DISCLOSURE_ROUNDS");
    const int total = env ? std::atoi(env) : 10000;
    int shard = 0;
    int shards = 1;
    if (const char* s = std::getenv("SAMENSPEL_DISCLOSURE_SHARD"))
        if (std::sscanf(s, "%d/%d", &shard, &shards) != 2 || shards < 1 || shard < 0 || shard >= shards)
            shard = 0, shards = 1;
    std::vector<int> out;
    for (int i = shard; i < total; i += shards)
        out.push_back(i);
    return out;
}

} // namespace

TEST_CASE("nothing meant for sharing depends on a hidden cell or a hidden party", "[reports][disclosure]")
{
    std::size_t withHiddenCells = 0;
    std::size_t withHiddenParties = 0;
    std::size_t sensitive = 0;
    std::size_t tried = 0;
    const auto mine = myRounds();
    for (std::size_t j = 0; j < mine.size(); ++j) {
        const int i = mine[j];
        std::mt19937 random(20261129u + static_cast<unsigned>(i)); // each round can be replayed alone
        const auto round = testing::randomRound(instrument(), random);
        const auto shown = publish(round.rows, round.k);
        INFO("round " << i << ", k " << round.k);

        std::vector<std::size_t> counts;
        collectCounts(json::parse(shown.json), counts);
        collectCounts(json::parse(shown.package), counts);
        for (const auto n : counts)
            REQUIRE((n == 0 || n >= static_cast<std::size_t>(round.k)));

        // Every hidden cell at once; a hidden party's cells are all hidden, so they are among them.
        const auto hidden = hiddenCells(round.rows, round.k);
        if (!hidden.empty()) {
            ++withHiddenCells;
            const auto unpaired = unpairedRatings(round.rows);
            const auto changed = rerandomise(round.rows, random, [&](const AnswerRow& r, const Question& q) {
                return hidden.count(cellOf(r, q)) > 0 ||
                       (q.kind == QuestionKind::Rating && unpaired.count({r.respondent, std::string(code(*q.element))}) > 0);
            });
            REQUIRE(publish(changed, round.k).all == shown.all);
        }
        // Each hidden party on its own: a role with respondents, fewer than k of whom answered.
        for (const auto role : kRoles) {
            std::set<std::string> all;
            std::set<std::string> answering;
            for (const auto& r : round.rows)
                if (r.role == role) {
                    all.insert(r.respondent);
                    if (const Question* q = instrument().find(r.item); q && answered(*q, r.value))
                        answering.insert(r.respondent);
                }
            if (all.empty())
                continue;
            const auto wholeParty = [&](const AnswerRow& r, const Question&) { return r.role == role; };
            if (static_cast<int>(answering.size()) >= round.k) {
                // The test can fail: new answers for a whole shown party do change what is shown.
                if (j % 20 == 0) {
                    ++tried;
                    sensitive += publish(rerandomise(round.rows, random, wholeParty), round.k).all != shown.all ? 1u : 0u;
                }
                continue;
            }
            ++withHiddenParties;
            const std::string quoted = "\"" + std::string(code(role)) + "\"";
            REQUIRE(shown.json.find(quoted) == std::string::npos); // neither named nor counted
            REQUIRE(packageParties(shown.package).count(std::string(code(role))) == 0);
            if (j % 5 == 0)
                REQUIRE(publish(rerandomise(round.rows, random, wholeParty), round.k).all == shown.all);
        }
        // Now and then each hidden cell on its own.
        if (j % 100 == 0)
            for (const auto& cell : hidden) {
                const auto changed = rerandomise(round.rows, random, [&](const AnswerRow& r, const Question& q) { return cellOf(r, q) == cell; });
                REQUIRE(publish(changed, round.k).all == shown.all);
            }
    }
    CHECK(withHiddenCells > mine.size() / 2);
    CHECK(withHiddenParties > mine.size() / 2);
    CHECK(sensitive > tried * 9 / 10);
}
