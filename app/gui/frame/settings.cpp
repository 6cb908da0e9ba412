#include "frame/settings.hpp"

#include <wx/config.h>
#include <wx/fileconf.h>

namespace gui {

std::optional<core::Language> storedLanguage()
{
    // Read before wxWidgets starts (GTK needs the language first), so from the file by name:
    // the one wxConfig::Get() uses for "samenspel-gui". Only read, never written, here.
    wxString code;
    if (!wxFileConfig("samenspel-gui").Read("/language", &code))
        return std::nullopt;
    return core::languageFromCode(code.utf8_string());
}

void storeLanguage(core::Language lang)
{
    // Through the program's own settings object, which also keeps the recent files: a second
    // object on the same file would overwrite one with the other.
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/language", wxString::FromUTF8(std::string(core::code(lang))));
    config->Flush();
}

std::optional<Place> storedPlace()
{
    wxConfigBase* config = wxConfigBase::Get();
    wxString file;
    if (!config->Read("/place/file", &file))
        return std::nullopt;
    Place place{file.utf8_string()};
    long round = 0;
    config->Read("/place/round", &round, 0L);
    place.round = round;
    config->Read("/place/page", &place.page, -1);
    return place;
}

void storePlace(const Place& place)
{
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/place/file", wxString::FromUTF8(place.file));
    config->Write("/place/round", static_cast<long>(place.round));
    config->Write("/place/page", place.page);
    config->Flush();
}

} // namespace gui
