#pragma once
// Private to core: the package's JSON, one layout for writing and reading (docs/exchange.md).

#include "core/exchange/exchange_package.hpp"

#include <nlohmann/json.hpp>

namespace core::detail {

nlohmann::json contentJson(const ExchangePackage& package);
/// JSON text as nlohmann-json dumps it, with every non-integer number written in its shortest form
/// that reads back to the same double, as Python's repr does (fixed from 1e-4 up to 1e16, else
/// d.ddde±XX): nlohmann's printer sometimes gives 17 digits (21.747973000000002 for 21.747973).
/// Strings are left as they are. This is the one way package numbers are written (docs/exchange.md).
std::string shortestNumbers(const std::string& dumped);

/// The whole file but its hash: format, schema version, a line saying what it is, the content.
nlohmann::json fileJson(nlohmann::json content);

} // namespace core::detail
