// Exchange packages (docs/exchange.md) as a hospital makes them and a receiver reads them: only shown
// parties, the same hospital key over rounds, every changed byte noticed, and a package that Samenspel
// could not have made refused with all its problems.
#include "exchange.hpp"
#include "run.hpp"
#include "test_db.hpp"

#include "db/database.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace {

using nlohmann::json;

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result run(const std::string& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db, "--lang", "en"});
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::main(args, out, err);
    return {code, out.str(), err.str()};
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// SHA-256 by coreutils' sha256sum, as the independent reference.
std::string sha256sum(const test::TempDir& dir, const std::string& bytes)
{
    const std::string path = dir.file("canonical.bin");
    std::ofstream(path, std::ios::binary) << bytes;
    std::FILE* pipe = popen(("sha256sum '" + path + "'").c_str(), "r");
    REQUIRE(pipe);
    char hex[65] = {};
    REQUIRE(std::fread(hex, 1, 64, pipe) == 64);
    pclose(pipe);
    std::filesystem::remove(path);
    return hex;
}

/// The package with a change made by `edit`, hashed again as Samenspel would: only the checks of
/// the content can refuse it.
std::string rehashed(const std::string& file, const std::function<void(json&)>& edit)
{
    json doc = json::parse(file);
    edit(doc);
    doc.erase("sha256");
    const std::string hash = app::sha256Hex(doc.dump());
    doc["sha256"] = hash;
    return doc.dump(2) + "\n";
}

std::string problemsOf(const core::ExchangeRead& read)
{
    std::string out;
    for (const auto& p : read.problems)
        out += p.where + ": " + core::tr(core::Language::En, p.what.key, p.what.args) + "\n";
    return out;
}

struct Demo {
    test::TempDir dir;
    std::string db = dir.file("demo.db");
    std::string package;
    Demo()
    {
        REQUIRE(run(db, {"demo"}).code == 0);
        const auto made = run(db, {"exchange", "export", "--assessment", "4", "-o", dir.file("package.json")});
        INFO(made.err);
        REQUIRE(made.code == 0);
        package = slurp(dir.file("package.json"));
    }
};

} // namespace

TEST_CASE("SHA-256 gives the FIPS 180-4 test vectors", "[cli][exchange]")
{
    CHECK(app::sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(app::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(app::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(app::sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("an exchange package holds the shown parties' figures and nothing per respondent", "[cli][exchange]")
{
    Demo demo;
    const auto read = app::readPackage(demo.package);
    INFO(problemsOf(read));
    REQUIRE(read.package);
    const auto& p = *read.package;
    CHECK(p.hospitalName == "Noorderhaven Ziekenhuis");
    CHECK(p.roundId == 4);
    CHECK(p.elements.size() == 7);
    CHECK(p.themes.size() == 5);
    CHECK(p.hospitalKey.size() == 32);
    // The hash as coreutils computes it over the canonical form.
    json doc = json::parse(demo.package);
    doc.erase("sha256");
    CHECK(read.statedHash == sha256sum(demo.dir, doc.dump()));

    // The figures are the round's: the same as score --format json gives from the same shared state.
    const auto score = json::parse(run(demo.db, {"score", "--assessment", "4", "--format", "json"}).out);
    for (const auto& d : p.elements)
        for (const auto& c : d.cells) {
            const auto& s = score["elements"][d.code]["parties"][c.party];
            CHECK(c.n == s["n"].get<std::size_t>());
            CHECK(c.mean == Approx(s["mean"].get<double>()).margin(1e-6));
            CHECK(c.n >= static_cast<std::size_t>(p.k));
            if (c.n < p.detailThreshold)
                CHECK((c.rounded && !c.sd && !c.rwg && !c.answers));
        }
    // No respondent's code is in it.
    const auto db = db::Database::open(demo.db, db::Database::Mode::ReadOnly);
    std::set<std::string> codes;
    db.forEachAnswer(4, [&](const core::AnswerRow& row) { codes.insert(row.respondent); });
    REQUIRE(codes.size() > 10);
    for (const auto& code : codes)
        CHECK(demo.package.find("\"" + code + "\"") == std::string::npos);
    // Nothing temporary is left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(demo.dir.path()), {}) == 2);
}

TEST_CASE("the hospital key is the same over rounds and differs between hospitals", "[cli][exchange]")
{
    Demo demo;
    REQUIRE(run(demo.db, {"exchange", "export", "--assessment", "2", "-o", demo.dir.file("earlier.json")}).code == 0);
    const auto earlier = app::readPackage(slurp(demo.dir.file("earlier.json")));
    const auto later = app::readPackage(demo.package);
    REQUIRE((earlier.package && later.package));
    CHECK(earlier.package->hospitalName == later.package->hospitalName);
    CHECK(earlier.package->hospitalKey == later.package->hospitalKey);
    REQUIRE(run(demo.db, {"exchange", "export", "--assessment", "1", "-o", demo.dir.file("other.json")}).code == 0);
    const auto other = app::readPackage(slurp(demo.dir.file("other.json")));
    REQUIRE(other.package);
    if (other.package->hospitalName != later.package->hospitalName)
        CHECK(other.package->hospitalKey != later.package->hospitalKey);
}

TEST_CASE("every changed byte of a package is noticed", "[cli][exchange]")
{
    Demo demo;
    const auto& good = demo.package;
    REQUIRE(app::readPackage(good).package);
    // Spread over the whole file: figures, names, codes, spacing, the hash itself.
    const std::size_t tries = 1500;
    std::size_t missed = 0;
    for (std::size_t i = 0; i < tries; ++i) {
        std::string changed = good;
        const std::size_t at = i * (good.size() - 1) / (tries - 1);
        changed[at] = static_cast<char>(changed[at] == '1' ? '2' : changed[at] + 1);
        if (app::readPackage(changed).package)
            ++missed;
    }
    CHECK(missed == 0);
    // A figure changed: the hash says so, by name.
    const auto at = good.find("\"mean\": ") + 8;
    std::string figure = good;
    figure[at] = figure[at] == '9' ? '8' : '9';
    const auto read = app::readPackage(figure);
    CHECK_FALSE(read.package);
    CHECK_THAT(problemsOf(read), Catch::Contains("sha256: does not match the package: it was changed after it was made"));
    // And the command line refuses it with that reason.
    std::ofstream(demo.dir.file("changed.json"), std::ios::binary) << figure;
    const auto shown = run(demo.db, {"exchange", "show", demo.dir.file("changed.json")});
    CHECK(shown.code != 0);
    CHECK_THAT(shown.err, Catch::Contains("it was changed after it was made"));
}

TEST_CASE("a package Samenspel could not have made is refused with every problem", "[cli][exchange]")
{
    Demo demo;
    SECTION("a cell below k, detail of a small cell, and an unknown field, all at once")
    {
        const auto text = rehashed(demo.package, [](json& doc) {
            auto& parties = doc["content"]["elements"]["strategy"]["parties"];
            parties["rvb"]["n"] = 2;
            parties["rvb"]["sd"] = 12.5;
            doc["content"]["answers"] = json::array();
        });
        const auto read = app::readPackage(text);
        const auto problems = problemsOf(read);
        INFO(problems);
        CHECK_FALSE(read.package);
        CHECK_THAT(problems, Catch::Contains("content.elements.strategy.parties.rvb.n: 2 is outside 3 to 100000"));
        CHECK_THAT(problems, Catch::Contains("content.elements.strategy.parties.rvb: has 2 respondents, fewer than the detail threshold 10"));
        CHECK_THAT(problems, Catch::Contains("content.answers: is not a known field"));
    }
    SECTION("a lowered detail threshold, a side with more than its roles, an opinion of the board")
    {
        const auto text = rehashed(demo.package, [](json& doc) {
            auto& c = doc["content"];
            c["anonymity"]["detail_threshold"] = 3;
            for (auto& p : c["parties"])
                if (p["id"] == "medical_side")
                    p["respondents"] = p["respondents"].get<int>() + 5;
            c["profile"]["profile.alignment_meaning"] = {{"rvb", "financial"}};
        });
        const auto problems = problemsOf(app::readPackage(text));
        INFO(problems);
        CHECK_THAT(problems, Catch::Contains("content.anonymity.detail_threshold: 3 is outside 10 to 1000"));
        CHECK_THAT(problems, Catch::Contains("a side must hold only roles listed as parties, with their respondents added up"));
        CHECK_THAT(problems, Catch::Contains("content.profile.profile.alignment_meaning: is not a profile question a package carries"));
    }
    SECTION("a newer schema")
    {
        const auto read = app::readPackage(rehashed(demo.package, [](json& doc) { doc["schema_version"] = 2; }));
        CHECK_FALSE(read.package);
        CHECK_THAT(problemsOf(read), Catch::Contains("made by a newer version of Samenspel"));
    }
    SECTION("another questionnaire")
    {
        const auto read = app::readPackage(rehashed(demo.package, [](json& doc) { doc["content"]["instrument"]["id"] = "tevredenheid"; }));
        CHECK_FALSE(read.package);
        CHECK_THAT(problemsOf(read), Catch::Contains("content.instrument: is tevredenheid 2.0, which this program cannot compare"));
    }
    SECTION("not a package at all")
    {
        const auto read = app::readPackage("{\"format\": \"something\"}\n");
        CHECK_FALSE(read.package);
        CHECK_THAT(problemsOf(read), Catch::Contains("this is not a Samenspel exchange package"));
    }
}

TEST_CASE("a round without a party shown has no package", "[cli][exchange]")
{
    Demo demo;
    REQUIRE(run(demo.db, {"assessment", "create", "--org", "1", "--name", "Leeg"}).code == 0);
    const auto rounds = run(demo.db, {"assessment", "list"}).out;
    const auto made = run(demo.db, {"exchange", "export", "--assessment", "5", "-o", demo.dir.file("empty.json")});
    INFO(rounds << made.err);
    CHECK(made.code != 0);
    CHECK_THAT(made.err, Catch::Contains("there is nothing to send"));
    CHECK_FALSE(std::filesystem::exists(demo.dir.file("empty.json")));
}

TEST_CASE("exchange show lists what a package holds, in Dutch by default", "[cli][exchange]")
{
    Demo demo;
    std::ostringstream out;
    std::ostringstream err;
    REQUIRE(cli::main({"exchange", "show", demo.dir.file("package.json")}, out, err) == 0);
    const auto text = out.str();
    CHECK_THAT(text, Catch::Contains("Uitwisselpakket van Noorderhaven"));
    CHECK_THAT(text, Catch::Contains("SHA-256"));
    CHECK_THAT(text, Catch::Contains("Gelijkgerichtheidsindex"));
}

TEST_CASE("importing packages lists every problem of every file and stores nothing, or stores them all", "[cli][exchange]")
{
    Demo demo;
    REQUIRE(run(demo.db, {"exchange", "export", "--assessment", "1", "-o", demo.dir.file("first.json")}).code == 0);
    std::string altered = demo.package;
    altered[altered.find("\"mean\": ") + 8] ^= 1;
    std::ofstream(demo.dir.file("altered.json"), std::ios::binary) << altered;
    std::ofstream(demo.dir.file("newer.json"), std::ios::binary) << rehashed(demo.package, [](json& doc) { doc["schema_version"] = 9; });
    const std::string ministry = demo.dir.file("vws.samenspel");
    const auto refused = run(ministry, {"exchange", "import", demo.dir.file("first.json"), demo.dir.file("package.json"),
                                        demo.dir.file("package.json"), demo.dir.file("altered.json"), demo.dir.file("newer.json"),
                                        demo.dir.file("missing.json")});
    INFO(refused.err);
    CHECK(refused.code != 0);
    CHECK_THAT(refused.err, Catch::Contains("nothing was imported"));
    CHECK_THAT(refused.err, Catch::Contains("is the same package as " + demo.dir.file("package.json")));
    CHECK_THAT(refused.err, Catch::Contains("altered.json: sha256: does not match the package"));
    CHECK_THAT(refused.err, Catch::Contains("newer.json: schema_version: is 9"));
    CHECK_THAT(refused.err, Catch::Contains("missing.json"));
    {
        const auto db = db::Database::open(ministry, db::Database::Mode::ReadOnly);
        CHECK(db.packages().empty());
    }
    const auto stored = run(ministry, {"exchange", "import", demo.dir.file("first.json"), demo.dir.file("package.json")});
    INFO(stored.err);
    CHECK(stored.code == 0);
    CHECK_THAT(stored.out, Catch::Contains("2 packages imported"));
    const auto again = run(ministry, {"exchange", "import", demo.dir.file("package.json")});
    CHECK(again.code != 0);
    CHECK_THAT(again.err, Catch::Contains("was imported before"));
    // Another export of the same round is the same round again, whatever its hash.
    REQUIRE(run(demo.db, {"exchange", "export", "--assessment", "4", "-o", demo.dir.file("again.json")}).code == 0);
    const auto sameRound = run(ministry, {"exchange", "import", demo.dir.file("again.json")});
    CHECK(sameRound.code != 0);
    CHECK_THAT(sameRound.err, Catch::Contains("was imported before"));
}

TEST_CASE("the national demo compares forty hospitals without ranking them", "[cli][exchange][comparison]")
{
    test::TempDir dir;
    const std::string ministry = dir.file("vws.samenspel");
    const auto made = run(ministry, {"demo", "--national"});
    INFO(made.err);
    REQUIRE(made.code == 0);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.file("vws-packages")), {}) > 40);
    const auto compared = run(ministry, {"compare", "--measure", "structure.gap", "--measure", "index", "--format", "json"});
    INFO(compared.err);
    REQUIRE(compared.code == 0);
    const auto doc = json::parse(compared.out);
    CHECK(doc["hospitals"] == 40);
    CHECK(compared.out.find("rank\"") == std::string::npos); // no rank anywhere, only rankability
    std::vector<std::string> names;
    std::size_t outside = 0;
    for (const auto& row : doc["per_hospital"])
        if (row["measure"] == "structure.gap") {
            names.push_back(row["hospital"]);
            CHECK(row["lower_95"].get<double>() < row["upper_95"].get<double>());
            outside += row["position"] != "within" ? 1u : 0u;
        }
    CHECK(names.size() == 40);
    CHECK(std::is_sorted(names.begin(), names.end())); // by name, never by value
    CHECK(outside > 0);
    CHECK(outside < 40);
    for (const auto& s : doc["summary"])
        if (s["measure"] == "structure.gap") {
            CHECK(s["rankability"].get<double>() > 0.0);
            CHECK(s["rankability"].get<double>() < 1.0);
        }
    // Peer groups below five hospitals show their count and nothing else.
    const auto byType = json::parse(run(ministry, {"compare", "--measure", "index", "--peer-group", "type", "--format", "json"}).out);
    std::size_t small = 0;
    for (const auto& s : byType["summary"])
        if (s["hospitals"].get<int>() < 5) {
            ++small;
            CHECK(s["median"].is_null());
            for (const auto& row : byType["per_hospital"])
                CHECK(row["group"] != s["group"]);
        }
    CHECK(small > 0);
    CHECK(run(ministry, {"compare", "--min-hospitals", "4"}).code != 0);
}

TEST_CASE("package numbers are written in their shortest form, as Python writes them", "[cli][exchange]")
{
    // Doubles for which nlohmann-json's printer gives 17 digits (found in the national demo).
    core::ExchangePackage p;
    p.hospitalKey = std::string(32, 'a');
    p.hospitalName = "Ziekenhuis";
    p.roundId = 1;
    p.roundName = "Ronde";
    p.roundDate = "2026-01-01";
    p.instrumentId = "gelijkgerichtheid";
    p.instrumentVersion = "2.0";
    p.detailThreshold = 10;
    p.parties = {{"specialist_self_employed", false, {"specialist_self_employed"}, 12}};
    p.elements = {{"strategy", 44.707179, {{"specialist_self_employed", 12, 53.993506, 21.747973, 0.953347, 3, 40, false}}}};
    p.index = 0.0001;
    p.incentiveAlignment = 55.0;
    p.madeBy = "test";
    const auto file = core::exchangeFile(p, app::sha256Hex(core::exchangeCanonical(p)));
    for (const char* shortest : {"\"overall\": 44.707179,", "\"mean\": 53.993506,", "\"sd\": 21.747973", "\"rwg\": 0.953347,",
                                 "\"value\": 0.0001", "\"incentive_alignment\": 55.0", "\"n\": 12,"})
        CHECK_THAT(file, Catch::Contains(shortest));
    CHECK(file.find("00000000") == std::string::npos);
    const auto read = app::readPackage(file);
    INFO(problemsOf(read));
    CHECK(read.package);
}
