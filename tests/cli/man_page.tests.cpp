#include "command_table.hpp"
#include "man_page.hpp"

#include "core/text/i18n.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <string_view>

using namespace cli;
using core::Language;

namespace {
/// A name as the page writes it in roff: every minus escaped.
std::string escaped(const std::string& name)
{
    std::string out;
    for (const char c : name)
        out += c == '-' ? std::string("\\-") : std::string(1, c);
    return out;
}

bool has(const std::string& page, std::string_view text)
{
    return page.find(text) != std::string::npos;
}
} // namespace

TEST_CASE("the manual page names every command and every option of the command table, in both languages", "[cli][man]")
{
    for (const auto lang : {Language::En, Language::Nl}) {
        const std::string page = manPage(lang, "2026-12-01", "9.8.7");
        INFO(std::string(core::code(lang)));
        CHECK(page.starts_with(".\\\""));
        CHECK(has(page, ".TH SAMENSPEL 1 \"2026-12-01\" \"samenspel 9.8.7\""));
        for (const auto& command : commandTable()) {
            INFO(command.name);
            CHECK(has(page, ".SS \"" + escaped(command.name) + "\"\n"));
            CHECK(has(page, core::tr(lang, command.summary)));
            for (const auto& o : command.options)
                CHECK(has(page, "\\fB\\-\\-" + escaped(o.key()) + "\\fR"));
        }
        for (const char* general : {"db", "lang", "format", "help", "version"})
            CHECK(has(page, "\\fB\\-\\-" + std::string(general) + "\\fR"));
        CHECK(has(page, "\\fB\\-o\\fR, \\fB\\-\\-output\\fR \\fIFILE\\fR"));
        CHECK(has(page, ".TP\n.B 4\n"));
    }
}

TEST_CASE("the manual page's headings and texts follow the language; the NAME line is what whatis reads", "[cli][man]")
{
    const std::string en = manPage(Language::En, "2026-12-01", "1");
    const std::string nl = manPage(Language::Nl, "2026-12-01", "1");
    CHECK(has(en, ".SH \"NAME\"\nsamenspel \\- measure how aligned"));
    CHECK(has(nl, ".SH \"NAAM\"\nsamenspel \\- meten hoe gelijkgericht"));
    CHECK(has(en, ".SH \"EXIT STATUS\""));
    CHECK(has(nl, ".SH \"AFSLUITCODES\""));
    CHECK(has(nl, ".TP\n.B 0\ngelukt\n"));
    CHECK(has(nl, "geen bruikbare database"));
    CHECK_FALSE(has(nl, ".SH \"COMMANDS\""));
}

TEST_CASE("no line of the manual page starts a request by accident", "[cli][man]")
{
    // Every line that starts with "." or "'" must be one of the requests the page writes itself;
    // a help text starting with a dot would otherwise be read as an unknown request.
    std::istringstream lines(manPage(Language::En, "2026-12-01", "1"));
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with(".") && !line.starts_with("'"))
            continue;
        INFO(line);
        const auto request = line.substr(0, line.find(' '));
        CHECK((request == ".\\\"" || request == ".TH" || request == ".SH" || request == ".SS" || request == ".TP" ||
               request == ".PP" || request == ".B" || request == ".BR" || request == ".br" || request == ".nh" || request == ".ad"));
    }
}
