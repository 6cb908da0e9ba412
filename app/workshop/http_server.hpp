#pragma once
// The embedded HTTP server (Boost.Beast, one thread for every connection): it reads requests within
// limits and time-outs, hands them to a handler, and writes the replies. It keeps no log, and
// nothing about a client outlives its connection. Beast stays inside http_server.cpp.

#include "http_types.hpp"

#include "core/text/i18n.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace workshop {

/// The address or port cannot be used; the message says which and what to do.
class ServerError : public core::Error {
public:
    using core::Error::Error;
};

struct ServerLimits {
    std::size_t headerBytes = 8 * 1024;
    std::size_t bodyBytes = 4 * 1024;
    /// A request's header must arrive within this (a phone sends it at once); an idle kept-alive
    /// connection is closed after it. A client that opens connections and sends nothing holds
    /// them only this long.
    std::chrono::seconds headerTimeout{3};
    /// The whole request must arrive within this.
    std::chrono::seconds readTimeout{10};
    /// Well above a room's phones (a few connections each), and below the 1024 files a program
    /// may have open by default.
    std::size_t connections = 512;
    /// Per client address, counted in memory only while connected: a phone opens a few.
    std::size_t connectionsPerAddress = 32;
};

class HttpServer {
public:
    using Handler = std::function<void(const Request&, Reply)>;
    /// Listens on `address` (one interface; "127.0.0.1" for the tests) and `port` (0: any free one).
    /// Throws ServerError when that cannot be done.
    HttpServer(const std::string& address, unsigned short port, Handler handler, ServerLimits limits = {});
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;
    ~HttpServer();

    unsigned short port() const;
    /// Serves on this thread until stop() (or, after stopOnSignals(), Ctrl+C or SIGTERM).
    void run();
    /// Serves on a thread of its own.
    void start();
    /// Stops serving (from any thread) and waits for the server's thread. Replies still to come
    /// are dropped with their connections. A Reply must not be called after the server is gone:
    /// whoever holds one (the answer writer) ends first.
    void stop();
    /// On Ctrl+C or SIGTERM: calls `first` (the session ends), answers for `grace` more (the phones
    /// hear that it ended), then stops run(). A second signal stops at once.
    void stopOnSignals(std::function<void()> first = {}, std::chrono::milliseconds grace = {});
    /// From any thread, also a handler: calls `first` on the server's thread, answers for `grace`
    /// more, then stops run(). Once ending, a second call does nothing.
    void stopAfter(std::function<void()> first, std::chrono::milliseconds grace);

    struct Impl; ///< public only by name, for the connections in http_server.cpp

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace workshop
