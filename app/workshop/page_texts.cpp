#include "page_texts.hpp"

#include "reports/html_document.hpp"

#include <nlohmann/json.hpp>

#include <utility>
#include <vector>

namespace workshop {

// Generated from the files in page/ (cmake/EmbedText.cmake).
std::string_view participantHtml();
std::string_view noticeHtml();
std::string_view styleCss();
std::string_view headHtml();
std::string_view facilitatorHtml();

using core::tr;
using core::tx;

namespace {

std::string escaped(std::string_view text) { return reports::htmlEscape(std::string(text)); }

/// The template with its placeholders replaced (the values are already escaped for their place);
/// a value is never searched for placeholders itself.
std::string filled(std::string_view page, const std::vector<std::pair<std::string_view, std::string>>& values)
{
    std::string out;
    for (std::size_t i = 0; i < page.size();) {
        bool replaced = false;
        for (const auto& [name, value] : values)
            if (page.substr(i, name.size()) == name) {
                out += value;
                i += name.size();
                replaced = true;
                break;
            }
        if (!replaced)
            out += page[i++];
    }
    return out;
}


/// The start of every page: language, viewport, no referrer, no icon to fetch, the style.
std::string head(core::Language lang)
{
    return filled(headHtml(), {{"__LANG__", std::string(core::code(lang))}, {"__STYLE__", std::string(styleCss())}});
}

/// JSON for inside a script element: "</" could end it early, so it is written "<\/" (the same string).
std::string scriptJson(const nlohmann::json& json)
{
    std::string script = json.dump();
    for (std::size_t at = 0; (at = script.find("</", at)) != std::string::npos; at += 3)
        script.replace(at, 2, "<\\/");
    return script;
}

std::string notice(core::Language lang, std::string_view heading, const std::string& body, bool languageSwitch)
{
    const auto other = lang == core::Language::En ? core::Language::Nl : core::Language::En;
    // The other language by its own name, as language menus do.
    const std::string link = languageSwitch ? "<a class=\"switch\" href=\"/?lang=" + std::string(core::code(other)) + "\">" +
                                                  std::string(other == core::Language::En ? "English" : "Nederlands") + "</a>"
                                            : std::string();
    return filled(noticeHtml(), {{"__HEAD__", head(lang)},
                                 {"__SWITCH__", link},
                                 {"__HEADING__", escaped(heading)},
                                 {"__BODY__", body}});
}

} // namespace

std::string participantPage(core::Language lang, int threshold)
{
    // Every text of the page in both languages: the page switches without asking again.
    const std::vector<std::pair<const char*, core::TextKey>> texts{
        {"loading", tx("Loading...")},
        {"your_code", tx("Your code: {0}")},
        {"choose_role", tx("Which party do you belong to?")},
        {"no_name", tx("Your answers are stored under a code, never under your name.")},
        {"question_of", tx("Question {0} of {1}")},
        {"previous", tx("Previous")},
        {"skip", tx("Skip")},
        {"next", tx("Next")},
        {"other_party", tx("I chose the wrong party")},
        {"joining", tx("Joining...")},
        {"session_full", tx("This session has as many phones as it can take. Ask the facilitator.")},
        {"saving", tx("Saving...")},
        {"saved", tx("Your answers are stored.")},
        {"offline", tx("No connection to the facilitator's computer. Your answers stay on this phone and are sent as soon as it is back.")},
        {"busy", tx("Many people are joining at once; try again in a moment.")},
        {"party_full", tx("As many people of this party have joined as were invited. Check your choice, or ask the facilitator.")},
        {"done_title", tx("Thank you!")},
        {"done_text", tx("All your answers are stored. You can change an answer with Previous, or close this page.")},
        {"done_unsent", tx("Some answers are still on this phone: keep this page open until it says they are stored.")},
        {"done_open", tx("Questions skipped: {0}. You can still answer them.")},
        {"to_open", tx("To the skipped questions")},
        {"code_hint", tx("Your code is {0}. Should your phone give up, you can continue with it at the workshop computer.")},
        {"ended_title", tx("This session has ended")},
        {"ended_text", tx("Thank you for taking part. The answers you gave are stored; this page no longer sends anything.")},
        {"ended_unsent", tx("The session ended before all your answers reached the facilitator's computer. Not stored: {0}. Everything that did reach it is stored; this page no longer sends anything.")},
        {"unknown_title", tx("This address is not valid (any more)")},
        {"unknown_text", tx("Scan the code on the screen again, or type the address and session code shown there.")},
        {"privacy_title", tx("What happens with your answers?")},
        {"privacy_network", tx("Your answers go straight to the facilitator's laptop in this room, over this network. Nothing is sent to the internet or to another company.")},
        {"privacy_code", tx("They are stored under a code such as {0}: not with your name, and not with your phone or its address.")},
        {"privacy_threshold", tx("The screen in the room shows results per party only once at least {0} people of that party have answered, and never anyone's own answers. The advisor works with the answers under their codes, for the report.")},
        {"privacy_http", tx("The page travels over this network without encryption, as on an intranet: the facilitator uses a network for this room only, such as the laptop's own hotspot with a password.")},
        {"privacy_use", tx("The advisor uses the answers for this workshop and its report.")},
        {"privacy_end", tx("When the session ends, the link between this phone and your code is forgotten.")},
        {"privacy_rights", tx("Questions about your answers, or want them removed? Tell the facilitator or the advisor your code {0}: with it your answers can be found and deleted, without your name.")},
        {"live_wait_title", tx("Wait for the next question")},
        {"live_wait_text", tx("The facilitator opens the questions one at a time; they appear here by themselves.")},
        {"live_pulse", tx("Pulse: how well is each element arranged today?")},
        {"live_vote", tx("Vote: which three recommendations first?")},
        {"live_rerate", tx("Once more, after the discussion")},
        {"live_pick", tx("Pick {0}; chosen: {1}.")},
        {"live_send", tx("Send")},
        {"live_sent", tx("Sent. You can change your answer until the facilitator closes the question.")},
        {"live_closed", tx("Closed: the result follows.")},
        {"live_not_you", tx("This question is for other parties; the next one may be for you.")},
        {"live_none_shown", tx("No party had enough answers to be shown.")},
        {"live_votes", tx("votes: {0}")},
    };
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [key, text] : texts)
        json[key] = {{"nl", std::string(tr(core::Language::Nl, text))}, {"en", std::string(tr(core::Language::En, text))}};
    // The other language by its own name, as language menus do.
    json["other_language"] = {{"nl", "English"}, {"en", "Nederlands"}};
    json["threshold"] = threshold;
    const std::string script = scriptJson(json);
    return filled(participantHtml(), {{"__HEAD__", head(lang)},
                                      {"__LANG__", std::string(core::code(lang))},
                                      {"__TEXTS__", script}});
}

std::string facilitatorPage(core::Language lang, bool live)
{
    // A live session steers the live questions only: the questionnaire's results are not its screen.
    std::vector<std::pair<std::string, core::TextKey>> buttons;
    if (!live)
        buttons = {{"reveal", tx("Show the results")}, {"hide", tx("Hide the results")}, {"radar", tx("Radar chart")}, {"heatmap", tx("Heat map")}};
    else
        for (const auto& b : std::vector<std::pair<std::string, core::TextKey>>{
                 {"pulse", tx("Open the pulse (7S, 0-10)")}, {"vote", tx("Open the vote on the recommendations")},
                 {"rerate", tx("Open the re-rating of the largest gaps")}, {"lock", tx("Close the question")},
                 {"result", tx("Show the result")}, {"off", tx("Take the question off the screens")}})
            buttons.push_back(b);
    buttons.emplace_back("end", tx("End the phone session"));
    nlohmann::json json{{"alt", std::string(tr(lang, tx("The projector's screen")))},
                        {"offline", std::string(tr(lang, tx("No connection to the session.")))},
                        {"confirmEnd", std::string(tr(lang, tx("End the session on the phones? Their links stop working; every answer given is stored.")))},
                        {"ended", std::string(tr(lang, tx("The session has ended: every answer given is stored. You can close this page.")))}};
    json["buttons"] = nlohmann::json::array();
    for (const auto& [what, label] : buttons)
        json["buttons"].push_back({what, std::string(tr(lang, label))});
    return filled(facilitatorHtml(), {{"__HEAD__", head(lang)}, {"__TEXTS__", scriptJson(json)}});
}

std::string landingPage(core::Language lang, std::string_view message)
{
    std::string body;
    if (!message.empty())
        body += "<p class=\"error\" role=\"alert\">" + escaped(message) + "</p>\n";
    body += "<p>" + escaped(tr(lang, tx("Type the session code shown on the screen."))) + "</p>\n";
    body += "<form method=\"get\" action=\"/join\">\n<label for=\"code\">" + escaped(tr(lang, tx("Session code"))) +
            "</label>\n<input type=\"text\" id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" "
            "spellcheck=\"false\" maxlength=\"12\" required>\n";
    if (lang == core::Language::En)
        body += "<input type=\"hidden\" name=\"lang\" value=\"en\">\n";
    body += "<p><button class=\"primary\" type=\"submit\">" + escaped(tr(lang, tx("Take part"))) + "</button></p>\n</form>";
    return notice(lang, tr(lang, tx("Take part in the workshop")), body, true);
}

std::string endedPage(core::Language lang)
{
    return notice(lang, tr(lang, tx("This session has ended")),
                  "<p>" + escaped(tr(lang, tx("Thank you for taking part. The answers you gave are stored; this page no longer sends anything."))) +
                      "</p>",
                  false);
}

std::string wrongCodeText(core::Language lang)
{
    return std::string(tr(lang, tx("That is not the code of the session in this room. Check it on the screen and try again.")));
}

std::string tooManyTriesText(core::Language lang)
{
    return std::string(tr(lang, tx("Too many wrong codes were tried in this room. Wait a minute, then try again.")));
}

} // namespace workshop
