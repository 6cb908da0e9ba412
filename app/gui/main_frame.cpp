#include "main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace gui {

using core::tr;
using core::tx;

namespace {
wxString text(core::Language lang, core::TextKey key) { return wxString::FromUTF8(std::string(tr(lang, key))); }
} // namespace

MainFrame::MainFrame(core::Language lang, const std::string& path)
    : wxFrame(nullptr, wxID_ANY, "Samenspel", wxDefaultPosition, wxSize(1040, 640)), m_presenter(lang)
{
    auto* fileMenu = new wxMenu;
    fileMenu->Append(wxID_OPEN, text(lang, tx("&Open...\tCtrl+O")));
    fileMenu->AppendSeparator();
    fileMenu->Append(wxID_EXIT, text(lang, tx("&Quit\tCtrl+Q")));
    auto* helpMenu = new wxMenu;
    helpMenu->Append(wxID_ABOUT, text(lang, tx("&About Samenspel")));
    auto* bar = new wxMenuBar;
    bar->Append(fileMenu, text(lang, tx("&File")));
    bar->Append(helpMenu, text(lang, tx("&Help")));
    SetMenuBar(bar);
    Bind(wxEVT_MENU, &MainFrame::OnOpen, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::OnAbout, this, wxID_ABOUT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);

    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_list = new wxListCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_hint = new wxStaticText(panel, wxID_ANY, "");
    sizer->Add(m_list, 1, wxEXPAND | wxALL, 8);
    sizer->Add(m_hint, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    panel->SetSizer(sizer);
    CreateStatusBar();

    const auto headers = m_presenter.columnHeaders();
    const int widths[] = {240, 300, 80, 110, 240};
    for (std::size_t i = 0; i < headers.size(); ++i)
        m_list->AppendColumn(wxString::FromUTF8(headers[i]), i == 2 || i == 3 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                             FromDIP(widths[i]));
    openFile(path);
}

void MainFrame::openFile(const std::string& path)
{
    if (!m_presenter.open(path))
        wxMessageBox(wxString::FromUTF8(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    refresh();
}

void MainFrame::refresh()
{
    SetTitle(wxString::FromUTF8(m_presenter.windowTitle()));
    m_list->DeleteAllItems();
    long index = 0;
    for (const auto& row : m_presenter.rows()) {
        const long item = m_list->InsertItem(index++, wxString::FromUTF8(row.name));
        m_list->SetItem(item, 1, wxString::FromUTF8(row.type));
        m_list->SetItem(item, 2, wxString::Format("%zu", row.rounds));
        m_list->SetItem(item, 3, wxString::Format("%zu", row.respondents));
        m_list->SetItem(item, 4, wxString::FromUTF8(row.latestRound));
    }
    m_hint->SetLabel(m_presenter.rows().empty() ? wxString::FromUTF8(m_presenter.emptyHint()) : wxString());
    SetStatusText(wxString::Format(text(m_presenter.language(), tx("%zu organisation(s)")), m_presenter.rows().size()));
    Layout();
}

void MainFrame::OnOpen(wxCommandEvent&)
{
    const auto lang = m_presenter.language();
    wxFileDialog dialog(this, text(lang, tx("Open a Samenspel database")), "", "",
                        text(lang, tx("Samenspel databases (*.samenspel)|*.samenspel|All files|*")),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openFile(dialog.GetPath().utf8_string());
}

void MainFrame::OnAbout(wxCommandEvent&)
{
    const auto lang = m_presenter.language();
    wxAboutDialogInfo info;
    info.SetName("Samenspel");
    info.SetVersion(SAMENSPEL_VERSION);
    info.SetDescription(text(lang, tx("Measure how aligned (gelijkgericht) the executive board and the medical "
                                      "specialists are, on the 7S model and the five themes of right care at the "
                                      "right place.")));
    wxAboutBox(info, this);
}

bool MainFrame::saveScreenshot(const wxString& file)
{
    Raise();
    Update();
    const wxSize size = GetClientSize();
    wxBitmap bitmap(size);
    wxMemoryDC memory(bitmap);
    wxClientDC screen(this);
    memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    memory.SelectObject(wxNullBitmap);
    return bitmap.SaveFile(file, wxBITMAP_TYPE_PNG);
}

} // namespace gui
