// The fault script's worker (tests/bench/faults.sh): changes a database the way the desktop
// program does, one transaction at a time, and prints each change once it is committed, so that
// after a kill -9 the script can check that every printed change is in the file.
//
//   fault_worker answers FILE ROUND   workshop answers, one per transaction, until killed
//   fault_worker actions FILE ROUND   action edits (status and notes), until killed
//   fault_worker check FILE LOG       exit 0 when every change in LOG is stored
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"
#include "db/database.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

std::vector<const core::Question*> likertFor(const core::Instrument& instrument, core::Role role)
{
    std::vector<const core::Question*> out;
    for (const auto& q : instrument.questions())
        if (q.kind == core::QuestionKind::Likert && q.askedOf(role))
            out.push_back(&q);
    return out;
}

int answers(const std::string& file, core::Id round)
{
    auto db = db::Database::open(file);
    const auto questions = likertFor(db.instrumentOf(round), core::Role::Rvb);
    for (long n = 0;; ++n) {
        const core::Respondent who{db.nextRespondentCode(round, core::Role::Rvb), core::Role::Rvb};
        for (std::size_t i = 0; i < questions.size(); ++i) {
            const int value = static_cast<int>((n + static_cast<long>(i)) % 5) + 1;
            db.saveAnswer(round, who, questions[i]->code, value);
            std::printf("answer %s %s %d\n", who.code.c_str(), questions[i]->code.c_str(), value);
            std::fflush(stdout);
        }
    }
}

int actions(const std::string& file, core::Id round)
{
    auto db = db::Database::open(file);
    core::Action action;
    action.assessmentId = round;
    action.recommendationId = "joint_meetings";
    action.title = "Gezamenlijk overleg";
    action.id = db.addAction(action);
    for (long n = 0;; ++n) {
        action.status = core::kActionStatuses[static_cast<std::size_t>(n) % core::kActionStatuses.size()];
        action.notes = "versie " + std::to_string(n);
        db.updateAction(action);
        std::printf("action %lld %s %s\n", static_cast<long long>(action.id), action.status.c_str(), action.notes.c_str());
        std::fflush(stdout);
    }
}

/// Every change the log says was committed must be in the file; the last one per key wins.
int check(const std::string& file, const std::string& log)
{
    const auto db = db::Database::open(file, db::Database::Mode::ReadOnly);
    std::map<std::string, std::string> expected; // "R|item" or "A|id" -> value
    std::ifstream in(log);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string kind, a, b, c;
        words >> kind >> a >> b;
        std::getline(words, c);
        if (kind == "answer" && !c.empty())
            expected["R|" + a + "|" + b] = c.substr(1);
        else if (kind == "action" && !c.empty())
            expected["A|" + a] = b + c;
    }
    std::size_t missing = 0;
    for (const auto& round : db.assessments())
        db.forEachAnswer(round.id, [&](const core::AnswerRow& row) {
            const auto it = expected.find("R|" + row.respondent + "|" + row.item);
            if (it != expected.end() && it->second == core::formatValue(row.value))
                expected.erase(it);
        });
    // An action holds the last edit the log shows, or the one after it: committed just before the
    // kill, before it could be printed.
    for (auto it = expected.begin(); it != expected.end();) {
        if (it->first.starts_with("A|")) {
            const auto action = db.action(std::stoll(it->first.substr(2)));
            const long logged = std::stol(it->second.substr(it->second.rfind(' ') + 1));
            const long stored = std::stol(action.notes.substr(action.notes.rfind(' ') + 1));
            const auto& statuses = core::kActionStatuses;
            if ((stored == logged || stored == logged + 1) &&
                action.status == statuses[static_cast<std::size_t>(stored) % statuses.size()]) {
                it = expected.erase(it);
                continue;
            }
        }
        ++it;
    }
    missing = expected.size();
    std::cout << missing << " of the committed changes missing\n";
    return missing == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: fault_worker answers|actions FILE ROUND | check FILE LOG\n";
        return 2;
    }
    const std::string what = argv[1];
    try {
        if (what == "answers")
            return answers(argv[2], std::stoll(argv[3]));
        if (what == "actions")
            return actions(argv[2], std::stoll(argv[3]));
        if (what == "check")
            return check(argv[2], argv[3]);
    } catch (const std::exception& e) {
        std::cerr << "fault_worker: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
