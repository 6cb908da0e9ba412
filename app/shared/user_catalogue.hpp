#pragma once
// A translator's own Dutch catalogue: a .mo file compiled from po/nl.po (docs/translating.md) in
// the user's data folder replaces the compiled-in texts, without rebuilding the program.

#include "core/text/i18n.hpp"

#include <optional>
#include <string>

namespace app {

/// userDataFolder()/locale/nl.mo.
std::string userCatalogPath();

/// Uses the user's catalogue when there is one; when one is there but cannot be used, returns why,
/// in `lang` (the compiled-in texts then stay).
std::optional<std::string> loadUserCatalogue(core::Language lang);

} // namespace app
