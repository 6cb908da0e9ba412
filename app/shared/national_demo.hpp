#pragma once
// The national demo (`demo --national`): packages of forty fictional hospitals, made as a hospital
// makes them, written to a folder and imported into the comparison database.

#include <string>
#include <vector>

namespace db {
class Database;
}

namespace app {

/// Writes each demo hospital's rounds as package files into `folder` (made when missing). Returns
/// the files written.
std::vector<std::string> writeNationalDemoFiles(const std::string& folder);
/// The same, then imports them into `db`.
std::vector<std::string> writeNationalDemo(db::Database& db, const std::string& folder);

} // namespace app
