// Differencing (docs/disclosure.md, "Changes over time"): once an output was shared, adding or
// changing fewer respondents of a party than a step leaves every shared output byte-identical, so
// nobody can work out the newcomers' answers by comparing two outputs. Run as a user would: import
// CSV files, then score, report and recommend.
#include "run.hpp"
#include "test_db.hpp"

#include "core/instrument/instrument_loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <sstream>

namespace {

struct Samenspel {
    std::string db;
    std::string run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        std::ostringstream out;
        std::ostringstream err;
        const int code = cli::main(args, out, err);
        INFO("samenspel " << args[2] << ": " << err.str());
        REQUIRE(code == 0);
        return out.str();
    }
};

/// Answers to every statement for each code, scattered around a view per party.
std::string answersCsv(const std::vector<std::pair<std::string, std::string>>& who, unsigned seed)
{
    std::mt19937 random(seed);
    std::ostringstream csv;
    csv << "respondent,role,item,value\n";
    for (const auto& [code, role] : who)
        for (const auto* q : core::builtinInstrument().questionsOfKind(core::QuestionKind::Likert))
            if (q->askedOf(*core::roleFromCode(role)))
                csv << code << "," << role << "," << q->code << "," << std::uniform_int_distribution<int>(1, 5)(random) << "\n";
    return csv.str();
}

std::vector<std::pair<std::string, std::string>> people(const std::string& prefix, const std::string& role, int from, int to)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (int i = from; i <= to; ++i)
        out.emplace_back(prefix + std::to_string(i), role);
    return out;
}

} // namespace

TEST_CASE("fewer than a step of new or changed respondents leaves every shared output unchanged", "[cli][disclosure]")
{
    const test::TempDir dir;
    const Samenspel s{dir.file("ronde.samenspel")};
    s.run({"init"});
    s.run({"org", "add", "Ziekenhuis Oost"});
    s.run({"assessment", "create", "--org", "1", "--name", "Nulmeting", "--date", "2026-03-01"});
    const auto import = [&](const std::vector<std::pair<std::string, std::string>>& who, unsigned seed, bool replace = false) {
        const auto file = dir.file("antwoorden-" + std::to_string(seed) + ".csv");
        std::ofstream(file) << answersCsv(who, seed);
        std::vector<std::string> args{"import", "--assessment", "1", file};
        if (replace)
            args.push_back("--replace");
        s.run(args);
    };
    auto start = people("R", "rvb", 1, 3);
    for (const auto& p : people("M", "msb_board", 1, 4))
        start.push_back(p);
    for (const auto& p : people("S", "specialist_self_employed", 1, 12))
        start.push_back(p);
    for (const auto& p : people("V", "insurer", 1, 2))
        start.push_back(p);
    import(start, 1);

    const auto shared = [&] {
        const auto report = dir.file("rapport.csv");
        s.run({"report", "--assessment", "1", "--format", "csv", "--output", report});
        std::ifstream in(report);
        std::ostringstream text;
        text << in.rdbuf();
        return s.run({"score", "--assessment", "1", "--format", "json"}) + s.run({"score", "--assessment", "1", "--format", "csv"}) +
               s.run({"score", "--assessment", "1"}) + s.run({"recommend", "--assessment", "1", "--format", "json"}) + text.str();
    };
    const auto first = shared();
    const auto rvbCount = [&] {
        const auto doc = nlohmann::json::parse(s.run({"score", "--assessment", "1", "--format", "json"}));
        return doc["elements"]["structure"]["parties"]["rvb"]["n"].get<int>();
    };
    REQUIRE(rvbCount() == 3);

    // Two more board members (k = 3): nothing shared changes.
    import(people("R", "rvb", 4, 5), 2);
    CHECK(shared() == first);
    // The third insurer joins: the insurers reach k, but by one respondent, so they stay unshown.
    import(people("V", "insurer", 3, 3), 3);
    CHECK(shared() == first);
    CHECK(first.find("insurer") == std::string::npos);
    // Nine specialists change their answers: the specialists are shown at full precision, so their
    // step is 10.
    import(people("S", "specialist_self_employed", 1, 9), 4, true);
    CHECK(shared() == first);

    // A third new board member completes the step: the board's figures move, as one step.
    import(people("R", "rvb", 6, 6), 5);
    const auto second = shared();
    CHECK(second != first);
    CHECK(rvbCount() == 6);
    // A changed answer counts per statement: the nine changed specialists kept some answers, so on
    // those statements fewer than ten moved. Ten new specialists who answer everything make the step.
    import(people("S", "specialist_self_employed", 13, 22), 6);
    CHECK(shared() != second);
}
