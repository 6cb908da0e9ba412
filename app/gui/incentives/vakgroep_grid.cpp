#include "incentives/vakgroep_grid.hpp"

#include "common/wx_util.hpp"

#include <wx/msgdlg.h>

namespace gui {

VakgroepGrid::VakgroepGrid(wxWindow* parent, core::Language lang) : wxGrid(parent, wxID_ANY), m_lang(lang)
{
    CreateGrid(0, 0);
    HideRowLabels();
    EnableDragGridSize(false);
    SetDefaultCellAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
    // Tab goes on to the control after the grid, as everywhere, in one press (Tab_Leave would
    // first visit the grid's own parts); the arrow keys move between cells.
    Bind(wxEVT_GRID_TABBING, [this](wxGridEvent& e) {
        Navigate(e.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
    });
    Bind(wxEVT_GRID_CELL_CHANGING, [this](wxGridEvent& e) {
        if (!m_presenter || e.GetCol() < 1) {
            e.Veto();
            return;
        }
        if (!m_presenter->setFigure(static_cast<std::size_t>(e.GetRow()), static_cast<std::size_t>(e.GetCol() - 1),
                                    e.GetString().utf8_string())) {
            e.Veto(); // the cell keeps the accepted figure
            const wxString refused = message(m_presenter->error());
            CallAfter([this, refused] { wxMessageBox(refused, "Samenspel", wxOK | wxICON_WARNING, this); });
            return;
        }
        CallAfter([this] {
            show(m_presenter); // the figure as the page writes it
            if (m_changed)
                m_changed();
        });
    });
}

void VakgroepGrid::show(IncentivesPresenter* presenter)
{
    m_presenter = presenter;
    const auto table = presenter && presenter->available() ? presenter->vakgroepen() : reports::Table{};
    const int columns = static_cast<int>(table.columns.size());
    const int rows = static_cast<int>(table.rows.size());
    if (GetNumberCols() > 0)
        DeleteCols(0, GetNumberCols());
    if (GetNumberRows() > 0)
        DeleteRows(0, GetNumberRows());
    AppendCols(columns);
    AppendRows(rows);
    for (int c = 0; c < columns; ++c)
        SetColLabelValue(c, wx(table.columns[static_cast<std::size_t>(c)].header));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const auto& cell = table.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            SetCellValue(r, c, wx(reports::cellText(cell, table.decimalSeparator)));
            if (c == 0) {
                SetReadOnly(r, c); // scenarios name the vakgroepen
                SetCellAlignment(r, c, wxALIGN_LEFT, wxALIGN_CENTRE);
                SetCellBackgroundColour(r, c, wxColour(240, 242, 245));
            }
        }
    SetColLabelSize(wxGRID_AUTOSIZE);
    AutoSizeColumns(false);
    InvalidateBestSize(); // the page sizes it from its best size
}

wxSize VakgroepGrid::contentSize() const
{
    wxSize size(GetRowLabelSize(), GetColLabelSize());
    for (int c = 0; c < GetNumberCols(); ++c)
        size.x += GetColSize(c);
    for (int r = 0; r < GetNumberRows(); ++r)
        size.y += GetRowSize(r);
    return size + FromDIP(wxSize(4, 4));
}

} // namespace gui
