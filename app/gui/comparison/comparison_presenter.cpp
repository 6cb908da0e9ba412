#include "comparison/comparison_presenter.hpp"

#include "exchange.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "reports/comparison_charts.hpp"
#include "db/database.hpp"

namespace gui {

using core::tr;
using core::tx;
using core::txn;

namespace {

const char* const kGroupings[] = {"", "type", "model", "family"};

const core::Instrument& instrumentOf(const app::ComparisonSet& set)
{
    for (const auto* i : core::builtinInstrumentVersions())
        if (i->version() == set.instrumentVersion)
            return *i;
    return core::builtinInstrument();
}

} // namespace

ComparisonPresenter::ComparisonPresenter(core::Language lang) : m_lang(lang)
{
    // The gaps first after the index: what the comparison is for.
    m_measures = {"index"};
    for (const auto e : core::kElements)
        m_measures.push_back(std::string(core::code(e)) + ".gap");
    for (const auto& code : core::measureCodes())
        if (std::find(m_measures.begin(), m_measures.end(), code) == m_measures.end())
            m_measures.push_back(code);
}

void ComparisonPresenter::load(const db::Database& db)
{
    m_set = app::loadComparison(db);
    compare();
}

void ComparisonPresenter::clear()
{
    m_set = {};
    m_compared.clear();
}

std::string ComparisonPresenter::headline() const
{
    if (empty())
        return std::string(tr(m_lang, tx("This file holds no exchange packages. Read in the packages hospitals sent with "
                                         "\"Read packages...\"; each is checked first, and none is stored when one has a problem.")));
    std::string out = tr(m_lang, txn("{0} hospital, each with its latest round (questionnaire version {1}).",
                                     "{0} hospitals, each with its latest round (questionnaire version {1})."),
                         m_set.packages.size(), {std::to_string(m_set.packages.size()), m_set.instrumentVersion});
    if (m_set.earlierRounds + m_set.otherVersion > 0)
        out += " " + tr(m_lang, tx("Left out: {0} earlier rounds of the same hospitals, {1} packages of another questionnaire version."),
                        {std::to_string(m_set.earlierRounds), std::to_string(m_set.otherVersion)});
    // Not every hospital has every measure: say so, rather than leave two counts to puzzle over.
    std::size_t withFigure = 0;
    for (const auto& g : m_compared)
        withFigure += g.comparison.rows.size();
    if (m_grouping == 0 && !m_compared.empty() && withFigure < m_set.packages.size())
        out += " " + tr(m_lang, txn("{0} of them has a figure on this measure; the others show too few respondents on it.",
                                    "{0} of them have a figure on this measure; the others show too few respondents on it."),
                        withFigure, {std::to_string(withFigure)});
    return out + " " + std::string(tr(m_lang, tx("No ranking: hospitals are listed by name.")));
}

std::vector<std::string> ComparisonPresenter::measureLabels() const
{
    std::vector<std::string> out;
    for (const auto& code : m_measures)
        out.push_back(reports::measureName(*core::measureFromCode(code), instrumentOf(m_set), m_lang));
    return out;
}

std::vector<std::string> ComparisonPresenter::groupingLabels() const
{
    return {std::string(tr(m_lang, tx("all hospitals"))), std::string(tr(m_lang, tx("By hospital type"))),
            std::string(tr(m_lang, tx("By organisation model"))), std::string(tr(m_lang, tx("By distribution model")))};
}

void ComparisonPresenter::setMeasure(std::size_t index)
{
    m_measure = index < m_measures.size() ? index : 0;
    compare();
}

void ComparisonPresenter::setGrouping(std::size_t index)
{
    m_grouping = index < std::size(kGroupings) ? index : 0;
    compare();
}

void ComparisonPresenter::compare()
{
    m_compared.clear();
    if (empty())
        return;
    const auto measure = *core::measureFromCode(m_measures[m_measure]);
    for (const auto& g : app::peerGroups(m_set, kGroupings[m_grouping], m_lang))
        m_compared.push_back({g.name, core::compareMeasure(g.members, measure)});
}

// The measure is chosen above the tables: they do not repeat it, nor the hospitals' keys.
reports::Table ComparisonPresenter::summary() const
{
    return reports::withoutColumns(reports::comparisonSummary(m_compared, instrumentOf(m_set), m_lang), {"measure"});
}
reports::Table ComparisonPresenter::hospitals() const
{
    return reports::withoutColumns(reports::comparisonHospitals(m_compared, instrumentOf(m_set), m_lang), {"measure", "hospital_key"});
}

reports::Drawing ComparisonPresenter::funnel() const
{
    for (const auto& g : m_compared)
        if (g.comparison.spread)
            return reports::funnelChartOf(g.comparison, reports::measureName(g.comparison.measure, instrumentOf(m_set), m_lang), m_lang);
    return {};
}

std::string ComparisonPresenter::funnelGroup() const
{
    for (const auto& g : m_compared)
        if (g.comparison.spread)
            return g.group;
    return {};
}

std::string ComparisonPresenter::import(db::Database& db, const std::vector<std::string>& files)
{
    const auto added = app::importPackages(db, files);
    load(db);
    return tr(m_lang, txn("{0} package read in; the file now holds {1}.", "{0} packages read in; the file now holds {1}."), added,
              {std::to_string(added), std::to_string(db.packageCount())});
}

} // namespace gui
