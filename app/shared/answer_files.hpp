#pragma once
// A round's answers as CSV (long layout), for `samenspel export` and the desktop program.

#include "core/csv.hpp"
#include "core/records.hpp"

#include <ostream>

namespace db {
class Database;
}

namespace app {

/// Writes every answer of the round; returns the number of answer rows written.
std::size_t writeAnswersCsv(const db::Database& db, core::Id round, std::ostream& out, const core::CsvDialect& dialect);

} // namespace app
