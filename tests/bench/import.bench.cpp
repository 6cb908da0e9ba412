// Benchmark: import N answer rows (default 100,000) from a CSV file into a fresh database file,
// as the CLI does. Prints the wall time and the peak memory of the process.
//   bench_import [ROWS] [FOLDER]
// Run it for two sizes (scripts/bench.sh does) to see that memory does not grow with the file.
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

int main(int argc, char* argv[])
{
    const long rows = argc > 1 ? std::stol(argv[1]) : 100000;
    const std::filesystem::path folder = argc > 2 ? argv[2] : std::filesystem::temp_directory_path() / "samenspel-bench";
    std::filesystem::create_directories(folder);
    const auto csvPath = folder / ("answers-" + std::to_string(rows) + ".csv");
    const auto dbPath = folder / ("bench-" + std::to_string(rows) + ".samenspel");
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(dbPath.string() + suffix);

    // Every respondent answers every question put to the RvB, in the long layout.
    const auto& instrument = core::builtinInstrument();
    std::vector<const core::Question*> questions;
    for (const auto& q : instrument.questions())
        if (q.askedOf(core::Role::Rvb))
            questions.push_back(&q);
    {
        std::ofstream out(csvPath, std::ios::binary);
        out << "respondent,role,item,value\n";
        for (long i = 0; i < rows; ++i) {
            const auto* q = questions[static_cast<std::size_t>(i) % questions.size()];
            const long respondent = i / static_cast<long>(questions.size());
            std::string value = q->kind == core::QuestionKind::Choice ? q->options.front().code
                                                                       : std::to_string(q->min + (i % (q->max - q->min + 1)));
            out << "R" << respondent << ",rvb," << q->code << "," << value << "\n";
        }
    }

    auto db = db::Database::open(dbPath.string(), db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Bench", "");
    const auto round = db.createAssessment({org, "Bench", "2026-01-01", 3});

    const auto start = std::chrono::steady_clock::now();
    std::ifstream in(csvPath, std::ios::binary);
    const auto summary = db.importAnswers(round, in, false);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("import of %ld rows (%zu respondents, %.1f MB CSV): %s in %.3f s (%.0f rows/s); peak memory %.1f MB\n",
                rows, summary.respondents, static_cast<double>(std::filesystem::file_size(csvPath)) / 1e6,
                summary.ok() ? "ok" : "REFUSED", seconds, static_cast<double>(rows) / seconds,
                static_cast<double>(usage.ru_maxrss) / 1024.0);
    return summary.ok() ? 0 : 1;
}
