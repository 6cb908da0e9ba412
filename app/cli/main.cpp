#include "run.hpp"

#include <iostream>

int main(int argc, char* argv[])
{
    return cli::main(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
