#pragma once
// Small bridges between the presenters' types and wx.

#include "core/text/i18n.hpp"
#include "reports/pdf_document.hpp"
#include "reports/table.hpp"

#include <wx/iconbndl.h>
#include <wx/bitmap.h>
#include <wx/image.h>
#include <wx/stattext.h>
#include <wx/arrstr.h>
#include <wx/string.h>

#include <cstring>
#include <string>
#include <vector>

class wxListCtrl;
class wxWindow;

class wxTextCtrl;

namespace gui {

inline wxString wx(const std::string& utf8) { return wxString::FromUTF8(utf8); }
inline wxString wx(core::Language lang, core::TextKey key) { return wxString::FromUTF8(std::string(core::tr(lang, key))); }
/// A message that stands on its own (a dialog, a page's hint): its first letter a capital, also
/// when it was written to follow "samenspel: " on the command line.
inline wxString message(const std::string& utf8)
{
    wxString text = wx(utf8);
    if (!text.empty())
        text[0] = wxToupper(text[0]);
    return text;
}

/// Labels for a wxChoice or wxRadioBox.
inline wxArrayString choices(const std::vector<std::string>& labels)
{
    wxArrayString out;
    for (const auto& l : labels)
        out.Add(wx(l));
    return out;
}

/// An image drawn by the reports library (a chart, a report page) for wx.
inline wxImage toWxImage(const reports::Image& image)
{
    wxImage out(image.width, image.height);
    std::memcpy(out.GetData(), image.rgb.data(), image.rgb.size());
    return out;
}

/// A chart drawn by the reports library (the same code as on paper) as a bitmap.
inline wxBitmap chartBitmap(const reports::Drawing& draw, int width, int height, double scale = 1.0)
{
    return wxBitmap(toWxImage(reports::renderImage(width, height, draw, scale)));
}

/// Text made safe for a label's markup (wxWidgets 3.2 has no public escaping function).
inline wxString markupEscaped(const wxString& text)
{
    wxString out;
    for (const auto ch : text) {
        if (ch == '&')
            out += "&amp;";
        else if (ch == '<')
            out += "&lt;";
        else if (ch == '>')
            out += "&gt;";
        else if (ch == '\'')
            out += "&apos;";
        else if (ch == '"')
            out += "&quot;";
        else
            out += ch;
    }
    return out;
}

/// Sets a short heading in bold, one size larger when `big`: through markup, so that GTK measures
/// it right also on a page that is hidden (a bold font set on the label would be cut off there).
inline void setHeading(wxStaticText* label, const wxString& text, bool big)
{
    label->SetLabelMarkup(big ? "<big><b>" + markupEscaped(text) + "</b></big>" : "<b>" + markupEscaped(text) + "</b>");
}

/// Saves a window's client area as PNG (the automated GUI test looks at these).
bool saveScreenshot(wxWindow* window, const wxString& file);

/// Fills a report-mode list with a table (headers, then the rows as text); no column is made
/// wider than `maxColumnWidth` (DIP), and while the list is narrower than its columns the widest
/// are narrowed (their texts end in "...") so that every column stays in view.
void fillList(wxListCtrl* list, const reports::Table& table, int maxColumnWidth = 420);
/// Makes a list as tall and wide as its rows and columns (for a list inside a scrolled page,
/// which should not scroll on its own).
void fitListHeight(wxListCtrl* list);

/// Tab and Shift+Tab leave a multi-line text box for the next or previous control, as in every
/// other field (GTK keeps them inside it; Ctrl+Tab still types a tab where one is wanted).
void tabLeaves(wxWindow* text);

/// A read-only box under a list for the chosen row in full (the list may shorten it); Tab leaves it.
wxTextCtrl* detailsBox(wxWindow* parent, int heightDip);

/// A fixed note that takes lines, not width: wrapped anew to `within`'s width less `marginDip`
/// whenever `within` changes size.
void keepWrapped(wxStaticText* note, wxWindow* within, int marginDip);

/// The program's icon at the sizes a window manager asks for, from the installed icon theme
/// (packaging/icons); empty when it is not installed, as when run from the build folder.
wxIconBundle programIcons();

/// A dialog's size: `widthDip` wide at most 90% of the screen, 85% of its height (the paper form
/// has some seventy questions).
wxSize screenShare(wxWindow* window, int widthDip);

} // namespace gui
