#pragma once
// Stores the phones' answers in the data file on its own thread, with its own connection. Answers
// that arrive together are committed together (group commit): each is durable before its phone
// hears "stored", and sixty phones do not wait for sixty separate syncs of the disk.

#include "core/answers/answer.hpp"
#include "core/answers/records.hpp"
#include "db/database.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace workshop {

/// The most answers waiting at once; beyond it a phone is told to try again (its page does).
constexpr std::size_t kMaxQueuedAnswers = 2000;

class AnswerWriter {
public:
    struct Answer {
        core::Respondent respondent;
        std::string item;
        core::AnswerValue value;
        /// Called on the writer's thread once the answer is stored (true) or not (false): with why the
        /// file refused it for good, or "" when it could not be stored now (the phone sends it again).
        std::function<void(bool stored, const std::string& problem)> done;
        /// A live question's answer instead: its id (not 0) and all its values at once.
        long long liveQuestion = 0;
        std::vector<std::pair<std::string, core::AnswerValue>> liveValues;
    };

    /// Opens the file at `path` and checks that a change could be stored now: throws the
    /// database's errors (a read-only folder, a full disk) before any phone has answered.
    AnswerWriter(const std::string& path, core::Id round);
    AnswerWriter(const AnswerWriter&) = delete;
    AnswerWriter& operator=(const AnswerWriter&) = delete;
    /// Stores what is waiting, then stops.
    ~AnswerWriter();

    /// Queues an answer; when the queue is full, `done(false, …)` is called at once.
    void submit(Answer answer);
    /// How many transactions and answers were written (for the benchmark's figures).
    std::size_t commits() const;
    std::size_t written() const;
    /// Says why answers cannot be stored, while the last attempt failed; "" once one was stored again.
    /// It names the file: for the facilitator's own eyes (the terminal, a tooltip).
    std::string trouble(core::Language lang) const;
    /// The same for the projector, without the file's name or place: "" while storing works.
    std::string troubleForTheRoom(core::Language lang) const;
    /// Called on the writer's thread when storing starts to fail and when it works again, so that
    /// the facilitator hears of it at once (the phones keep what they gave and send it again).
    void onTroubleChanged(std::function<void()> call);

private:
    void run();

    db::Database m_db;
    const core::Id m_round;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Answer> m_queue;
    bool m_stopping = false;
    std::size_t m_commits = 0;
    std::size_t m_written = 0;
    std::exception_ptr m_trouble;
    std::function<void()> m_troubleChanged;
    std::thread m_thread;
};

} // namespace workshop
