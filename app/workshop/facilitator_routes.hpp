#pragma once
// The facilitator's page when the session runs without the desktop program (`samenspel workshop
// serve`): the projector's screen as SVG, redrawn every two seconds, and the controls (show the
// results, the chart, the live questions). Behind its own 128-bit token, printed only on the
// facilitator's terminal. Works on a connection of its own, on the server's thread.

#include "facilitator_presenter.hpp"
#include "http_types.hpp"
#include "live_control.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

namespace workshop {

class FacilitatorRoutes {
public:
    FacilitatorRoutes(const std::string& path, core::Id round, Room& room, core::Language lang, std::optional<PhoneInvite> invite);
    /// `what` is the part after /f/TOKEN/: "", "screen.svg" or "control".
    Response handle(const Request& request, std::string_view what, std::string_view query);

private:
    Response screen(std::string_view query);
    Response control(const Request& request);

    db::Database m_db;
    Room& m_room;
    core::Language m_lang;
    std::optional<PhoneInvite> m_invite;
    FacilitatorPresenter m_presenter;
    std::unique_ptr<LiveControl> m_live;
    bool m_heatmap = false;
    std::chrono::steady_clock::time_point m_read{};
};

} // namespace workshop
