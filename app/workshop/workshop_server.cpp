#include "workshop_server.hpp"

#include "network.hpp"

namespace workshop {

WorkshopServer::WorkshopServer(const db::Database& db, core::Id round, const std::string& address, unsigned short port,
                               core::Language lang, ServerLimits limits, SessionMode mode)
    : m_address(address), m_room(db, round, mode), m_writer(std::make_unique<AnswerWriter>(db.path(), round)),
      m_routes(m_room, *m_writer, lang),
      m_http(address, port, [this](const Request& request, Reply reply) { m_routes.handle(request, reply); }, limits)
{
}

WorkshopServer::~WorkshopServer()
{
    // In this order: no new requests, then every answer that arrived stored (its reply goes
    // nowhere now), then no token works any more.
    m_http.stop();
    m_writer.reset();
    m_room.end();
}

std::string WorkshopServer::participantUrl() const { return typedUrl() + "/s/" + m_room.sessionToken() + "/"; }
std::string WorkshopServer::typedUrl() const { return baseUrl(m_address, m_http.port()); }

} // namespace workshop
