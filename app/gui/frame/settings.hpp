#pragma once
// What the desktop program remembers for the user between runs, besides the recent files and the
// window's size (wxWidgets' persistence, in the same file): the language chosen in the window and
// where the user was when it closed: the file, its round and its page.

#include "core/answers/records.hpp"
#include "core/text/i18n.hpp"

#include <optional>
#include <string>

namespace gui {

/// The language chosen with File > Language, if any.
std::optional<core::Language> storedLanguage();
void storeLanguage(core::Language lang);

/// Where the user was when the program last closed.
struct Place {
    std::string file;   ///< the database's path; empty when none was open
    core::Id round = 0; ///< 0: none chosen
    int page = -1;      ///< the page shown, as an index of MainFrame::Page
};
/// The place stored at the last close; nothing before the first close.
std::optional<Place> storedPlace();
void storePlace(const Place& place);

} // namespace gui
