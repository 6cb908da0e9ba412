#pragma once
// What the desktop program remembers for the user between runs, besides the recent files: the
// language chosen in the window. Kept in the same settings file as the recent files.

#include "core/text/i18n.hpp"

#include <optional>

namespace gui {

/// The language chosen with File > Language, if any.
std::optional<core::Language> storedLanguage();
void storeLanguage(core::Language lang);

} // namespace gui
