// The main window's file, organisations and tree: opening and creating files, organisations and
// rounds, and which round the tree has chosen.
#include "frame/main_frame.hpp"

#include "advice/action_plan_panel.hpp"
#include "advice/recommendations_panel.hpp"
#include "collection/collection_panel.hpp"
#include "comparison/comparison_panel.hpp"
#include "frame/new_organisation_dialog.hpp"
#include "frame/new_round_dialog.hpp"
#include "common/module_choice.hpp"
#include "incentives/incentives_panel.hpp"
#include "profile/profile_panel.hpp"
#include "report/report_panel.hpp"
#include "results/results_panel.hpp"
#include "workshop/facilitator_frame.hpp"
#include "workshop/workshop_frame.hpp"
#include "common/wx_util.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>

#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/splitter.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/treectrl.h>

namespace gui {

using core::tr;
using core::tx;
using core::txn;

namespace {

/// The round id behind a tree item.
class RoundData : public wxTreeItemData {
public:
    RoundData(core::Id id, std::string tooltip) : round(id), tip(std::move(tooltip)) {}
    core::Id round;
    std::string tip; ///< shown as the item's tooltip: respondents and day
};

/// The organisation id behind a tree item.
class OrganisationData : public wxTreeItemData {
public:
    OrganisationData(core::Id id, std::string kind) : organisation(id), type(std::move(kind)) {}
    core::Id organisation;
    std::string type; ///< the hospital type, shown as the item's tooltip
};

} // namespace

void MainFrame::leaveDatabase()
{
    // The pages and windows hold the open database; none may outlive it.
    for (wxFrame* w : {static_cast<wxFrame*>(m_facilitator.get()), m_participant.get()})
        if (w)
            w->Close(true);
    m_facilitator = nullptr;
    m_participant = nullptr;
    m_lastOpened = nullptr;
    clearPages();
    m_comparison->clear();
}

void MainFrame::clearPages()
{
    m_round = 0;
    m_advice.reset();
    m_incentives->clear();
    m_recommendations->clear();
    m_plan->clear();
    m_report->clear();
    m_results->clear();
    m_profile->clear();
    m_collection->clear();
}

void MainFrame::openFile(const std::string& path)
{
    if (m_presenter.isOpen())
        leaveDatabase();
    if (!m_presenter.open(path)) {
        wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    } else {
        m_history.AddFileToHistory(wx(m_presenter.database().path()));
        m_history.Save(*wxConfig::Get());
    }
    refresh();
}

void MainFrame::OnNew(wxCommandEvent&)
{
    const auto lang = m_presenter.language();
    wxFileDialog dialog(this, wx(lang, tx("New Samenspel database")), "", "samenspel.samenspel",
                        wx(lang, tx("Samenspel databases (*.samenspel)|*.samenspel|All files|*")), wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK)
        return;
    if (m_presenter.isOpen())
        leaveDatabase();
    if (!m_presenter.create(dialog.GetPath().utf8_string())) {
        wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
        return;
    }
    m_history.AddFileToHistory(dialog.GetPath());
    m_history.Save(*wxConfig::Get());
    refresh();
}

void MainFrame::OnNewOrganisation(wxCommandEvent&)
{
    if (!m_presenter.isOpen())
        return;
    NewOrganisationDialog dialog(this, m_presenter.language(), m_presenter.hospitalTypes());
    while (dialog.ShowModal() == wxID_OK) {
        if (m_presenter.addOrganisation(dialog.name(), dialog.hospitalType())) {
            refresh();
            return;
        }
        wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::OnNewRound(wxCommandEvent&)
{
    const auto lang = m_presenter.language();
    const auto org = selectedOrganisation();
    if (org == 0) {
        wxMessageBox(wx(lang, tx("Choose an organisation (or one of its rounds) on the left first.")), "Samenspel",
                     wxOK | wxICON_INFORMATION, this);
        return;
    }
    NewRoundDialog dialog(this, lang, m_presenter.database().organisation(org).name, core::todayIso());
    while (dialog.ShowModal() == wxID_OK) {
        if (createRound(org, dialog.name(), dialog.date(), dialog.anonymityK(), dialog.modules()))
            return;
    }
}

void MainFrame::editOrganisation(core::Id organisation)
{
    const auto current = m_presenter.database().organisation(organisation);
    NewOrganisationDialog dialog(this, m_presenter.language(), m_presenter.hospitalTypes(), &current);
    while (dialog.ShowModal() == wxID_OK) {
        if (m_presenter.editOrganisation(organisation, dialog.name(), dialog.hospitalType())) {
            reloadRound();
            return;
        }
        wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::editModules(core::Id round)
{
    const auto current = m_presenter.database().assessment(round);
    ModulesDialog dialog(this, m_presenter.language(), current.name, current.modules);
    while (dialog.ShowModal() == wxID_OK) {
        if (m_presenter.setModules(round, dialog.modules())) {
            reloadRound();
            return;
        }
        wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::reloadRound()
{
    const auto round = m_round;
    m_presenter.reload();
    refresh();
    if (round != 0)
        selectRound(round); // shows every page of the round again
}

bool MainFrame::createRound(core::Id organisation, const std::string& name, const std::string& date, int anonymityK,
                            const std::vector<std::string>& modules)
{
    const auto round = m_presenter.createRound(organisation, name, date, anonymityK, modules);
    if (!round) {
        wxMessageBox(message(m_presenter.error()), "Samenspel", wxOK | wxICON_WARNING, this);
        return false;
    }
    refresh();
    selectRound(*round);
    return true;
}

core::Id MainFrame::firstOrganisation() const
{
    return m_presenter.rows().empty() ? 0 : m_presenter.rows().front().id;
}

core::Id MainFrame::selectedOrganisation() const
{
    auto item = m_tree->GetSelection();
    if (!item.IsOk())
        return 0;
    if (dynamic_cast<RoundData*>(m_tree->GetItemData(item)))
        item = m_tree->GetItemParent(item);
    const auto* data = dynamic_cast<OrganisationData*>(m_tree->GetItemData(item));
    return data ? data->organisation : 0;
}

void MainFrame::selectRound(core::Id round)
{
    wxTreeItemIdValue orgCookie;
    const auto root = m_tree->GetRootItem();
    for (auto org = m_tree->GetFirstChild(root, orgCookie); org.IsOk(); org = m_tree->GetNextChild(root, orgCookie)) {
        wxTreeItemIdValue cookie;
        for (auto item = m_tree->GetFirstChild(org, cookie); item.IsOk(); item = m_tree->GetNextChild(org, cookie))
            if (auto* data = dynamic_cast<RoundData*>(m_tree->GetItemData(item)); data && data->round == round) {
                m_tree->SelectItem(item); // shows the round through OnSelect
                return;
            }
    }
}

void MainFrame::refresh()
{
    SetTitle(wx(m_presenter.windowTitle()));
    if (m_presenter.isOpen())
        m_comparison->show(m_presenter.database());
    m_tree->DeleteAllItems();
    const auto root = m_tree->AddRoot("");
    for (const auto& org : m_presenter.rows()) {
        // The name only: the type is on the Profile page.
        const auto item = m_tree->AppendItem(root, wx(org.name), -1, -1, new OrganisationData(org.id, org.type));
        for (const auto& round : org.roundList)
            m_tree->AppendItem(item, wx(round.label), -1, -1, new RoundData(round.id, round.tip));
        m_tree->Expand(item);
    }
    fitTree();
    if (m_round == 0)
        m_results->showHint(m_presenter.rows().empty() ? wx(m_presenter.emptyHint())
                                                       : wx(m_presenter.language(), tx("Choose a round on the left.")));
    SetStatusText(wx(tr(m_presenter.language(), txn("{0} organisation", "{0} organisations"), m_presenter.rows().size(),
                          {std::to_string(m_presenter.rows().size())})));
}

void MainFrame::fitTree()
{
    wxClientDC dc(m_tree);
    dc.SetFont(m_tree->GetFont());
    int widest = 0;
    const int indent = static_cast<int>(m_tree->GetIndent());
    const auto root = m_tree->GetRootItem();
    wxTreeItemIdValue orgCookie;
    for (auto org = m_tree->GetFirstChild(root, orgCookie); org.IsOk(); org = m_tree->GetNextChild(root, orgCookie)) {
        widest = std::max(widest, indent + dc.GetTextExtent(m_tree->GetItemText(org)).x);
        wxTreeItemIdValue cookie;
        for (auto item = m_tree->GetFirstChild(org, cookie); item.IsOk(); item = m_tree->GetNextChild(org, cookie))
            widest = std::max(widest, 2 * indent + dc.GetTextExtent(m_tree->GetItemText(item)).x);
    }
    // Room for the expander and a scrollbar; never more than a third of the window, and never so
    // much that the page's tabs no longer fit beside it (a tab behind the notebook's arrows is a
    // page nobody finds).
    int tabs = FromDIP(12); // the sash and the notebook's border
    dc.SetFont(m_pages->GetFont());
    for (std::size_t i = 0; i < m_pages->GetPageCount(); ++i)
        tabs += dc.GetTextExtent(m_pages->GetPageText(i)).x + FromDIP(32); // a tab's padding in GTK
    const int client = GetClientSize().x;
    const int wanted = std::max(FromDIP(160), std::min({std::max(widest + FromDIP(56), FromDIP(200)), client / 3, client - tabs}));
    if (m_splitter->GetSashPosition() != wanted)
        m_splitter->SetSashPosition(wanted);
}

void MainFrame::OnTreeTip(wxTreeEvent& event)
{
    const auto* item = m_tree->GetItemData(event.GetItem());
    if (const auto* round = dynamic_cast<const RoundData*>(item))
        event.SetToolTip(wx(round->tip));
    else if (const auto* org = dynamic_cast<const OrganisationData*>(item))
        event.SetToolTip(wx(org->type));
}

void MainFrame::OnSelect(wxTreeEvent& event)
{
    const auto* item = m_tree->GetItemData(event.GetItem());
    if (const auto* round = dynamic_cast<const RoundData*>(item)) {
        showRound(round->round);
        return;
    }
    const auto* org = dynamic_cast<const OrganisationData*>(item);
    if (!org)
        return;
    // A hospital chosen: its latest round, so that no page goes on showing another hospital's.
    for (const auto& row : m_presenter.rows())
        if (row.id == org->organisation) {
            if (!row.roundList.empty()) {
                showRound(row.roundList.back().id);
            } else {
                clearPages();
                m_results->showHint(wx(m_presenter.language(),
                                       tx("This organisation has no rounds yet: Organisation > New round (Ctrl+R) adds one.")));
            }
        }
}

bool MainFrame::selectFirstRound()
{
    wxTreeItemIdValue orgCookie;
    for (auto org = m_tree->GetFirstChild(m_tree->GetRootItem(), orgCookie); org.IsOk();
         org = m_tree->GetNextChild(m_tree->GetRootItem(), orgCookie)) {
        wxTreeItemIdValue cookie;
        for (auto item = m_tree->GetFirstChild(org, cookie); item.IsOk(); item = m_tree->GetNextChild(org, cookie))
            if (auto* data = dynamic_cast<RoundData*>(m_tree->GetItemData(item))) {
                // Shown through OnSelect; an item already selected sends no event.
                if (m_tree->GetSelection() == item && m_round != data->round)
                    showRound(data->round);
                else
                    m_tree->SelectItem(item);
                return true;
            }
    }
    return false;
}

void MainFrame::OnOpen(wxCommandEvent&)
{
    const auto lang = m_presenter.language();
    wxFileDialog dialog(this, wx(lang, tx("Open a Samenspel database")), "", "",
                        wx(lang, tx("Samenspel databases (*.samenspel)|*.samenspel|All files|*")),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openFile(dialog.GetPath().utf8_string());
}

} // namespace gui
