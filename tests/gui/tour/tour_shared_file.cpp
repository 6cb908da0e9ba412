// The tour's steps for the data file shared with other code and programs (issue: a file dialog
// over the folder, then a read by another program, destroyed the file). The test script checks
// the file's integrity and the imported answers afterwards.
#include "collection/collection_panel.hpp"
#include "frame/main_frame.hpp"
#include "tour.hpp"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/dialog.h>
#include <wx/file.h>
#include <wx/filedlg.h>
#include <wx/filename.h>

#include <cstdlib>
#include <string>

namespace gui {

std::vector<std::function<void()>> Tour::sharedFileSteps()
{
    return {
        // The desktop's own file dialog over the folder that holds the open file: GTK reads the
        // files it lists to guess their type, opening and closing them in this process.
        [this] {
            m_frame->CallAfter([this] {
                const wxString folder = wxFileName(wxString::FromUTF8(m_frame->databasePath())).GetPath();
                wxFileDialog dialog(m_frame, "Samenspel", folder, "", "*", wxFD_OPEN);
                m_fileDialog = &dialog; // GTK's native dialog is not among wxTopLevelWindows
                dialog.ShowModal();
                m_fileDialog = nullptr;
            });
        },
        [] {},
        [] {}, // GTK lists the folder, and reads the files, in the background
        [this] {
            expect(m_fileDialog != nullptr && m_fileDialog->IsShown(), "the file dialog opens over the database's folder");
            if (m_fileDialog) {
                // The native dialog has no client area of wx's own: the whole screen is saved.
                const wxSize size = wxGetDisplaySize();
                wxBitmap bitmap(size);
                wxMemoryDC memory(bitmap);
                wxScreenDC screen;
                memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
                memory.SelectObject(wxNullBitmap);
                expect(bitmap.SaveFile(m_folder + "/1h-file-dialog.png", wxBITMAP_TYPE_PNG), "the file dialog's screenshot is saved");
                m_fileDialog->EndModal(wxID_CANCEL);
            }
        },
        // What such code does, for certain: open the file, read its header, close it.
        [this] {
            wxFile file(wxString::FromUTF8(m_frame->databasePath()));
            char header[100];
            expect(file.Read(header, sizeof header) == sizeof header, "another handle reads the open file");
        },
        // Another program reads the file meanwhile: the command line ($SAMENSPEL_CLI).
        [this] {
            const char* cli = std::getenv("SAMENSPEL_CLI");
            expect(cli != nullptr, "$SAMENSPEL_CLI names the command-line program");
            if (!cli)
                return;
            const std::string command = std::string(cli) + " --db '" + m_frame->databasePath() + "' assessment list > /dev/null";
            expect(std::system(command.c_str()) == 0, "another program reads the open file");
        },
        // Then an import through the window: two respondents, checked by the test script.
        [this] {
            const wxString file = m_folder + "/good.csv";
            wxFile(file, wxFile::write).Write("respondent,role,item,value\nR91,rvb,strategy.01,4\nR92,rvb,strategy.01,2\n");
            m_frame->CallAfter([this, file] { m_frame->collection()->importFile(file.utf8_string()); });
        },
        [] {},
        [this] {
            auto* preview = shownDialog();
            expect(preview != nullptr, "the import preview opens");
            if (preview)
                preview->EndModal(wxID_OK);
        },
        [] {}, // the import runs in the background
    };
}

} // namespace gui
