#include "core/limesurvey/survey_codes.hpp"
#include "connection.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>

#include <unordered_map>

namespace db {
namespace {

using core::Message;
using core::tx;

/// Writes imported answers with prepared statements; lives inside the import's transaction.
/// A respondent is stored with its first answer, so one whose rows hold nothing is not stored.
class ImportSink final : public core::AnswerSink {
public:
    ImportSink(SQLite::Database& sql, core::Id assessmentId, bool replace)
        : m_sql(sql), m_assessmentId(assessmentId), m_replace(replace),
          m_find(sql, "SELECT id FROM respondents WHERE assessment_id = ? AND code = ?"),
          m_insertRespondent(sql, "INSERT INTO respondents (assessment_id, code, role) VALUES (?, ?, ?)"),
          m_deleteRespondent(sql, "DELETE FROM respondents WHERE id = ?"),
          m_insertAnswer(sql, "INSERT INTO answers (respondent_id, item, num, choice) VALUES (?, ?, ?, ?)")
    {
    }

    Status beginRespondent(const std::string& code, core::Role role) override
    {
        m_find.reset();
        m_find.bind(1, m_assessmentId);
        m_find.bind(2, code);
        Pending& p = m_respondents[core::toLowerAscii(code)];
        p = Pending{code, role, 0, false, false, 0, 0};
        m_order.push_back(core::toLowerAscii(code));
        if (m_find.executeStep()) {
            const core::Id existing = m_find.getColumn(0).getInt64();
            m_find.reset();
            p.existed = true;
            if (!m_replace) {
                p.refused = true; // its rows are still checked, but not written
                return Status::Exists;
            }
            // Replaced as a whole: the old answers go, the new ones come with the first answer.
            m_deleteRespondent.reset();
            m_deleteRespondent.bind(1, existing);
            m_deleteRespondent.exec();
        }
        return Status::Ok;
    }

    Status addAnswer(const std::string& respondent, const std::string& item, const core::AnswerValue& value) override
    {
        Pending& p = m_respondents.at(core::toLowerAscii(respondent));
        auto& counted = core::hasAnswer(value) ? p.answers : p.noAnswers;
        if (p.refused) {
            ++counted;
            return Status::Ok;
        }
        if (p.id == 0) {
            m_insertRespondent.reset();
            m_insertRespondent.bind(1, m_assessmentId);
            m_insertRespondent.bind(2, p.code);
            m_insertRespondent.bind(3, std::string(core::code(p.role)));
            m_insertRespondent.exec();
            p.id = m_sql.getLastInsertRowid();
        }
        auto& q = m_insertAnswer;
        q.reset();
        q.bind(1, p.id);
        q.bind(2, item);
        if (const auto* n = std::get_if<int>(&value))
            q.bind(3, *n);
        else
            q.bind(3);
        if (const auto* s = std::get_if<std::string>(&value))
            q.bind(4, *s);
        else
            q.bind(4);
        try {
            q.exec();
        } catch (const SQLite::Exception& e) {
            // The statement keeps its failure until reset: without this, the next answer's reset()
            // would throw it again, and a third copy of a row ended the import.
            q.tryReset();
            if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
                return Status::Duplicate;
            throw;
        }
        ++counted;
        return Status::Ok;
    }

    /// The file's respondents in the order they came, with what was stored for each.
    std::vector<ImportedRespondent> respondents() const
    {
        std::vector<ImportedRespondent> out;
        for (const auto& key : m_order) {
            const Pending& p = m_respondents.at(key);
            out.push_back({p.code, p.role, p.existed, p.answers, p.noAnswers});
        }
        return out;
    }

private:
    struct Pending {
        std::string code;
        core::Role role = core::Role::Other;
        core::Id id = 0; ///< 0 until the first answer is stored
        bool refused = false;
        bool existed = false;
        std::size_t answers = 0;
        std::size_t noAnswers = 0;
    };

    SQLite::Database& m_sql;
    core::Id m_assessmentId;
    bool m_replace;
    SQLite::Statement m_find;
    SQLite::Statement m_insertRespondent;
    SQLite::Statement m_deleteRespondent;
    SQLite::Statement m_insertAnswer;
    std::unordered_map<std::string, Pending> m_respondents; // by lower-case code
    std::vector<std::string> m_order;                       // lower-case codes, as they came
};

[[noreturn]] void damagedAnswer(const std::string& path, const core::AnswerRow& row, const std::string& stored)
{
    throw Damaged(Message{tx("{0} is damaged: the stored answer \"{3}\" of {1} to {2} is not a valid answer. Samenspel has "
                             "not changed the file; restore a backup of it"),
                          {path, row.respondent, row.item, stored}});
}

core::Role storedRole(const std::string& path, const std::string& code)
{
    const auto role = core::roleFromCode(code);
    if (!role)
        throw Damaged(Message{tx("{0} is damaged: it holds an unknown role \"{1}\". Samenspel has not changed it; restore a "
                                 "backup of the file"),
                              {path, code}});
    return *role;
}

} // namespace

core::AnswerValue checkedAnswer(const core::Instrument& instrument, core::Role role, const std::string& item,
                                const core::AnswerValue& value)
{
    const core::Question* q = instrument.find(item);
    if (!q)
        throw Conflict(Message{tx("not a question code of instrument {0} {1}; 'samenspel instrument show --assessment ID' lists a round's questions"), {instrument.id(), instrument.version()}});
    if (!q->askedOf(role))
        throw Conflict(Message{tx("question {0} is not put to role {1}; leave it empty for this role"), {item, std::string(core::code(role))}});
    auto parsed = core::parseValue(*q, instrument.likert(), core::formatValue(value));
    if (parsed.problem)
        throw Conflict(*parsed.problem);
    return std::move(parsed.value);
}


core::AnswerRow storedAnswer(const SQLite::Statement& q, const std::string& path)
{
    core::AnswerRow row;
    row.respondent = q.getColumn(0).getString();
    row.role = storedRole(path, q.getColumn(1).getString());
    row.item = q.getColumn(2).getString();
    const auto num = q.getColumn(3);
    const auto choice = q.getColumn(4);
    if (num.getType() == SQLITE_INTEGER && choice.isNull())
        row.value = num.getInt();
    else if (num.isNull() && choice.getType() == SQLITE_TEXT)
        row.value = choice.getString();
    else if (num.isNull() && choice.isNull())
        row.value = std::monostate{};
    else
        damagedAnswer(path, row, num.getString() + "|" + choice.getString());
    return row;
}

core::ImportSummary Database::importAnswers(core::Id assessmentId, std::istream& csv, bool replace,
                                            const std::function<void()>& beforeCommit, const core::ImportOptions& options)
{
    return runImport(assessmentId, csv, replace, beforeCommit ? beforeCommit : [] {}, nullptr, options);
}

core::ImportSummary Database::previewImport(core::Id assessmentId, std::istream& csv, bool replace,
                                            std::vector<ImportedRespondent>& respondents, const core::ImportOptions& options)
{
    return runImport(assessmentId, csv, replace, {}, &respondents, options);
}

core::ImportSummary Database::runImport(core::Id assessmentId, std::istream& csv, bool replace,
                                        const std::function<void()>& beforeCommit, std::vector<ImportedRespondent>* preview,
                                        const core::ImportOptions& options)
{
    const auto& instrument = instrumentOf(assessmentId);
    // A LimeSurvey survey written for this round carries its check; another round's is refused.
    auto checked = options;
    const auto round = assessment(assessmentId);
    checked.roundCheck = core::limesurvey::roundCheck(organisation(round.organisationId).exchangeKey, round.id);
    return guarded(m_impl->path, [&] {
        WriteScope transaction(m_impl->sql); // a preview never commits: it is rolled back when it goes
        ImportSink sink(m_impl->sql, assessmentId, replace);
        auto summary = core::importAnswers(csv, instrument, sink, checked);
        if (preview)
            *preview = sink.respondents();
        else if (summary.ok()) {
            beforeCommit();
            transaction.commit();
        }
        return summary;
    });
}

void Database::forEachAnswer(core::Id assessmentId, const std::function<void(const core::AnswerRow&)>& visit) const
{
    assessment(assessmentId);
    const auto& instrument = instrumentOf(assessmentId);
    guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "SELECT r.code, r.role, a.item, a.num, a.choice FROM respondents r "
                                         "JOIN answers a ON a.respondent_id = r.id WHERE r.assessment_id = ? "
                                         "ORDER BY r.code, a.item");
        q.bind(1, assessmentId);
        core::AnswerRow row;
        while (q.executeStep()) {
            row = storedAnswer(q, m_impl->path);
            // Only damage puts a value here that Samenspel would not store: a flipped bit, another
            // program's write. Such a file is refused rather than scored.
            try {
                checkedAnswer(instrument, row.role, row.item, row.value);
            } catch (const Conflict&) {
                damagedAnswer(m_impl->path, row, core::formatValue(row.value));
            }
            visit(row);
        }
    });
}

void Database::saveAnswer(core::Id assessmentId, const core::Respondent& respondent, const std::string& item,
                          const core::AnswerValue& value)
{
    if (const auto bad = core::checkRespondentCode(respondent.code))
        throw Conflict(*bad);
    const auto stored = checkedAnswer(instrumentOf(assessmentId), respondent.role, item, value);
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        SQLite::Statement find(m_impl->sql, "SELECT id, role FROM respondents WHERE assessment_id = ? AND code = ?");
        find.bind(1, assessmentId);
        find.bind(2, respondent.code);
        core::Id id = 0;
        if (find.executeStep()) {
            id = find.getColumn(0).getInt64();
            if (find.getColumn(1).getString() != core::code(respondent.role))
                throw Conflict(Message{tx("respondent {0} has role {1} on line {2}; expected one role per respondent"),
                                       {respondent.code, find.getColumn(1).getString(), "-"}});
        } else {
            SQLite::Statement insert(m_impl->sql, "INSERT INTO respondents (assessment_id, code, role) VALUES (?, ?, ?)");
            insert.bind(1, assessmentId);
            insert.bind(2, respondent.code);
            insert.bind(3, std::string(core::code(respondent.role)));
            insert.exec();
            id = m_impl->sql.getLastInsertRowid();
        }
        SQLite::Statement upsert(m_impl->sql, "INSERT INTO answers (respondent_id, item, num, choice) VALUES (?, ?, ?, ?) "
                                              "ON CONFLICT (respondent_id, item) DO UPDATE SET num = excluded.num, "
                                              "choice = excluded.choice");
        upsert.bind(1, id);
        upsert.bind(2, item);
        if (const auto* n = std::get_if<int>(&stored))
            upsert.bind(3, *n);
        else
            upsert.bind(3);
        if (const auto* c = std::get_if<std::string>(&stored))
            upsert.bind(4, *c);
        else
            upsert.bind(4);
        upsert.exec();
        t.commit();
    });
}

void Database::saveRespondent(core::Id assessmentId, const core::Respondent& respondent,
                              const std::vector<std::pair<std::string, core::AnswerValue>>& answers, bool replace)
{
    const auto& instrument = instrumentOf(assessmentId);
    if (const auto bad = core::checkRespondentCode(respondent.code))
        throw Conflict(*bad);
    if (answers.empty())
        throw Conflict(Message{tx("respondent {0} has no answers to store"), {respondent.code}});
    for (const auto& [item, value] : answers)
        checkedAnswer(instrument, respondent.role, item, value);
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        ImportSink sink(m_impl->sql, assessmentId, replace);
        if (sink.beginRespondent(respondent.code, respondent.role) == core::AnswerSink::Status::Exists)
            throw Conflict(Message{tx("respondent {0} is already in this round"), {respondent.code}});
        for (const auto& [item, value] : answers)
            if (sink.addAnswer(respondent.code, item, value) == core::AnswerSink::Status::Duplicate)
                throw Conflict(Message{tx("respondent {0} answers question {1} twice; expected one answer per question"), {respondent.code, item}});
        t.commit();
    });
}

std::string Database::nextRespondentCode(core::Id assessmentId, core::Role role, std::string_view prefixLetter) const
{
    assessment(assessmentId);
    std::string prefix = std::string(prefixLetter) + "-" + std::string(core::code(role)).substr(0, 3) + "-";
    for (char& ch : prefix)
        if (ch >= 'a' && ch <= 'z')
            ch = static_cast<char>(ch - 'a' + 'A');
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "SELECT code FROM respondents WHERE assessment_id = ? AND code LIKE ?");
        q.bind(1, assessmentId);
        q.bind(2, prefix + "%");
        int highest = 0;
        while (q.executeStep()) {
            const std::string code = q.getColumn(0).getString();
            long long n = 0;
            if (core::parseWholeNumber(code.substr(prefix.size()), n))
                highest = std::max(highest, static_cast<int>(n));
        }
        const std::string number = std::to_string(highest + 1);
        return prefix + (number.size() < 2 ? "0" + number : number);
    });
}

std::vector<core::Respondent> Database::respondents(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded(m_impl->path, [&] {
        std::vector<core::Respondent> out;
        SQLite::Statement q(m_impl->sql, "SELECT code, role FROM respondents WHERE assessment_id = ? ORDER BY code");
        q.bind(1, assessmentId);
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), storedRole(m_impl->path, q.getColumn(1).getString())});
        return out;
    });
}

} // namespace db
