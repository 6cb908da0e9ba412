#pragma once
// The QR code of the participants' address (Nayuki's qrcodegen, Debian's libqrcodegencpp): as
// modules for the projector to draw, and as text for a terminal.

#include <string>
#include <vector>

namespace workshop {

/// The modules of the code, row by row (true: dark), without the quiet zone around it. Medium error
/// correction: a projected code is read from a few metres, through glare.
std::vector<std::vector<bool>> qrModules(const std::string& text);
/// The code for a terminal: two modules per character cell (half blocks), forced black on white
/// with ANSI colours so that it scans on a dark terminal as well, with a quiet zone of 2 modules.
std::string terminalQr(const std::string& text);

} // namespace workshop
