// Benchmark: how long the results take to follow a new answer in a live workshop. On the demo
// database's largest round, a participant answers one statement; then the facilitator's results
// are recomputed from the database and the radar and heatmap are drawn at projector size, as
// the desktop program does; and the same for the main window's Results page with all its charts
// and tables. The target is 100 ms from answer to new charts.
#include "results/results_presenter.hpp"
#include "facilitator_presenter.hpp"
#include "participant.hpp"

#include "reports/charts.hpp"
#include "run.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <vector>

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    const fs::path folder = argc > 1 ? argv[1] : fs::temp_directory_path();
    const auto path = (folder / "results-bench.samenspel").string();
    fs::remove(path);
    std::ostringstream out;
    std::ostringstream err;
    if (cli::main({"--db", path, "demo"}, out, err) != 0) {
        std::fprintf(stderr, "demo failed: %s\n", err.str().c_str());
        return 1;
    }
    auto db = db::Database::open(path);
    core::Id round = 0;
    std::size_t most = 0;
    for (const auto& a : db.assessments())
        if (a.respondents > most) {
            most = a.respondents;
            round = a.id;
        }
    workshop::FacilitatorPresenter facilitator(db, round, core::Language::Nl);
    facilitator.reveal();
    app::Participant participant(db, round, core::Role::SpecialistSelfEmployed, core::Language::Nl);
    std::vector<double> times;
    for (int i = 0; i < 25; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        participant.answer(static_cast<std::size_t>(i % 5)); // stored at once, in its own transaction
        facilitator.refresh();
        const auto* results = facilitator.results();
        if (!results)
            return 1;
        const auto radar = reports::renderImage(840, 660, reports::radarOf(*results, facilitator.instrument(), core::Language::Nl));
        const auto heat = reports::renderImage(1720, 660, reports::heatmapOf(*results, facilitator.instrument(), core::Language::Nl));
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (radar.rgb.empty() || heat.rgb.empty())
            return 1;
    }
    std::sort(times.begin(), times.end());
    std::printf("answer -> stored -> results recomputed -> radar + heatmap drawn (%zu respondents, 25 answers):\n", most + 1);
    std::printf("  median %.1f ms, slowest %.1f ms (target: 100 ms)\n", times[times.size() / 2], times.back());

    // The main window's Results page after an answer: read and analysed again, its four charts
    // drawn at the sizes of a 1366 x 768 window (larger text for the gaps and arrows), its tables.
    std::vector<double> page;
    for (int i = 0; i < 25; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        participant.answer(static_cast<std::size_t>(i % 5));
        const gui::ResultsPresenter results(db, round, core::Language::Nl);
        const auto radar = reports::renderImage(430, 390, results.radar());
        const auto heat = reports::renderImage(590, 390, results.heatmap());
        const auto gaps = reports::renderImage(530, 320, results.gapChart(), 1.4);
        const auto agenda = reports::renderImage(450, 340, results.agendaChart(), 1.4);
        const auto tables = results.tables();
        page.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (radar.rgb.empty() || heat.rgb.empty() || gaps.rgb.empty() || agenda.rgb.empty() || tables.size() != 4)
            return 1;
    }
    std::sort(page.begin(), page.end());
    std::printf("answer -> Results page recomputed: 4 charts drawn, 4 tables (25 answers):\n");
    std::printf("  median %.1f ms, slowest %.1f ms (target: 100 ms)\n", page[page.size() / 2], page.back());
    // The projector after a long session: 30 earlier shared states (three more board members each
    // time), each of which every new state is checked against (docs/disclosure.md, rule 5).
    for (int step = 0; step < 30; ++step) {
        for (int member = 0; member < 3; ++member) {
            app::Participant board(db, round, core::Role::Rvb, core::Language::Nl);
            for (std::size_t q = 0; !board.finished(); ++q)
                board.answer(q % 5);
        }
        facilitator.refresh(); // revealed: records the new shared state
    }
    std::vector<double> late;
    for (int i = 0; i < 25; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        participant.answer(static_cast<std::size_t>(i % 5));
        facilitator.refresh();
        late.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(late.begin(), late.end());
    std::printf("answer -> stored -> results recomputed, after 30 shared states (%zu of them kept):\n", db.sharedStates(round).size());
    std::printf("  median %.1f ms, slowest %.1f ms (target: 100 ms)\n", late[late.size() / 2], late.back());
    fs::remove(path);
    return 0;
}
