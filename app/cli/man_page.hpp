#pragma once
// The manual page samenspel(1), written from the command table and the option descriptions that
// `--help` shows (option_descriptions.hpp): one declaration of every command and option.

#include "core/text/i18n.hpp"

#include <string>
#include <string_view>

namespace cli {

/// The page in roff (man(7)), in `lang`; `date` (YYYY-MM-DD) and `version` go in its title line.
std::string manPage(core::Language lang, std::string_view date, std::string_view version);

} // namespace cli
