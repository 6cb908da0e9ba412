#include "core/i18n.hpp"
#include "source_scan.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace core;

namespace {

/// Every pattern marked with tx("…"), and every singular of txn("…", "…"), in the sources
/// (adjacent literals joined, escapes undone).
std::map<std::string, std::string> markedPatterns()
{
    static const std::regex call(R"re(\btxn?\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)])re");
    static const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
    std::map<std::string, std::string> out; // pattern -> first file
    for (const auto& file : test::sources({"core", "db", "reports", "app"})) {
        for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), call); it != std::sregex_iterator(); ++it) {
            const std::string group = (*it)[1];
            std::string pattern;
            for (auto p = std::sregex_iterator(group.begin(), group.end(), literal); p != std::sregex_iterator(); ++p) {
                const std::string piece = (*p)[1];
                for (std::size_t i = 0; i < piece.size(); ++i) {
                    if (piece[i] == '\\' && i + 1 < piece.size()) {
                        const char next = piece[++i];
                        pattern += next == 'n' ? '\n' : next == 't' ? '\t' : next;
                    } else {
                        pattern += piece[i];
                    }
                }
            }
            out.emplace(pattern, file.path);
        }
    }
    return out;
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
