// The shared states of a round: copies of the answers its outputs meant for sharing were computed
// from, one per time they moved (core/shared_state.hpp, docs/disclosure.md).
#include "connection.hpp"

namespace db {

std::vector<std::vector<core::AnswerRow>> Database::sharedStates(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded(m_impl->path, [&] {
        std::vector<std::vector<core::AnswerRow>> states;
        SQLite::Statement releases(m_impl->sql, "SELECT release FROM shared_releases WHERE assessment_id = ? ORDER BY release");
        releases.bind(1, assessmentId);
        SQLite::Statement q(m_impl->sql, "SELECT code, role, item, num, choice FROM shared_answers "
                                         "WHERE assessment_id = ? AND release = ? ORDER BY code, item");
        while (releases.executeStep()) {
            q.reset();
            q.bind(1, assessmentId);
            q.bind(2, releases.getColumn(0).getInt64());
            auto& rows = states.emplace_back();
            while (q.executeStep())
                rows.push_back(storedAnswer(q, m_impl->path));
        }
        return states;
    });
}

std::size_t Database::sharedStateCount(core::Id assessmentId) const
{
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "SELECT count(*) FROM shared_releases WHERE assessment_id = ?");
        q.bind(1, assessmentId);
        q.executeStep();
        return static_cast<std::size_t>(q.getColumn(0).getInt64());
    });
}

std::optional<std::string> Database::sharedAt(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded(m_impl->path, [&]() -> std::optional<std::string> {
        SQLite::Statement q(m_impl->sql, "SELECT shared_at FROM shared_releases WHERE assessment_id = ? "
                                         "ORDER BY release DESC LIMIT 1");
        q.bind(1, assessmentId);
        if (!q.executeStep())
            return std::nullopt;
        return q.getColumn(0).getString();
    });
}

void Database::addSharedState(core::Id assessmentId, const std::vector<core::AnswerRow>& rows)
{
    assessment(assessmentId);
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        SQLite::Statement release(m_impl->sql, "INSERT INTO shared_releases (assessment_id, release) SELECT ?, "
                                               "coalesce(max(release), 0) + 1 FROM shared_releases WHERE assessment_id = ? "
                                               "RETURNING release");
        release.bind(1, assessmentId);
        release.bind(2, assessmentId);
        release.executeStep();
        const auto number = release.getColumn(0).getInt64();
        release.reset();
        SQLite::Statement insert(m_impl->sql, "INSERT INTO shared_answers (assessment_id, release, code, role, item, num, "
                                              "choice) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const auto& r : rows) {
            insert.reset();
            insert.bind(1, assessmentId);
            insert.bind(2, number);
            insert.bind(3, r.respondent);
            insert.bind(4, std::string(core::code(r.role)));
            insert.bind(5, r.item);
            if (const auto* n = std::get_if<int>(&r.value)) {
                insert.bind(6, *n);
                insert.bind(7);
            } else if (const auto* c = std::get_if<std::string>(&r.value)) {
                insert.bind(6);
                insert.bind(7, *c);
            } else {
                insert.bind(6);
                insert.bind(7);
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
