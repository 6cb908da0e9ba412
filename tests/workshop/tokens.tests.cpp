#include "rate_limiter.hpp"
#include "tokens.hpp"

#include <catch2/catch.hpp>

#include <set>

TEST_CASE("tokens are 128 random bits in 22 URL-safe characters, and never repeat", "[workshop][security]")
{
    std::set<std::string> seen;
    std::array<int, 64> counts{};
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 2000; ++i) {
        const auto token = workshop::randomToken();
        REQUIRE(token.size() == 22);
        CHECK(seen.insert(token).second);
        for (std::size_t j = 0; j < 21; ++j) { // the last character carries 2 bits only
            const auto at = alphabet.find(token[j]);
            REQUIRE(at != std::string::npos);
            ++counts[at];
        }
    }
    // 42,000 characters over 64 symbols: about 656 each; a stuck or skewed source is far off.
    for (const int c : counts) {
        CHECK(c > 450);
        CHECK(c < 900);
    }
}

TEST_CASE("a short code is read as people type it", "[workshop]")
{
    const auto code = workshop::shortCode();
    REQUIRE(code.size() == 8);
    CHECK(workshop::normalisedShortCode(code) == code);
    CHECK(workshop::normalisedShortCode("4f7k-9qx2") == "4F7K9QX2");
    CHECK(workshop::normalisedShortCode(" 4F7K 9QX2 ") == "4F7K9QX2");
    CHECK(workshop::normalisedShortCode("4F7K-9QX") == "");   // too short
    CHECK(workshop::normalisedShortCode("4F7K-9QX22") == ""); // too long
    CHECK(workshop::normalisedShortCode("4F7K-9QXO") == "");  // O is never used (it looks like 0)
    CHECK(workshop::normalisedShortCode("4F7K/9QX2") == "");
    CHECK(workshop::sameSecret("abc", "abc"));
    CHECK_FALSE(workshop::sameSecret("abc", "abd"));
    CHECK_FALSE(workshop::sameSecret("abc", "abcd"));
}

TEST_CASE("a token bucket allows a burst, then the rate", "[workshop]")
{
    workshop::TokenBucket bucket(3, 1);
    const auto t0 = workshop::TokenBucket::Clock::now();
    CHECK(bucket.take(t0));
    CHECK(bucket.take(t0));
    CHECK(bucket.take(t0));
    CHECK_FALSE(bucket.take(t0));
    CHECK_FALSE(bucket.take(t0 + std::chrono::milliseconds(500)));
    CHECK(bucket.take(t0 + std::chrono::milliseconds(1600)));
    CHECK_FALSE(bucket.take(t0 + std::chrono::milliseconds(1700)));
    CHECK(bucket.take(t0 + std::chrono::seconds(60)));
    workshop::RateLimiter perPhone(2, 1);
    CHECK(perPhone.allow("a", t0));
    CHECK(perPhone.allow("a", t0));
    CHECK_FALSE(perPhone.allow("a", t0));
    CHECK(perPhone.allow("b", t0)); // another key has its own bucket
}
