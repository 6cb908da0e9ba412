#pragma once
// The names of the domain's concepts as people read them, in either language: the one place the
// command line, the desktop program and the reports take them from. (A party's name is
// partyName() in analysis.hpp; elements, themes and roles are named by the instrument.)

#include "core/text/i18n.hpp"
#include "core/incentives/incentive_analysis.hpp"
#include "core/instrument/instrument.hpp"
#include "core/advice/recommendations.hpp"
#include "core/answers/records.hpp"

#include <string>
#include <string_view>

namespace core {

/// The questionnaire a round uses: "gelijkgerichtheid 2.0", with its modules "+ msb_governance".
std::string instrumentLabel(const Assessment& round);
/// Its version with its modules: "2.0 + msb_governance".
std::string editionOf(const Assessment& round);

/// A distribution model: a preset's name, or "own mix".
std::string modelName(std::string_view model, Language lang);
/// A row of a model comparison: "current (production)" for the hospital's own model.
std::string modelRowName(const ScenarioOutcome& outcome, Language lang);
/// A distribution-model component: "productie", "dagdelen", ...
std::string componentName(Component component, Language lang);
/// An actor in a scenario: "orthopedie (per specialist)", "MSB (pot)", ...
std::string actorName(ActorKind kind, const std::string& actor, Language lang);
std::string actorName(const ActorOutcome& actor, Language lang);
std::string stanceName(Stance stance, Language lang);
/// Why an actor is against the theme: "the contract (the pot)", "the distribution model", …
std::string causeName(Cause cause, ActorKind kind, Language lang);
/// A scenario's name with the theme it serves and which course serves it.
std::string scenarioTitle(const Scenario& scenario, Language lang);
/// A question's kind: "statement", "rating (0-10)", "choice", "number".
std::string questionKindName(QuestionKind kind, Language lang);
/// A hospital type (umc, stz, …) as the instrument names it; "not given" when empty, the code
/// itself when the instrument does not know it.
std::string hospitalTypeName(std::string_view type, Language lang);
/// Whom a recommendation addresses: "RvB", "RvB and MSB", ...
std::string audienceName(Audience audience, Language lang);
/// An action's owner and status (the codes of kActionOwners and kActionStatuses).
std::string actionOwnerName(std::string_view owner, Language lang);
std::string actionStatusName(std::string_view status, Language lang);

} // namespace core
