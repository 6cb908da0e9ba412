#pragma once
// The pages the server sends, with their texts from the translation catalogue: the participant's
// page (its script gets the texts of both languages), the page where a code is typed, and the
// page of a session that has ended.

#include "core/text/i18n.hpp"

#include <string>
#include <string_view>

namespace workshop {

std::string participantPage(core::Language lang, int threshold);
/// The facilitator's page of a headless session; `live`: with the buttons of the live questions.
std::string facilitatorPage(core::Language lang, bool live);
/// The root page: a field for the short code, with `message` (already in `lang`) above it if any.
std::string landingPage(core::Language lang, std::string_view message);
std::string endedPage(core::Language lang);
std::string wrongCodeText(core::Language lang);
std::string tooManyTriesText(core::Language lang);

} // namespace workshop
