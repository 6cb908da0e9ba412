#include "answer_writer.hpp"

#include "error_text.hpp"

#include "db/database.hpp"
#include "db/errors.hpp"

#include <optional>
#include <vector>

namespace workshop {

AnswerWriter::AnswerWriter(std::string path, core::Id round)
    : m_path(std::move(path)), m_round(round), m_thread([this] { run(); })
{
}

AnswerWriter::~AnswerWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void AnswerWriter::submit(Answer answer)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && m_queue.size() < kMaxQueuedAnswers) {
            m_queue.push_back(std::move(answer));
            m_wake.notify_one();
            return;
        }
    }
    answer.done(false, "busy");
}

std::size_t AnswerWriter::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

std::size_t AnswerWriter::written() const
{
    std::lock_guard lock(m_mutex);
    return m_written;
}

void AnswerWriter::run()
{
    std::optional<db::Database> db;
    std::string openProblem;
    try {
        db.emplace(db::Database::open(m_path));
    } catch (const std::exception& e) {
        openProblem = app::describeError(e, core::Language::En).text;
    }
    for (;;) {
        std::vector<Answer> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything given is stored
            while (!m_queue.empty() && batch.size() < 500) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        std::vector<std::string> problems(batch.size());
        std::string failed = openProblem;
        if (db) {
            try {
                // One transaction for the batch; an answer the file refuses (it should not: the
                // room checked it) is left out alone, in its own savepoint.
                db->transaction([&] {
                    for (std::size_t i = 0; i < batch.size(); ++i)
                        try {
                            if (batch[i].liveQuestion != 0)
                                db->saveLiveAnswer(batch[i].liveQuestion, batch[i].respondent, batch[i].liveValues);
                            else
                                db->saveAnswer(m_round, batch[i].respondent, batch[i].item, batch[i].value);
                        } catch (const db::Conflict& e) {
                            problems[i] = app::describeError(e, core::Language::En).text;
                        }
                });
            } catch (const std::exception& e) {
                // Busy, full disk, a file taken away: nothing of the batch is stored, and the
                // phones send it again.
                failed = app::describeError(e, core::Language::En).text;
            }
        }
        std::size_t stored = 0;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const std::string& problem = failed.empty() ? problems[i] : failed;
            stored += problem.empty() ? 1u : 0u;
            batch[i].done(problem.empty(), problem);
        }
        std::lock_guard lock(m_mutex);
        m_commits += failed.empty() ? 1u : 0u;
        m_written += stored;
    }
}

} // namespace workshop
