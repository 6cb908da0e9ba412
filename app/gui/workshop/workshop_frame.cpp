#include "workshop/workshop_frame.hpp"
#include "error_text.hpp"

#include "common/wx_util.hpp"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/textwrapper.h>
#include <wx/tglbtn.h>

#include <algorithm>

namespace gui {

using core::tx;

namespace {

/// A label broken into lines of at most `width` pixels in the window's font: a long option
/// (the organisation model) wraps inside its button instead of running off the screen.
wxString wrapped(wxWindow* window, const wxString& text, int width)
{
    struct Lines : wxTextWrapper {
        wxString out;
        void OnOutputLine(const wxString& line) override { out += line; }
        void OnNewLine() override { out += '\n'; }
    } lines;
    lines.Wrap(window, text, width);
    return lines.out;
}

constexpr int kDigitWaitMs = 800;

} // namespace

WorkshopFrame::WorkshopFrame(wxWindow* parent, db::Database& db, core::Id round, core::Role role, core::Language lang)
    : wxFrame(parent, wxID_ANY, "Samenspel"), m_db(db), m_round(round), m_lang(lang), m_digitTimer(this)
{
    SetIcons(programIcons());
    m_panel = new wxPanel(this);
    m_panel->SetBackgroundColour(*wxWHITE);
    // Read from an arm's length by people who do not use the program: everything larger.
    m_font = m_panel->GetFont();
    m_font.SetPointSize(std::max(15, m_font.GetPointSize() * 3 / 2));
    m_panel->SetFont(m_font);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    m_code = new wxStaticText(m_panel, wxID_ANY, "");
    m_progress = new wxStaticText(m_panel, wxID_ANY, "");
    top->Add(m_code, 1, wxALL, 16);
    top->Add(m_progress, 0, wxALL, 16);
    m_gauge = new wxGauge(m_panel, wxID_ANY, 1);
    m_statement = new wxStaticText(m_panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    wxFont big = m_statement->GetFont();
    big.SetPointSize(26);
    m_statement->SetFont(big);
    m_keys = new wxStaticText(m_panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    for (auto* label : {m_code, m_progress, m_keys})
        label->SetFont(m_font);
    m_keys->SetForegroundColour(wxColour(0x44, 0x44, 0x44));
    m_buttons = new wxBoxSizer(wxVERTICAL);
    m_bottom = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(top, 0, wxEXPAND);
    sizer->Add(m_gauge, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
    sizer->AddStretchSpacer(1);
    sizer->Add(m_statement, 0, wxEXPAND | wxALL, 40);
    sizer->Add(m_buttons, 0, wxALIGN_CENTER_HORIZONTAL | wxLEFT | wxRIGHT, 40);
    sizer->Add(m_keys, 0, wxEXPAND | wxALL, 16);
    sizer->AddStretchSpacer(1);
    sizer->Add(m_bottom, 0, wxEXPAND | wxALL, 16);
    m_panel->SetSizer(sizer);
    Bind(wxEVT_CHAR_HOOK, &WorkshopFrame::OnKey, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_session)
            if (const auto choice = m_session->flushKey())
                choose(*choice);
    });
    // Esc, Alt+F4 or the window manager do not end the window: behind it is the advisor's program
    // with everyone's results. Only the facilitator's keys (or the program itself) close it.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto() && !m_ending) {
            e.Veto();
            return;
        }
        m_digitTimer.Stop();
        e.Skip();
    });
    start(role);
}

void WorkshopFrame::start(core::Role role)
{
    try {
        m_session.emplace(m_db, m_round, role, m_lang);
        m_answeredHere = false;
    } catch (const core::Error& e) {
        m_session.reset();
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
    show();
}

bool WorkshopFrame::resume(const std::string& code)
{
    auto resumed = app::Participant::resume(m_db, m_round, code, m_lang);
    if (!resumed)
        return false;
    m_session.reset();
    m_session.emplace(std::move(*resumed));
    m_answeredHere = false;
    show();
    return true;
}

void WorkshopFrame::show()
{
    m_digitTimer.Stop();
    m_buttons->Clear(true);
    m_bottom->Clear(true);
    m_choiceButtons.clear();
    if (!m_session)
        showRoles();
    else if (m_session->finished())
        showThanks();
    else
        showQuestion();
    placeChoices();
    m_statement->Wrap(std::min(FromDIP(1100), GetClientSize().x - FromDIP(80)));
    m_panel->Layout();
    // The keys keep working after a click: the clicked button is gone, so focus goes to the
    // answer given (or the first), never nowhere.
    if (!m_choiceButtons.empty()) {
        const auto chosen = m_session ? m_session->chosen() : std::nullopt;
        m_choiceButtons[chosen && *chosen < m_choiceButtons.size() ? *chosen : 0]->SetFocus();
    } else {
        m_panel->SetFocus();
    }
}

void WorkshopFrame::placeChoices()
{
    // Rows as wide as the screen allows, each centred: the answers wrap instead of running off it.
    const int room = GetClientSize().x - FromDIP(80);
    wxBoxSizer* row = nullptr;
    int used = 0;
    for (auto* button : m_choiceButtons) {
        const int width = button->GetBestSize().x + FromDIP(12);
        if (!row || used + width > room) {
            row = new wxBoxSizer(wxHORIZONTAL);
            m_buttons->Add(row, 0, wxALIGN_CENTER_HORIZONTAL);
            used = 0;
        }
        row->Add(button, 0, wxALL, FromDIP(6));
        used += width;
    }
}

void WorkshopFrame::showRoles()
{
    const auto& instrument = m_db.instrumentOf(m_round);
    m_code->SetLabel("");
    m_progress->SetLabel("");
    m_gauge->SetValue(0);
    m_statement->SetLabel(wx(m_lang, tx("Which party do you belong to?")));
    m_keys->SetLabel(wx(m_lang, tx("Your answers are stored under a code, never under your name.")));
    for (const auto role : core::kRoles) {
        auto* button = new wxButton(m_panel, wxID_ANY, wx(instrument.name(role).in(m_lang)), wxDefaultPosition,
                                    FromDIP(wxSize(-1, 64)));
        button->SetFont(m_font);
        button->Bind(wxEVT_BUTTON, [this, role](wxCommandEvent&) { start(role); });
        m_choiceButtons.push_back(button);
    }
}

void WorkshopFrame::showQuestion()
{
    m_code->SetLabel(wx(core::tr(m_lang, tx("Your code: {0} (no name needed)"), {m_session->code()})));
    m_progress->SetLabel(wx(m_session->progressText()));
    m_gauge->SetRange(static_cast<int>(std::max<std::size_t>(1, m_session->total())));
    m_gauge->SetValue(static_cast<int>(m_session->position()));
    m_statement->SetLabel(wx(m_session->questionText()));
    const auto choices = m_session->choices();
    const auto chosen = m_session->chosen();
    const bool numbered = !m_session->rating();
    const int width = std::min(FromDIP(420), std::max(FromDIP(200), GetClientSize().x / 3));
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const bool last = i + 1 == choices.size();
        // The key that picks it, before the label: 1-5 (or 1-9), W for "weet niet".
        const std::string key = last ? "W  " : numbered ? std::to_string(i + 1) + "  " : "";
        auto* button = new wxToggleButton(m_panel, wxID_ANY, "");
        button->SetFont(m_font);
        button->SetLabel(wrapped(button, wx(key + choices[i]), width));
        // At least a finger's height; as tall as a wrapped label needs.
        button->SetMinSize(wxSize(std::max(FromDIP(64), button->GetBestSize().x),
                                  std::max(FromDIP(64), button->GetBestSize().y + FromDIP(16))));
        button->SetValue(chosen && *chosen == i); // going back shows the answer given
        button->Bind(wxEVT_TOGGLEBUTTON, [this, i](wxCommandEvent&) { CallAfter([this, i] { choose(i); }); });
        m_choiceButtons.push_back(button);
    }
    m_keys->SetLabel(numbered ? wx(m_lang, tx("Keys: the number of your answer, W for \"don't know\", Backspace for the previous question."))
                              : wx(m_lang, tx("Keys: type the number (0 to 10), W for \"don't know\", Backspace for the previous question.")));
    auto* back = new wxButton(m_panel, wxID_BACKWARD, wx(m_lang, tx("&Previous question")));
    back->Enable(m_session->position() > 0);
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_session->back();
        show();
    });
    m_bottom->Add(back, 0, wxRIGHT, 16);
    m_bottom->AddStretchSpacer(1);
    if (!m_answeredHere) {
        auto* code = new wxButton(m_panel, wxID_ANY, wx(m_lang, tx("I already have a &code...")));
        code->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askCode(); });
        m_bottom->Add(code, 0);
    }
}

void WorkshopFrame::showThanks()
{
    m_progress->SetLabel("");
    m_gauge->SetValue(m_gauge->GetRange());
    m_statement->SetLabel(wx(m_lang, tx("Thank you. Your answers have been saved; you can hand over to the next person.")));
    m_keys->SetLabel("");
    auto* next = new wxButton(m_panel, wxID_ANY, wx(m_lang, tx("&Next participant")), wxDefaultPosition,
                              FromDIP(wxSize(-1, 64)));
    next->SetFont(m_font);
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_session.reset();
        show();
    });
    m_choiceButtons.push_back(next);
}

void WorkshopFrame::askCode()
{
    wxTextEntryDialog dialog(this, wx(m_lang, tx("Type the code you were given, e.g. W-RVB-04.")), "Samenspel");
    while (dialog.ShowModal() == wxID_OK) {
        if (resume(dialog.GetValue().utf8_string()))
            return;
        dialog.SetValue("");
        wxMessageBox(wx(m_lang, tx("This round has no participant with that code. Check the code, or start anew.")),
                     "Samenspel", wxOK | wxICON_INFORMATION, this);
    }
}

wxWindow* WorkshopFrame::choiceButton(std::size_t index) const
{
    return index < m_choiceButtons.size() ? m_choiceButtons[index] : nullptr;
}

void WorkshopFrame::choose(std::size_t index)
{
    if (!m_session || m_session->finished())
        return;
    try {
        m_session->answer(index);
        m_answeredHere = true;
    } catch (const core::Error& e) {
        // Not stored (the file is busy or gone): said, and the question stays for another try.
        wxMessageBox(message(app::describeError(e, m_lang).text), "Samenspel", wxOK | wxICON_WARNING, this);
    }
    if (m_session->finished() && m_onFinished)
        m_onFinished();
    show();
}

void WorkshopFrame::OnKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (key == 'Q' && event.ControlDown() && event.ShiftDown()) {
        const int answer = wxMessageBox(wx(m_lang, tx("End the participants' screen? (For the facilitator.)")),
                                        "Samenspel", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this);
        if (answer == wxYES) {
            m_ending = true;
            Close(true);
        }
        return;
    }
    if (key == WXK_ESCAPE)
        return; // never closes: see the close handler
    if (!m_session || m_session->finished() || event.HasAnyModifiers()) {
        event.Skip();
        return;
    }
    if (key == WXK_BACK) {
        m_session->back();
        show();
        return;
    }
    if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && m_digitTimer.IsRunning()) {
        m_digitTimer.Stop();
        if (const auto choice = m_session->flushKey())
            choose(*choice);
        return;
    }
    char typed = 0;
    if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9)
        typed = static_cast<char>('0' + (key - WXK_NUMPAD0));
    else if ((key >= '0' && key <= '9') || key == 'W')
        typed = static_cast<char>(key);
    if (typed == 0) {
        event.Skip();
        return;
    }
    const auto result = m_session->key(typed);
    if (result.action == app::Participant::Key::Action::Answer) {
        m_digitTimer.Stop();
        choose(result.choice);
    } else if (result.action == app::Participant::Key::Action::Wait) {
        // Shown pressed while it waits for a possible second digit.
        for (std::size_t i = 0; i < m_choiceButtons.size(); ++i)
            if (auto* t = dynamic_cast<wxToggleButton*>(m_choiceButtons[i]))
                t->SetValue(i == result.choice);
        m_digitTimer.StartOnce(kDigitWaitMs);
    }
}

} // namespace gui
