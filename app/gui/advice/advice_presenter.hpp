#pragma once
// The Recommendations and Action plan pages, without wx: the round's triggered recommendations,
// ranked, with the figures behind each; adding one to the action plan; the plan with each
// action's progress since the previous round, and changing an action's status.

#include "action_plan.hpp"
#include "round_data.hpp"

#include "reports/table.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gui {

class AdvicePresenter {
public:
    AdvicePresenter(db::Database& db, core::Id round, core::Language lang);

    /// Rank, title, targets, audience and the first figure of every triggered recommendation.
    reports::Table recommendations() const;
    std::size_t count() const;
    /// The text of one recommendation, every figure behind it and its source.
    std::string details(std::size_t index) const;
    /// Adds a recommendation to the action plan; nullopt and error() when it is already there.
    std::optional<core::Id> addToPlan(std::size_t index);
    bool inPlan(std::size_t index) const;

    /// The organisation's actions up to this round, with their progress.
    reports::Table plan() const;
    /// The action at `index` in full, one "column: value" line each (what the list may shorten).
    std::string actionDetails(std::size_t index) const;
    std::size_t actionCount() const { return m_plan.actions.size(); }
    /// Sets an action's status (open, in_progress, done, dropped); false and error() otherwise.
    bool setStatus(std::size_t action, const std::string& status);
    /// Labels in the order of core::kActionStatuses and core::kActionOwners.
    std::vector<std::string> statusLabels() const;
    std::vector<std::string> ownerLabels() const;
    /// One action of plan(), as stored.
    const core::Action& action(std::size_t index) const { return m_plan.actions.at(index); }
    /// Stores a changed action (owner, responsible, due date, status, notes), checked as by
    /// `samenspel actions update`; false and error() naming what is wrong, and nothing changes.
    bool updateAction(const core::Action& changed);

    const std::string& error() const { return m_error; }

private:
    void reload();
    const core::Advice& triggered(std::size_t index) const;

    db::Database& m_db;
    core::Id m_round;
    core::Language m_lang;
    app::RoundData m_data;
    std::vector<core::Advice> m_advice;
    app::ActionPlan m_plan;
    std::string m_error;
};

} // namespace gui
