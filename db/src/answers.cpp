#include "connection.hpp"

#include <unordered_map>

namespace db {
namespace {

using core::Message;
using core::tx;

/// Writes imported answers with prepared statements; lives inside the import's transaction.
class ImportSink final : public core::AnswerSink {
public:
    ImportSink(SQLite::Database& sql, core::Id assessmentId, bool replace)
        : m_sql(sql), m_assessmentId(assessmentId), m_replace(replace),
          m_find(sql, "SELECT id FROM respondents WHERE assessment_id = ? AND code = ?"),
          m_insertRespondent(sql, "INSERT INTO respondents (assessment_id, code, role) VALUES (?, ?, ?)"),
          m_updateRole(sql, "UPDATE respondents SET role = ? WHERE id = ?"),
          m_deleteAnswers(sql, "DELETE FROM answers WHERE respondent_id = ?"),
          m_insertAnswer(sql, "INSERT OR IGNORE INTO answers (respondent_id, item, num, choice) VALUES (?, ?, ?, ?)")
    {
    }

    Status beginRespondent(const std::string& code, core::Role role) override
    {
        const std::string roleCode(core::code(role));
        m_find.reset();
        m_find.bind(1, m_assessmentId);
        m_find.bind(2, code);
        if (m_find.executeStep()) {
            const core::Id id = m_find.getColumn(0).getInt64();
            if (!m_replace) {
                m_ids[code] = 0; // refused: its rows are checked but not written
                return Status::Exists;
            }
            run(m_deleteAnswers, id);
            m_updateRole.reset();
            m_updateRole.bind(1, roleCode);
            m_updateRole.bind(2, id);
            m_updateRole.exec();
            m_ids[code] = id;
            return Status::Ok;
        }
        m_insertRespondent.reset();
        m_insertRespondent.bind(1, m_assessmentId);
        m_insertRespondent.bind(2, code);
        m_insertRespondent.bind(3, roleCode);
        m_insertRespondent.exec();
        m_ids[code] = m_sql.getLastInsertRowid();
        return Status::Ok;
    }

    Status addAnswer(const std::string& respondent, const std::string& item, const core::AnswerValue& value) override
    {
        const core::Id id = m_ids.at(respondent);
        if (id == 0)
            return Status::Ok;
        auto& q = m_insertAnswer;
        q.reset();
        q.bind(1, id);
        q.bind(2, item);
        if (const auto* n = std::get_if<int>(&value))
            q.bind(3, *n);
        else
            q.bind(3);
        if (const auto* s = std::get_if<std::string>(&value))
            q.bind(4, *s);
        else
            q.bind(4);
        return q.exec() == 0 ? Status::Duplicate : Status::Ok;
    }

private:
    static void run(SQLite::Statement& q, core::Id id)
    {
        q.reset();
        q.bind(1, id);
        q.exec();
    }

    SQLite::Database& m_sql;
    core::Id m_assessmentId;
    bool m_replace;
    SQLite::Statement m_find;
    SQLite::Statement m_insertRespondent;
    SQLite::Statement m_updateRole;
    SQLite::Statement m_deleteAnswers;
    SQLite::Statement m_insertAnswer;
    std::unordered_map<std::string, core::Id> m_ids;
};

core::Role storedRole(const std::string& code)
{
    const auto role = core::roleFromCode(code);
    if (!role)
        throw Error(Message{tx("the database holds an unknown role \"{0}\""), {code}});
    return *role;
}

} // namespace

core::ImportSummary Database::importAnswers(core::Id assessmentId, std::istream& csv, bool replace)
{
    const auto& instrument = instrumentOf(assessmentId);
    return guarded([&] {
        WriteScope transaction(m_impl->sql);
        ImportSink sink(m_impl->sql, assessmentId, replace);
        auto summary = core::importAnswers(csv, instrument, sink);
        if (summary.ok())
            transaction.commit();
        return summary;
    });
}

void Database::forEachAnswer(core::Id assessmentId, const std::function<void(const core::AnswerRow&)>& visit) const
{
    assessment(assessmentId);
    guarded([&] {
        SQLite::Statement q(m_impl->sql, "SELECT r.code, r.role, a.item, a.num, a.choice FROM respondents r "
                                         "JOIN answers a ON a.respondent_id = r.id WHERE r.assessment_id = ? "
                                         "ORDER BY r.code, a.item");
        q.bind(1, assessmentId);
        core::AnswerRow row;
        while (q.executeStep()) {
            row.respondent = q.getColumn(0).getString();
            row.role = storedRole(q.getColumn(1).getString());
            row.item = q.getColumn(2).getString();
            if (!q.getColumn(3).isNull())
                row.value = q.getColumn(3).getInt();
            else if (!q.getColumn(4).isNull())
                row.value = q.getColumn(4).getString();
            else
                row.value = std::monostate{};
            visit(row);
        }
    });
}

std::vector<core::Respondent> Database::respondents(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded([&] {
        std::vector<core::Respondent> out;
        SQLite::Statement q(m_impl->sql, "SELECT code, role FROM respondents WHERE assessment_id = ? ORDER BY code");
        q.bind(1, assessmentId);
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), storedRole(q.getColumn(1).getString())});
        return out;
    });
}

} // namespace db
