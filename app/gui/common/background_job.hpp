#pragma once
// Long work (a report, an import, a sweep) off the UI thread: the window polls progress() and
// finished(), and cancel() asks the work to stop at its next checkpoint. Work that is cancelled
// must change nothing (it throws Cancelled before anything is committed or renamed).

#include "core/text/i18n.hpp"

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
    /// Called by checkpoint() with each percentage before it looks at cancel() (tests cancel at
    /// a given point with it). Set before the job starts.
    void observe(std::function<void(int)> observer) { m_observer = std::move(observer); }

private:
    friend class BackgroundJob;
    std::function<void(int)> m_observer;
    std::atomic<int> m_progress{0};
    std::atomic<bool> m_cancel{false};
};

class BackgroundJob {
public:
    enum class State { Idle, Running, Done, Cancelled, Failed };
    /// `lang`: the language of the message of a job that fails (see app::describeError()).
    explicit BackgroundJob(core::Language lang = core::Language::Nl) : m_lang(lang) {}
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

    core::Language m_lang;
    JobControl m_control;
    std::atomic<State> m_state{State::Idle};
    mutable std::mutex m_mutex;
    std::string m_message;
    std::thread m_thread;
};

} // namespace gui
