#include "core/text/text_util.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace core {

std::string_view trim(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string joinList(const std::vector<std::string>& items, std::string_view separator)
{
    std::string out;
    for (const auto& item : items) {
        if (&item != &items.front())
            out += separator;
        out += item;
    }
    return out;
}

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {

/// Decodes the code point at s[i] and moves i past it; false (i unchanged) when the bytes there
/// are not well-formed UTF-8.
bool decodeUtf8(std::string_view s, std::size_t& i, unsigned& cp)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    unsigned min = 0;
    if (c < 0x80) {
        cp = c;
        ++i;
        return true;
    }
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        min = 0x10000;
    } else {
        return false;
    }
    if (i + extra >= s.size())
        return false;
    unsigned value = c & (0x3Fu >> extra);
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80)
            return false;
        value = (value << 6) | (cc & 0x3Fu);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return false;
    cp = value;
    i += extra + 1;
    return true;
}

} // namespace

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    unsigned cp = 0;
    while (i < s.size())
        if (!decodeUtf8(s, i, cp))
            return false;
    return true;
}

bool isOneLineText(std::string_view s, std::size_t maxCharacters)
{
    std::size_t i = 0;
    std::size_t characters = 0;
    unsigned cp = 0;
    while (i < s.size()) {
        if (!decodeUtf8(s, i, cp) || ++characters > maxCharacters)
            return false;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
            return false;
    }
    return characters > 0;
}

std::string utf16Kind(std::string_view start)
{
    if (start.starts_with("\xFF\xFE"))
        return "UTF-16LE";
    if (start.starts_with("\xFE\xFF"))
        return "UTF-16BE";
    const std::size_t pairs = std::min<std::size_t>(start.size() / 2, 256);
    std::size_t little = 0;
    std::size_t big = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        const bool first = start[2 * i] == '\0';
        const bool second = start[2 * i + 1] == '\0';
        if (second && !first)
            ++little;
        else if (first && !second)
            ++big;
    }
    if (pairs > 0 && little * 4 >= pairs * 3)
        return "UTF-16LE";
    if (pairs > 0 && big * 4 >= pairs * 3)
        return "UTF-16BE";
    return {};
}

namespace {
void appendUtf8(std::string& out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Code points for bytes 0x80-0x9F in Windows-1252; the five undefined bytes map to U+FFFD.
constexpr std::array<unsigned, 32> kCp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
} // namespace

std::string windows1252ToUtf8(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + s.size() / 4);
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 && c <= 0x9F)
            appendUtf8(out, kCp1252High[c - 0x80]);
        else
            appendUtf8(out, c);
    }
    return out;
}

namespace {
/// Characters that show as nothing, look like a plain space, or move the text around them:
/// controls, other spaces, zero-width and direction marks, the byte-order mark, variation
/// selectors and tags.
bool invisible(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD || cp == 0x34F || cp == 0x61C || cp == 0x180E ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
           (cp >= 0xE0000 && cp <= 0xE01EF);
}
} // namespace

std::string visibleText(std::string_view s, std::size_t maxCharacters)
{
    std::string out;
    std::size_t shown = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        if (shown == maxCharacters)
            return out + "\u2026";
        const std::size_t start = i;
        unsigned cp = 0;
        if (!decodeUtf8(s, i, cp)) {
            out += "\uFFFD";
            ++i;
        } else if (invisible(cp)) {
            char code[16];
            std::snprintf(code, sizeof code, "<U+%04X>", cp);
            out += code;
        } else {
            out += s.substr(start, i - start);
        }
        ++shown;
    }
    return out;
}

bool isDataCode(std::string_view s, bool dotted)
{
    if (s.empty() || s[0] < 'a' || s[0] > 'z')
        return false;
    bool afterDot = false;
    for (const char c : s.substr(1)) {
        if (c == '.') {
            if (!dotted || afterDot)
                return false;
            afterDot = true;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
            afterDot = false;
        } else {
            return false;
        }
    }
    return !afterDot;
}

bool parseWholeNumber(std::string_view s, long long& out)
{
    s = trim(s);
    if (s.empty())
        return false;
    const auto sep = s.find_first_of(".,");
    std::string_view whole = s.substr(0, sep);
    if (sep != std::string_view::npos) {
        const auto fraction = s.substr(sep + 1);
        // "1.000" is a thousand in a Dutch spreadsheet and one in an English one: refuse it.
        if (fraction.empty() || fraction.size() == 3 || fraction.find_first_not_of('0') != std::string_view::npos)
            return false;
    }
    if (whole.empty() || whole.front() == '+')
        return false;
    const auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), out);
    return ec == std::errc{} && end == whole.data() + whole.size();
}

} // namespace core

#include <chrono>

namespace core {
bool isIsoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    long long y = 0;
    long long m = 0;
    long long d = 0;
    const auto digits = [](std::string_view part) { return part.find_first_not_of("0123456789") == std::string_view::npos; };
    if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2)))
        return false;
    parseWholeNumber(s.substr(0, 4), y);
    parseWholeNumber(s.substr(5, 2), m);
    parseWholeNumber(s.substr(8, 2), d);
    const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(y)},
                                           std::chrono::month{static_cast<unsigned>(m)},
                                           std::chrono::day{static_cast<unsigned>(d)}};
    return date.ok();
}
std::string todayIso()
{
    // The calendar of <chrono>, not gmtime_r: core stays free of platform calls (docs/windows.md).
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(today.year()), static_cast<unsigned>(today.month()),
                  static_cast<unsigned>(today.day()));
    return buffer;
}

} // namespace core

namespace core {

std::string safeFileName(std::string_view text)
{
    std::string safe;
    for (const char c : text) {
        const auto ch = static_cast<unsigned char>(c);
        if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || ch >= 0x80)
            safe += c;
        else if (ch >= 'A' && ch <= 'Z')
            safe += static_cast<char>(ch - 'A' + 'a');
        else if (!safe.empty() && safe.back() != '-')
            safe += '-';
    }
    while (!safe.empty() && safe.back() == '-')
        safe.pop_back();
    return safe;
}

} // namespace core
