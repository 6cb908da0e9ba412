#pragma once
// The exchange package: what one round of one hospital gives the ministry to compare hospitals
// (docs/exchange.md). It is the aggregate report as data: only shown parties, only figures the
// report shows, nothing per respondent, per vakgroep or in euros.

#include "core/advice/recommendations.hpp"
#include "core/analysis/analysis.hpp"
#include "core/answers/records.hpp"
#include "core/text/i18n.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// The package's format name and the version of its schema; a reader refuses a newer version.
inline constexpr std::string_view kExchangeFormat = "samenspel-exchange";
inline constexpr int kExchangeSchemaVersion = 1;
/// The largest package file read: one round holds well under 100 kB.
inline constexpr std::size_t kMaxExchangeBytes = 1024 * 1024;

/// One shown party on one element or theme.
struct ExchangeCell {
    std::string party; ///< a role code, or hospital_side / medical_side
    std::size_t n = 0;
    double mean = 0.0; ///< 0-100
    std::optional<double> sd;  ///< only at full precision (n of at least the detail threshold)
    std::optional<double> rwg; ///< likewise
    /// The share of the party's answers there that agree (4-5), as a fraction; only beside r_wg.
    std::optional<std::size_t> agreeing;
    std::optional<std::size_t> answers;
    bool rounded = false; ///< the mean is derived from statement means rounded to 0.5
};

struct ExchangeDimension {
    std::string code; ///< an element or theme code
    std::optional<double> overall;
    std::vector<ExchangeCell> cells;
};

struct ExchangeParty {
    std::string id; ///< a role code, or hospital_side / medical_side
    bool side = false;
    std::vector<std::string> roles; ///< for a side: the shown roles it holds
    std::size_t respondents = 0;
};

/// The profile questions a package carries: facts about the organisation that the comparison groups
/// hospitals by. Opinions (what alignment means, the chosen value disciplines) stay in the hospital.
inline constexpr std::string_view kExchangeProfileQuestions[] = {"profile.hospital_type", "profile.org_model",
                                                                 "profile.joint_table", "profile.distribution_model"};

/// A board's majority answer to one of kExchangeProfileQuestions: more than half of at least k
/// members gave it. Whether the board was unanimous is not said: for a board of three that would
/// tell each member's answer.
struct ExchangeProfileAnswer {
    std::string question;
    std::string party; ///< rvb or msb_board
    std::string answer;
};

struct ExchangePackage {
    /// A random key the hospital's file gives the organisation once: the same hospital over rounds.
    std::string hospitalKey;
    std::string hospitalName;
    std::string hospitalType;       ///< profile.hospital_type option; empty when unknown
    std::string organisationModel;  ///< profile.org_model option the boards agree on; empty when not
    std::string distributionFamily; ///< profile.distribution_model option; empty when not known
    std::string incentiveModel;     ///< the incentive model's preset (or custom); empty without inputs
    std::optional<double> incentiveAlignment;
    Id roundId = 0;
    std::string roundName;
    std::string roundDate; ///< YYYY-MM-DD
    std::string instrumentId;
    std::string instrumentVersion;
    int k = kMinAnonymityK;
    std::size_t detailThreshold = 0;
    std::vector<ExchangeParty> parties;
    std::vector<ExchangeDimension> elements;
    std::vector<ExchangeDimension> themes;
    std::optional<double> index;
    std::vector<IndexComponent> components;
    std::vector<ExchangeProfileAnswer> profile;
    std::string madeBy; ///< "Samenspel" and its version
};

/// What a package is made from besides the analysis of the round's shared state.
struct ExchangeSource {
    const Analysis& analysis;
    const RoundFacts& facts;
    const Instrument& instrument;
    const Assessment& round;
    const Organisation& organisation;
    std::string hospitalKey;
    std::string incentiveModel; ///< empty without incentive inputs
    std::string madeBy;
};

ExchangePackage buildExchangePackage(const ExchangeSource& source);

/// The package file without its hash in canonical form: JSON with its keys in byte order, no
/// spaces and numbers as short as they read back exactly (docs/exchange.md). The hash is over this.
std::string exchangeCanonical(const ExchangePackage& package);
/// The package file: its format, schema version, a line on what it is, the content and `sha256`,
/// the hash of the canonical form as 64 lowercase hex digits. Written with two-space indents, one
/// way only, so that a reader can tell any changed byte.
std::string exchangeFile(const ExchangePackage& package, std::string_view sha256);

/// A package file as read: the package when it passed every check core can make, the canonical
/// form and the hash the file states (the caller compares them), and every problem found.
struct ExchangeRead {
    std::optional<ExchangePackage> package;
    std::string canonical;
    std::string statedHash;
    std::vector<DataProblem> problems;
};
ExchangeRead readExchangeFile(std::string_view text);

} // namespace core
