#include "help/help_presenter.hpp"

#include "reports/html_document.hpp"
#include "reports/report_guide.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("help: the glossary on screen is the report's glossary, with every mark the pages use", "[help]")
{
    for (const auto lang : {core::Language::Nl, core::Language::En}) {
        const gui::HelpPresenter help(lang);
        const auto page = help.page(gui::HelpTopic::Glossary);
        const auto terms = reports::glossaryTerms(lang);
        auto all = terms;
        for (const auto& t : reports::comparisonGlossaryTerms(lang))
            all.push_back(t);
        for (const auto& [term, meaning] : all) {
            CHECK(contains(page, "<b>" + reports::htmlEscape(term) + "</b>"));
            CHECK(contains(page, reports::htmlEscape(meaning)));
        }
        // The abbreviations and marks of Results, Incentives and Recommendations.
        for (const std::string mark : {"r_wg", "sd", "d", "!", "*"}) {
            const bool found = std::any_of(terms.begin(), terms.end(), [&](const auto& t) { return t.first == mark; });
            CHECK(found);
        }
        CHECK(std::any_of(terms.begin(), terms.end(), [](const auto& t) { return t.first.starts_with("(a)"); }));
    }
}

TEST_CASE("help: every topic in both languages, the shortcuts from the menus", "[help]")
{
    const gui::HelpPresenter nl(core::Language::Nl);
    const gui::HelpPresenter en(core::Language::En);
    CHECK(nl.title(gui::HelpTopic::Guide) == "Handleiding");
    CHECK(en.title(gui::HelpTopic::Guide) == "Guide");
    for (const auto topic : gui::kHelpTopics) {
        const auto a = nl.page(topic);
        const auto b = en.page(topic);
        CHECK(a.starts_with("<html><body>"));
        CHECK(a != b); // translated, not the English text twice
        CHECK(a.size() > 400);
    }
    // The guide names the steps of a round in order, with the menu commands and keys.
    const auto guide = nl.page(gui::HelpTopic::Guide);
    CHECK(guide.find("Ctrl+R") < guide.find("Ctrl+I"));
    CHECK(guide.find("Ctrl+I") < guide.find("Ctrl+F"));
    // Where the full method is: in the report and with the program.
    CHECK(contains(nl.page(gui::HelpTopic::Method), "docs/methodology.md"));
    // The shortcuts come from the menu bar, escaped.
    const auto keys = nl.page(gui::HelpTopic::Keys, {{"Ctrl+N", "Nieuw <bestand>"}, {"F1", "Handleiding"}});
    CHECK(contains(keys, "<b>Ctrl+N</b></td><td valign=\"top\">Nieuw &lt;bestand&gt;"));
    CHECK(contains(keys, "<b>F1</b>"));
}
