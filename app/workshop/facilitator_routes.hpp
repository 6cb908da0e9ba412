#pragma once
// The facilitator's page when the session runs without the desktop program (`samenspel workshop
// serve`): the projector's screen as SVG, redrawn every two seconds, and the controls (show the
// results, the chart, the live questions). Behind its own 128-bit token, printed only on the
// facilitator's terminal. Works on a connection of its own, on the server's thread.

#include "facilitator_presenter.hpp"
#include "http_types.hpp"
#include "live_control.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace workshop {

class FacilitatorRoutes {
public:
    /// `endSession` ends the session from the page's button (the server stops a moment later).
    FacilitatorRoutes(const std::string& path, core::Id round, Room& room, const class AnswerWriter& writer,
                      std::function<void()> endSession, core::Language lang, std::optional<PhoneInvite> invite);
    /// `what` is the part after /f/TOKEN/: "", "screen.svg" or "control".
    Response handle(const Request& request, std::string_view what, std::string_view query);

private:
    Response screen(std::string_view query);
    Response control(const Request& request);

    db::Database m_db;
    Room& m_room;
    const AnswerWriter& m_writer;
    std::function<void()> m_endSession;
    core::Language m_lang;
    std::optional<PhoneInvite> m_invite;
    FacilitatorPresenter m_presenter;
    std::unique_ptr<LiveControl> m_live;
    bool m_heatmap = false;
    std::chrono::steady_clock::time_point m_read{};
    std::string m_problem; ///< why the file could not be read at the last try

};

} // namespace workshop
