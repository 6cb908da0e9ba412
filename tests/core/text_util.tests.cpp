#include "core/answers/answer.hpp"
#include "core/text/text_util.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

using namespace core;

TEST_CASE("whole numbers as spreadsheets write them", "[core][text]")
{
    long long n = 0;
    CHECK((parseWholeNumber("4", n) && n == 4));
    CHECK((parseWholeNumber(" 4 ", n) && n == 4));
    CHECK((parseWholeNumber("4,0", n) && n == 4));
    CHECK((parseWholeNumber("4.00", n) && n == 4));
    CHECK((parseWholeNumber("-2", n) && n == -2));
    CHECK_FALSE(parseWholeNumber("4,5", n));
    CHECK_FALSE(parseWholeNumber("+4", n));
    CHECK_FALSE(parseWholeNumber("4a", n));
    CHECK_FALSE(parseWholeNumber("", n));
    CHECK_FALSE(parseWholeNumber(",0", n));
    CHECK_FALSE(parseWholeNumber("1.000", n)); // a thousand or one: cannot be told
    CHECK_FALSE(parseWholeNumber("1,000", n));
    CHECK((parseWholeNumber("1000", n) && n == 1000));
}

TEST_CASE("UTF-8 validation and the Windows-1252 fallback", "[core][text]")
{
    CHECK(isValidUtf8("cliëntenraad"));
    CHECK(isValidUtf8("€"));
    CHECK_FALSE(isValidUtf8("cli\xEBntenraad"));
    CHECK_FALSE(isValidUtf8("\xC3"));         // truncated
    CHECK_FALSE(isValidUtf8("\xC0\x80"));     // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80")); // surrogate
    CHECK(windows1252ToUtf8("cli\xEBnt \x80") == "cliënt €");
}

TEST_CASE("dates and the texts that mean no answer", "[core][text]")
{
    CHECK(isIsoDate("2026-02-28"));
    CHECK(isIsoDate("2024-02-29"));
    CHECK_FALSE(isIsoDate("2026-02-29"));
    CHECK_FALSE(isIsoDate("2026-13-01"));
    CHECK_FALSE(isIsoDate("26-01-01"));
    CHECK_FALSE(isIsoDate("2026/01/01"));
    for (const char* t : {"", "  ", "weet niet", "Weet Niet", "n.v.t.", "NVT", "NA", "n/a", "don't know"})
        CHECK(meansNoAnswer(t));
    for (const char* t : {"0", "nee", "3"})
        CHECK_FALSE(meansNoAnswer(t));
}

TEST_CASE("values in messages are short and every character in them is visible", "[core][text]")
{
    CHECK(visibleText("R01") == "R01");
    CHECK(visibleText("cliëntenraad") == "cliëntenraad");
    CHECK(visibleText("a\tb\r\nc") == "a<U+0009>b<U+000D><U+000A>c");
    CHECK(visibleText("\xEF\xBB\xBFR01") == "<U+FEFF>R01");
    CHECK(visibleText("R\xE2\x80\x8B" "01") == "R<U+200B>01");     // zero-width space
    CHECK(visibleText("\xE2\x80\xAE" "10R") == "<U+202E>10R");     // right-to-left override
    CHECK(visibleText("1\xC2\xA0" "000") == "1<U+00A0>000");       // no-break space
    CHECK(visibleText(std::string("a\0b", 3)) == "a<U+0000>b");
    CHECK(visibleText("\x7F") == "<U+007F>");
    CHECK(visibleText("R\xFF" "1") == "R\xEF\xBF\xBD" "1"); // not UTF-8: the replacement character
    const std::string forty(40, '9');
    CHECK(visibleText(forty) == forty);
    CHECK(visibleText(std::string(300, '9')) == forty + "\xE2\x80\xA6");
    std::string accents;
    for (int i = 0; i < 45; ++i)
        accents += "é";
    CHECK(visibleText(accents) == accents.substr(0, 80) + "\xE2\x80\xA6"); // characters, not bytes
    CHECK(visibleText("abcdef", 3) == "abc\xE2\x80\xA6");
}

TEST_CASE("codes are checked as the regular expressions did, on every short string", "[core][text][fuzz]")
{
    // The one-pass check replaced these patterns; on short strings std::regex is a fine reference.
    const std::regex dotted("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    const std::regex plain("[a-z][a-z0-9_]*");
    std::vector<std::string> strings{""};
    for (std::size_t length = 1, from = 0; length <= 4; ++length) {
        const std::size_t to = strings.size();
        for (std::size_t i = from; i < to; ++i)
            for (const char c : std::string_view("az0_.A-"))
                strings.push_back(strings[i] + c);
        from = to;
    }
    for (const auto& s : strings) {
        INFO(s);
        CHECK(isDataCode(s, true) == std::regex_match(s, dotted));
        CHECK(isDataCode(s, false) == std::regex_match(s, plain));
    }
}
