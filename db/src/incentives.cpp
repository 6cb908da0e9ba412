#include "connection.hpp"

#include "core/incentives/incentive_json.hpp"

namespace db {

using core::Message;
using core::tx;
using core::txn;

void Database::setIncentives(core::Id assessmentId, const core::IncentiveInputs& inputs)
{
    assessment(assessmentId);
    if (auto problems = core::validateIncentives(inputs); !problems.empty())
        throw core::InvalidData(txn("The incentive inputs {0} are invalid: {1} problem", "The incentive inputs {0} are invalid: {1} problems"), "#" + std::to_string(assessmentId),
                                std::move(problems));
    guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "INSERT INTO incentive_inputs (assessment_id, json) VALUES (?, ?) "
                                         "ON CONFLICT (assessment_id) DO UPDATE SET json = excluded.json, "
                                         "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
        q.bind(1, assessmentId);
        q.bind(2, core::incentivesToJson(inputs));
        q.exec();
    });
}

std::optional<core::IncentiveInputs> Database::incentives(core::Id assessmentId) const
{
    assessment(assessmentId);
    const auto json = guarded(m_impl->path, [&]() -> std::optional<std::string> {
        SQLite::Statement q(m_impl->sql, "SELECT json FROM incentive_inputs WHERE assessment_id = ?");
        q.bind(1, assessmentId);
        if (!q.executeStep())
            return std::nullopt;
        return q.getColumn(0).getString();
    });
    if (!json)
        return std::nullopt;
    try {
        return core::parseIncentives(*json, "#" + std::to_string(assessmentId));
    } catch (const core::InvalidData& e) {
        throw Damaged(Message{tx("{0} is damaged: the incentive figures stored with round {1} do not read ({2}). Samenspel "
                                 "has not changed the file; restore a backup of it"),
                              {m_impl->path, std::to_string(assessmentId), e.describe(core::Language::En)}});
    }
}

} // namespace db
