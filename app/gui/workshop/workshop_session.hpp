#pragma once
// Workshop mode, without wx: one participant answering on the shared screen. Every answer is
// stored the moment it is given.

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

} // namespace gui
