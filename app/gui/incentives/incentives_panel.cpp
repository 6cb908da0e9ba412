#include "incentives/incentives_panel.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "incentives/sweep_box.hpp"
#include "incentives/vakgroep_grid.hpp"
#include "common/wx_util.hpp"
#include "help/help_dialog.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/slider.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cstdlib>

namespace gui {

using core::tx;

IncentivesPanel::IncentivesPanel(wxWindow* parent, core::Language lang) : wxPanel(parent), m_lang(lang)
{
    SetBackgroundColour(*wxWHITE);
    build();
}

void IncentivesPanel::build()
{
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    // The model's column scrolls on its own when the window is low (1366 x 768).
    auto* leftPage = new wxScrolledWindow(this);
    leftPage->SetScrollRate(0, 20);
    auto* left = new wxStaticBoxSizer(wxVERTICAL, leftPage, wx(m_lang, tx("Distribution model")));
    m_modelBox = left;
    auto* box = left->GetStaticBox();
    m_preset = new wxChoice(box, wxID_ANY);
    m_preset->SetMinSize(FromDIP(wxSize(200, -1))); // a long model name must not widen the column
    m_preset->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const auto codes = m_presenter->presetCodes();
        if (e.GetSelection() > 0 && static_cast<std::size_t>(e.GetSelection()) <= codes.size())
            m_presenter->choosePreset(codes[static_cast<std::size_t>(e.GetSelection() - 1)]);
        update();
    });
    left->Add(new wxStaticText(box, wxID_ANY, wx(m_lang, tx("Start from a preset:"))), 0, wxLEFT | wxRIGHT | wxTOP, 6);
    left->Add(m_preset, 0, wxEXPAND | wxALL, 6);
    auto* grid = new wxFlexGridSizer(3, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1);
    for (std::size_t i = 0; i < core::kComponents.size(); ++i) {
        const auto component = core::kComponents[i];
        m_names[i] = new wxStaticText(box, wxID_ANY, "");
        grid->Add(m_names[i], 0, wxALIGN_CENTER_VERTICAL);
        m_sliders[i] = new wxSlider(box, wxID_ANY, 0, 0, 100, wxDefaultPosition, FromDIP(wxSize(150, -1)));
        m_sliders[i]->Bind(wxEVT_SLIDER, [this, component](wxCommandEvent& e) { moveSlider(component, e.GetInt()); });
        grid->Add(m_sliders[i], 1, wxEXPAND);
        m_values[i] = new wxStaticText(box, wxID_ANY, "100%", wxDefaultPosition, wxDefaultSize, wxALIGN_RIGHT);
        grid->Add(m_values[i], 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    }
    left->Add(grid, 0, wxEXPAND | wxALL, 6);
    m_model = new wxStaticText(box, wxID_ANY, "");
    left->Add(m_model, 0, wxALL, 6);
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    m_save = new wxButton(box, wxID_SAVE, wx(m_lang, tx("&Store as the hospital's model and figures")));
    m_revert = new wxButton(box, wxID_REVERT_TO_SAVED, wx(m_lang, tx("&Undo changes")));
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        try {
            m_presenter->save();
        } catch (const core::Error& e) {
            // Not stored (e.g. the file is busy): the edited model stays on screen to try again.
            wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
            return;
        }
        update();
        if (m_saved)
            m_saved();
    });
    m_revert->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_presenter->revert();
        m_figures->show(m_presenter.get());
        update();
    });
    m_importFigures = new wxButton(box, wxID_ANY, wx(m_lang, tx("&Import figures (JSON)...")));
    m_exportFigures = new wxButton(box, wxID_ANY, wx(m_lang, tx("E&xport figures (JSON)...")));
    m_importFigures->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askImport(); });
    m_exportFigures->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askExport(); });
    buttons->Add(m_save, 0, wxEXPAND | wxBOTTOM, 6);
    buttons->Add(m_revert, 0, wxEXPAND | wxBOTTOM, 18);
    buttons->Add(m_importFigures, 0, wxEXPAND | wxBOTTOM, 6);
    buttons->Add(m_exportFigures, 0, wxEXPAND);
    left->Add(buttons, 0, wxEXPAND | wxALL, 6);

    m_right = new wxScrolledWindow(this);
    m_right->SetScrollRate(20, 20); // across too, for the wide tables on a small screen
    m_right->SetMinSize(FromDIP(wxSize(320, 200))); // its width comes from the page, not its charts
    auto* right = new wxBoxSizer(wxVERTICAL);
    m_hint = new wxStaticText(m_right, wxID_ANY, "");
    m_scenario = new wxChoice(m_right, wxID_ANY);
    m_scenario->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        m_presenter->chooseScenario(static_cast<std::size_t>(e.GetSelection()));
        update();
    });
    m_scenario->SetMinSize(FromDIP(wxSize(240, -1))); // long scenario names must not widen the page
    m_description = new wxStaticText(m_right, wxID_ANY, "");
    m_summary = new wxStaticText(m_right, wxID_ANY, "");
    wxFont bold = m_summary->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    m_summary->SetFont(bold);
    m_chart = new wxStaticBitmap(m_right, wxID_ANY, wxNullBitmap);
    m_table = new wxListCtrl(m_right, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(240, 190)), wxLC_REPORT);
    m_tableNote = new wxStaticText(m_right, wxID_ANY, "");
    m_figuresTitle = new wxStaticText(m_right, wxID_ANY, "");
    m_figuresNote = new wxStaticText(m_right, wxID_ANY, "");
    m_figures = new VakgroepGrid(m_right, m_lang);
    m_figures->onChanged([this] { update(); });
    m_sweep = new SweepBox(m_right, m_lang, [this]() -> std::unique_ptr<SweepPresenter> {
        if (!m_presenter || !m_presenter->available() || !m_presenter->chosenScenario())
            return nullptr;
        return std::make_unique<SweepPresenter>(m_presenter->editedInputs(), *m_presenter->chosenScenario(), m_lang);
    });
    right->Add(m_hint, 0, wxALL, 8);
    right->Add(m_scenario, 0, wxEXPAND | wxALL, 6);
    right->Add(m_description, 0, wxALL, 6);
    right->Add(m_summary, 0, wxALL, 6);
    right->Add(m_chart, 0, wxALL, 4);
    right->Add(m_table, 0, wxALL, 6);
    auto* noteRow = new wxBoxSizer(wxHORIZONTAL);
    noteRow->Add(m_tableNote, 0, wxRIGHT, 8);
    noteRow->Add(helpButton(m_right, m_lang, HelpTopic::Glossary), 0, wxALIGN_TOP);
    right->Add(noteRow, 0, wxLEFT | wxRIGHT | wxBOTTOM, 6);
    right->Add(m_figuresTitle, 0, wxLEFT | wxRIGHT | wxTOP, 6);
    right->Add(m_figuresNote, 0, wxLEFT | wxRIGHT | wxTOP, 6);
    right->Add(m_figures, 0, wxALL, 6);
    right->Add(m_sweep, 0, wxEXPAND | wxALL, 6);
    m_right->SetSizer(right);
    // Redraw for a new width. The page's width comes from the window, never from what it shows,
    // so redrawing cannot start a loop.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (!m_pending && std::abs(GetClientSize().x - m_width) > FromDIP(40)) {
            m_pending = true;
            CallAfter([this] {
                m_pending = false;
                update();
            });
        }
    });
    auto* leftSizer = new wxBoxSizer(wxVERTICAL);
    leftSizer->Add(left, 0, wxALL, 6); // its own width: GTK measures a box as wide as it was drawn
    leftPage->SetSizer(leftSizer);
    // As wide as the model's column, plus room for its scrollbar.
    leftPage->SetMinSize(wxSize(leftSizer->GetMinSize().x + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, leftPage), -1));
    leftPage->FitInside();
    m_leftPage = leftPage;
    sizer->Add(leftPage, 0, wxEXPAND);
    sizer->Add(m_right, 1, wxEXPAND);
    SetSizer(sizer);
}

void IncentivesPanel::showRound(db::Database& db, core::Id round)
{
    try {
        m_presenter = std::make_unique<IncentivesPresenter>(db, round, m_lang);
    } catch (const core::Error& e) {
        clear();
        m_hint->SetLabel(message(app::describeError(e, m_lang).text)); // e.g. damaged inputs: say so, show nothing
        m_hint->Wrap(FromDIP(700));
        return;
    }
    m_scenario->Clear();
    for (const auto& name : m_presenter->scenarioNames())
        m_scenario->Append(wx(name));
    m_preset->Clear();
    m_preset->Append(wx(m_presenter->presetLabel("custom")));
    for (const auto& code : m_presenter->presetCodes())
        m_preset->Append(wx(m_presenter->presetLabel(code)));
    m_figures->show(m_presenter.get());
    m_sweep->refresh();
    update();
}

void IncentivesPanel::clear()
{
    m_presenter.reset();
    m_scenario->Clear();
    m_preset->Clear();
    m_figures->show(nullptr);
    m_sweep->refresh();
    update();
}

void IncentivesPanel::askImport()
{
    if (!m_presenter)
        return;
    if (m_presenter->changed() &&
        wxMessageBox(wx(m_lang, tx("The model or figures on this page have changes that are not stored. Import other "
                                   "figures and lose those changes?")),
                     "Samenspel", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    wxFileDialog dialog(this, wx(m_lang, tx("Import figures")), "", "", wx(m_lang, tx("JSON files (*.json)|*.json|All files|*")),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK)
        return;
    if (!m_presenter->importFigures(dialog.GetPath().utf8_string())) {
        wxMessageBox(message(m_presenter->error()), "Samenspel", wxOK | wxICON_WARNING, this);
        return;
    }
    // New figures: new scenarios and vakgroepen on every part of the page.
    m_scenario->Clear();
    for (const auto& name : m_presenter->scenarioNames())
        m_scenario->Append(wx(name));
    m_figures->show(m_presenter.get());
    m_sweep->refresh();
    update();
    if (m_saved)
        m_saved();
}

void IncentivesPanel::askExport()
{
    if (!m_presenter || !m_presenter->available())
        return;
    wxFileDialog dialog(this, wx(m_lang, tx("Export figures")), "", wx(m_lang, tx("figures.json")),
                        wx(m_lang, tx("JSON files (*.json)|*.json|All files|*")), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        wxMessageBox(wx(m_presenter->exportFigures(dialog.GetPath().utf8_string())), "Samenspel", wxOK | wxICON_INFORMATION, this);
    } catch (const core::Error& e) {
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
}

void IncentivesPanel::cancelJob() { m_sweep->cancel(); }

void IncentivesPanel::sweep(std::size_t parameter)
{
    m_sweep->run(parameter, "0", "100");
}

void IncentivesPanel::scrollToFigures()
{
    int unitX = 0;
    int unitY = 0;
    m_right->GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY > 0)
        m_right->Scroll(0, m_right->GetVirtualSize().y / unitY); // as far as it goes: the grid and the sweep
}

void IncentivesPanel::moveSlider(core::Component component, int percent)
{
    if (!m_presenter)
        return;
    m_presenter->setWeight(component, percent);
    update();
}

void IncentivesPanel::update()
{
    const bool on = m_presenter && m_presenter->available();
    m_hint->SetLabel(on || !m_presenter ? wxString() : wx(m_presenter->emptyHint()));
    m_hint->Wrap(FromDIP(700));
    for (auto* w : std::initializer_list<wxWindow*>{m_preset, m_scenario, m_save, m_revert, m_exportFigures})
        w->Enable(on);
    m_importFigures->Enable(m_presenter != nullptr); // also for a round without figures yet
    for (std::size_t i = 0; i < core::kComponents.size(); ++i) {
        m_sliders[i]->Enable(on);
        if (m_presenter)
            m_names[i]->SetLabel(wx(m_presenter->componentLabel(core::kComponents[i])));
        const int percent = on ? m_presenter->weightPercent(core::kComponents[i]) : 0;
        m_sliders[i]->SetValue(percent);
        m_values[i]->SetLabel(wxString::Format("%d%%", percent));
    }
    if (!on) {
        m_model->SetLabel("");
        m_description->SetLabel("");
        m_summary->SetLabel("");
        m_chart->SetBitmap(wxNullBitmap);
        m_table->ClearAll();
        m_tableNote->SetLabel("");
        m_figuresTitle->SetLabel("");
        m_figuresNote->SetLabel("");
        Layout();
        return;
    }
    m_save->Enable(m_presenter->changed());
    m_revert->Enable(m_presenter->changed());
    m_model->SetLabel(wx(m_presenter->modelDescription()));
    m_model->Wrap(FromDIP(300));
    m_scenario->SetSelection(static_cast<int>(m_presenter->scenario()));
    const auto preset = m_presenter->presetIndex();
    m_preset->SetSelection(preset ? static_cast<int>(*preset) + 1 : 0);
    m_description->SetLabel(wx(m_presenter->scenarioDescription()));
    // The model's column as wide as what it now holds (names, the model's text), with its scrollbar.
    // Measured from what is inside the box: GTK reports a box as wide as it was last drawn, so
    // the box's own minimum would only ever grow.
    int inner = 0;
    for (auto* item : m_modelBox->GetChildren())
        inner = std::max(inner, item->CalcMin().x);
    m_leftPage->SetMinSize(wxSize(inner + FromDIP(44) + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, m_leftPage), -1));
    m_leftPage->FitInside();
    Layout();
    // Charts and text follow the width the page has (1366 x 768 up to full HD).
    m_width = GetClientSize().x;
    // As wide as the right column shows (less its scrollbar): text wraps there, never past it.
    const int width = std::max(FromDIP(300), m_right->GetClientSize().x - FromDIP(24));
    m_description->Wrap(width);
    m_summary->SetLabel(wx(m_presenter->summary()));
    m_summary->Wrap(width);
    const int rows = static_cast<int>(m_presenter->chartRows());
    // A third larger than on paper, so that its labels read like the text around it.
    m_chart->SetBitmap(chartBitmap(m_presenter->chart(), width, FromDIP(150 + 26 * rows) * 4 / 3, 4.0 / 3.0));
    fillList(m_table, m_presenter->outcome());
    fitListHeight(m_table); // every party and column: the page scrolls across where it is wider
    m_tableNote->SetLabel(wx(m_presenter->outcomeNote()));
    m_tableNote->Wrap(width - FromDIP(130)); // the "?" beside it
    setHeading(m_figuresTitle, wx(m_lang, tx("Figures per vakgroep")), true);
    m_figuresNote->SetLabel(wx(m_lang, tx("Type in a cell to change a figure: the page follows at once, and the button on "
                                          "the left stores the figures with the model.")));
    m_figuresNote->Wrap(width);
    m_sweep->wrapTo(width);
    // No wider than the page: the grid scrolls sideways itself, the page only up and down.
    const wxSize best = m_figures->contentSize();
    m_figures->SetMinSize(wxSize(std::min(best.x, width), best.y + (best.x > width ? FromDIP(18) : 0)));
    m_right->FitInside();
    Layout();
}

} // namespace gui
