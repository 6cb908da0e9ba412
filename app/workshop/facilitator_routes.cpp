#include "facilitator_routes.hpp"

#include "answer_writer.hpp"
#include "page_texts.hpp"

#include "error_text.hpp"
#include "reports/pdf_document.hpp"
#include "reports/projector.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace workshop {

using core::tr;
using core::tx;
using nlohmann::json;

namespace {

/// A whole number parameter of a query, within [low, high]; `fallback` when absent or malformed.
int queryNumber(std::string_view query, std::string_view name, int low, int high, int fallback)
{
    const std::string key = std::string(name) + "=";
    for (std::size_t at = 0; at < query.size();) {
        const auto end = std::min(query.find('&', at), query.size());
        const auto pair = query.substr(at, end - at);
        if (pair.starts_with(key)) {
            int value = 0;
            const auto digits = pair.substr(key.size());
            const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
            if (ec == std::errc() && ptr == digits.data() + digits.size())
                return std::clamp(value, low, high);
            return fallback;
        }
        at = end + 1;
    }
    return fallback;
}

Response refused(int status, const std::string& message)
{
    return {status, "application/json", json{{"error", "refused"}, {"message", message}}.dump(), {}};
}

} // namespace

FacilitatorRoutes::FacilitatorRoutes(const std::string& path, core::Id round, Room& room, const AnswerWriter& writer,
                                     std::function<void()> endSession, core::Language lang, std::optional<PhoneInvite> invite)
    : m_db(db::Database::open(path)), m_room(room), m_writer(writer), m_endSession(std::move(endSession)), m_lang(lang), m_invite(std::move(invite)),
      m_presenter(m_db, round, lang),
      m_live(room.mode() == SessionMode::Live ? std::make_unique<LiveControl>(m_db, round, room, lang) : nullptr)
{
}

Response FacilitatorRoutes::handle(const Request& request, std::string_view what, std::string_view query)
{
    if (what.empty())
        return request.method == "GET" ? Response{200, "text/html; charset=utf-8", facilitatorPage(m_lang, m_live != nullptr), {}}
                                       : refused(405, "method not allowed");
    if (what == "screen.svg")
        return request.method == "GET" ? screen(query) : refused(405, "method not allowed");
    if (what == "control")
        return request.method == "POST" ? control(request) : refused(405, "method not allowed");
    return refused(404, "not found");
}

Response FacilitatorRoutes::screen(std::string_view query)
{
    // Read again at most once a second, however often the page asks.
    const auto now = std::chrono::steady_clock::now();
    if (now - m_read > std::chrono::seconds(1)) {
        m_read = now;
        try {
            m_presenter.refresh();
            m_problem.clear();
        } catch (const std::exception& e) {
            m_problem = app::describeError(e, m_lang).text;
        }
    }
    const int width = queryNumber(query, "w", 320, 3840, 1920);
    const int height = queryNumber(query, "h", 240, 2160, 1080);
    const auto* invite = m_invite ? &*m_invite : nullptr;
    auto screen = m_live ? m_presenter.projector(invite, m_live->screen()) : m_presenter.projector(invite, m_heatmap);
    if (const auto trouble = m_writer.troubleForTheRoom(m_lang); !trouble.empty())
        screen.footer = trouble;
    else if (!m_problem.empty())
        screen.footer = m_problem;
    return {200, "image/svg+xml", reports::svgText(width, height, reports::projectorDrawing(std::move(screen)), reports::SvgUnit::Pixel), {}};
}

Response FacilitatorRoutes::control(const Request& request)
{
    const auto body = json::parse(request.body, nullptr, false);
    if (!request.contentType.starts_with("application/json") || !body.is_object() || !body.contains("do") || !body["do"].is_string())
        return refused(400, "expected {\"do\": what to do}");
    const auto what = body["do"].get<std::string>();
    try {
        if (what == "end") {
            if (m_live)
                m_live->close(); // an open question is locked: what was given stays as it was
            m_endSession();
            return {200, "application/json", "{}", {}};
        }
        const bool questionnaire = what == "reveal" || what == "hide" || what == "heatmap" || what == "radar";
        const bool live = what == "pulse" || what == "vote" || what == "rerate" || what == "lock" || what == "result" || what == "off";
        if (!questionnaire && !live)
            return refused(400, "unknown action");
        // Each session steers its own screen: a live session does not reveal (and so record) the
        // questionnaire's results behind the room's back, nor has a questionnaire session live questions.
        if (questionnaire && m_live)
            return refused(409, std::string(tr(m_lang, tx("This session asks live questions; the questionnaire's results are shown in a session of the questionnaire."))));
        if (live && !m_live)
            return refused(409, std::string(tr(m_lang, tx("This session has no live questions."))));
        if (what == "reveal")
            m_presenter.reveal();
        else if (what == "hide")
            m_presenter.hide();
        else if (what == "heatmap" || what == "radar")
            m_heatmap = what == "heatmap";
        else if (what == "pulse" || what == "vote" || what == "rerate") {
            const auto kind = what == "pulse" ? core::LiveKind::Pulse : what == "vote" ? core::LiveKind::Vote : core::LiveKind::Rerate;
            if (const auto why = m_live->open(kind))
                return refused(409, *why);
        } else if (what == "lock")
            m_live->lock();
        else if (what == "result")
            m_live->reveal();
        else
            m_live->close();
    } catch (const std::exception& e) {
        return refused(409, app::describeError(e, m_lang).text);
    }
    m_read = {}; // the next picture reads the answers again
    return {200, "application/json", "{}", {}};
}

} // namespace workshop
