#include "core/text/i18n.hpp"

#include "core/text/text_util.hpp"
#include "text/message_catalogue.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace core {

std::string_view builtinDutchCatalogue(); // po/nl.po, compiled by msgfmt and embedded by CMake

namespace {

std::unique_ptr<detail::MessageCatalogue>& dutchSlot()
{
    static std::unique_ptr<detail::MessageCatalogue> catalogue = [] {
        Message error{TextKey{}, {}};
        auto read = detail::MessageCatalogue::read(std::string(builtinDutchCatalogue()), error);
        if (!read) // msgfmt wrote it at build time: this is a build error, not a user's
            throw std::logic_error("the compiled-in Dutch catalogue does not read: " + std::string(error.key.english));
        return read;
    }();
    return catalogue;
}

const detail::MessageCatalogue& dutch() { return *dutchSlot(); }

std::string substitute(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < args.size())
                out += args[index];
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

} // namespace

std::string_view code(Language lang) { return lang == Language::Nl ? "nl" : "en"; }

std::optional<Language> languageFromCode(std::string_view c)
{
    const auto lower = toLowerAscii(trim(c));
    if (lower == "nl")
        return Language::Nl;
    if (lower == "en")
        return Language::En;
    return std::nullopt;
}

std::string_view tr(Language lang, TextKey key)
{
    if (lang == Language::En)
        return key.english;
    return dutch().find(key.context, key.english).value_or(key.english);
}

std::string tr(Language lang, TextKey key, const std::vector<std::string>& args)
{
    return substitute(tr(lang, key), args);
}

std::string tr(Language lang, PluralKey key, unsigned long long n, const std::vector<std::string>& args)
{
    const std::string_view english = n == 1 ? key.singular : key.plural;
    if (lang == Language::En)
        return substitute(english, args);
    return substitute(dutch().find({}, key.singular, n).value_or(english), args);
}

std::optional<Message> useCatalogue(Language lang, std::string moBytes)
{
    if (lang == Language::En)
        return Message{tx("English is the source language: it has no catalogue"), {}};
    Message error{TextKey{}, {}};
    auto read = detail::MessageCatalogue::read(std::move(moBytes), error);
    if (!read)
        return error;
    dutchSlot() = std::move(read);
    return std::nullopt;
}

std::string formatNumber(double v, int decimals, Language lang)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    std::string out = buffer;
    if (out == "-0" || out.find_first_not_of("-0.") == std::string::npos)
        out.erase(0, out[0] == '-' ? 1 : 0); // no "-0"
    if (lang == Language::Nl)
        for (char& c : out)
            if (c == '.')
                c = ',';
    return out;
}

std::string formatMoney(double amount, Language lang, bool withPlus)
{
    const char group = lang == Language::Nl ? '.' : ',';
    const auto whole = static_cast<long long>(std::llround(std::abs(amount)));
    const std::string digits = std::to_string(whole);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += group;
        grouped += digits[i];
    }
    const std::string sign = whole == 0 ? "" : amount < 0 ? "-" : withPlus ? "+" : "";
    return lang == Language::Nl ? sign + "€ " + grouped : sign + "€" + grouped;
}

std::string formatDate(std::string_view iso, Language lang)
{
    if (!isIsoDate(iso))
        return std::string(iso);
    static const std::array<TextKey, 12> months{tx("January"), tx("February"), tx("March"),     tx("April"),
                                                tx("May"),     tx("June"),     tx("July"),      tx("August"),
                                                tx("September"), tx("October"), tx("November"), tx("December")};
    const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
    const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
    return std::to_string(day) + " " + std::string(tr(lang, months[static_cast<std::size_t>(month - 1)])) + " " +
           std::string(iso.substr(0, 4));
}

Error::Error(Message message)
    : std::runtime_error(message.render(Language::En)), m_message(std::move(message))
{
}

InvalidData::InvalidData(PluralKey headline, std::string source, std::vector<DataProblem> problems)
    : Error(counted(headline, problems.size(), {source, std::to_string(problems.size())})), m_source(std::move(source)),
      m_problems(std::move(problems))
{
}

std::string InvalidData::describe(Language lang) const
{
    std::string out = message().render(lang);
    for (const auto& p : m_problems)
        out += "\n  " + (p.where.empty() ? std::string() : p.where + ": ") + p.what.render(lang);
    return out;
}

std::vector<std::string_view> translatedPatterns() { return dutch().ids(); }

} // namespace core
