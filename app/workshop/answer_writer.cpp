#include "answer_writer.hpp"

#include "error_text.hpp"

#include "db/database.hpp"
#include "db/errors.hpp"

#include <vector>

namespace workshop {

namespace {

db::Database openWritable(const std::string& path)
{
    auto db = db::Database::open(path);
    db.checkWritable();
    return db;
}

std::string describe(const std::exception_ptr& problem, core::Language lang)
{
    try {
        std::rethrow_exception(problem);
    } catch (const std::exception& e) {
        return app::describeError(e, lang).text;
    }
}

} // namespace

AnswerWriter::AnswerWriter(const std::string& path, core::Id round)
    : m_db(openWritable(path)), m_round(round), m_thread([this] { run(); })
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
    answer.done(false, {}); // the queue is full: to be sent again
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

std::string AnswerWriter::trouble(core::Language lang) const
{
    std::exception_ptr trouble;
    {
        std::lock_guard lock(m_mutex);
        trouble = m_trouble;
    }
    if (!trouble)
        return {};
    return core::tr(lang, core::tx("Answers cannot be stored now: {0}. The phones keep them and send them again."),
                    {describe(trouble, lang)});
}

std::string AnswerWriter::troubleForTheRoom(core::Language lang) const
{
    std::lock_guard lock(m_mutex);
    return m_trouble ? std::string(core::tr(lang, core::tx("Answers cannot be stored at this moment. The phones keep them and send them "
                                                             "again; the facilitator sees why.")))
                     : std::string();
}

void AnswerWriter::onTroubleChanged(std::function<void()> call)
{
    std::lock_guard lock(m_mutex);
    m_troubleChanged = std::move(call);
}

void AnswerWriter::run()
{
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
        std::exception_ptr failed;
        try {
            // One transaction for the batch; an answer the file refuses (it should not: the room
            // checked it) is left out alone, in its own savepoint.
            m_db.transaction([&] {
                for (std::size_t i = 0; i < batch.size(); ++i)
                    try {
                        if (batch[i].liveQuestion != 0)
                            m_db.saveLiveAnswer(batch[i].liveQuestion, batch[i].respondent, batch[i].liveValues);
                        else
                            m_db.saveAnswer(m_round, batch[i].respondent, batch[i].item, batch[i].value);
                    } catch (const db::Conflict& e) {
                        problems[i] = app::describeError(e, core::Language::En).text;
                    }
            });
        } catch (const std::exception&) {
            // Busy, full disk, a file taken away: nothing of the batch is stored, and the phones
            // send it again.
            failed = std::current_exception();
        }
        // The facilitator hears of trouble (and of its end) before any phone hears back, so that
        // whoever sees a refused answer on a phone also finds it on the facilitator's screen.
        std::size_t stored = 0;
        for (std::size_t i = 0; i < batch.size(); ++i)
            stored += !failed && problems[i].empty() ? 1u : 0u;
        std::function<void()> changed;
        {
            std::lock_guard lock(m_mutex);
            m_commits += failed ? 0u : 1u;
            m_written += stored;
            if (static_cast<bool>(failed) != static_cast<bool>(m_trouble))
                changed = m_troubleChanged;
            m_trouble = failed;
        }
        if (changed)
            changed();
        // A batch that failed as a whole is to be sent again: no reason of the answer's own.
        for (std::size_t i = 0; i < batch.size(); ++i)
            batch[i].done(!failed && problems[i].empty(), failed ? std::string() : problems[i]);
    }
}

} // namespace workshop
