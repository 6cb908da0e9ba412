#pragma once
// Language of user-facing text. Every translatable text is an English pattern marked with tx()
// (txn() for a text with a count, txc() for one in a context); Dutch (the default) comes from the
// gettext catalogue po/nl.po, compiled in at build time (docs/translating.md). A test checks that
// every marked pattern in the sources has a translation.

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class Language { Nl, En };

std::string_view code(Language lang);
/// "nl" or "en" (case-insensitive); anything else is nullopt.
std::optional<Language> languageFromCode(std::string_view code);

/// An English text pattern marked for translation; placeholders are {0}, {1}, … A context tells
/// apart one English text that needs two translations (gettext's msgctxt).
struct TextKey {
    std::string_view english;
    std::string_view context = {};
};
constexpr TextKey tx(std::string_view english) { return TextKey{english, {}}; }
constexpr TextKey txc(std::string_view context, std::string_view english) { return TextKey{english, context}; }

/// A text whose form depends on a count: "{0} respondent" / "{0} respondents" in English; as many
/// forms as the language's plural rule has in the catalogue.
struct PluralKey {
    std::string_view singular;
    std::string_view plural;
};
constexpr PluralKey txn(std::string_view singular, std::string_view plural) { return PluralKey{singular, plural}; }

/// The pattern in the given language, placeholders left as they are.
std::string_view tr(Language lang, TextKey key);
/// The pattern in the given language with {0}, {1}, … replaced by args.
std::string tr(Language lang, TextKey key, const std::vector<std::string>& args);
/// The form for the count n, with {0}, {1}, … replaced by args (the count is usually {0}).
std::string tr(Language lang, PluralKey key, unsigned long long n, const std::vector<std::string>& args);


/// A number with fixed decimals as people read it: "0,75" in Dutch, "0.75" in English.
std::string formatNumber(double v, int decimals, Language lang);
/// A whole euro amount as a board member reads it: "€ 1.234.567" in Dutch, "€1,234,567" in English;
/// negative amounts get "-", with `withPlus` positive ones get "+".
std::string formatMoney(double amount, Language lang, bool withPlus = false);
/// A date as people write it: "20 april 2026" in Dutch, "20 April 2026" in English. Text that is
/// not a date written YYYY-MM-DD comes back as it is.
std::string formatDate(std::string_view iso, Language lang);

/// A text in both languages, as authored in data files.
struct LocalText {
    std::string nl;
    std::string en;
    const std::string& in(Language lang) const { return lang == Language::Nl ? nl : en; }
    bool operator==(const LocalText&) const = default;
};

/// A translatable message with its arguments, rendered when the language is known. With a plural
/// pattern it takes the form for `count` (see counted()).
struct Message {
    TextKey key;
    std::vector<std::string> args;
    std::string_view plural = {};
    unsigned long long count = 1;
    std::string render(Language lang) const
    {
        return plural.empty() ? tr(lang, key, args) : tr(lang, PluralKey{key.english, plural}, count, args);
    }
};
/// A message whose form depends on the count n.
inline Message counted(PluralKey key, unsigned long long n, std::vector<std::string> args)
{
    return Message{TextKey{key.singular, {}}, std::move(args), key.plural, n};
}

/// Replaces the compiled-in catalogue of `lang` with a compiled gettext catalogue (a .mo file's
/// bytes), as the programs do at start-up when the user's data folder has one. Call it before any
/// text is looked up. Returns why the catalogue was refused, or nullopt when it is used.
std::optional<Message> useCatalogue(Language lang, std::string moBytes);

/// Base of the domain's exceptions: what() is English, message() renders in any language.
class Error : public std::runtime_error {
public:
    explicit Error(Message message);
    const Message& message() const noexcept { return m_message; }

private:
    Message m_message;
};

/// One thing wrong in a data file: where (e.g. "items[3] strategy.03") and what.
struct DataProblem {
    std::string where;
    Message what;
};

/// A data file refused as a whole, with every problem found (not just the first).
class InvalidData : public Error {
public:
    /// `headline` has {0} for the source and {1} for the number of problems.
    InvalidData(PluralKey headline, std::string source, std::vector<DataProblem> problems);
    const std::string& source() const { return m_source; }
    const std::vector<DataProblem>& problems() const { return m_problems; }
    /// The headline, then one line per problem.
    std::string describe(Language lang) const;

private:
    std::string m_source;
    std::vector<DataProblem> m_problems;
};

/// All English patterns with a Dutch translation, a context as "context\x04pattern" (for the
/// completeness test).
std::vector<std::string_view> translatedPatterns();

} // namespace core
