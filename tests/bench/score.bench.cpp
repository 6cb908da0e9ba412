// Benchmark: score every round of a national-scale database (100 hospitals x 60 respondents x
// the full instrument), end to end from the database file: read the answers, analyse, write the
// JSON. Prints the time; scripts/bench.sh times the equivalent plain SQL aggregation in the
// sqlite3 shell on the same file for comparison.
//   bench_score [FOLDER]
#include "core/analysis/analysis.hpp"
#include "core/answers/answer_export.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"
#include "reports/score_tables.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <sstream>

namespace {

constexpr int kHospitals = 100;

void build(const std::string& path)
{
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto& instrument = core::builtinInstrument();
    const std::vector<std::pair<core::Role, int>> mix{
        {core::Role::Rvb, 3},     {core::Role::MsbBoard, 5}, {core::Role::SpecialistSelfEmployed, 20},
        {core::Role::SpecialistSalaried, 12}, {core::Role::Nursing, 8}, {core::Role::ClientCouncil, 3},
        {core::Role::Gp, 4},      {core::Role::Insurer, 2},  {core::Role::SupervisoryBoard, 3}};
    std::mt19937 random(7);
    db.transaction([&] {
        for (int h = 0; h < kHospitals; ++h) {
            const auto org = db.addOrganisation("Ziekenhuis " + std::to_string(h + 1), "general");
            const auto round = db.createAssessment({org, "Ronde 2026", "2026-06-01", 3});
            std::stringstream csv;
            core::AnswerCsvExporter out(csv, instrument, core::CsvDialect::standard());
            int respondent = 0;
            for (const auto& [role, count] : mix)
                for (int i = 0; i < count; ++i, ++respondent)
                    for (const auto& q : instrument.questions()) {
                        if (!q.askedOf(role))
                            continue;
                        core::AnswerValue v;
                        if (q.kind == core::QuestionKind::Choice)
                            v = q.options.front().code;
                        else
                            v = std::uniform_int_distribution<int>(q.min, std::min(q.max, q.min + 10))(random);
                        out.add({"R" + std::to_string(respondent), role, q.code, v});
                    }
            out.finish();
            if (!db.importAnswers(round, csv, false).ok())
                throw std::runtime_error("bench data refused");
        }
    });
}

} // namespace

int main(int argc, char* argv[])
{
    const std::filesystem::path folder = argc > 1 ? argv[1] : std::filesystem::temp_directory_path() / "samenspel-bench";
    std::filesystem::create_directories(folder);
    const auto path = (folder / "national.samenspel").string();
    if (!std::filesystem::exists(path))
        build(path);

    const auto start = std::chrono::steady_clock::now();
    const auto db = db::Database::open(path);
    std::size_t rounds = 0;
    std::size_t answers = 0;
    std::size_t bytes = 0;
    for (const auto& round : db.assessments()) {
        core::ResponseSet responses;
        db.forEachAnswer(round.id, [&](const core::AnswerRow& row) {
            responses.add(row);
            ++answers;
        });
        const auto analysis = core::analyse(db.instrumentOf(round.id), responses, {round.anonymityK, 15.0, std::nullopt});
        bytes += reports::scoreJson(analysis).size();
        ++rounds;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("scored %zu rounds (%zu answers) end to end from %s in %.3f s (%.1f ms per round; %zu bytes of JSON)\n",
                rounds, answers, path.c_str(), seconds, 1000.0 * seconds / static_cast<double>(rounds), bytes);
    return 0;
}
