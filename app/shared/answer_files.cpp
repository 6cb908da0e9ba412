#include "answer_files.hpp"

#include "core/answer_export.hpp"
#include "db/database.hpp"

namespace app {

std::size_t writeAnswersCsv(const db::Database& db, core::Id round, std::ostream& out, const core::CsvDialect& dialect)
{
    core::AnswerCsvExporter exporter(out, db.instrumentOf(round), dialect);
    db.forEachAnswer(round, [&](const core::AnswerRow& row) { exporter.add(row); });
    exporter.finish();
    return exporter.rowsWritten();
}

} // namespace app
