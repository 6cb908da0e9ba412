// Benchmark: the ministry's side. Imports HOSPITALS x ROUNDS exchange packages (default 120 x 5) into
// a fresh comparison database as `exchange import` does, then writes the national PDF as
// `compare report` does. Prints wall times and the peak memory of the process after each step.
//   bench_national [HOSPITALS] [ROUNDS] [FOLDER]
// Beside it, in the same run, the baselines: the same files' bytes inserted into a table of their own
// with SQLite and nothing else (one transaction, one prepared statement), and parsing them with
// nlohmann-json alone. Run it for two sizes (scripts/bench.sh does) to see that memory stays flat.
#include "comparison.hpp"
#include "exchange.hpp"

#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"
#include "reports/national_report.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char* argv[])
{
    const std::size_t hospitals = argc > 1 ? std::stoul(argv[1]) : 120;
    const std::size_t rounds = argc > 2 ? std::stoul(argv[2]) : 5;
    const std::filesystem::path folder =
        (argc > 3 ? std::filesystem::path(argv[3]) : std::filesystem::temp_directory_path() / "samenspel-bench") /
        ("national-" + std::to_string(hospitals) + "x" + std::to_string(rounds));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);

    // The packages, made as a hospital makes them (not timed): each hospital's rounds a year apart.
    const auto& instrument = core::builtinInstrument();
    std::vector<std::string> files;
    for (const auto& h : core::nationalDemoHospitals(instrument, hospitals)) {
        core::ResponseSet responses;
        for (const auto& row : h.answers)
            responses.add(row);
        const auto analysis = core::analyse(instrument, responses, {core::kMinAnonymityK, core::kDefaultGapThreshold, std::nullopt});
        const auto facts = core::roundFacts(analysis, responses, instrument, std::nullopt);
        const core::Organisation organisation{0, h.name, h.hospitalType, {}, app::sha256Hex(h.name).substr(0, 32)};
        for (std::size_t r = 0; r < rounds; ++r) {
            const core::Assessment round{static_cast<core::Id>(r + 1), 0, "Meting " + std::to_string(2026 + r),
                                         std::to_string(2026 + r) + h.roundDate.substr(4), instrument.id(), instrument.version(), 3, 0};
            const auto package = core::buildExchangePackage({analysis, facts, instrument, round, organisation, organisation.exchangeKey, {}, "bench"});
            files.push_back((folder / (std::to_string(files.size()) + ".json")).string());
            std::ofstream(files.back(), std::ios::binary) << core::exchangeFile(package, app::sha256Hex(core::exchangeCanonical(package)));
        }
    }
    std::uintmax_t bytes = 0;
    for (const auto& f : files)
        bytes += std::filesystem::file_size(f);
    const double before = peakMb();

    // Baseline 1: parse only.
    auto start = std::chrono::steady_clock::now();
    std::size_t keys = 0;
    for (const auto& f : files)
        keys += nlohmann::json::parse(slurp(f)).size();
    const double parseOnly = since(start);

    // Baseline 2: the bytes into SQLite, nothing checked.
    {
        SQLite::Database raw((folder / "raw.sqlite").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE files (name TEXT PRIMARY KEY, body TEXT NOT NULL)");
        start = std::chrono::steady_clock::now();
        SQLite::Transaction t(raw);
        SQLite::Statement insert(raw, "INSERT INTO files VALUES (?, ?)");
        for (const auto& f : files) {
            insert.reset();
            insert.bind(1, f);
            insert.bind(2, slurp(f));
            insert.exec();
        }
        t.commit();
    }
    const double rawInsert = since(start);

    // The import as `exchange import` does it: every file read, checked, hashed and stored.
    auto db = db::Database::open((folder / "vws.samenspel").string(), db::Database::Mode::CreateIfMissing);
    start = std::chrono::steady_clock::now();
    const auto stored = app::importPackages(db, files);
    const double import = since(start);
    const double afterImport = peakMb();

    // The national PDF as `compare report` does it: read the packages back, compare, lay out, write.
    start = std::chrono::steady_clock::now();
    const auto set = app::loadComparison(db);
    const auto input = app::nationalInput(set, core::Language::Nl, "2026-12-01");
    std::ostringstream pdf;
    reports::writeNationalPdf(pdf, input, core::Language::Nl);
    const double report = since(start);
    const double afterReport = peakMb();

    std::printf("national: %zu hospitals x %zu rounds = %zu packages, %.1f MB (%zu top-level keys read)\n", hospitals, rounds, stored,
                static_cast<double>(bytes) / 1e6, keys);
    std::printf("  import (read, check, hash, store): %.3f s; baselines: parse only %.3f s, raw SQLite insert %.3f s\n", import,
                parseOnly, rawInsert);
    std::printf("  national PDF (%zu hospitals compared, %.0f kB): %.3f s\n", set.packages.size(), static_cast<double>(pdf.str().size()) / 1e3,
                report);
    std::printf("  peak memory: %.1f MB after making the files, %.1f MB after the import, %.1f MB after the PDF\n", before, afterImport,
                afterReport);
    std::filesystem::remove_all(folder);
    return stored == files.size() ? 0 : 1;
}
