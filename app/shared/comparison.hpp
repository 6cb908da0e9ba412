#pragma once
// The comparison database's packages as the ministry compares them (docs/comparison.md): each
// hospital's latest round of one questionnaire version, in peer groups.

#include "core/comparison/comparison.hpp"
#include "reports/national_report.hpp"
#include "core/text/i18n.hpp"

#include <string>
#include <vector>

namespace db {
class Database;
}

namespace app {

struct ComparisonSet {
    /// Each hospital's latest round of `instrumentVersion`, the newest version among the packages.
    std::vector<core::ExchangePackage> packages;
    std::string instrumentVersion;
    std::size_t earlierRounds = 0; ///< packages left out: a later round of the same hospital is compared
    std::size_t otherVersion = 0;  ///< packages left out: another version of the questionnaire
};
ComparisonSet loadComparison(const db::Database& db);

/// A profile answer as people read it: the option's label; "not known" when empty; the code itself
/// when the instrument has no such option.
std::string optionLabel(const core::Instrument& instrument, const char* question, const std::string& code, core::Language lang);

struct PeerGroup {
    std::string name; ///< for people: "Algemeen ziekenhuis", "Noord", "alle ziekenhuizen"
    std::vector<const core::ExchangePackage*> members;
};

/// The groups to compare within: all hospitals (`by` empty); by hospital type, organisation model or
/// distribution-model family (`type`, `model`, `family`; one group per answer, "not known" too);
/// or the groups of a JSON file the user wrote: {"name": ["hospital name or key", …], …}. A file
/// naming a hospital that is not in the comparison is refused with every such name.
std::vector<PeerGroup> peerGroups(const ComparisonSet& set, const std::string& by, core::Language lang);

/// Everything the national report shows: the index, its components and each element's gap over all
/// hospitals; the index within the three groupings; the field beside the sources; the ministry's
/// actions of the built-in catalogue.
reports::NationalInput nationalInput(const ComparisonSet& set, core::Language lang, const std::string& date);

} // namespace app
