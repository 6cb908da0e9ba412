#pragma once
// The vakgroep figures as the Incentives page shows and edits them: one column per input of the
// incentive model, with its unit, and numbers read as people type them ("12,5" or "12.5").

#include "core/text/i18n.hpp"
#include "core/incentives/incentives.hpp"
#include "reports/table.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace gui {

struct VakgroepColumn {
    const char* key;
    core::TextKey header;
    double core::Vakgroep::*field;
    double factor;   ///< shown = stored x factor (growth is stored as 0.05 and shown as 5 %)
    int decimals;
};

/// The editable columns, after the vakgroep's name (which is not editable: scenarios use it).
const std::vector<VakgroepColumn>& vakgroepColumns();
/// Name, then every column of vakgroepColumns().
reports::Table vakgroepTable(const std::vector<core::Vakgroep>& vakgroepen, core::Language lang);
/// A number as typed: one decimal separator, ',' or '.'; nullopt for anything else, and for a
/// separator followed by exactly three digits after a non-zero whole part ("250.000", "1,250"),
/// which some mean as thousands and others as decimals.
std::optional<double> parseTypedNumber(std::string_view text);

} // namespace gui
