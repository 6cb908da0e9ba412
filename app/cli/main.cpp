#include "run.hpp"
#include "user_catalogue.hpp"

#include <iostream>

int main(int argc, char* argv[])
{
    // A translator's catalogue in the data folder replaces the built-in Dutch texts (docs/translating.md).
    if (const auto refused = app::loadUserCatalogue(core::Language::Nl))
        std::cerr << "samenspel: " << *refused << "\n";
    return cli::main(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
