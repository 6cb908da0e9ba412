#include "help/help_presenter.hpp"

#include "reports/html_document.hpp"
#include "reports/report_guide.hpp"

#include "core/analysis/analysis.hpp"

#include <string>

namespace gui {

using core::tr;
using core::tx;

namespace {

using reports::htmlEscape;

std::string heading(const std::string& text) { return "<h3>" + htmlEscape(text) + "</h3>\n"; }
std::string paragraph(const std::string& text) { return "<p>" + htmlEscape(text) + "</p>\n"; }

std::string list(const std::vector<std::string>& items, bool numbered)
{
    std::string out = numbered ? "<ol>\n" : "<ul>\n";
    for (const auto& item : items)
        out += "<li>" + htmlEscape(item) + "</li>\n";
    return out + (numbered ? "</ol>\n" : "</ul>\n");
}

/// Two columns: a term or key in bold, its meaning beside it.
std::string pairs(const std::vector<std::pair<std::string, std::string>>& rows)
{
    std::string out = "<table cellpadding=\"4\" cellspacing=\"0\">\n";
    for (const auto& [left, right] : rows)
        out += "<tr><td valign=\"top\" nowrap><b>" + htmlEscape(left) + "</b></td><td valign=\"top\">" + htmlEscape(right) +
               "</td></tr>\n";
    return out + "</table>\n";
}

std::string document(const std::string& body) { return "<html><body>\n" + body + "</body></html>\n"; }

} // namespace

std::string HelpPresenter::title(HelpTopic topic) const
{
    switch (topic) {
    case HelpTopic::Guide: return std::string(tr(m_lang, tx("Guide")));
    case HelpTopic::Glossary: return std::string(tr(m_lang, tx("Glossary")));
    case HelpTopic::Method: return std::string(tr(m_lang, tx("How the figures are made")));
    case HelpTopic::Keys: return std::string(tr(m_lang, tx("Keyboard shortcuts")));
    }
    return {};
}

std::string HelpPresenter::page(HelpTopic topic, const std::vector<Shortcut>& menu) const
{
    switch (topic) {
    case HelpTopic::Guide: return document(guide());
    case HelpTopic::Glossary: return document(glossary());
    case HelpTopic::Method: return document(method());
    case HelpTopic::Keys: return document(keys(menu));
    }
    return {};
}

std::string HelpPresenter::guide() const
{
    const auto t = [&](core::TextKey key) { return std::string(tr(m_lang, key)); };
    std::string out = heading(t(tx("A round from start to finish")));
    out += paragraph(t(tx("A round is one measurement: the executive board, the MSB board and the specialists (and whoever "
                          "else is invited) answer the same questionnaire once. A workshop discusses its outcome.")));
    out += list({t(tx("Add the hospital with Organisation > New organisation. The Profile page holds what the boards say "
                      "about their hospital: its type, its organisation model, its distribution model.")),
                 t(tx("Start a round with Organisation > New round (Ctrl+R). Its threshold k is the number of respondents a "
                      "party needs before it is shown at all; it is never below 3.")),
                 t(tx("Collect the answers on the Collection page, in any mix: online beforehand (import the survey tool's "
                      "CSV file, Ctrl+I), on paper (print the form, then type the answers in with Ctrl+E: a digit answers "
                      "and moves to the next statement, W means 'don't know'), or live in the room (phones through the "
                      "workshop server, or this computer with Workshop > Start a participant, Ctrl+P).")),
                 t(tx("Read the Results: where the parties diverge, how united each party is, and what each side wants "
                      "to change.")),
                 t(tx("Work out the money on the Incentives page: how the MSB divides its revenue, and who gains or loses "
                      "when care moves. These are the advisor's figures, not answers.")),
                 t(tx("Choose on the Recommendations page what goes into the Action plan. Each recommendation says why it "
                      "applies to this round.")),
                 t(tx("In the workshop the Facilitator screen (Ctrl+F) goes on the projector. It starts hidden and shows "
                      "the outcome when the room is ready; F11 fills the screen.")),
                 t(tx("Afterwards the Report page makes the report (PDF or web page) and, when asked for, the package for "
                      "the ministry: figures per party, never single answers.")),
                 t(tx("In the next round, the action plan is followed up and the Results show what moved since the "
                      "previous round. The Comparison page sets this hospital beside others, from the ministry's "
                      "packages and without a ranking."))},
                true);
    out += heading(t(tx("How to read the figures")));
    out += list(reports::readingGuide(m_lang, core::kMinAnonymityK, core::kDefaultGapThreshold), false);
    out += heading(t(tx("Who sees what")));
    out += paragraph(t(tx("This screen shows the advisor the current answers. What is shared (the report, the projector, "
                          "the ministry's package) moves only in steps of several respondents per party, so that nobody "
                          "can work out one person's answers from the difference between two outputs.")));
    out += paragraph(t(tx("Respondents have codes, not names. The data file stays on this computer; keep it where only the "
                          "advisor can read it.")));
    return out;
}

std::string HelpPresenter::glossary() const
{
    return heading(title(HelpTopic::Glossary)) +
           paragraph(std::string(tr(m_lang, tx("The terms and marks used on screen and in the report, in alphabetical order. "
                                               "The report's glossary is the same list.")))) +
           pairs(reports::glossaryTerms(m_lang)) + heading(std::string(tr(m_lang, tx("Comparing hospitals")))) +
           paragraph(std::string(tr(m_lang, tx("The terms of the Comparison page, which sets hospitals side by side from "
                                               "the ministry's packages.")))) +
           pairs(reports::comparisonGlossaryTerms(m_lang));
}

std::string HelpPresenter::method() const
{
    const auto t = [&](core::TextKey key) { return std::string(tr(m_lang, key)); };
    std::string out = heading(title(HelpTopic::Method));
    out += list({t(tx("Each statement is answered from 1 (fully disagree) to 5 (fully agree), or with 'don't know', which "
                      "counts as no answer. A statement written against alignment is turned around first.")),
                 t(tx("An answer becomes a score from 0 to 100: 1 is 0, 2 is 25, 3 is 50, 4 is 75 and 5 is 100.")),
                 t(tx("Two scales stay as they were asked: the marks from 0 to 10 for each element now and as desired "
                      "(Now and desired), and a statement's own mean from 1 to 5 where a recommendation quotes it.")),
                 t(tx("A party's score on an element or theme is the mean over its statements. The sd beside it says how "
                      "far the party's respondents lie apart.")),
                 t(tx("A gap is the difference between two parties' scores in points; d relates it to the spread within "
                      "the two parties.")),
                 t(tx("r_wg compares the spread of a party's answers with the spread that answering at random would give: "
                      "1 is unanimous, below 0.5 the party is divided.")),
                 t(tx("Cronbach's alpha says whether the statements of one element measure the same thing.")),
                 t(tx("The gelijkgerichtheidsindex is a weighted mean of its components (level, agreement between the "
                      "sides, consensus within the parties, congruence of the 7S and, when the distribution model is known, "
                      "its incentives). The Results page shows each component with its weight."))},
                false);
    out += heading(t(tx("Where the method is written down in full")));
    out += list({t(tx("In every report: the chapter 'Response and method', the reading guide and the glossary.")),
                 t(tx("With the program: docs/methodology.md (every formula, with its sources), docs/disclosure.md (what "
                      "is shown at which group size) and docs/incentives.md (the money model), in English."))},
                false);
    return out;
}

std::string HelpPresenter::keys(const std::vector<Shortcut>& menu) const
{
    const auto t = [&](core::TextKey key) { return std::string(tr(m_lang, key)); };
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& s : menu)
        rows.emplace_back(s.keys, s.action);
    std::string out = heading(t(tx("In the menus")));
    out += pairs(rows);
    out += paragraph(t(tx("Alt with the underlined letter opens a menu; in a menu or dialog the underlined letter chooses.")));
    out += heading(t(tx("Everywhere")));
    out += pairs({{"Tab / Shift+Tab", t(tx("next / previous control, also out of a text box"))},
                  {"Ctrl+PageDown / Ctrl+PageUp", t(tx("next / previous page"))},
                  {t(tx("Arrow keys")), t(tx("in the list on the left: another hospital or round"))},
                  {"Escape", t(tx("closes a dialog without changing anything"))}});
    out += heading(t(tx("Entering a paper questionnaire")));
    out += pairs({{"1 - 5", t(tx("answers the statement and moves to the next"))},
                  {"W", t(tx("don't know"))},
                  {t(tx("Arrow keys")), t(tx("another statement or answer"))}});
    out += heading(t(tx("Participant and facilitator screens")));
    out += pairs({{"1 - 5, W", t(tx("answer, as on paper"))},
                  {"Backspace", t(tx("back to the previous question"))},
                  {"Ctrl+Shift+Q", t(tx("ends the participants' screen (for the facilitator)"))},
                  {"F11", t(tx("facilitator screen: full screen on or off"))}});
    return out;
}

} // namespace gui
