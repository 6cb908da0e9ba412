#pragma once
// Exchange packages on the hospital's side and the receiver's: one made from a round's shared state,
// one read and checked, its content hash included (docs/exchange.md).

#include "round_data.hpp"

#include "core/exchange/exchange_package.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace app {

/// "Samenspel" and its version: who made a package.
std::string madeBy();

/// SHA-256 of the bytes, as 64 lowercase hex digits (nettle, the cryptographic library GnuTLS uses).
std::string sha256Hex(std::string_view bytes);

struct ExchangeExport {
    core::ExchangePackage package;
    std::string file;                   ///< the package file's text
    std::vector<SharedRecord> toRecord; ///< to record just before the file takes its name
    bool waiting = false;               ///< newer answers are not in it yet (rule 5)
};

/// The package of a round, from its shared state (docs/disclosure.md, rule 5). Gives the
/// organisation its exchange key when it has none yet, so `db` is written.
ExchangeExport exportPackage(db::Database& db, core::Id round);

/// A package file read and checked: core's checks and the content hash against the stated one.
core::ExchangeRead readPackage(std::string_view text);

/// What the package holds, as text people read: the hospital, round and parties, the scores per
/// element and theme, the index and the boards' profile answers, and the hash.
std::string describePackage(const core::ExchangePackage& package, const std::string& sha256, core::Language lang);

/// Reads the package files and stores them for the comparison in one transaction. Every problem of
/// every file (unreadable, not a package, altered, newer, another questionnaire, imported before or
/// given twice) is listed at once in core::InvalidData, and then nothing is stored.
std::size_t importPackages(db::Database& db, const std::vector<std::string>& paths);

} // namespace app
