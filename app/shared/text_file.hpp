#pragma once
// Reading a whole text file (a JSON file, a catalogue overlay, a CSV for a preview) with the
// same plain messages in the command line and the desktop program.

#include <string>

namespace app {

/// The file's bytes; throws core::Error when it is a folder or cannot be read.
std::string readTextFile(const std::string& path);

} // namespace app
