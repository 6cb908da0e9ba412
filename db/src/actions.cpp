#include "connection.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>
#include <sstream>

namespace db {
namespace {

using core::Message;
using core::tx;

void check(const core::Action& a)
{
    // Shown as they are in tables, CSV and JSON: one line of UTF-8 (JSON cannot hold other bytes).
    if (!core::isOneLineText(core::trim(a.title), 300))
        throw Conflict(Message{tx("an action needs a title of 1 to 300 characters on one line, without tabs or other "
                                  "control characters, not \"{0}\""),
                               {core::visibleText(a.title)}});
    if (!a.responsible.empty() && !core::isOneLineText(a.responsible, 200))
        throw Conflict(Message{tx("the responsible role or function must be one line of at most 200 characters, without "
                                  "tabs or other control characters, not \"{0}\""),
                               {core::visibleText(a.responsible)}});
    if (!core::isValidUtf8(a.notes))
        throw Conflict(Message{tx("the notes hold bytes that are not UTF-8 text; expected text typed or pasted as UTF-8"), {}});
    if (std::find(core::kActionOwners.begin(), core::kActionOwners.end(), a.owner) == core::kActionOwners.end())
        throw Conflict(Message{tx("\"{0}\" is not an owner; expected rvb, msb, both or other"), {a.owner}});
    if (std::find(core::kActionStatuses.begin(), core::kActionStatuses.end(), a.status) == core::kActionStatuses.end())
        throw Conflict(Message{tx("\"{0}\" is not a status; expected open, in_progress, done or dropped"), {a.status}});
    if (!a.due.empty() && !core::isIsoDate(a.due))
        throw Conflict(Message{tx("\"{0}\" is not a date; expected YYYY-MM-DD"), {a.due}});
}

std::string joinTargets(const std::vector<std::string>& targets)
{
    std::string out;
    for (const auto& t : targets)
        out += (out.empty() ? "" : " ") + t;
    return out;
}

core::Action readAction(SQLite::Statement& q)
{
    core::Action a;
    a.id = q.getColumn(0).getInt64();
    a.assessmentId = q.getColumn(1).getInt64();
    a.recommendationId = q.getColumn(2).getString();
    a.title = q.getColumn(3).getString();
    a.owner = q.getColumn(4).getString();
    a.responsible = q.getColumn(5).getString();
    a.due = q.getColumn(6).getString();
    a.status = q.getColumn(7).getString();
    a.notes = q.getColumn(8).getString();
    std::istringstream targets(q.getColumn(9).getString());
    for (std::string t; targets >> t;)
        a.targets.push_back(t);
    a.createdAt = q.getColumn(10).getString();
    a.roundName = q.getColumn(11).getString();
    return a;
}

constexpr const char* kSelect = "SELECT x.id, x.assessment_id, x.recommendation_id, x.title, x.owner, x.responsible, "
                                "x.due_date, x.status, x.notes, x.targets, x.created_at, a.name FROM actions x "
                                "JOIN assessments a ON a.id = x.assessment_id";

} // namespace

core::Id Database::addAction(const core::Action& a)
{
    assessment(a.assessmentId);
    check(a);
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "INSERT INTO actions (assessment_id, recommendation_id, title, owner, responsible, "
                                         "due_date, status, notes, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, a.assessmentId);
        q.bind(2, a.recommendationId);
        q.bind(3, std::string(core::trim(a.title)));
        q.bind(4, a.owner);
        q.bind(5, a.responsible);
        q.bind(6, a.due);
        q.bind(7, a.status);
        q.bind(8, a.notes);
        q.bind(9, joinTargets(a.targets));
        q.exec();
        return m_impl->sql.getLastInsertRowid();
    });
}

void Database::updateAction(const core::Action& a)
{
    action(a.id);
    check(a);
    guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "UPDATE actions SET title = ?, owner = ?, responsible = ?, due_date = ?, status = ?, "
                                         "notes = ? WHERE id = ?");
        q.bind(1, std::string(core::trim(a.title)));
        q.bind(2, a.owner);
        q.bind(3, a.responsible);
        q.bind(4, a.due);
        q.bind(5, a.status);
        q.bind(6, a.notes);
        q.bind(7, a.id);
        q.exec();
    });
}

core::Action Database::action(core::Id id) const
{
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, std::string(kSelect) + " WHERE x.id = ?");
        q.bind(1, id);
        if (!q.executeStep())
            throw NotFound(Message{tx("there is no action with id {0}; see 'samenspel actions list --assessment ID'"), {std::to_string(id)}});
        return readAction(q);
    });
}

std::vector<core::Action> Database::actionsOfOrganisation(core::Id organisationId) const
{
    organisation(organisationId);
    return guarded(m_impl->path, [&] {
        std::vector<core::Action> out;
        SQLite::Statement q(m_impl->sql, std::string(kSelect) + " WHERE a.organisation_id = ? ORDER BY a.round_date, a.id, x.id");
        q.bind(1, organisationId);
        while (q.executeStep())
            out.push_back(readAction(q));
        return out;
    });
}

} // namespace db
