#include "frame/main_frame.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "advice/action_plan_panel.hpp"
#include "advice/recommendations_panel.hpp"
#include "collection/collection_panel.hpp"
#include "comparison/comparison_panel.hpp"
#include "profile/profile_panel.hpp"
#include "common/form_layout.hpp"
#include "incentives/incentives_panel.hpp"
#include "report/report_panel.hpp"
#include "results/results_panel.hpp"
#include "workshop/facilitator_frame.hpp"
#include "workshop/workshop_frame.hpp"
#include "frame/settings.hpp"
#include "help/help_dialog.hpp"
#include "common/wx_util.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>
#include <cstdlib>

#include <wx/aboutdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>

namespace gui {

using core::tr;
using core::tx;

namespace {

enum { kParticipant = wxID_HIGHEST + 1, kFacilitator, kNewOrganisation, kEditOrganisation, kNewRound, kImport, kPaper, kDutch, kEnglish,
       kGuide, kGlossary, kMethod, kKeys };

} // namespace

MainFrame::MainFrame(core::Language lang, const std::string& path)
    : wxFrame(nullptr, wxID_ANY, "Samenspel"), m_presenter(lang)
{
    SetIcons(programIcons());
    auto* fileMenu = new wxMenu;
    fileMenu->Append(wxID_NEW, wx(lang, tx("&New data file...\tCtrl+N")));
    fileMenu->Append(wxID_OPEN, wx(lang, tx("&Open a data file...\tCtrl+O")));
    auto* recent = new wxMenu;
    fileMenu->AppendSubMenu(recent, wx(lang, tx("Open &recent")));
    m_history.UseMenu(recent);
    m_history.Load(*wxConfig::Get());
    auto* languages = new wxMenu;
    languages->AppendRadioItem(kDutch, "Nederlands");
    languages->AppendRadioItem(kEnglish, "English");
    languages->Check(lang == core::Language::En ? kEnglish : kDutch, true);
    fileMenu->AppendSubMenu(languages, wx(lang, tx("&Language")));
    fileMenu->AppendSeparator();
    fileMenu->Append(wxID_EXIT, wx(lang, tx("&Quit\tCtrl+Q")));
    auto* organisationMenu = new wxMenu;
    organisationMenu->Append(kNewOrganisation, wx(lang, tx("New &organisation...")));
    organisationMenu->Append(kEditOrganisation, wx(lang, tx("&Edit organisation...")));
    organisationMenu->Append(kNewRound, wx(lang, tx("New &round...\tCtrl+R")));
    organisationMenu->AppendSeparator();
    organisationMenu->Append(kImport, wx(lang, tx("&Import answers from CSV...\tCtrl+I")));
    organisationMenu->Append(kPaper, wx(lang, tx("Enter a &paper questionnaire...\tCtrl+E")));
    auto* workshopMenu = new wxMenu;
    workshopMenu->Append(kParticipant, wx(lang, tx("Start a &participant...\tCtrl+P")));
    workshopMenu->Append(kFacilitator, wx(lang, tx("&Facilitator screen\tCtrl+F")));
    auto* helpMenu = new wxMenu;
    helpMenu->Append(kGuide, wx(lang, tx("&Guide\tF1")));
    helpMenu->Append(kGlossary, wx(lang, tx("G&lossary")));
    helpMenu->Append(kMethod, wx(lang, tx("How the &figures are made")));
    helpMenu->Append(kKeys, wx(lang, tx("&Keyboard shortcuts")));
    helpMenu->AppendSeparator();
    helpMenu->Append(wxID_ABOUT, wx(lang, tx("&About Samenspel")));
    auto* bar = new wxMenuBar;
    bar->Append(fileMenu, wx(lang, tx("&File")));
    bar->Append(organisationMenu, wx(lang, tx("&Organisation")));
    bar->Append(workshopMenu, wx(lang, tx("&Workshop")));
    bar->Append(helpMenu, wx(lang, tx("&Help")));
    SetMenuBar(bar);
    Bind(wxEVT_MENU, &MainFrame::OnNew, this, wxID_NEW);
    Bind(wxEVT_MENU, &MainFrame::OnOpen, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::OnNewOrganisation, this, kNewOrganisation);
    Bind(wxEVT_MENU, &MainFrame::OnNewRound, this, kNewRound);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (const auto org = selectedOrganisation())
            editOrganisation(org);
    }, kEditOrganisation);
    // Import and paper entry live on the Collection page; the menu takes the user there.
    for (const int id : {kImport, kPaper})
        Bind(wxEVT_MENU, [this, id](wxCommandEvent&) {
            if (m_round == 0)
                return;
            showPage(Page::Collection);
            if (id == kImport)
                m_collection->askImport();
            else
                m_collection->askPaperForm();
        }, id);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
        const auto file = m_history.GetHistoryFile(static_cast<std::size_t>(e.GetId() - wxID_FILE1));
        openFile(file.utf8_string());
    }, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, &MainFrame::OnAbout, this, wxID_ABOUT);
    for (const auto& [id, topic] : {std::pair{kGuide, HelpTopic::Guide}, std::pair{kGlossary, HelpTopic::Glossary},
                                    std::pair{kMethod, HelpTopic::Method}, std::pair{kKeys, HelpTopic::Keys}})
        Bind(wxEVT_MENU, [this, topic](wxCommandEvent&) { showHelp(topic); }, id);
    for (const int id : {kDutch, kEnglish})
        Bind(wxEVT_MENU, [this, id](wxCommandEvent&) {
            chooseLanguage(id == kEnglish ? core::Language::En : core::Language::Nl);
        }, id);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto() && (m_report->busy() || m_collection->busy())) {
            const int answer = wxMessageBox(
                wx(m_presenter.language(), tx("A report or an import is still running. Stop it and close Samenspel? "
                                              "Nothing half-done is kept.")),
                "Samenspel", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this);
            if (answer != wxYES) {
                e.Veto();
                return;
            }
        }
        // A job still running is cancelled; its page waits for it when destroyed.
        m_report->cancelJob();
        m_collection->cancelJob();
        m_incentives->cancelJob();
        storePlace({databasePath(), m_round, currentPage()});
        e.Skip();
    });
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { openFacilitator(); }, kFacilitator);
    Bind(wxEVT_MENU, [this, lang](wxCommandEvent&) {
        if (m_round == 0)
            return;
        if (const auto role = chooseRole(this, m_presenter.database().instrumentOf(m_round), lang,
                                         wx(lang, tx("Which role does the participant have?"))))
            startParticipant(*role);
    }, kParticipant);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY);
    m_tree = new wxTreeCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_DEFAULT_STYLE | wxTR_HIDE_ROOT | wxTR_SINGLE);
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::OnSelect, this);
    m_tree->Bind(wxEVT_TREE_ITEM_GETTOOLTIP, &MainFrame::OnTreeTip, this);
    m_pages = new wxNotebook(splitter, wxID_ANY);
    m_profile = new ProfilePanel(m_pages, lang);
    m_profile->onEdit([this](core::Id org) { editOrganisation(org); });
    m_profile->onModules([this](core::Id round) { editModules(round); });
    m_collection = new CollectionPanel(m_pages, lang);
    m_collection->onChanged([this] { reloadRound(); });
    m_results = new ResultsPanel(m_pages, lang);
    m_incentives = new IncentivesPanel(m_pages, lang);
    m_incentives->onSaved([this] {
        showResults();
        showAdvice(); // recommendations on the incentives follow the stored model
    });
    m_pages->AddPage(m_profile, wx(lang, tx("Profile")));
    m_pages->AddPage(m_collection, wx(lang, tx("Collection")));
    m_pages->AddPage(m_results, wx(lang, tx("Results")), true);
    m_pages->AddPage(m_incentives, wx(lang, tx("Incentives")));
    m_recommendations = new RecommendationsPanel(m_pages, lang);
    m_pages->AddPage(m_recommendations, wx(lang, tx("Recommendations")));
    m_plan = new ActionPlanPanel(m_pages, lang);
    m_pages->AddPage(m_plan, wx(lang, tx("Action plan")));
    m_recommendations->onPlanChanged([this] {
        if (m_advice)
            m_plan->show(m_advice);
    });
    m_report = new ReportPanel(m_pages, lang);
    m_pages->AddPage(m_report, wx(lang, tx("Report")));
    m_comparison = new ComparisonPanel(m_pages, lang);
    m_pages->AddPage(m_comparison, wx(lang, tx("Comparison")));
    m_splitter = splitter;
    splitter->SetMinimumPaneSize(FromDIP(160));
    splitter->SplitVertically(m_tree, m_pages, FromDIP(260));
    CreateStatusBar();
    // As the user left it; the first time, the whole screen (where no window manager
    // maximises, as under Xvfb, the size does it).
    const bool restored = wxPersistentRegisterAndRestore(this, "main");
    if (!restored) {
        SetSize(wxGetClientDisplayRect());
        Maximize();
    }
    openFile(path);
    returnToPlace();
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { fitTree(); });
    });
    // The eye starts at the tree of hospitals and rounds: the arrow keys work at once.
    CallAfter([this] { m_tree->SetFocus(); });
}

void MainFrame::returnToPlace()
{
    const auto place = storedPlace();
    if (place && place->file == databasePath() && place->round != 0) {
        selectRound(place->round);
        if (m_round != 0 && place->page >= 0 && place->page < static_cast<int>(m_pages->GetPageCount()))
            showPage(static_cast<Page>(place->page));
    }
    if (m_round == 0)
        selectFirstRound();
}

void MainFrame::showRound(core::Id round)
{
    m_round = round;
    m_profile->show(m_presenter.database(), round);
    m_collection->show(m_presenter.database(), round);
    showResults();
    m_incentives->showRound(m_presenter.database(), round);
    auto& db = m_presenter.database();
    try {
        m_report->showRound(db.path(), round, db.assessment(round).name);
    } catch (const core::Error&) {
        m_report->clear();
    }
    showAdvice();
}

void MainFrame::showAdvice()
{
    try {
        m_advice = std::make_shared<AdvicePresenter>(m_presenter.database(), m_round, m_presenter.language());
        m_recommendations->show(m_advice);
        m_plan->show(m_advice);
    } catch (const core::Error& e) {
        // Never leave the pages acting on another round.
        m_advice.reset();
        m_recommendations->clear();
        m_plan->clear();
        wxMessageBox(message(app::describeError(e, m_presenter.language()).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::showPage(Page page) { m_pages->SetSelection(static_cast<std::size_t>(page)); }
int MainFrame::currentPage() const { return m_pages->GetSelection(); }
void MainFrame::focusTree() { m_tree->SetFocus(); }
void MainFrame::focusPages() { m_pages->SetFocus(); }

wxWindow* MainFrame::pageWindow() const { return m_pages->GetCurrentPage(); }

bool MainFrame::focusOnPage() const
{
    const wxWindow* page = m_pages->GetCurrentPage();
    for (const wxWindow* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == page)
            return true;
    return false;
}

void MainFrame::showResults()
{
    if (m_round != 0)
        m_results->show(m_presenter.database(), m_round);
}

void MainFrame::openFacilitator()
{
    if (m_round == 0)
        return;
    auto* frame = new FacilitatorFrame(this, m_presenter.database(), m_round, m_presenter.language());
    frame->Show();
    m_lastOpened = frame;
    m_facilitator = frame;
}

void MainFrame::startParticipant(core::Role role)
{
    if (m_round == 0)
        return;
    try {
        auto* frame = new WorkshopFrame(this, m_presenter.database(), m_round, role, m_presenter.language());
        // The facilitator's results follow when a participant finishes, not after each answer:
        // a change per answer would show the projector how this one person answered.
        frame->onFinished([this] {
            if (m_facilitator)
                m_facilitator->refresh();
        });
        frame->ShowFullScreen(true);
        m_participant = frame;
        m_lastOpened = frame;
    } catch (const core::Error& e) {
        wxMessageBox(message(app::describeError(e, m_presenter.language()).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::chooseLanguage(core::Language chosen)
{
    if (chosen == m_presenter.language())
        return;
    storeLanguage(chosen);
    // Every text of the window is set when it is made: the new language needs a new start.
    // Text and buttons alike in the language chosen (GTK's own Yes/No follow the current one).
    wxMessageDialog ask(this, wx(chosen, tx("Samenspel will speak this language from its next start. Restart now?")),
                        "Samenspel", wxYES_NO | wxYES_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(wx(chosen, tx("&Restart now")), wx(chosen, tx("&Later")));
    if (ask.ShowModal() != wxID_YES)
        return;
    // The same program, on the same file, in the chosen language.
    const wxString program = wxStandardPaths::Get().GetExecutablePath();
    const wxString code = wx(std::string(core::code(chosen)));
    const wxString file = wx(databasePath());
    const wchar_t* arguments[] = {program.wc_str(), L"--lang", code.wc_str(), file.empty() ? nullptr : file.wc_str(),
                                  nullptr};
    wxExecute(arguments, wxEXEC_ASYNC);
    Close();
}

void MainFrame::showHelp(HelpTopic topic)
{
    HelpDialog help(this, m_presenter.language(), topic, GetMenuBar());
    help.ShowModal();
}

void MainFrame::OnAbout(wxCommandEvent&)
{
    const auto lang = m_presenter.language();
    wxAboutDialogInfo info;
    info.SetName("Samenspel");
    info.SetVersion(SAMENSPEL_VERSION);
    info.SetDescription(wx(lang, tx("Measure how aligned (gelijkgericht) the executive board and the medical "
                                    "specialists are, on the 7S model and the five themes of right care at the "
                                    "right place.")));
    // GTK shows the licences behind the dialog's Licence button.
    info.SetLicence(wx(lang, tx("Samenspel is licensed under the European Union Public Licence (EUPL) 1.2.\n\n"
                                "It is built on free software:\n"
                                "wxWidgets 3.2 - wxWindows Library Licence\n"
                                "SQLite - public domain\n"
                                "SQLiteC++ - MIT licence\n"
                                "Boost (Program_options, Beast, Asio) - Boost Software Licence 1.0\n"
                                "nlohmann-json - MIT licence\n"
                                "cairo - LGPL 2.1 or MPL 1.1\n"
                                "pango - LGPL 2 or later\n"
                                "nettle - LGPL 3 or later, or GPL 2 or later\n"
                                "QR Code generator (Nayuki) - MIT licence\n"
                                "DejaVu fonts - Bitstream Vera licence and public domain")));
    wxAboutBox(info, this);
}

} // namespace gui
