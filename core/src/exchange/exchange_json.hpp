#pragma once
// Private to core: the package's JSON, one layout for writing and reading (docs/exchange.md).

#include "core/exchange/exchange_package.hpp"

#include <nlohmann/json.hpp>

namespace core::detail {

nlohmann::json contentJson(const ExchangePackage& package);
/// The whole file but its hash: format, schema version, a line saying what it is, the content.
nlohmann::json fileJson(nlohmann::json content);

} // namespace core::detail
