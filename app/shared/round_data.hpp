#pragma once
// A round read from the database and analysed: what the command line and the desktop program
// start from (score, recommend, actions, results, reports).

#include "core/analysis/analysis.hpp"
#include "core/incentives/incentives.hpp"
#include "core/advice/recommendations.hpp"
#include "core/answers/records.hpp"
#include "core/analysis/scoring.hpp"

#include <optional>
#include <string>
#include <vector>

namespace db {
class Database;
}

namespace app {

/// Which answers a round is analysed from (docs/disclosure.md). Outputs meant for sharing (reports,
/// score and recommend output, the projector) use the shared state; the advisor's working screens
/// use the current answers and say when they differ from what was shared.
enum class Basis { Current, Shared };

/// A new shared state for a round, to be stored before the output made from it is written.
struct SharedRecord {
    core::Id round = 0;
    std::vector<core::AnswerRow> rows;
};

struct RoundData {
    core::Assessment round;
    const core::Instrument* instrument = nullptr;
    core::ResponseSet responses;
    std::optional<core::IncentiveInputs> incentives;
    core::Analysis analysis; ///< with the incentive-alignment component when the round has inputs
    /// Shared basis: the state to store (recordShared) because enough has changed since the last.
    std::optional<SharedRecord> toRecord;
    /// Roles whose newer answers are not shared yet: fewer than a step of them changed.
    std::vector<core::Role> waiting;
    /// Current basis: the answers differ from the round's shared state, made at `sharedAt`.
    bool differsFromShared = false;
    std::optional<std::string> sharedAt;
};

/// The shared states of a round as last read: a screen that refreshes every few seconds reads them
/// again only when one was added (they are never changed).
struct SharedStatesCache {
    core::Id round = 0;
    std::size_t count = 0;
    std::vector<std::vector<core::AnswerRow>> states;
};

RoundData loadRound(const db::Database& db, core::Id id, double gapThreshold, Basis basis = Basis::Current,
                    SharedStatesCache* cache = nullptr);

/// The facts the recommendations are judged on, with the round's incentive inputs: the one route
/// from a round to its advice (the report, `recommend`, the Recommendations and Profile pages).
core::RoundFacts factsOf(const RoundData& data);
/// The round's recommendations from a catalogue (the built-in one, or with an advisor's
/// overlays), the ones that apply first, most urgent first.
std::vector<core::Advice> adviceFor(const RoundData& data, const core::Catalogue& catalogue, core::Language lang);

/// Stores the new shared states, all in one transaction. Returns false, storing nothing, when the
/// file was opened read-only: the caller says that the shared state was not recorded.
bool recordShared(db::Database& db, const std::vector<SharedRecord>& records);

} // namespace app
