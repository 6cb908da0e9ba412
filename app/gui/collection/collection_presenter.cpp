#include "collection/collection_presenter.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "answer_files.hpp"
#include "text_file.hpp"

#include "core/text/text_util.hpp"
#include "reports/atomic_file.hpp"
#include "reports/limesurvey_survey.hpp"
#include "reports/questionnaire_form.hpp"

#include <fstream>
#include <map>
#include <sstream>

namespace gui {

using core::tr;
using core::tx;
using core::txn;

namespace {

reports::Column column(const char* key, core::Language lang, core::TextKey header, bool right = false)
{
    return {key, std::string(tr(lang, header)), right};
}

reports::Cell count(std::size_t n) { return reports::Cell::of(static_cast<long long>(n)); }

/// A button's or box's label as a sentence names it: without its '&'.
std::string withoutMnemonic(core::TextKey label, core::Language lang)
{
    std::string out;
    for (const char c : tr(lang, label))
        if (c != '&')
            out += c;
    return out;
}

} // namespace

CollectionPresenter::CollectionPresenter(db::Database& db, core::Id round, core::Language lang)
    : m_db(db), m_round(round), m_lang(lang), m_instrument(db.instrumentOf(round))
{
}

reports::Table CollectionPresenter::respondents() const
{
    struct Counts {
        std::size_t answers = 0;
        std::size_t noAnswers = 0;
    };
    std::map<std::string, Counts> counts;
    m_db.forEachAnswer(m_round, [&](const core::AnswerRow& row) {
        auto& c = counts[row.respondent];
        ++(core::hasAnswer(row.value) ? c.answers : c.noAnswers);
    });
    const auto respondents = m_db.respondents(m_round);
    const int k = m_db.assessment(m_round).anonymityK;
    std::map<core::Role, int> perRole;
    for (const auto& r : respondents)
        ++perRole[r.role];
    reports::Table t;
    t.decimalSeparator = reports::decimalSeparator(m_lang);
    t.columns = {column("code", m_lang, tx("Code")), column("role", m_lang, tx("Role")),
                 column("answers", m_lang, tx("Answered"), true), column("no_answer", m_lang, tx("Don't know"), true),
                 column("open", m_lang, tx("Not answered"), true)};
    for (const auto& r : respondents) {
        if (perRole[r.role] < k) {
            // A party below the threshold shows nowhere: not even how its members answered. The
            // row says why its counts are empty.
            t.rows.push_back({reports::Cell::of(r.code), reports::Cell::of(m_instrument.name(r.role).in(m_lang)),
                              reports::Cell::of(tr(m_lang, tx("hidden: fewer than {0} of this role"), {std::to_string(k)})),
                              reports::Cell::empty(), reports::Cell::empty()});
            continue;
        }
        std::size_t asked = 0;
        for (const auto& q : m_instrument.questions())
            asked += q.askedOf(r.role) ? 1U : 0U;
        const auto& c = counts[r.code];
        const std::size_t given = c.answers + c.noAnswers;
        t.rows.push_back({reports::Cell::of(r.code), reports::Cell::of(m_instrument.name(r.role).in(m_lang)),
                          count(c.answers), count(c.noAnswers), count(asked > given ? asked - given : 0)});
    }
    return t;
}

std::map<core::Role, int> CollectionPresenter::invited() const { return m_db.invited(m_round); }

void CollectionPresenter::setInvited(const std::map<core::Role, int>& invited) { m_db.setInvited(m_round, invited); }

std::vector<std::string> CollectionPresenter::roleSummary() const
{
    const int k = m_db.assessment(m_round).anonymityK;
    const auto invitedPerRole = m_db.invited(m_round);
    std::map<core::Role, std::size_t> perRole;
    for (const auto& r : m_db.respondents(m_round))
        ++perRole[r.role];
    std::vector<std::string> out;
    for (const auto role : core::kRoles) {
        const auto it = perRole.find(role);
        if (it == perRole.end())
            continue;
        const std::string name = m_instrument.name(role).in(m_lang);
        const std::string n = std::to_string(it->second);
        out.push_back(static_cast<int>(it->second) < k
                          ? tr(m_lang,
                               txn("{0}: {1} respondent; below the threshold of {2}, so not in the results",
                                   "{0}: {1} respondents; below the threshold of {2}, so not in the results"),
                               it->second, {name, n, std::to_string(k)})
                          : tr(m_lang, txn("{0}: {1} respondent", "{0}: {1} respondents"), it->second, {name, n}));
        if (const auto invited = invitedPerRole.find(role); invited != invitedPerRole.end())
            out.back() = tr(m_lang, tx("{0} (of {1} invited)"), {out.back(), std::to_string(invited->second)});
    }
    if (out.empty())
        out.push_back(std::string(tr(m_lang, tx("Nobody has answered in this round yet."))));
    return out;
}

core::TextKey CollectionPresenter::includeIncompleteLabel()
{
    return tx("Also the responses that were never &submitted");
}

CollectionPresenter::Preview CollectionPresenter::preview(std::istream& csv, bool replace, bool includeIncomplete) const
{
    // The real import, in a transaction that is rolled back: the preview finds exactly what it would.
    std::vector<db::ImportedRespondent> found;
    Preview p;
    core::ImportOptions options;
    options.includeIncomplete = includeIncomplete;
    p.summary = m_db.previewImport(m_round, csv, replace, found, options);
    p.limeSurvey = p.summary.layout == core::CsvLayout::LimeSurvey;
    p.canImport = p.summary.ok() && p.summary.respondents > 0;
    p.respondents.decimalSeparator = p.problems.decimalSeparator = reports::decimalSeparator(m_lang);
    p.respondents.columns = {column("code", m_lang, tx("Code")), column("role", m_lang, tx("Role")),
                             column("answers", m_lang, tx("Answered"), true),
                             column("no_answer", m_lang, tx("Don't know"), true), column("what", m_lang, tx("What happens"))};
    for (const auto& f : found) {
        const auto what = !f.existed ? tx("new") : replace ? tx("replaces the stored answers") : tx("already in this round");
        p.respondents.rows.push_back({reports::Cell::of(f.code), reports::Cell::of(m_instrument.name(f.role).in(m_lang)),
                                      count(f.answers), count(f.noAnswers), reports::Cell::of(std::string(tr(m_lang, what)))});
    }
    p.problems.columns = {column("line", m_lang, tx("Line"), true), column("column", m_lang, tx("Column")),
                          column("value", m_lang, tx("Value")), column("problem", m_lang, tx("Problem"))};
    for (const auto& problem : p.summary.problems)
        p.problems.rows.push_back({problem.line > 0 ? count(problem.line) : reports::Cell::of(std::string()),
                                   reports::Cell::of(problem.column), reports::Cell::of(problem.value),
                                   reports::Cell::of(problem.what.render(m_lang))});
    const auto& s = p.summary;
    if (!s.ok())
        p.verdict = tr(m_lang,
                       txn("Nothing can be imported: {0} problem in the file. Correct it and choose the file again.",
                           "Nothing can be imported: {0} problems in the file. Correct them and choose the file again."),
                       s.problemCount, {std::to_string(s.problemCount)});
    else if (s.respondents == 0)
        p.verdict = std::string(tr(m_lang, tx("The file holds no answers.")));
    else
        p.verdict = tr(m_lang,
                       txn("Ready to import the answers of {0} respondent: {1} given, {2} \"weet niet / n.v.t.\".",
                           "Ready to import the answers of {0} respondents: {1} given, {2} \"weet niet / n.v.t.\"."),
                       s.respondents, {std::to_string(s.respondents), std::to_string(s.answers), std::to_string(s.noAnswers)});
    if (p.limeSurvey)
        for (const auto& note : app::limeSurveyNotes(s, m_lang, "\"" + withoutMnemonic(includeIncompleteLabel(), m_lang) + "\""))
            p.verdict += "\n" + note;
    if (s.windows1252Lines > 0)
        p.verdict += "\n" + app::windows1252Note(s.windows1252Lines, m_lang);
    return p;
}

std::optional<CollectionPresenter::Preview> CollectionPresenter::previewFile(const std::string& file, bool replace,
                                                                             bool includeIncomplete, std::string& error) const
{
    std::ifstream csv;
    try {
        csv = app::openInputFile(file);
    } catch (const core::Error& e) {
        error = app::describeError(e, m_lang).text;
        return std::nullopt;
    }
    return preview(csv, replace, includeIncomplete);
}

std::string CollectionPresenter::importFile(const std::string& databasePath, core::Id round, const std::string& file,
                                            bool replace, bool includeIncomplete, core::Language lang, JobControl& control)
{
    auto csv = app::openInputFile(file);
    control.checkpoint(10);
    auto db = db::Database::open(databasePath);
    core::ImportOptions options;
    options.includeIncomplete = includeIncomplete;
    const auto summary = db.importAnswers(round, csv, replace, [&] { control.checkpoint(90); }, options);
    if (!summary.ok())
        throw core::Error(core::counted(txn("Nothing was imported: {0} problem in {1}: {2}", "Nothing was imported: {0} problems in {1}, the first: {2}"),
                                        summary.problemCount,
                                        {std::to_string(summary.problemCount), file, summary.problems.front().render(lang)}));
    auto said = app::importedSummary(summary, lang);
    for (const auto& note : app::limeSurveyNotes(summary, lang, "\"" + withoutMnemonic(includeIncompleteLabel(), lang) + "\""))
        said += " " + note;
    return said;
}

std::string CollectionPresenter::exportAnswers(const std::string& file, bool excel) const
{
    std::size_t rows = 0;
    reports::writeFileAtomically(file, [&](std::ostream& out) {
        rows = app::writeAnswersCsv(m_db, m_round, out, excel ? core::CsvDialect::excelNl() : core::CsvDialect::standard());
    });
    return tr(m_lang, txn("Exported {0} answer row to {1}", "Exported {0} answer rows to {1}"), rows, {std::to_string(rows), file});
}

std::string CollectionPresenter::writeQuestionnaire(core::Role role, const std::string& file) const
{
    reports::writeFileAtomically(file,
                                 [&](std::ostream& out) { reports::writeQuestionnairePdf(out, m_instrument, role, m_lang); });
    return tr(m_lang, tx("Questionnaire for {0} written to {1}"), {m_instrument.name(role).in(m_lang), file});
}

std::string CollectionPresenter::suggestedExportName() const
{
    return core::safeFileName(std::string(tr(m_lang, tx("answers"))) + "-" + m_db.assessment(m_round).name) + ".csv";
}

std::string CollectionPresenter::writeLimeSurvey(const std::string& file, std::optional<core::Role> role,
                                                 const std::vector<core::Language>& languages) const
{
    auto options = app::surveyOptions(m_db, m_round);
    options.languages = languages;
    options.role = role;
    const auto survey = reports::limesurvey::surveyStructure(m_instrument, options);
    reports::writeFileAtomically(file, [&](std::ostream& out) { reports::limesurvey::writeLss(out, survey); });
    return tr(m_lang, tx("LimeSurvey survey written to {0}. In LimeSurvey: Create survey > Import."), {file});
}

std::string CollectionPresenter::suggestedSurveyName() const
{
    return core::safeFileName(std::string(tr(m_lang, tx("survey"))) + "-" + m_db.assessment(m_round).name) + ".lss";
}

int CollectionPresenter::anonymityK() const { return m_db.assessment(m_round).anonymityK; }

std::vector<CollectionPresenter::FormRow> CollectionPresenter::form(core::Role role) const
{
    std::vector<FormRow> rows;
    for (const auto& q : m_instrument.questions())
        if (q.askedOf(role))
            rows.push_back({q.code, q.text.in(m_lang), app::answerChoices(q, m_instrument, m_lang), q.min, q.max, &q});
    return rows;
}

std::string CollectionPresenter::suggestedCode(core::Role role) const { return m_db.nextRespondentCode(m_round, role, "P"); }

bool CollectionPresenter::saveForm(const std::string& code, core::Role role, const std::vector<FormEntry>& entries,
                                   bool replace)
{
    m_error.clear();
    const auto rows = form(role);
    std::vector<std::string> problems;
    if (const auto bad = core::checkRespondentCode(core::trim(code)))
        problems.push_back(tr(m_lang, tx("Respondent code: {0}"), {bad->render(m_lang)}));
    std::vector<std::pair<std::string, core::AnswerValue>> answers;
    for (std::size_t i = 0; i < rows.size() && i < entries.size(); ++i) {
        const auto& row = rows[i];
        if (const auto* pick = std::get_if<std::size_t>(&entries[i]); pick && *pick < row.choices.size()) {
            answers.emplace_back(row.code, row.choices[*pick].value);
        } else if (const auto* typed = std::get_if<std::string>(&entries[i]); typed && !core::trim(*typed).empty()) {
            const auto parsed = core::parseValue(*m_instrument.find(row.code), m_instrument.likert(), *typed);
            if (parsed.problem)
                problems.push_back(row.code + ": " + parsed.problem->render(m_lang));
            else
                answers.emplace_back(row.code, parsed.value);
        }
    }
    if (problems.empty() && answers.empty())
        problems.push_back(std::string(tr(m_lang, tx("No question has an answer yet; nothing was stored."))));
    if (!problems.empty()) {
        m_error = core::joinList(problems, "\n");
        return false;
    }
    try {
        m_db.saveRespondent(m_round, core::Respondent{std::string(core::trim(code)), role}, answers, replace);
    } catch (const core::Error& e) {
        m_error = app::describeError(e, m_lang).text;
        return false;
    }
    return true;
}

} // namespace gui
