#include "core/instrument/codes.hpp"

#include "core/text/text_util.hpp"

namespace core {
namespace {

constexpr std::array<std::string_view, kElements.size()> kElementCodes{
    "shared_values", "strategy", "structure", "systems", "staff", "skills", "style"};
constexpr std::array<std::string_view, kThemes.size()> kThemeCodes{
    "lchv_concentration", "hclv_concentration", "appropriate_care", "care_at_home", "primary_care"};
constexpr std::array<std::string_view, kRoles.size()> kRoleCodes{
    "rvb", "msb_board", "specialist_self_employed", "specialist_salaried", "nursing",
    "client_council", "gp", "insurer", "supervisory_board", "other"};

template <typename Enum, std::size_t N, typename Values>
std::optional<Enum> lookup(const std::array<std::string_view, N>& codes, const Values& values,
                           std::string_view wanted)
{
    for (std::size_t i = 0; i < N; ++i)
        if (codes[i] == wanted)
            return values[i];
    return std::nullopt;
}

} // namespace

std::string_view code(Element e) { return kElementCodes[static_cast<std::size_t>(e)]; }
std::string_view code(Theme t) { return kThemeCodes[static_cast<std::size_t>(t)]; }
std::string_view code(Role r) { return kRoleCodes[static_cast<std::size_t>(r)]; }

std::optional<Element> elementFromCode(std::string_view c) { return lookup<Element>(kElementCodes, kElements, c); }
std::optional<Theme> themeFromCode(std::string_view c) { return lookup<Theme>(kThemeCodes, kThemes, c); }
std::string_view roleAbbreviation(Role r)
{
    switch (r) {
    case Role::Rvb: return "RVB";
    case Role::MsbBoard: return "MSB";
    case Role::SpecialistSelfEmployed: return "SPV";
    case Role::SpecialistSalaried: return "SPL";
    case Role::Nursing: return "VPL";
    case Role::ClientCouncil: return "CR";
    case Role::Gp: return "HA";
    case Role::Insurer: return "ZV";
    case Role::SupervisoryBoard: return "RVT";
    case Role::Other: return "OV";
    }
    return "";
}

std::optional<Role> roleFromCode(std::string_view c)
{
    return lookup<Role>(kRoleCodes, kRoles, toLowerAscii(trim(c)));
}

bool isHard(Element e) { return e == Element::Strategy || e == Element::Structure || e == Element::Systems; }

bool isMedicalSide(Role r)
{
    return r == Role::MsbBoard || r == Role::SpecialistSelfEmployed || r == Role::SpecialistSalaried;
}

std::string roleCodes()
{
    std::vector<std::string> codes;
    for (const auto r : kRoles)
        codes.emplace_back(code(r));
    return joinList(codes);
}

} // namespace core
