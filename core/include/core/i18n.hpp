#pragma once
// Language of user-facing text. Every translatable text is an English pattern marked with
// tx(); Dutch (the default) comes from the catalogue in src/catalogue_nl.cpp, and a test
// checks that every marked pattern in the sources has a translation.

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

/// An English text pattern marked for translation; placeholders are {0}, {1}, …
struct TextKey {
    std::string_view english;
};
constexpr TextKey tx(std::string_view english) { return TextKey{english}; }

/// The pattern in the given language, placeholders left as they are.
std::string_view tr(Language lang, TextKey key);
/// The pattern in the given language with {0}, {1}, … replaced by args.
std::string tr(Language lang, TextKey key, const std::vector<std::string>& args);

/// A number with fixed decimals as people read it: "0,75" in Dutch, "0.75" in English.
std::string formatNumber(double v, int decimals, Language lang);

/// A text in both languages, as authored in data files.
struct LocalText {
    std::string nl;
    std::string en;
    const std::string& in(Language lang) const { return lang == Language::Nl ? nl : en; }
    bool operator==(const LocalText&) const = default;
};

/// A translatable message with its arguments, rendered when the language is known.
struct Message {
    TextKey key;
    std::vector<std::string> args;
    std::string render(Language lang) const { return tr(lang, key, args); }
};

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
    InvalidData(TextKey headline, std::string source, std::vector<DataProblem> problems);
    const std::string& source() const { return m_source; }
    const std::vector<DataProblem>& problems() const { return m_problems; }
    /// The headline, then one line per problem.
    std::string describe(Language lang) const;

private:
    std::string m_source;
    std::vector<DataProblem> m_problems;
};

/// All English patterns with a Dutch translation (for the completeness test).
std::vector<std::string_view> translatedPatterns();

} // namespace core
