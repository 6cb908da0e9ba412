#pragma once
// The short live questions of a workshop, answered on phones during the meeting (docs/disclosure.md,
// "Live questions"): a 7S pulse (the seven "today" ratings), a vote on the three recommendations to
// act on first, and a re-rating of the statements behind the largest gaps. What the room is shown
// of one: per party from the threshold k on, small parties' means coarsened, and nothing at all of
// a party below k - not in a count, a total or a vote.

#include "core/answers/answer.hpp"
#include "core/instrument/codes.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

enum class LiveKind { Pulse, Vote, Rerate };
std::string_view code(LiveKind kind);
std::optional<LiveKind> liveKindFromCode(std::string_view code);

/// How many recommendations each participant picks in a vote.
inline constexpr std::size_t kVotePicks = 3;

struct LiveQuestion {
    long long id = 0;
    LiveKind kind = LiveKind::Pulse;
    std::vector<std::string> items; ///< question codes (pulse, re-rating) or recommendation codes (vote)
    bool locked = false;
};

/// One answer to one item of a live question (a vote: value 1 for each recommendation picked).
struct LiveAnswer {
    std::string respondent;
    Role role = Role::Other;
    std::string item;
    AnswerValue value;
};

struct LivePartyResult {
    Role role = Role::Other;
    std::size_t n = 0;  ///< respondents of the party who answered the item (not "weet niet")
    double mean = 0.0;  ///< coarse (to 0.5) below kDetailN
    bool coarse = false;
};

struct LiveItemResult {
    std::string item;
    std::vector<LivePartyResult> parties; ///< shown parties with an answer to the item
    std::size_t votes = 0;                ///< a vote: picks by respondents of shown parties
};

struct LiveResult {
    std::vector<std::pair<Role, std::size_t>> shown; ///< the parties shown, with their respondents
    std::vector<LiveItemResult> items;               ///< in the question's order; a vote's by votes, most first
};

/// What may be shown of a live question's answers with threshold k.
LiveResult liveResult(const LiveQuestion& question, const std::vector<LiveAnswer>& answers, int k);

} // namespace core
