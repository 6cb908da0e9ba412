#include "analysis/analysis_cells.hpp"

#include "core/analysis/disclosure.hpp"

#include <algorithm>
#include <cmath>

namespace core::detail {

namespace {

const StatementCell kHidden{};

bool contains(const std::vector<Role>& roles, Role role)
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

} // namespace

StatementCells::StatementCells(const Instrument& instrument, int k, std::size_t detailN)
    : m_k(static_cast<std::size_t>(k)), m_detailN(detailN), m_statements(instrument.questionsOfKind(QuestionKind::Likert))
{
    for (std::size_t i = 0; i < m_statements.size(); ++i)
        m_index.emplace(m_statements[i]->code, i);
}

void StatementCells::addRole(Role role, const Members& members)
{
    auto& cells = m_cells[role];
    cells.assign(m_statements.size(), StatementCell{});
    for (std::size_t i = 0; i < m_statements.size(); ++i) {
        const Question& q = *m_statements[i];
        if (!q.askedOf(role))
            continue;
        std::vector<double> values;
        long long sum = 0;
        for (const auto* r : members) {
            const auto it = r->answers.find(q.code);
            if (it == r->answers.end())
                continue;
            if (const auto v = keyedValue(q, it->second)) {
                values.push_back(*v);
                sum += std::lround(*v);
            }
        }
        auto& c = cells[i];
        c.n = values.size();
        c.shown = c.n >= m_k;
        if (!c.shown)
            continue;
        c.coarse = c.n < m_detailN;
        c.mean = c.coarse ? coarseMean(sum, c.n) : core::mean(values);
        if (!c.coarse)
            c.rwg = rwgSingle(values);
    }
}

bool StatementCells::anyShown(Role role) const
{
    const auto cells = m_cells.find(role);
    return cells != m_cells.end() &&
           std::any_of(cells->second.begin(), cells->second.end(), [](const StatementCell& c) { return c.shown; });
}

const StatementCell& StatementCells::at(Role role, const Question& q) const
{
    const auto cells = m_cells.find(role);
    const auto column = m_index.find(q.code);
    if (cells == m_cells.end() || column == m_index.end())
        return kHidden;
    return cells->second[column->second];
}

std::vector<const Question*> StatementCells::shownColumns(Role role, const std::vector<const Question*>& items) const
{
    std::vector<const Question*> out;
    for (const auto* q : items)
        if (at(role, *q).shown)
            out.push_back(q);
    return out;
}

std::vector<const Question*> StatementCells::fullColumns(Role role, const std::vector<const Question*>& items) const
{
    std::vector<const Question*> out;
    for (const auto* q : items)
        if (at(role, *q).shown && !at(role, *q).coarse)
            out.push_back(q);
    return out;
}

AnswerMatrix StatementCells::matrix(const std::vector<const Question*>& items, const Members& members, bool fullOnly) const
{
    AnswerMatrix m;
    for (const auto* r : members) {
        std::vector<std::optional<double>> row;
        for (const auto* q : items) {
            const auto it = r->answers.find(q->code);
            const auto& cell = at(r->role, *q);
            const bool counts = cell.shown && (!fullOnly || !cell.coarse) && it != r->answers.end();
            row.push_back(counts ? keyedValue(*q, it->second) : std::nullopt);
        }
        m.push_back(std::move(row));
    }
    return m;
}

std::optional<ItemResult::Cell> StatementCells::sideStatement(const Question& q, const std::vector<Role>& roles,
                                                              const Members& members) const
{
    ItemResult::Cell out;
    double weighted = 0.0;
    std::vector<Role> included;
    for (const auto role : roles) {
        const auto& c = at(role, q);
        if (!c.shown)
            continue;
        included.push_back(role);
        out.coarse = out.coarse || c.coarse;
        out.n += c.n;
        weighted += static_cast<double>(c.n) * c.mean;
    }
    if (included.empty())
        return std::nullopt;
    if (out.coarse) {
        out.mean = weighted / static_cast<double>(out.n);
        return out;
    }
    std::vector<double> values;
    for (const auto* r : members) {
        const auto it = r->answers.find(q.code);
        if (contains(included, r->role) && it != r->answers.end())
            if (const auto v = keyedValue(q, it->second))
                values.push_back(*v);
    }
    out.mean = core::mean(values);
    out.rwg = rwgSingle(values);
    return out;
}

} // namespace core::detail
