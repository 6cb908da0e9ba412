#include "core/i18n.hpp"

#include "catalogue_nl.hpp"
#include "core/text_util.hpp"

#include <cstdio>
#include <unordered_map>

namespace core {
namespace {

const std::unordered_map<std::string_view, std::string_view>& dutch()
{
    static const auto map = [] {
        std::unordered_map<std::string_view, std::string_view> m;
        for (const auto& entry : catalogueNl())
            m.emplace(entry.en, entry.nl);
        return m;
    }();
    return map;
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
    const auto it = dutch().find(key.english);
    return it == dutch().end() ? key.english : it->second;
}

std::string tr(Language lang, TextKey key, const std::vector<std::string>& args)
{
    const std::string_view pattern = tr(lang, key);
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

Error::Error(Message message)
    : std::runtime_error(message.render(Language::En)), m_message(std::move(message))
{
}

InvalidData::InvalidData(TextKey headline, std::string source, std::vector<DataProblem> problems)
    : Error(Message{headline, {source, std::to_string(problems.size())}}), m_source(std::move(source)),
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

std::vector<std::string_view> translatedPatterns()
{
    std::vector<std::string_view> out;
    for (const auto& entry : catalogueNl())
        out.push_back(entry.en);
    return out;
}

} // namespace core
