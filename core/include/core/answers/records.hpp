#pragma once
// The stored things, as plain values: organisations, their assessment rounds, respondents.

#include "core/answers/answer.hpp"
#include "core/instrument/codes.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

using Id = std::int64_t;

struct Organisation {
    Id id = 0;
    std::string name;
    std::string hospitalType; ///< an option code of profile.hospital_type, or empty
    std::string createdAt;    ///< ISO 8601, UTC
    std::string exchangeKey;  ///< 32 random hex digits: the organisation in exchange packages
};

/// One round of the questionnaire in one organisation.
struct Assessment {
    Id id = 0;
    Id organisationId = 0;
    std::string name;
    std::string date; ///< the date of the round, YYYY-MM-DD
    std::string instrumentId;
    std::string instrumentVersion;
    int anonymityK = 3; ///< parties with fewer respondents are never shown; at least 3
    std::size_t respondents = 0;
    std::vector<std::string> modules = {}; ///< the ids of the modules the round adds, alphabetically
};

struct Respondent {
    std::string code;
    Role role = Role::Other;
};

/// One stored answer, with its respondent.
struct AnswerRow {
    std::string respondent;
    Role role = Role::Other;
    std::string item;
    AnswerValue value;
};

/// An agreed action, picked from a recommendation in a round.
struct Action {
    Id id = 0;
    Id assessmentId = 0;           ///< the round it was agreed in
    std::string recommendationId;
    std::string title;
    std::string owner = "both";    ///< rvb, msb, both or other
    std::string responsible;       ///< a role or function, never a person's name
    std::string due;               ///< YYYY-MM-DD or empty
    std::string status = "open";   ///< open, in_progress, done or dropped
    std::string notes;
    std::vector<std::string> targets; ///< element and theme codes it aims to move
    std::string createdAt;
    std::string roundName; ///< the name of the round it was agreed in (read with it, not stored)
};

inline const std::vector<std::string> kActionOwners{"rvb", "msb", "both", "other"};
inline const std::vector<std::string> kActionStatuses{"open", "in_progress", "done", "dropped"};

/// The smallest anonymity threshold an assessment may have.
inline constexpr int kMinAnonymityK = 3;

} // namespace core
