#pragma once
// What the server answers, as plain functions of the room: the participant's page, joining with a
// role, the phone's own questions and answers, and storing an answer. No path reaches a file; every
// other path is "not found".

#include "answer_writer.hpp"
#include "http_types.hpp"
#include "room.hpp"

#include "core/text/i18n.hpp"

#include <functional>
#include <string_view>

namespace workshop {

/// The largest request body read (an answer is under 200 bytes); the server refuses larger ones.
constexpr std::size_t kMaxBodyBytes = 4096;

class Routes {
public:
    Routes(Room& room, AnswerWriter& writer, core::Language lang);
    /// Answers `request` through `reply`, at once or (an answer) once it is stored.
    void handle(const Request& request, const Reply& reply);
    /// Serves the facilitator's page at /f/TOKEN/ (a headless session); without it, /f/ is not found.
    void setFacilitator(std::function<Response(const Request&, std::string_view what, std::string_view query)> facilitator)
    {
        m_facilitator = std::move(facilitator);
    }

private:
    Response landing(std::string_view query, bool typed);
    Response page() const;
    Response setup() const;
    Response join(const Request& request);
    Response me(const Room::Phone& phone) const;
    void answer(const Room::Phone& phone, const Request& request, const Reply& reply);
    /// The live question as this phone sees it: its items for the phone's party, what it gave,
    /// and the result only once revealed.
    Response state(const Room::Phone& phone) const;
    /// The revealed result alone; 403 before the reveal.
    Response result() const;
    void liveAnswer(const Room::Phone& phone, const Request& request, const Reply& reply);

    Room& m_room;
    AnswerWriter& m_writer;
    core::Language m_lang;
    std::function<Response(const Request&, std::string_view, std::string_view)> m_facilitator;
};

} // namespace workshop
