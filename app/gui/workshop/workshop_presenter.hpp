#pragma once
// Workshop mode, without wx: one participant answering on the shared screen, and the facilitator's
// view for the projector. Every answer is stored the moment it is given.

#include "core/analysis/analysis.hpp"
#include "round_data.hpp"
#include "db/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gui {

/// One participant: a role, an automatic pseudonymous code, and the questions put to that role.
class WorkshopSession {
public:
    WorkshopSession(db::Database& db, core::Id round, core::Role role, core::Language lang);

    const std::string& code() const { return m_code; }
    std::size_t total() const { return m_questions.size(); }
    std::size_t position() const { return m_position; }
    bool finished() const { return m_position >= m_questions.size(); }
    /// "Vraag 3 van 56"
    std::string progressText() const;
    std::string questionText() const;
    std::string questionCode() const;
    /// The answers to choose from, in order; the last is "weet niet / n.v.t.".
    std::vector<std::string> choices() const;
    /// Stores the answer (the index into choices(); the last index is no answer) and moves on.
    void answer(std::size_t choice);
    void back();

private:
    db::Database& m_db;
    core::Id m_round;
    core::Role m_role;
    core::Language m_lang;
    const core::Instrument& m_instrument;
    std::string m_code;
    std::vector<const core::Question*> m_questions;
    std::size_t m_position = 0;
};

/// The facilitator's screen: how many have started and finished per role (never who), and the
/// results only after they are revealed, so that nobody anchors on the others' answers. Roles with
/// fewer participants than the anonymity threshold are neither named nor counted: they share one
/// row without numbers, and the total leaves them out.
///
/// The results are the round's shared state (docs/disclosure.md): revealing them records it, and
/// once revealed they change only when a step of respondents of a role (k, or 10 for a party shown
/// at full precision) has been added or changed, so that no late answer can be read off the screen.
class FacilitatorPresenter {
public:
    FacilitatorPresenter(db::Database& db, core::Id round, core::Language lang);

    struct RoleCount {
        core::Role role;
        std::string label;
        std::size_t started = 0;
        std::size_t finished = 0;
        bool belowThreshold = false; ///< the shared row of the roles below the threshold: no counts shown
    };
    /// Reads the answers again and recomputes; returns the time it took in milliseconds.
    double refresh();
    const std::vector<RoleCount>& counts() const { return m_counts; }
    std::size_t respondents() const;
    bool revealed() const { return m_revealed; }
    /// Shows the results and records them as the round's shared state.
    void reveal();
    void hide() { m_revealed = false; }
    /// Whether newer answers wait for a step before the results show them.
    bool waiting() const { return !m_waiting.empty(); }
    /// The analysis, or nullptr while the results are hidden.
    const core::Analysis* results() const { return m_revealed ? &m_analysis : nullptr; }
    const core::Instrument& instrument() const { return m_instrument; }
    core::Language language() const { return m_lang; }

private:
    db::Database& m_db;
    core::Id m_round;
    core::Language m_lang;
    const core::Instrument& m_instrument;
    std::vector<RoleCount> m_counts;
    core::Analysis m_analysis;
    std::optional<app::SharedRecord> m_pending; ///< the shared state to record when revealed
    app::SharedStatesCache m_shared;            ///< read again only when a state was added
    std::vector<core::Role> m_waiting;
    bool m_revealed = false;
};

} // namespace gui
