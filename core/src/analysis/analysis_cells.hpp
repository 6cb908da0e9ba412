#pragma once
// The statement cells of the shown roles (one role on one statement), with the disclosure rules of
// docs/disclosure.md: fewer than k answers hidden, fewer than kDetailN coarse. Every figure of the
// analysis is built from these cells, so that a hidden cell's answers enter nothing.

#include "core/analysis/analysis.hpp"
#include "core/analysis/statistics.hpp"

#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace core::detail {

using Members = std::vector<const ResponseSet::Entry*>;

struct StatementCell {
    bool shown = false;
    bool coarse = false;
    std::size_t n = 0;
    double mean = 0.0;         ///< rounded to 0.5 when coarse
    std::optional<double> rwg; ///< none when coarse
};

class StatementCells {
public:
    StatementCells(const Instrument& instrument, int k, std::size_t detailN);

    void addRole(Role role, const Members& members);
    /// Whether any statement cell of the role is shown.
    bool anyShown(Role role) const;
    /// A role that was not added, or a question that is no statement, has a hidden cell.
    const StatementCell& at(Role role, const Question& q) const;
    std::vector<const Question*> shownColumns(Role role, const std::vector<const Question*>& items) const;
    /// The shown statements with at least detailN answers.
    std::vector<const Question*> fullColumns(Role role, const std::vector<const Question*>& items) const;
    /// Rows: members; columns: `items`. An answer counts only where the member's role's cell on
    /// that statement is shown (and, with `fullOnly`, has full precision).
    AnswerMatrix matrix(const std::vector<const Question*>& items, const Members& members, bool fullOnly = false) const;
    /// A side's cell on one statement, from its roles whose own cell is shown; nullopt when none is.
    std::optional<ItemResult::Cell> sideStatement(const Question& q, const std::vector<Role>& roles,
                                                  const Members& members) const;

private:
    std::size_t m_k;
    std::size_t m_detailN;
    std::vector<const Question*> m_statements;
    std::unordered_map<std::string, std::size_t> m_index; // statement code -> column
    std::map<Role, std::vector<StatementCell>> m_cells;
};

/// Whether at least k of the members gave both ratings of one element: a shown agenda cell.
bool anyRatingPairShown(const Instrument& instrument, Role role, const Members& members, int k);

/// The change agenda of the shown parties (roles first, then sides), with the same rules.
ChangeAgenda changeAgenda(const Instrument& instrument, const std::vector<Party>& parties,
                          const std::vector<Members>& members, const AnalysisOptions& options);

} // namespace core::detail
