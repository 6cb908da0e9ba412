#pragma once
#include <span>
#include <string_view>

namespace core {
struct CatalogueEntry {
    std::string_view en;
    std::string_view nl;
};
/// English pattern -> Dutch pattern, for every text marked with tx().
std::span<const CatalogueEntry> catalogueNl();
} // namespace core
