#pragma once
// The fixed vocabularies of the domain: 7S elements, JZOJP themes and respondent roles.

#include <array>
#include <optional>
#include <string_view>

namespace core {

/// The seven elements of the McKinsey 7S model.
enum class Element { SharedValues, Strategy, Structure, Systems, Staff, Skills, Style };

/// The five "Juiste Zorg op de Juiste Plek" themes.
enum class Theme { LchvConcentration, HclvConcentration, AppropriateCare, CareAtHome, PrimaryCare };

/// Who answers: the parties whose views are compared.
enum class Role {
    Rvb,
    MsbBoard,
    SpecialistSelfEmployed,
    SpecialistSalaried,
    Nursing,
    ClientCouncil,
    Gp,
    Insurer,
    SupervisoryBoard,
    Other
};

inline constexpr std::array kElements{Element::SharedValues, Element::Strategy, Element::Structure,
                                      Element::Systems,      Element::Staff,    Element::Skills,
                                      Element::Style};
inline constexpr std::array kThemes{Theme::LchvConcentration, Theme::HclvConcentration,
                                    Theme::AppropriateCare, Theme::CareAtHome, Theme::PrimaryCare};
inline constexpr std::array kRoles{Role::Rvb,         Role::MsbBoard,      Role::SpecialistSelfEmployed,
                                   Role::SpecialistSalaried, Role::Nursing, Role::ClientCouncil,
                                   Role::Gp,          Role::Insurer,       Role::SupervisoryBoard,
                                   Role::Other};

std::string_view code(Element e);
std::string_view code(Theme t);
std::string_view code(Role r);

std::optional<Element> elementFromCode(std::string_view code);
std::optional<Theme> themeFromCode(std::string_view code);
/// Case-insensitive; surrounding blanks are ignored.
std::optional<Role> roleFromCode(std::string_view code);
/// The role's short Dutch abbreviation, at most 5 capitals ("RVB", "MSB", "SPV", "VPL", "HA"): how
/// the demo's respondent codes and LimeSurvey's answer codes name a role.
std::string_view roleAbbreviation(Role r);
/// Every role code, separated by ", ": for messages that say what was expected.
std::string roleCodes();

/// Strategy, structure and systems are "hard" (easier to change); the rest is "soft".
bool isHard(Element e);

/// The roles of the medical side (MSB board and both kinds of specialist).
bool isMedicalSide(Role r);

} // namespace core
