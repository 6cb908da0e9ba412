#pragma once
// Reading a whole text file (a JSON file, a catalogue overlay, a CSV for a preview) with the
// same plain messages in the command line and the desktop program.

#include <cstddef>
#include <fstream>
#include <limits>
#include <string>

namespace app {

/// The file opened for reading in binary; throws core::Error naming it when it is a folder, is not
/// there, or cannot be opened.
std::ifstream openInputFile(const std::string& path);

/// The file's bytes, or its first bytes past `maxBytes` (so that the reader can refuse it as too
/// large without the whole file in memory); throws core::Error when it is a folder or cannot be read.
std::string readTextFile(const std::string& path, std::size_t maxBytes = std::numeric_limits<std::size_t>::max());

/// A JSON data file (instrument, overlay, incentive figures, scenario), read no further than the
/// core's readers accept (core/json_limits.hpp).
std::string readJsonFile(const std::string& path);

} // namespace app
