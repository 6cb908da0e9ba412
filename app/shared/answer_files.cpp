#include "answer_files.hpp"

#include "core/answers/answer_export.hpp"
#include "db/database.hpp"

namespace app {

std::size_t writeAnswersCsv(const db::Database& db, core::Id round, std::ostream& out, const core::CsvDialect& dialect)
{
    core::AnswerCsvExporter exporter(out, db.instrumentOf(round), dialect);
    db.forEachAnswer(round, [&](const core::AnswerRow& row) { exporter.add(row); });
    exporter.finish();
    return exporter.rowsWritten();
}

std::string importedSummary(const core::ImportSummary& summary, core::Language lang)
{
    using core::tr;
    const std::string layout(tr(lang, summary.layout == core::CsvLayout::Long ? core::tx("long layout") : core::tx("wide layout")));
    return tr(lang,
              core::txn("Imported the answers of {0} respondent ({3}, separator '{4}'): {1} given, {2} \"weet niet / n.v.t.\".",
                        "Imported the answers of {0} respondents ({3}, separator '{4}'): {1} given, {2} \"weet niet / n.v.t.\"."),
              summary.respondents,
              {std::to_string(summary.respondents), std::to_string(summary.answers), std::to_string(summary.noAnswers), layout,
               std::string(1, summary.separator)});
}

std::string windows1252Note(std::size_t lines, core::Language lang)
{
    return core::tr(lang,
                    core::txn("Note: {0} line was not UTF-8 and was read as Windows-1252 (Excel's plain CSV); check accented "
                              "letters in the respondent codes.",
                              "Note: {0} lines were not UTF-8 and were read as Windows-1252 (Excel's plain CSV); check accented "
                              "letters in the respondent codes."),
                    lines, {std::to_string(lines)});
}

} // namespace app
