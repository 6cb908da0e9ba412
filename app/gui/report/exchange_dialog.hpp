#pragma once
// The preview of an exchange package for the ministry before it is saved: exactly what leaves the
// hospital, in words (docs/exchange.md), with Save and Cancel.

#include "core/text/i18n.hpp"

#include <wx/dialog.h>

#include <string>

namespace gui {

class ExchangeDialog : public wxDialog {
public:
    ExchangeDialog(wxWindow* parent, const std::string& preview, core::Language lang);
};

} // namespace gui
