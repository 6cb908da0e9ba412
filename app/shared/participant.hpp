#pragma once
// Workshop mode, without a window: one participant answering at the shared computer. Every answer
// is stored the moment it is given.

#include "answer_choices.hpp"
#include "db/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace app {

/// The questions a participant of a role is asked in workshop mode, in order: the statements, then
/// the ratings, then the profile choices. Numbers are typed on the advisor's form, not asked here.
std::vector<const core::Question*> workshopQuestions(const core::Instrument& instrument, core::Role role);

/// One participant: a role, an automatic pseudonymous code, and the questions put to that role.
class Participant {
public:
    /// A new participant with the next free workshop code of the role ("W-RVB-04").
    Participant(db::Database& db, core::Id round, core::Role role, core::Language lang);
    /// Continues an earlier participant by the code shown to them, at their first unanswered
    /// question; nullopt when the round has no workshop participant with that code. The answers
    /// given before are not shown again: whoever types a code sees only what they answer now.
    static std::optional<Participant> resume(db::Database& db, core::Id round, const std::string& code,
                                             core::Language lang);

    const std::string& code() const { return m_code; }
    core::Role role() const { return m_role; }
    std::size_t total() const { return m_questions.size(); }
    std::size_t position() const { return m_position; }
    bool finished() const { return m_position >= m_questions.size(); }
    /// "Vraag 3 van 56"
    std::string progressText() const;
    std::string questionText() const;
    std::string questionCode() const;
    /// The answers to choose from, in order; the last is "weet niet / n.v.t.".
    std::vector<std::string> choices() const;
    /// Whether the question is a rating (0 to 10), typed as a number rather than picked by its place.
    bool rating() const;
    /// The choice given to this question in this sitting, if any (shown when going back).
    std::optional<std::size_t> chosen() const;
    /// Stores the answer (the index into choices(); the last index is no answer) and moves on.
    void answer(std::size_t choice);
    void back();

    /// What a typed key does on the current question (pickByKey).
    using Key = KeyPick;
    Key key(char typed);
    /// The digit that waited, now answered on its own (after a pause or Enter).
    std::optional<std::size_t> flushKey();

private:
    Participant(db::Database& db, core::Id round, core::Role role, core::Language lang, std::string code);

    db::Database& m_db;
    core::Id m_round;
    core::Role m_role;
    core::Language m_lang;
    const core::Instrument& m_instrument;
    std::string m_code;
    std::vector<const core::Question*> m_questions;
    std::vector<std::optional<std::size_t>> m_given; ///< per question, this sitting's choice
    std::size_t m_position = 0;
    std::optional<int> m_pendingDigit;
};

} // namespace app
