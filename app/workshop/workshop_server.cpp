#include "workshop_server.hpp"

#include "facilitator_routes.hpp"
#include "network.hpp"
#include "qr_code.hpp"

namespace workshop {

WorkshopServer::WorkshopServer(const db::Database& db, core::Id round, const std::string& address, unsigned short port,
                               core::Language lang, ServerLimits limits, SessionMode mode)
    : m_address(address), m_lang(lang), m_lock(db.path(), round), m_room(db, round, mode), m_writer(std::make_unique<AnswerWriter>(db.path(), round)),
      m_routes(m_room, *m_writer, lang),
      m_http(address, port, [this](const Request& request, Reply reply) { m_routes.handle(request, reply); }, limits)
{
}

WorkshopServer::~WorkshopServer()
{
    // In this order: no new requests, then every answer that arrived stored (its reply goes
    // nowhere now), then no token works any more.
    m_http.stop();
    m_facilitator.reset();
    m_writer.reset();
    m_room.end();
}

void WorkshopServer::serveFacilitatorPage(const std::string& path)
{
    const auto& code = m_room.shortCode();
    m_facilitator = std::make_unique<FacilitatorRoutes>(
        path, m_room.round(), m_room, *m_writer, [this] { endSoon(); }, m_lang,
        PhoneInvite{participantUrl(), typedUrl(), code.substr(0, 4) + "-" + code.substr(4), qrModules(participantUrl())});
    m_routes.setFacilitator([this](const Request& request, std::string_view what, std::string_view query) {
        return m_facilitator->handle(request, what, query);
    });
}

std::string WorkshopServer::facilitatorUrl() const { return typedUrl() + "/f/" + m_room.facilitatorToken() + "/"; }

std::string WorkshopServer::participantUrl() const { return typedUrl() + "/s/" + m_room.sessionToken() + "/"; }
std::string WorkshopServer::typedUrl() const { return baseUrl(m_address, m_http.port()); }

} // namespace workshop
