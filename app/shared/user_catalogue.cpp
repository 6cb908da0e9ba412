#include "user_catalogue.hpp"

#include "db/database.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace app {

std::string userCatalogPath()
{
    return (std::filesystem::path(db::userDataFolder()) / "locale" / "nl.mo").string();
}

std::optional<std::string> loadUserCatalogue(core::Language lang)
{
    const auto path = userCatalogPath();
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return std::nullopt;
    // A catalogue of all of Samenspel's texts is some hundred kilobytes; anything far larger is not one.
    constexpr std::uintmax_t kLimit = 16u << 20;
    if (std::filesystem::file_size(path, error) > kLimit)
        return core::tr(lang, core::tx("{0} is not used: it is larger than 16 MB, which no catalogue of Samenspel's texts is. "
                                       "The built-in Dutch texts are shown."),
                        {path});
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof())
        return core::tr(lang, core::tx("{0} is not used: it cannot be read. The built-in Dutch texts are shown."), {path});
    if (auto refused = core::useCatalogue(core::Language::Nl, bytes.str()))
        return core::tr(lang, core::tx("{0} is not used: {1}. The built-in Dutch texts are shown."), {path, refused->render(lang)});
    return std::nullopt;
}

} // namespace app
