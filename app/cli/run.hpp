#pragma once
// Running samenspel: parse, run the command, turn every failure into a message and an exit code.

#include "options.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace cli {

/// Runs a parsed command; throws on failure.
int run(const Options& options, std::ostream& out, std::ostream& err);

/// The whole program: never throws; returns the exit code (see ExitCode).
int main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cli
