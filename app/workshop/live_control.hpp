#pragma once
// The facilitator's side of the live questions (docs/disclosure.md, rule 5b): opens one, built from
// the round - the seven "today" ratings (a 7S pulse), the recommendations to vote on, or the
// statements behind the three largest gaps to rate again - then locks it and reveals what may be
// shown. It works on the facilitator's connection; the phones' answers come in through the writer.

#include "room.hpp"

#include "core/analysis/live_results.hpp"
#include "db/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace workshop {

/// How many of the round's recommendations a vote offers, most urgent first.
constexpr std::size_t kVoteChoices = 8;

class LiveControl {
public:
    LiveControl(db::Database& db, core::Id round, Room& room, core::Language lang);

    /// Opens a new live question of this kind (one still open is locked first). Otherwise says why
    /// not, for the facilitator: the round has nothing to ask of this kind (no recommendations yet,
    /// no gaps shown), or the round already has answers to a question of this kind. Each kind is
    /// answered once per round, because two results of the same question side by side could give
    /// away what the one person who answered only one of them said.
    std::optional<std::string> open(core::LiveKind kind);
    /// No more answers: the file refuses them from now on.
    void lock();
    /// Shows the result (locking first if needed).
    void reveal();
    /// Takes the live question off the phones' screens.
    void close();
    std::optional<LiveState> current() const { return m_room.live(); }

    /// The projector's view of the live question: what is asked, who has answered (per party from
    /// k, the rest in one row without numbers), and once revealed, the result.
    struct Screen {
        std::string headline;
        std::vector<std::string> lines;
        std::vector<std::pair<std::string, std::string>> answered; ///< party, number ("" below k)
        bool revealed = false;
    };
    Screen screen() const;

private:
    std::vector<LiveItem> itemsOf(core::LiveKind kind) const;
    core::LiveResult result() const;

    db::Database& m_db;
    core::Id m_round;
    Room& m_room;
    core::Language m_lang;
};

} // namespace workshop
