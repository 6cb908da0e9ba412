// The shared state of a round: a copy of the answers its outputs meant for sharing were computed
// from (core/shared_state.hpp, docs/disclosure.md).
#include "connection.hpp"

namespace db {

std::optional<std::vector<core::AnswerRow>> Database::sharedAnswers(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded(m_impl->path, [&]() -> std::optional<std::vector<core::AnswerRow>> {
        SQLite::Statement state(m_impl->sql, "SELECT 1 FROM shared_states WHERE assessment_id = ?");
        state.bind(1, assessmentId);
        if (!state.executeStep())
            return std::nullopt;
        SQLite::Statement q(m_impl->sql, "SELECT code, role, item, num, choice FROM shared_answers "
                                         "WHERE assessment_id = ? ORDER BY code, item");
        q.bind(1, assessmentId);
        std::vector<core::AnswerRow> rows;
        while (q.executeStep())
            rows.push_back(storedAnswer(q, m_impl->path));
        return rows;
    });
}

std::optional<std::string> Database::sharedAt(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded(m_impl->path, [&]() -> std::optional<std::string> {
        SQLite::Statement q(m_impl->sql, "SELECT shared_at FROM shared_states WHERE assessment_id = ?");
        q.bind(1, assessmentId);
        if (!q.executeStep())
            return std::nullopt;
        return q.getColumn(0).getString();
    });
}

void Database::setSharedAnswers(core::Id assessmentId, const std::vector<core::AnswerRow>& rows)
{
    assessment(assessmentId);
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        SQLite::Statement state(m_impl->sql, "INSERT INTO shared_states (assessment_id) VALUES (?) ON CONFLICT "
                                             "(assessment_id) DO UPDATE SET shared_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
        state.bind(1, assessmentId);
        state.exec();
        SQLite::Statement clear(m_impl->sql, "DELETE FROM shared_answers WHERE assessment_id = ?");
        clear.bind(1, assessmentId);
        clear.exec();
        SQLite::Statement insert(m_impl->sql, "INSERT INTO shared_answers (assessment_id, code, role, item, num, choice) "
                                              "VALUES (?, ?, ?, ?, ?, ?)");
        for (const auto& r : rows) {
            insert.reset();
            insert.bind(1, assessmentId);
            insert.bind(2, r.respondent);
            insert.bind(3, std::string(core::code(r.role)));
            insert.bind(4, r.item);
            if (const auto* n = std::get_if<int>(&r.value)) {
                insert.bind(5, *n);
                insert.bind(6);
            } else if (const auto* c = std::get_if<std::string>(&r.value)) {
                insert.bind(5);
                insert.bind(6, *c);
            } else {
                insert.bind(5);
                insert.bind(6);
            }
            insert.exec();
        }
        t.commit();
    });
}

bool Database::readOnly() const
{
    return guarded(m_impl->path, [&] {
        return sqlite3_db_readonly(m_impl->sql.getHandle(), "main") == 1 || m_impl->sql.execAndGet("PRAGMA query_only").getInt() == 1;
    });
}

} // namespace db
