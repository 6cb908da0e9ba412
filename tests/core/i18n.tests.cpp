#include "core/text/i18n.hpp"
#include "../support/plural_choice.hpp"
#include "source_scan.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <utility>
#include <vector>

using namespace core;

namespace {

/// The literal text of a run of adjacent string literals, escapes undone.
std::string unquoted(const std::string& literals)
{
    static const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
    std::string out;
    for (auto p = std::sregex_iterator(literals.begin(), literals.end(), literal); p != std::sregex_iterator(); ++p) {
        const std::string piece = (*p)[1];
        for (std::size_t i = 0; i < piece.size(); ++i) {
            if (piece[i] == '\\' && i + 1 < piece.size()) {
                const char next = piece[++i];
                out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
            } else {
                out += piece[i];
            }
        }
    }
    return out;
}

/// Every pattern marked with tx("…"), and every singular of txn("…", "…"), in the sources.
std::map<std::string, std::string> markedPatterns()
{
    static const std::regex call(R"re(\btxn?\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)])re");
    static const std::regex contextCall(R"re(\btxc\(\s*("(?:[^"\\]|\\.)*")\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re");
    std::map<std::string, std::string> out; // pattern -> first file
    for (const auto& file : test::sources({"core", "db", "reports", "app"})) {
        for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), call); it != std::sregex_iterator(); ++it)
            out.emplace(unquoted((*it)[1]), file.path);
        // txc("context", "…"): the catalogue keys it as context, EOT, text (gettext's msgctxt).
        for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), contextCall); it != std::sregex_iterator(); ++it)
            out.emplace(unquoted((*it)[1]) + '\x04' + unquoted((*it)[2]), file.path);
    }
    return out;
}

/// Every txn("singular", "plural") in the sources.
std::vector<std::pair<std::string, std::string>> pluralPatterns()
{
    static const std::regex call(R"re(\btxn\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+),\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re");
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& file : test::sources({"core", "db", "reports", "app"}))
        for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), call); it != std::sregex_iterator(); ++it)
            out.emplace(unquoted((*it)[1]), unquoted((*it)[2]));
    return {out.begin(), out.end()};
}

std::multiset<std::string> placeholders(std::string_view s)
{
    static const std::regex ph(R"(\{[0-9]\}|%zu|%s|%d)");
    std::multiset<std::string> out;
    const std::string text(s);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), ph); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

} // namespace

TEST_CASE("every text marked for translation has a Dutch translation with the same placeholders", "[i18n]")
{
    const auto marked = markedPatterns();
    REQUIRE(marked.size() > 100);
    const auto translated = translatedPatterns();
    const std::set<std::string_view> catalogue(translated.begin(), translated.end());
    for (const auto& [pattern, file] : marked) {
        INFO(file << ": \"" << pattern << "\"");
        CHECK(catalogue.contains(pattern));
        CHECK(placeholders(tr(Language::Nl, TextKey{pattern})) == placeholders(pattern));
    }
}

TEST_CASE("the catalogue holds no stale or empty entries", "[i18n]")
{
    const auto marked = markedPatterns();
    std::set<std::string_view> seen;
    for (const auto en : translatedPatterns()) {
        INFO("\"" << en << "\"");
        CHECK(marked.contains(std::string(en)));
        CHECK(seen.insert(en).second);
        CHECK_FALSE(tr(Language::Nl, TextKey{en}).empty());
    }
}

TEST_CASE("placeholders are filled in either language", "[i18n]")
{
    const Message m{tx("line {0}"), {"12"}};
    CHECK(m.render(Language::En) == "line 12");
    CHECK(m.render(Language::Nl) == "regel 12");
    CHECK(tr(Language::En, tx("{0} is valid: instrument {1} {2} with {3} statements, {4} ratings and {5} profile questions."),
             {"f", "i", "v", "1", "2", "3"}) == "f is valid: instrument i v with 1 statements, 2 ratings and 3 profile questions.");
    CHECK(languageFromCode("EN") == Language::En);
    CHECK_FALSE(languageFromCode("de"));
}

TEST_CASE("every text with a count has both forms, for 1 and for 2, in both languages", "[i18n]")
{
    const auto plurals = pluralPatterns();
    REQUIRE(plurals.size() >= 15);
    for (const auto& [one, many] : plurals) {
        INFO("\"" << one << "\" / \"" << many << "\"");
        const PluralKey key{one, many};
        // Each placeholder filled in with itself: the form as written.
        const std::vector<std::string> same{"{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}", "{7}", "{8}", "{9}"};
        const std::vector<std::string> args{"A", "B", "C", "D", "E", "F"};
        CHECK(tr(Language::En, key, 1, same) == one);
        CHECK(tr(Language::En, key, 2, same) == many);
        const auto nl1 = tr(Language::Nl, key, 1, same);
        const auto nl2 = tr(Language::Nl, key, 2, same);
        CHECK(nl1 != nl2);
        CHECK(placeholders(nl1) == placeholders(one));
        CHECK(placeholders(nl2) == placeholders(many));
        CHECK(tr(Language::Nl, key, 2, args).find("{") == std::string::npos);
    }
}

TEST_CASE("no text says a plural as a choice such as respondent(en) or probleem/problemen", "[i18n]")
{
    CHECK(test::hasPluralChoice("3 respondent(en)"));
    CHECK(test::hasPluralChoice("organisation(s)"));
    CHECK(test::hasPluralChoice("2 tegenstrijdigheid/-heden"));
    CHECK(test::hasPluralChoice("1 ziekenhuis/ziekenhuizen"));
    CHECK_FALSE(test::hasPluralChoice("RvB/MSB, weet niet / n.v.t., 0-100"));
    for (const auto en : translatedPatterns()) {
        INFO("\"" << en << "\"");
        CHECK_FALSE(test::hasPluralChoice(std::string(en)));
        CHECK_FALSE(test::hasPluralChoice(std::string(tr(Language::Nl, TextKey{en}))));
    }
    for (const auto& [one, many] : pluralPatterns())
        for (const unsigned long long n : {1ULL, 2ULL}) {
            CHECK_FALSE(test::hasPluralChoice(tr(Language::Nl, PluralKey{one, many}, n, {"1", "2", "3", "4", "5", "6"})));
            CHECK_FALSE(test::hasPluralChoice(tr(Language::En, PluralKey{one, many}, n, {"1", "2", "3", "4", "5", "6"})));
        }
}

TEST_CASE("dates are written as people write them, in either language", "[i18n]")
{
    CHECK(core::formatDate("2026-04-20", core::Language::Nl) == "20 april 2026");
    CHECK(core::formatDate("2026-04-20", core::Language::En) == "20 April 2026");
    CHECK(core::formatDate("2027-12-01", core::Language::Nl) == "1 december 2027");
    CHECK(core::formatDate("2026-05-09", core::Language::Nl) == "9 mei 2026");
    // What is not a date stays as it was.
    CHECK(core::formatDate("2026-02-30", core::Language::Nl) == "2026-02-30");
    CHECK(core::formatDate("voorjaar", core::Language::Nl) == "voorjaar");
    CHECK(core::formatDate("", core::Language::En).empty());
}
