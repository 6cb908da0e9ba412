#include "command_table.hpp"
#include "run.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <regex>
#include <set>
#include <iterator>
#include <sstream>
#include <vector>

using namespace cli;

namespace {
/// Whether `usage` names `word` as a whole word ("--top" is not in "--topics").
bool mentions(const std::string& usage, const std::string& word)
{
    for (auto at = usage.find(word); at != std::string::npos; at = usage.find(word, at + 1)) {
        const auto end = at + word.size();
        if (end == usage.size() || !(std::isalnum(static_cast<unsigned char>(usage[end])) || usage[end] == '-' || usage[end] == '_'))
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("each command's usage line names exactly the options its row declares", "[cli]")
{
    static const std::regex option(R"(--([a-z][a-z-]*))");
    for (const auto& command : commandTable()) {
        INFO(command.name);
        CHECK(std::string(command.usage).starts_with(command.name));
        std::set<std::string> declared;
        for (const auto& o : command.options) {
            INFO(o.name);
            declared.insert(o.key());
            // Every option is in the usage line: by name, or by its placeholder when it may be given without.
            CHECK(mentions(command.usage, o.shownName()));
        }
        const std::string usage = command.usage;
        for (auto it = std::sregex_iterator(usage.begin(), usage.end(), option); it != std::sregex_iterator(); ++it) {
            const std::string name = (*it)[1];
            INFO("--" << name);
            CHECK((declared.contains(name) || (command.documentFormat && name == "format") || (command.bothLanguages && name == "lang")));
        }
        // A row is reachable: its words parse to it, and its help is printed.
        std::istringstream words(command.name);
        std::vector<std::string> args{std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
        args.push_back("--help");
        std::ostringstream out;
        std::ostringstream err;
        CHECK(cli::main(args, out, err) == kOk);
        CHECK(out.str().find(command.usage) != std::string::npos);
    }
}

TEST_CASE("an option a command does not declare is a programming error, not an empty value", "[cli]")
{
    Arguments args(&findCommand("score")->options);
    CHECK(args.number("gap-threshold") == 15.0);
    CHECK_FALSE(args.id("assessment"));
    CHECK_THROWS_AS(args.text("output"), std::logic_error);
}
