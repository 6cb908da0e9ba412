// Benchmark: a room of phones answering the full questionnaire at the same time. Starts the real
// command (`samenspel workshop serve` on 127.0.0.1) on a copy of the demo database, lets PHONES
// simulated phones join and answer every question put to their party - each waiting THINK_MS (±50%)
// between answers, far quicker than a person - and then counts what is in the file.
//
// Prints: answers sent, acknowledged and found in the file (lost must be 0), the time from sending
// an answer to its acknowledgement (which comes only after the commit: median, 95th percentile,
// slowest), the server's peak memory, and as the baseline the same number of answers stored one by
// one through Database::saveAnswer in this process (one durable transaction each, no network).
//
// Usage: bench_workshop SAMENSPEL [FOLDER] [PHONES=60] [THINK_MS=300]
#include "../workshop/http_client.hpp"
#include "participant.hpp"
#include "run.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Phone {
    std::string code;
    std::size_t sent = 0;
    std::size_t acknowledged = 0;
    std::size_t retries = 0;
    std::vector<double> ms;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

/// The server's peak resident memory in MB, from /proc.
double peakMb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmHWM:"))
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_workshop SAMENSPEL [FOLDER] [PHONES=60] [THINK_MS=300]\n");
        return 2;
    }
    const std::string binary = argv[1];
    const fs::path folder = argc > 2 ? argv[2] : fs::temp_directory_path();
    const int phones = argc > 3 ? std::stoi(argv[3]) : 60;
    const int thinkMs = argc > 4 ? std::stoi(argv[4]) : 300;
    const auto path = (folder / "workshop-bench.samenspel").string();
    fs::remove(path);
    std::ostringstream out, err;
    if (cli::main({"--db", path, "demo"}, out, err) != 0) {
        std::fprintf(stderr, "demo failed: %s\n", err.str().c_str());
        return 1;
    }
    const core::Id round = 4;

    // The command a facilitator runs, its output read through a pipe for the address.
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return 1;
    const pid_t server = ::fork();
    if (server == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::execl(binary.c_str(), binary.c_str(), "--db", path.c_str(), "workshop", "serve", "--assessment", "4", "--bind",
                "127.0.0.1", "--port", "0", static_cast<char*>(nullptr));
        _exit(127);
    }
    ::close(pipeFds[1]);
    std::string printed;
    char buffer[512];
    while (printed.find("/s/") == std::string::npos || printed.find('\n', printed.find("/s/")) == std::string::npos) {
        const auto n = ::read(pipeFds[0], buffer, sizeof buffer);
        if (n <= 0) {
            std::fprintf(stderr, "the server printed no address: %s\n", printed.c_str());
            return 1;
        }
        printed.append(buffer, static_cast<std::size_t>(n));
    }
    const auto at = printed.find("http://127.0.0.1:");
    const auto end = printed.find('\n', at);
    const std::string url = printed.substr(at, end - at);
    const auto port = static_cast<unsigned short>(std::stoi(url.substr(17, url.find('/', 17) - 17)));
    const std::string base = url.substr(url.find("/s/"));
    const auto rssBefore = peakMb(server);

    const std::vector<std::string> roles{"rvb", "msb_board", "specialist_self_employed", "specialist_salaried", "nursing"};
    std::vector<Phone> results(static_cast<std::size_t>(phones));
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int i = 0; i < phones; ++i)
        threads.emplace_back([&, i] {
            auto& phone = results[static_cast<std::size_t>(i)];
            std::mt19937 random(static_cast<unsigned>(i) * 7919u + 17u);
            const auto role = roles[static_cast<std::size_t>(i) % roles.size()];
            test::HttpReply joined;
            do
                joined = test::request(port, "POST", base + "join", json{{"role", role}}.dump());
            while (joined.status == 429 && (std::this_thread::sleep_for(std::chrono::milliseconds(500)), true));
            if (joined.status != 200)
                return;
            const auto token = json::parse(joined.body)["phone"].get<std::string>();
            phone.code = json::parse(joined.body)["code"].get<std::string>();
            const auto me = json::parse(test::request(port, "GET", base + "me", {}, token).body);
            for (const auto& q : me["questions"]) {
                std::uniform_int_distribution<int> think(thinkMs / 2, thinkMs * 3 / 2);
                std::this_thread::sleep_for(std::chrono::milliseconds(think(random)));
                json value;
                if (q["kind"] == "likert")
                    value = 1 + static_cast<int>(random() % 5);
                else if (q["kind"] == "rating")
                    value = static_cast<int>(random() % 11);
                else
                    value = q["options"][random() % q["options"].size()]["value"];
                const auto body = json{{"item", q["item"]}, {"value", value}}.dump();
                ++phone.sent;
                // As the page does: sent again until the server says it is stored.
                for (int attempt = 0; attempt < 20; ++attempt) {
                    const auto t0 = Clock::now();
                    const auto reply = test::request(port, "POST", base + "answer", body, token);
                    if (reply.status == 200) {
                        phone.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                        ++phone.acknowledged;
                        break;
                    }
                    ++phone.retries;
                    std::this_thread::sleep_for(std::chrono::milliseconds(reply.status == 429 ? 1000 : 200));
                }
            }
        });
    for (auto& t : threads)
        t.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const auto peak = peakMb(server);
    ::kill(server, SIGINT);
    int status = 0;
    ::waitpid(server, &status, 0);
    const auto after = ::read(pipeFds[0], buffer, sizeof buffer); // the closing line
    (void)after;

    // What is in the file, per phone's code.
    auto db = db::Database::open(path);
    std::map<std::string, std::size_t> inFile;
    db.forEachAnswer(round, [&](const core::AnswerRow& row) {
        if (row.respondent.starts_with("T-"))
            ++inFile[row.respondent];
    });
    std::size_t sent = 0, acknowledged = 0, stored = 0, retries = 0, lost = 0;
    std::vector<double> all;
    for (const auto& p : results) {
        sent += p.sent;
        acknowledged += p.acknowledged;
        retries += p.retries;
        stored += inFile[p.code];
        lost += p.sent - std::min(p.sent, inFile[p.code]);
        all.insert(all.end(), p.ms.begin(), p.ms.end());
    }
    std::printf("workshop: %d phones, %zu answers sent in %.1f s (think time %d ms +-50%%)\n", phones, sent, seconds, thinkMs);
    std::printf("  acknowledged %zu, in the file %zu, lost %zu, sent again %zu times\n", acknowledged, stored, lost, retries);
    std::printf("  answer sent to stored and acknowledged: median %.1f ms, 95th percentile %.1f ms, slowest %.1f ms\n",
                percentile(all, 0.5), percentile(all, 0.95), percentile(all, 1.0));
    std::printf("  server memory: %.1f MB at start, %.1f MB peak\n", rssBefore, peak);

    // The baseline: the same number of answers, each stored alone in its own durable transaction
    // (the one computer's path), without a network.
    const auto questions = app::workshopQuestions(db.instrumentOf(round), core::Role::Rvb);
    std::vector<double> direct;
    const auto baselineCount = std::min<std::size_t>(sent, 400);
    for (std::size_t i = 0; i < baselineCount; ++i) {
        const auto t0 = Clock::now();
        const auto& q = *questions[i % questions.size()];
        db.saveAnswer(round, core::Respondent{"B-RVB-" + std::to_string(i / questions.size()), core::Role::Rvb}, q.code,
                      app::answerChoices(q, db.instrumentOf(round), core::Language::Nl).front().value);
        direct.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    double total = 0;
    for (const double d : direct)
        total += d;
    std::printf("  baseline, %zu answers one by one through Database::saveAnswer: median %.1f ms, 95th percentile %.1f ms "
                "(all %zu would take %.1f s in a row)\n",
                baselineCount, percentile(direct, 0.5), percentile(direct, 0.95), sent, total / 1000.0 / static_cast<double>(baselineCount) * static_cast<double>(sent));
    fs::remove(path);
    return lost == 0 ? 0 : 1;
}
