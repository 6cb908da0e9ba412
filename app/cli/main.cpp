#include "options.hpp"
#include "run.hpp"
#include "user_catalogue.hpp"

#include <iostream>

int main(int argc, char* argv[])
{
    // A translator's catalogue in the data folder replaces the built-in Dutch texts (docs/translating.md).
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (const auto refused = app::loadUserCatalogue(cli::languageOf(args)))
        std::cerr << "samenspel: " << *refused << "\n";
    return cli::main(args, std::cout, std::cerr);
}
