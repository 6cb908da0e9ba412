#pragma once
// A workshop session served on the room's network: the room, the writer that stores the phones'
// answers, and the HTTP server, started and ended together in the right order.

#include "answer_writer.hpp"
#include "http_server.hpp"
#include "room.hpp"
#include "routes.hpp"

#include "db/session_lock.hpp"

#include <functional>
#include <memory>
#include <string>

namespace workshop {

class WorkshopServer {
public:
    /// Listens on `address` and `port` (0: any free port) for the round; throws ServerError (the
    /// address or port cannot be used) or the database's errors: db::Conflict when another session
    /// of the round runs, db::Unwritable when no answer could be stored.
    WorkshopServer(const db::Database& db, core::Id round, const std::string& address, unsigned short port,
                   core::Language lang, ServerLimits limits = {}, SessionMode mode = SessionMode::Questionnaire);
    WorkshopServer(const WorkshopServer&) = delete;
    WorkshopServer& operator=(const WorkshopServer&) = delete;
    /// Ends the session: stops listening, stores what is waiting, forgets every token.
    ~WorkshopServer();

    Room& room() { return m_room; }
    AnswerWriter& writer() { return *m_writer; }
    const AnswerWriter& writer() const { return *m_writer; }
    unsigned short port() const { return m_http.port(); }
    /// The address in the QR code: it carries the session's token.
    std::string participantUrl() const;
    /// The address to type, where the short code is asked.
    std::string typedUrl() const;

    /// Serves the facilitator's page (for a session without the desktop program) on a connection
    /// of its own to `path`.
    void serveFacilitatorPage(const std::string& path);
    /// Its address: it steers the projector, so it is for the facilitator's eyes only.
    std::string facilitatorUrl() const;

    void run() { m_http.run(); }
    void start() { m_http.start(); }
    /// Ctrl+C ends the session at once, then the server answers 4 s more so that the phones say
    /// the session ended, instead of waiting for a connection that will not come back.
    void stopOnSignals() { m_http.stopOnSignals([this] { ending(); }, kGrace); }
    /// The same from the facilitator's page: the session ends now, run() returns 4 s later.
    void endSoon() { m_http.stopAfter([this] { ending(); }, kGrace); }
    /// Called (on the server's thread) the moment the session ends, before the grace: to say so.
    void onEnding(std::function<void()> call) { m_onEnding = std::move(call); }

private:
    static constexpr std::chrono::seconds kGrace{4};
    void ending()
    {
        m_room.end();
        if (m_onEnding)
            m_onEnding();
    }
    std::function<void()> m_onEnding;
    std::string m_address;
    core::Language m_lang;
    db::SessionLock m_lock; ///< first made, last released: the round is this session's until the end
    Room m_room;
    std::unique_ptr<AnswerWriter> m_writer;
    Routes m_routes;
    HttpServer m_http;
    std::unique_ptr<class FacilitatorRoutes> m_facilitator;
};

} // namespace workshop
