#pragma once
// The Comparison page, without wx: the ministry's comparison of the hospitals whose exchange packages
// the open file holds (docs/comparison.md), for one measure in peer groups, and reading packages in.

#include "comparison.hpp"
#include "reports/comparison_tables.hpp"
#include "reports/document_sink.hpp"

#include <string>
#include <vector>

namespace db {
class Database;
}

namespace gui {

class ComparisonPresenter {
public:
    explicit ComparisonPresenter(core::Language lang);

    /// Reads the file's packages again (after an import, or another file).
    void load(const db::Database& db);
    void clear();
    bool empty() const { return m_set.packages.empty(); }
    /// "40 hospitals, each with its latest round (version 2.0); 14 earlier rounds left out", or
    /// how to begin when the file holds no packages.
    std::string headline() const;

    /// The measures (the index, its components, each element's and theme's gap and sides) and the
    /// groupings (all hospitals, by type, by organisation model, by distribution model), in words.
    std::vector<std::string> measureLabels() const;
    std::vector<std::string> groupingLabels() const;
    void setMeasure(std::size_t index);
    void setGrouping(std::size_t index);

    /// The current measure in each group of the current grouping.
    const std::vector<reports::GroupComparison>& compared() const { return m_compared; }
    reports::Table summary() const;
    reports::Table hospitals() const;
    /// The funnel of the first group that has one; an empty Drawing when none has (the index).
    reports::Drawing funnel() const;
    /// The group the funnel shows, for its title; empty without a funnel.
    std::string funnelGroup() const;

    /// Reads package files into `db` (app::importPackages: all or nothing); returns what to say.
    /// Throws core::InvalidData listing every problem.
    std::string import(db::Database& db, const std::vector<std::string>& files);

private:
    void compare();

    core::Language m_lang;
    app::ComparisonSet m_set;
    std::vector<std::string> m_measures; ///< codes
    std::size_t m_measure = 0;
    std::size_t m_grouping = 0;
    std::vector<reports::GroupComparison> m_compared;
};

} // namespace gui
