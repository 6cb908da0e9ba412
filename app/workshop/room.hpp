#pragma once
// A workshop session on the room's network, without the network: who may take part (the session's
// token), the phones that joined (each with its own random token, linked to a pseudonymous
// respondent code and to nothing else), and what each may answer. The server and the facilitator's
// screen call it from their own threads; it guards itself.

#include "rate_limiter.hpp"

#include "core/analysis/live_results.hpp"
#include "core/answers/answer.hpp"
#include "core/instrument/instrument.hpp"
#include "db/database.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace workshop {

/// The most phones one session admits: far above a board workshop, and a bound on memory.
constexpr std::size_t kMaxPhones = 500;

/// What the phones answer: the questionnaire, or the live questions the facilitator opens.
enum class SessionMode { Questionnaire, Live };

/// One item of a live question as a phone shows it.
struct LiveItem {
    std::string code;              ///< a question's code, or a recommendation's
    core::LocalText text;
    core::QuestionKind kind = core::QuestionKind::Likert; ///< Likert, Rating, or Choice for a vote's pick
    int min = 0;
    int max = 0;
    std::vector<core::Role> roles; ///< who is asked; empty: everyone
};

/// The live question the room sees now. Opened, then locked (no more answers), then revealed.
struct LiveState {
    enum class Stage { Open, Locked, Revealed };
    long long id = 0;
    core::LiveKind kind = core::LiveKind::Pulse;
    std::vector<LiveItem> items;
    Stage stage = Stage::Open;
    std::string result; ///< JSON of what may be shown (core::liveResult), set when revealed
};

class Room {
public:
    /// Reads what the session needs from the file (the round's questionnaire, threshold and names),
    /// and makes the session's secrets. The answers are stored by the AnswerWriter's own connection.
    Room(const db::Database& db, core::Id round, SessionMode mode = SessionMode::Questionnaire);

    // Fixed for the session's life, so read without the lock.
    const std::string& sessionToken() const { return m_sessionToken; }
    /// The facilitator's own token (headless sessions: the page that steers the projector).
    const std::string& facilitatorToken() const { return m_facilitatorToken; }
    const std::string& shortCode() const { return m_shortCode; }
    core::Id round() const { return m_round; }
    const core::Instrument& instrument() const { return m_instrument; }
    int threshold() const { return m_threshold; }
    const std::string& roundName() const { return m_roundName; }
    const std::string& organisationName() const { return m_organisationName; }
    SessionMode mode() const { return m_mode; }
    /// The questions put to a role on a phone: the same as on the one computer.
    const std::vector<const core::Question*>& questions(core::Role role) const;

    bool ended() const;
    /// Ends the session: every token stops working at once, and what the phones gave is forgotten
    /// here (it is in the file).
    void end();

    struct Phone {
        std::string token;
        std::string code; ///< "T-RVB-03": shown to its holder, to continue at the one computer
        core::Role role = core::Role::Other;
    };
    /// Ended; Full: the session's bound; PartyFull: the party's respondents in the round and the
    /// phones that joined reach the number the round says were invited (so nobody fills a small
    /// party with made-up phones to push it over k). In a live session only its phones count.
    enum class Refusal { Ended, Full, PartyFull };
    std::variant<Phone, Refusal> join(core::Role role);
    /// Lets a phone that has not answered anything yet go (its holder chose the wrong party): its
    /// token stops working and its party has a place again. False once it has sent an answer.
    bool leave(const std::string& token);
    /// Notes that this phone sent an answer (before it is stored): from now on its party is fixed.
    void answering(const std::string& token);
    /// The phone holding this token; nullopt for an unknown token or once the session ended.
    std::optional<Phone> phone(const std::string& token) const;
    /// Whether this phone may ask again now (a token bucket per phone).
    bool allowRequest(const std::string& token);
    /// Whether one more phone may join now, and one more typed short code be tried (room-wide).
    bool allowJoin();
    /// A typed code: `right` ones pass while the room has tries left, a wrong one uses one up; once
    /// they are used up every code waits (so that a guesser cannot tell a right one by its reply).
    bool allowCodeTry(bool right);
    std::size_t phoneCount() const;
    /// How many phones joined in the whole session (also after it ended).
    std::size_t joined() const;

    /// Why this phone may not give this answer, or nullopt: the question must be put to its role,
    /// and the value one of those the question offers ("weet niet" is std::monostate).
    std::optional<std::string> refusal(const Phone& phone, const std::string& item, const core::AnswerValue& value) const;
    /// Records an answer the file has stored, so that the same phone sees it after a reload.
    void stored(const std::string& token, const std::string& item, const core::AnswerValue& value);
    /// The answers this phone gave in this session (its own, for going back and resuming).
    std::map<std::string, core::AnswerValue> given(const std::string& token) const;

    /// The facilitator's live question (nullopt: none); every change raises version().
    void setLive(std::optional<LiveState> live);
    std::optional<LiveState> live() const;
    /// Counts changes the phones poll for.
    std::size_t version() const;
    /// Records a phone's stored answer to live question `id` (its own, shown back to it only).
    void storedLive(const std::string& token, long long id, const std::map<std::string, core::AnswerValue>& values);
    std::map<std::string, core::AnswerValue> givenLive(const std::string& token, long long id) const;

private:
    std::string nextCode(core::Role role);

    const std::string m_sessionToken;
    const std::string m_facilitatorToken;
    const std::string m_shortCode;
    const core::Id m_round;
    const core::Instrument m_instrument;
    const int m_threshold;
    const std::string m_roundName;
    const std::string m_organisationName;
    const SessionMode m_mode;
    std::map<core::Role, std::vector<const core::Question*>> m_questions;

    mutable std::mutex m_mutex;
    bool m_ended = false;
    std::map<std::string, Phone> m_phones;                                    ///< by token
    std::map<std::string, std::map<std::string, core::AnswerValue>> m_given; ///< by token
    std::map<core::Role, int> m_lastNumber;                                   ///< of the T- codes
    std::map<core::Role, int> m_invited; ///< the round's numbers invited; a party without one has no cap
    std::map<core::Role, int> m_joined;       ///< per party: its respondents in the round (questionnaire) and this session's phones
    std::size_t m_phonesJoined = 0;
    std::set<std::string> m_answering; ///< tokens of the phones that sent an answer
    std::optional<LiveState> m_live;
    std::size_t m_version = 0;
    std::map<std::pair<std::string, long long>, std::map<std::string, core::AnswerValue>> m_givenLive; ///< by token and question
    RateLimiter m_perPhone;
    TokenBucket m_joins;
    TokenBucket m_codeTries;
};

} // namespace workshop
