#pragma once
// "respondent(en)", "scenario('s)", "probleem/problemen", "tegenstrijdigheid/-heden": a plural
// written as a choice instead of the form that fits the count. Tests look for it in every text of
// the catalogue and in what the demo's outputs say.

#include <regex>
#include <string>

namespace test {

inline bool hasPluralChoice(const std::string& text)
{
    static const std::regex choice(R"re([A-Za-z](\((s|en|n|e|'s)\))|/-[a-z]|\b([a-z]{4})[a-z]*/\3[a-z]*)re");
    return std::regex_search(text, choice);
}

} // namespace test
