// samenspel-manpage LANG DATE VERSION FILE: writes samenspel(1) in nl or en to FILE. Run by the
// build (packaging/CMakeLists.txt); not installed.
#include "man_page.hpp"

#include <fstream>
#include <iostream>

int main(int argc, char* argv[])
{
    const auto lang = argc == 5 ? core::languageFromCode(argv[1]) : std::nullopt;
    if (!lang) {
        std::cerr << "usage: samenspel-manpage nl|en YYYY-MM-DD VERSION FILE\n";
        return 2;
    }
    std::ofstream out(argv[4], std::ios::binary | std::ios::trunc);
    out << cli::manPage(*lang, argv[2], argv[3]);
    out.close();
    if (!out) {
        std::cerr << "samenspel-manpage: cannot write " << argv[4] << "\n";
        return 1;
    }
    return 0;
}
