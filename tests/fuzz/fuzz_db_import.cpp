// Answer import through the database (db::Database::importAnswers on ":memory:"). Promises: no
// exception for any file; a file taken is stored as counted, reads back without being taken for
// damage, imports again with --replace unchanged, and exports (Excel's dialect) and imports into
// another round as identical data.
#include "fuzz_support.hpp"

#include "core/answers/answer_export.hpp"
#include "db/database.hpp"

#include <sstream>
#include <vector>

namespace {

std::vector<std::string> stored(const db::Database& db, core::Id round)
{
    std::vector<std::string> rows;
    db.forEachAnswer(round, [&](const core::AnswerRow& r) {
        rows.push_back(r.respondent + "|" + std::string(core::code(r.role)) + "|" + r.item + "|" + core::formatValue(r.value));
    });
    return rows;
}

core::ImportSummary import(db::Database& db, core::Id round, const std::string& csv, bool replace)
{
    std::istringstream in(csv);
    return db.importAnswers(round, in, replace);
}

void check(db::Database& db, const std::string& csv)
{
    const auto org = db.organisations().front().id;
    const auto first = db.createAssessment({org, "first", "2026-01-01"});
    const auto second = db.createAssessment({org, "second", "2026-01-01"});
    const auto summary = import(db, first, csv, false);
    if (!summary.ok())
        return;
    const auto rows = stored(db, first);
    fuzz::require(rows.size() == summary.answers + summary.noAnswers, "every answer counted is stored");
    fuzz::require(import(db, first, csv, true).ok() && stored(db, first) == rows, "--replace with the same file changes nothing");
    std::ostringstream exported;
    core::AnswerCsvExporter exporter(exported, db.instrumentOf(first), core::CsvDialect::excelNl());
    db.forEachAnswer(first, [&](const core::AnswerRow& r) { exporter.add(r); });
    exporter.finish();
    fuzz::require(import(db, second, exported.str(), false).ok(), "an export imports");
    fuzz::require(stored(db, second) == rows, "an export imports as identical data");
}

/// Thrown to undo an input's writes, so that every input starts from the same database.
struct Undo {};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Opened once (a fresh one per input runs at a tenth of the speed); the first round stores the
    // instrument, so the rounds an input creates share it.
    static auto db = [] {
        auto opened = db::Database::open(":memory:", db::Database::Mode::CreateIfMissing);
        opened.createAssessment({opened.addOrganisation("Fuzz", "stz"), "kept", "2026-01-01"});
        return opened;
    }();
    fuzz::guard([&] {
        try {
            db.transaction([&] {
                check(db, std::string(fuzz::text(data, size)));
                throw Undo{};
            });
        } catch (const Undo&) {
        }
    });
    return 0;
}
