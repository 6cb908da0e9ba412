#pragma once
// Long work (a report, an import, a sweep) off the UI thread: the window polls progress() and
// finished(), and cancel() asks the work to stop at its next checkpoint. Work that is cancelled
// must change nothing (it throws Cancelled before anything is committed or renamed).

#include <atomic>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace gui {

/// Thrown by JobControl::checkpoint() once the job was cancelled.
struct Cancelled : std::runtime_error {
    Cancelled() : std::runtime_error("cancelled") {}
};

class JobControl {
public:
    /// Reports progress (0-100) and throws Cancelled when cancel() was called.
    void checkpoint(int percent);
    bool cancelled() const { return m_cancel.load(); }
    void cancel() { m_cancel = true; }
    int progress() const { return m_progress.load(); }

private:
    friend class BackgroundJob;
    std::atomic<int> m_progress{0};
    std::atomic<bool> m_cancel{false};
};

class BackgroundJob {
public:
    enum class State { Idle, Running, Done, Cancelled, Failed };
    BackgroundJob() = default;
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;
    ~BackgroundJob(); ///< cancels and waits

    /// Starts `work` on its own thread. The work returns a message for the user; a thrown
    /// exception's message becomes error(). Only one job at a time: false when one is running.
    bool start(std::function<std::string(JobControl&)> work);
    void cancel() { m_control.cancel(); }
    /// Waits for the job to end (tests, closing the window).
    void wait();

    State state() const { return m_state.load(); }
    bool running() const { return state() == State::Running; }
    int progress() const { return m_control.progress(); }
    /// The work's message when done, or the error when it failed.
    std::string message() const;

private:
    void launch(std::function<std::string(JobControl&)> work);

    JobControl m_control;
    std::atomic<State> m_state{State::Idle};
    mutable std::mutex m_mutex;
    std::string m_message;
    std::thread m_thread;
};

} // namespace gui
