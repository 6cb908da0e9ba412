#include "common/background_job.hpp"
#include "error_text.hpp"

namespace gui {

void JobControl::checkpoint(int percent)
{
    m_progress = percent;
    if (m_observer)
        m_observer(percent);
    if (m_cancel)
        throw Cancelled();
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
}

bool BackgroundJob::start(std::function<std::string(JobControl&)> work)
{
    if (running())
        return false;
    wait();
    m_control.m_progress = 0;
    m_control.m_cancel = false;
    m_state = State::Running;
    try {
        launch(std::move(work));
    } catch (...) {
        m_state = State::Idle; // no thread: not busy
        throw;
    }
    return true;
}

void BackgroundJob::launch(std::function<std::string(JobControl&)> work)
{
    m_thread = std::thread([this, work = std::move(work)] {
        State end = State::Done;
        std::string message;
        try {
            message = work(m_control);
            m_control.m_progress = 100;
        } catch (const Cancelled&) {
            end = State::Cancelled;
        } catch (...) { // a thread must not end the program
            end = State::Failed;
            message = app::describeCurrentException(m_lang).text;
        }
        {
            const std::lock_guard lock(m_mutex);
            m_message = std::move(message);
        }
        m_state = end;
    });
}

void BackgroundJob::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

std::string BackgroundJob::message() const
{
    const std::lock_guard lock(m_mutex);
    return m_message;
}

} // namespace gui
