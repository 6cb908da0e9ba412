#pragma once
// Small bridges between the presenters' types and wx.

#include "core/i18n.hpp"
#include "reports/pdf_document.hpp"
#include "reports/table.hpp"

#include <wx/bitmap.h>
#include <wx/image.h>
#include <wx/string.h>

#include <cstring>

class wxListCtrl;
class wxWindow;

namespace gui {

inline wxString wx(const std::string& utf8) { return wxString::FromUTF8(utf8); }
inline wxString wx(core::Language lang, core::TextKey key) { return wxString::FromUTF8(std::string(core::tr(lang, key))); }

/// A chart drawn by the reports library (the same code as on paper) as a bitmap.
inline wxBitmap chartBitmap(const reports::Drawing& draw, int width, int height, double scale = 1.0)
{
    const auto image = reports::renderImage(width, height, draw, scale);
    wxImage img(width, height);
    std::memcpy(img.GetData(), image.rgb.data(), image.rgb.size());
    return wxBitmap(img);
}

/// Saves a window's client area as PNG (the automated GUI test looks at these).
bool saveScreenshot(wxWindow* window, const wxString& file);

/// Fills a report-mode list with a table (headers, then the rows as text).
void fillList(wxListCtrl* list, const reports::Table& table);
/// Makes a list as tall and wide as its rows and columns (for a list inside a scrolled page,
/// which should not scroll on its own).
void fitListHeight(wxListCtrl* list);

} // namespace gui
