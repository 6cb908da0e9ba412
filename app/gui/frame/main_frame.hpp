#pragma once
// The main window: organisations and their rounds on the left, the selected round's results on
// the right, and workshop mode from the menu.

#include "frame/organisations_presenter.hpp"
#include "help/help_presenter.hpp"

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/weakref.h>

#include <memory>

class wxTreeCtrl;
class wxTreeEvent;
class wxNotebook;
class wxSplitterWindow;

namespace gui {

class ActionPlanPanel;
class CollectionPanel;
class ProfilePanel;
class AdvicePresenter;
class FacilitatorFrame;
class RecommendationsPanel;
class IncentivesPanel;
class ReportPanel;
class ComparisonPanel;
class ResultsPanel;

class MainFrame : public wxFrame {
public:
    MainFrame(core::Language lang, const std::string& path);
    /// Shows the first round in the tree (at start, and for the tour); false when there is none.
    bool selectFirstRound();
    /// Shows a round (the tree's selection, and the tour).
    void selectRound(core::Id round);
    /// "Modules of this round...": the dialog, then the round with its new modules (also the tour).
    void editModules(core::Id round);
    core::Id selectedRound() const { return m_round; }
    /// Creates a round and selects it (the dialog's OK, and the tour); false after a message.
    bool createRound(core::Id organisation, const std::string& name, const std::string& date, int anonymityK,
                     const std::vector<std::string>& modules = {});
    /// The first organisation in the tree (for the tour); 0 when there is none.
    core::Id firstOrganisation() const;
    void openFacilitator();
    /// Opens a database file as File > Open does (also the tour).
    void openDatabase(const std::string& path) { openFile(path); }
    std::string databasePath() { return m_presenter.isOpen() ? m_presenter.database().path() : std::string(); }
    core::Language language() const { return m_presenter.language(); }
    void startParticipant(core::Role role);
    wxFrame* lastOpened() const { return m_lastOpened; }
    enum class Page { Profile, Collection, Results, Incentives, Recommendations, ActionPlan, Report, Comparison };
    void showPage(Page page);
    /// The page shown, as an index into Page (the keyboard test).
    int currentPage() const;
    /// Puts the keyboard focus in the tree of organisations, or on the page tabs.
    void focusTree();
    void focusPages();
    /// The page shown (the keyboard test walks its controls).
    wxWindow* pageWindow() const;
    /// True when the window with the keyboard focus lies on the page shown.
    bool focusOnPage() const;
    IncentivesPanel* incentives() const { return m_incentives; }
    ResultsPanel* results() const { return m_results; }
    CollectionPanel* collection() const { return m_collection; }
    ReportPanel* report() const { return m_report; }
    ComparisonPanel* comparison() const { return m_comparison; }
    RecommendationsPanel* recommendations() const { return m_recommendations; }
    /// Help > Guide (F1) and the other topics, as a modal dialog.
    void showHelp(HelpTopic topic);

private:
    void OnNew(wxCommandEvent& event);
    void OnOpen(wxCommandEvent& event);
    void OnNewOrganisation(wxCommandEvent& event);
    void OnNewRound(wxCommandEvent& event);
    void editOrganisation(core::Id organisation);
    /// Reloads the tree (respondent counts) and every page of the round, after answers came in.
    void reloadRound();
    core::Id selectedOrganisation() const;
    void OnAbout(wxCommandEvent& event);
    /// Remembers the language for the next start and offers to restart in it.
    void chooseLanguage(core::Language chosen);
    void OnSelect(wxTreeEvent& event);
    /// A round's day, an organisation's type.
    void OnTreeTip(wxTreeEvent& event);
    void openFile(const std::string& path);
    void refresh();
    /// The round and page the user left in this file, else its first round with answers.
    void returnToPlace();
    /// Makes the tree as wide as its longest name (never beyond a third of the window): when
    /// the names change and when the window does.
    void fitTree();
    void showRound(core::Id round);
    void showResults();
    void showAdvice();
    /// Forgets the round and closes the workshop windows: before another file is opened.
    void leaveDatabase();
    /// Empties every page (no round chosen).
    void clearPages();

    OrganisationsPresenter m_presenter;
    wxTreeCtrl* m_tree = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    wxNotebook* m_pages = nullptr;
    ProfilePanel* m_profile = nullptr;
    CollectionPanel* m_collection = nullptr;
    ResultsPanel* m_results = nullptr;
    IncentivesPanel* m_incentives = nullptr;
    RecommendationsPanel* m_recommendations = nullptr;
    ActionPlanPanel* m_plan = nullptr;
    ReportPanel* m_report = nullptr;
    ComparisonPanel* m_comparison = nullptr; ///< the file's exchange packages, not a round's
    std::shared_ptr<AdvicePresenter> m_advice; ///< shown by the Recommendations and Action plan pages
    core::Id m_round = 0;
    wxFrame* m_lastOpened = nullptr;
    wxWeakRef<FacilitatorFrame> m_facilitator; ///< follows every participant who finishes here
    wxWeakRef<wxFrame> m_participant;
    wxFileHistory m_history;
};

} // namespace gui
