#include "core/answer.hpp"
#include "core/text_util.hpp"

#include <catch2/catch.hpp>

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
