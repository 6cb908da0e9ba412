#include "answer_files.hpp"

#include "core/answers/answer_export.hpp"
#include "core/limesurvey/survey_codes.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"

namespace app {

std::size_t writeAnswersCsv(const db::Database& db, core::Id round, std::ostream& out, const core::CsvDialect& dialect)
{
    core::AnswerCsvExporter exporter(out, db.instrumentOf(round), dialect);
    db.forEachAnswer(round, [&](const core::AnswerRow& row) { exporter.add(row); });
    exporter.finish();
    return exporter.rowsWritten();
}

reports::limesurvey::StructureOptions surveyOptions(const db::Database& db, core::Id round)
{
    const auto a = db.assessment(round);
    const auto organisation = db.organisation(a.organisationId);
    reports::limesurvey::StructureOptions options;
    options.anonymityK = a.anonymityK;
    options.roundCheck = core::limesurvey::roundCheck(organisation.exchangeKey, a.id);
    options.roundName = organisation.name + ", " + a.name;
    return options;
}

std::string importedSummary(const core::ImportSummary& summary, core::Language lang)
{
    using core::tr;
    const std::string layout(tr(lang, summary.layout == core::CsvLayout::Long   ? core::tx("long layout")
                                      : summary.layout == core::CsvLayout::Wide ? core::tx("wide layout")
                                                                                : core::tx("LimeSurvey response export")));
    return tr(lang,
              core::txn("Imported the answers of {0} respondent ({3}, separator '{4}'): {1} given, {2} \"weet niet / n.v.t.\".",
                        "Imported the answers of {0} respondents ({3}, separator '{4}'): {1} given, {2} \"weet niet / n.v.t.\"."),
              summary.respondents,
              {std::to_string(summary.respondents), std::to_string(summary.answers), std::to_string(summary.noAnswers), layout,
               std::string(1, summary.separator)});
}

std::vector<std::string> limeSurveyNotes(const core::ImportSummary& summary, core::Language lang,
                                         const std::string& includeOption)
{
    using core::tr;
    using core::txn;
    std::vector<std::string> notes;
    if (summary.incompleteLeftOut > 0)
        notes.push_back(tr(lang,
                           txn("{0} response was never submitted and was left out; {1} imports it too.",
                               "{0} responses were never submitted and were left out; {1} imports them too."),
                           summary.incompleteLeftOut, {std::to_string(summary.incompleteLeftOut), includeOption}));
    if (summary.withoutAnswers > 0)
        notes.push_back(tr(lang,
                           txn("{0} response held no answer (only the role, say) and was left out.",
                               "{0} responses held no answer (only the role, say) and were left out."),
                           summary.withoutAnswers, {std::to_string(summary.withoutAnswers)}));
    if (summary.incompleteTaken > 0)
        notes.push_back(tr(lang,
                           txn("{0} of them was never submitted and may be incomplete.",
                               "{0} of them were never submitted and may be incomplete."),
                           summary.incompleteTaken, {std::to_string(summary.incompleteTaken)}));
    auto leftOut = summary.leftOutColumns;
    if (summary.timingColumns > 0)
        leftOut.push_back(tr(lang, txn("{0} column of timings", "{0} columns of timings"), summary.timingColumns,
                             {std::to_string(summary.timingColumns)}));
    if (!leftOut.empty())
        notes.push_back(tr(lang, core::tx("Left out, as they are not answers: {0}. Only the answers are stored."), {core::joinList(leftOut)}));
    return notes;
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
