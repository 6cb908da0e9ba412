#include "man_page.hpp"

#include "command_table.hpp"
#include "option_descriptions.hpp"

#include <boost/program_options.hpp>

#include <sstream>

namespace cli {
namespace po = boost::program_options;
using core::Language;
using core::tr;
using core::tx;

namespace {

/// Text as roff prints it literally: a backslash is \e, a minus (options, usage) \-, and a line
/// that would start with a control character gets \& in front.
std::string roff(std::string_view text, bool minus = false)
{
    std::string out;
    for (const char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-' && minus)
            out += "\\-";
        else if (c == '\n')
            out += "\n.br\n";
        else
            out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

/// One option as a tagged paragraph: "-o, --output FILE", then its help.
void option(std::ostream& out, const po::option_description& o)
{
    const std::string shortName = o.canonical_display_name(po::command_line_style::allow_dash_for_short);
    out << ".TP\n";
    if (shortName.starts_with("-") && shortName.size() == 2)
        out << "\\fB" << roff(shortName, true) << "\\fR, ";
    out << "\\fB\\-\\-" << roff(o.long_name(), true) << "\\fR";
    if (const auto parameter = o.format_parameter(); !parameter.empty())
        out << " \\fI" << roff(parameter, true) << "\\fR";
    out << "\n" << roff(o.description()) << "\n";
}

void options(std::ostream& out, const po::options_description& d)
{
    for (const auto& o : d.options())
        option(out, *o);
}

void heading(std::ostream& out, Language lang, core::TextKey text)
{
    out << ".SH \"" << tr(lang, text) << "\"\n";
}

void variable(std::ostream& out, const char* name, std::string_view text)
{
    out << ".TP\n.B " << name << "\n" << roff(text) << "\n";
}

} // namespace

std::string manPage(Language lang, std::string_view date, std::string_view version)
{
    std::ostringstream out;
    out << ".\\\" " << tr(lang, tx("Written by samenspel-manpage from the command table; do not edit.")) << "\n"
        << ".TH SAMENSPEL 1 \"" << date << "\" \"samenspel " << version << "\" \"" << tr(lang, tx("Samenspel manual")) << "\"\n"
        << ".nh\n.ad l\n"; // options and file names are not hyphenated or stretched
    heading(out, lang, tx("NAME"));
    out << "samenspel \\- " << roff(tr(lang, tx("measure how aligned the executive board and the medical specialists of a hospital are")))
        << "\n";
    heading(out, lang, tx("SYNOPSIS"));
    out << ".B samenspel\n[\\fI" << roff(tr(lang, tx("OPTIONS")), true) << "\\fR] \\fI" << roff(tr(lang, tx("COMMAND")), true)
        << "\\fR [\\fI" << roff(tr(lang, tx("ARGUMENTS")), true) << "\\fR]\n";
    heading(out, lang, tx("DESCRIPTION"));
    out << roff(tr(lang, tx("Samenspel: measure how aligned (gelijkgericht) the executive board and the medical specialists are."))) << "\n.PP\n"
        << roff(tr(lang, tx("Everyone answers one questionnaire (the seven elements of the 7S model and the five themes of the right care in the "
                            "right place); samenspel scores it per element, theme and party, and shows where and between whom views diverge. "
                            "A party with fewer respondents than the round's anonymity threshold is never shown.")))
        << "\n.PP\n"
        << roff(tr(lang, tx("The desktop program samenspel-gui(1) opens the same files."))) << "\n";
    heading(out, lang, tx("GENERAL OPTIONS"));
    options(out, globalOptions(lang));
    heading(out, lang, tx("COMMANDS"));
    for (const auto& c : commandTable()) {
        out << ".SS \"" << roff(c.name, true) << "\"\n"
            << roff(tr(lang, c.summary)) << "\n.PP\n"
            << ".B samenspel\n" << roff(c.usage, true) << "\n";
        options(out, commandOptions(&c, lang));
    }
    heading(out, lang, tx("ENVIRONMENT"));
    variable(out, "SAMENSPEL_DB", tr(lang, tx("the database file when --db is not given")));
    variable(out, "SAMENSPEL_LANG", tr(lang, tx("the language (nl or en) when --lang is not given")));
    variable(out, "XDG_DATA_HOME",
             tr(lang, tx("the user data folder (default ~/.local/share); its folder samenspel holds the default "
                         "database, samenspel.samenspel, and a translator's catalogue, locale/nl.mo")));
    heading(out, lang, tx("EXIT STATUS"));
    for (const auto& e : exitCodeTexts())
        out << ".TP\n.B " << e.code << "\n" << roff(tr(lang, e.meaning)) << "\n";
    heading(out, lang, tx("SEE ALSO"));
    out << ".BR samenspel\\-gui (1)\n";
    return out.str();
}

} // namespace cli
