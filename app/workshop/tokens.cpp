#include "tokens.hpp"

#include "core/text/i18n.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <stdexcept>
#include <sys/random.h>

namespace workshop {

namespace {

constexpr std::string_view kShortAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // 30 symbols, no look-alikes
constexpr std::size_t kShortLength = 8;

void fillRandom(unsigned char* out, std::size_t size)
{
    // getrandom(2) blocks only before the kernel's pool is first initialised, long before a
    // desktop session; a short read is retried.
    while (size > 0) {
        const auto got = ::getrandom(out, size, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw std::runtime_error("the system's random source is not available");
        }
        out += got;
        size -= static_cast<std::size_t>(got);
    }
}

} // namespace

std::string randomToken()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::array<unsigned char, 16> bytes{};
    fillRandom(bytes.data(), bytes.size());
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const auto b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kAlphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0)
        out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

std::string shortCode()
{
    std::string out;
    while (out.size() < kShortLength) {
        unsigned char b = 0;
        fillRandom(&b, 1);
        // Rejection keeps every symbol equally likely: 240 is the largest multiple of 30 below 256.
        if (b < 240)
            out += kShortAlphabet[b % kShortAlphabet.size()];
    }
    return out;
}

std::string normalisedShortCode(std::string_view typed)
{
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (kShortAlphabet.find(c) == std::string_view::npos || out.size() == kShortLength)
            return {};
        out += c;
    }
    return out.size() == kShortLength ? out : std::string();
}

bool sameSecret(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i])));
    return diff == 0;
}

} // namespace workshop
