// r_wg(J), single-item r_wg and Cronbach's alpha against R (multilevel::rwg.j, multilevel::rwg,
// psych::alpha). The data and R's values come from tests/reference/generate.R; by default the
// stored fixtures in tests/data/reference are used, and $SAMENSPEL_REFERENCE_DIR points to a
// fresh run of the script (the ctest "reference_r_live" does that where R is installed).
#include "core/io/csv.hpp"
#include "core/analysis/statistics.hpp"
#include "core/text/text_util.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>

using namespace core;

namespace {

std::string referenceDir()
{
    const char* env = std::getenv("SAMENSPEL_REFERENCE_DIR");
    return env && *env ? env : std::string(SAMENSPEL_TEST_DATA) + "/reference";
}

std::vector<CsvRecord> readCsv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    CsvReader reader(in);
    std::vector<CsvRecord> out;
    CsvRecord r;
    reader.next(r); // header
    while (reader.next(r))
        out.push_back(r);
    return out;
}

std::optional<double> number(const std::string& cell)
{
    const auto t = trim(cell);
    if (t.empty() || t == "NA")
        return std::nullopt;
    return std::stod(std::string(t));
}

void same(const std::optional<double>& ours, const std::optional<double>& r, const std::string& what)
{
    INFO(what);
    REQUIRE(ours.has_value() == r.has_value());
    if (ours)
        CHECK(std::abs(*ours - *r) < 1e-9);
}

} // namespace

TEST_CASE("agreement statistics match R's multilevel and psych to 1e-9", "[reference]")
{
    const auto dir = referenceDir();
    std::map<std::pair<int, int>, AnswerMatrix> groups;
    for (const auto& r : readCsv(dir + "/data.csv")) {
        const int dataset = std::stoi(r.fields[0]);
        const int group = std::stoi(r.fields[1]);
        const auto j = static_cast<std::size_t>(std::stoi(r.fields[2]));
        std::vector<std::optional<double>> row;
        for (std::size_t i = 0; i < j; ++i)
            row.push_back(number(r.fields[3 + i]));
        groups[{dataset, group}].push_back(row);
    }
    const auto reference = readCsv(dir + "/reference.csv");
    REQUIRE(reference.size() > 100);
    std::size_t compared = 0;
    for (const auto& r : reference) {
        const std::pair key{std::stoi(std::string(trim(r.fields[0]))), std::stoi(std::string(trim(r.fields[1])))};
        const std::string where = "dataset " + std::to_string(key.first) + " group " + std::to_string(key.second);
        const auto& m = groups.at(key);
        REQUIRE(m.size() == static_cast<std::size_t>(std::stoi(std::string(trim(r.fields[2])))));
        same(rwgJ(m), number(r.fields[3]), where + ": r_wg(J)");
        std::vector<double> item1;
        for (const auto& row : m)
            if (row[0])
                item1.push_back(*row[0]);
        same(rwgSingle(item1), number(r.fields[4]), where + ": r_wg item 1");
        const auto alpha = cronbachAlpha(m);
        same(alpha.alpha, number(r.fields[5]), where + ": alpha");
        CHECK(alpha.respondents == static_cast<std::size_t>(std::stoi(std::string(trim(r.fields[6])))));
        ++compared;
    }
    CHECK(compared == reference.size());
}

TEST_CASE("Spearman's rank correlation with ties, by hand", "[core][statistics]")
{
    // Ranks of a: 1, 2.5, 2.5, 4; of b: 4, 3, 2, 1 -> Pearson of the ranks.
    const auto r = spearman({1, 2, 2, 3}, {9, 8, 7, 6});
    REQUIRE(r);
    // mean ranks 2.5; a dev -1.5, 0, 0, 1.5; b dev 1.5, 0.5, -0.5, -1.5; sum -4.5; |a|^2 4.5, |b|^2 5.
    CHECK(*r == Approx(-4.5 / std::sqrt(4.5 * 5.0)));
    CHECK(*spearman({1, 2, 3, 4, 5}, {2, 4, 6, 8, 10}) == Approx(1.0));
    CHECK_FALSE(spearman({1, 1, 1}, {1, 2, 3}));
    CHECK_FALSE(spearman({1, 2}, {1, 2}));
}
