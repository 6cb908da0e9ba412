#include "qr_code.hpp"

#include <qrcodegen.hpp>

namespace workshop {

std::vector<std::vector<bool>> qrModules(const std::string& text)
{
    const auto qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    std::vector<std::vector<bool>> out(static_cast<std::size_t>(qr.getSize()));
    for (int y = 0; y < qr.getSize(); ++y)
        for (int x = 0; x < qr.getSize(); ++x)
            out[static_cast<std::size_t>(y)].push_back(qr.getModule(x, y));
    return out;
}

std::string terminalQr(const std::string& text)
{
    const auto modules = qrModules(text);
    const int quiet = 2;
    const int size = static_cast<int>(modules.size());
    const auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && modules[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)];
    };
    std::string out;
    for (int y = -quiet; y < size + quiet; y += 2) {
        out += "\x1b[30;47m"; // black on white
        for (int x = -quiet; x < size + quiet; ++x) {
            const bool top = dark(x, y);
            const bool bottom = dark(x, y + 1);
            out += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
        }
        out += "\x1b[0m\n";
    }
    return out;
}

} // namespace workshop
