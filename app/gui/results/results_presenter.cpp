#include "results/results_presenter.hpp"

#include "round_data.hpp"
#include "reports/charts.hpp"
#include "reports/key_messages.hpp"
#include "reports/score_tables.hpp"

#include <algorithm>

namespace gui {

using core::tr;
using core::tx;

ResultsPresenter::ResultsPresenter(const db::Database& db, core::Id round, core::Language lang)
    : m_instrument(db.instrumentOf(round)), m_lang(lang)
{
    auto data = app::loadRound(db, round, core::kDefaultGapThreshold);
    m_respondents = data.responses.respondents().size();
    if (data.differsFromShared && data.sharedAt)
        m_sharedAt = *data.sharedAt;
    m_analysis = std::move(data.analysis);
}

std::string ResultsPresenter::hint() const
{
    return std::string(tr(m_lang, tx("Nobody has answered in this round yet. Collect answers on the Collection page: import "
                                      "a CSV file (Ctrl+I), type in a paper questionnaire (Ctrl+E), or start a participant "
                                      "with Workshop > Start a participant (Ctrl+P).")));
}

std::string ResultsPresenter::headline() const
{
    if (!m_analysis.index.value)
        return std::string(tr(m_lang, tx("Gelijkgerichtheidsindex")));
    // With the report's reading of the number, so that the screen and the handout say the same.
    return tr(m_lang, tx("Gelijkgerichtheidsindex: {0} out of 100, {1}."),
              {core::formatNumber(*m_analysis.index.value, 0, m_lang), reports::indexBand(*m_analysis.index.value, m_lang)});
}

std::vector<std::string> ResultsPresenter::indexParts() const
{
    std::vector<std::string> parts;
    if (!m_analysis.index.value)
        return parts;
    const auto table = reports::indexTable(m_analysis, m_lang);
    // Each component with its share of the index: where the number comes from.
    const auto& components = m_analysis.index.components;
    for (std::size_t i = 0; i + 1 < table.rows.size() && i < components.size(); ++i)
        parts.push_back(tr(m_lang, tx("{0}: {1} (weighs {2}%)"),
                           {table.rows[i][0].text, table.rows[i][1].text, core::formatNumber(100.0 * components[i].weight, 0, m_lang)}));
    return parts;
}

std::vector<std::string> ResultsPresenter::notes() const
{
    auto notes = reports::scoreNotes(m_analysis, m_lang);
    // The advisor's own screen shows the current answers; what was shared may be older.
    if (!m_sharedAt.empty())
        notes.insert(notes.begin(), core::tr(m_lang, core::tx("These figures include answers given after the round was last shared "
                                                             "({0}). Reports and the projector keep showing the shared "
                                                             "figures until enough respondents of a party have been added "
                                                             "or changed."),
                                             {m_sharedAt.substr(0, 10)}));
    return notes;
}
reports::Drawing ResultsPresenter::radar() const { return reports::radarOf(m_analysis, m_instrument, m_lang); }
reports::Drawing ResultsPresenter::heatmap() const { return reports::heatmapOf(m_analysis, m_instrument, m_lang); }
reports::Drawing ResultsPresenter::agendaChart() const { return reports::agendaChartOf(m_analysis, m_instrument, m_lang); }

reports::Drawing ResultsPresenter::gapChart() const
{
    return reports::gapChartOf(m_analysis, m_instrument, m_lang, kGapBars);
}

reports::Drawing ResultsPresenter::spreadChart() const { return reports::spreadChartOf(m_analysis, m_instrument, m_lang); }
std::size_t ResultsPresenter::spreadRows() const { return reports::spreadRows(m_analysis); }
std::string ResultsPresenter::spreadNote() const
{
    return spreadRows() == 0 ? reports::spreadMissing(m_lang) : reports::spreadIntro(m_lang);
}

std::size_t ResultsPresenter::gapCount() const { return std::min(m_analysis.gaps.size(), kGapBars); }

std::string ResultsPresenter::gapLegend() const
{
    std::string out = tr(m_lang, tx("Gap: the difference between two parties in points (0-100); red and \"misaligned\": {0} "
                                    "points or more. n: how many of the party answered on that element or theme."),
                         {core::formatNumber(m_analysis.options.gapThreshold, 0, m_lang)});
    // d only where the table has it: a round of small groups only has none.
    const auto table = reports::gapTable(m_analysis, m_instrument, m_lang, 15);
    if (std::any_of(table.columns.begin(), table.columns.end(), [](const auto& c) { return c.key == "d"; }))
        out += " " + std::string(tr(m_lang, tx("d: the same gap measured against the spread within the two parties (around "
                                               "0.5 a clear, from 0.8 a large difference); empty for a group shown without "
                                               "its spread.")));
    return out;
}

std::vector<std::string> ResultsPresenter::congruence() const
{
    return reports::congruenceLines(m_analysis, m_instrument, m_lang);
}

std::vector<ResultsPresenter::Section> ResultsPresenter::tables() const
{
    const auto title = [&](core::TextKey key) { return std::string(tr(m_lang, key)); };
    std::vector<Section> out;
    out.push_back({title(tx("The largest gaps in figures")), gapLegend(),
                   reports::gapTable(m_analysis, m_instrument, m_lang, 15)});
    out.push_back({title(tx("Now and desired per side (0-10)")),
                   title(tx("How each side rates an element now and where it wants it to be, from 0 to 10; change: desired "
                            "minus now. The largest changes are what a side wants to work on.")),
                   reports::agendaTable(m_analysis, m_instrument, m_lang)});
    out.push_back({title(tx("Consensus within the parties")),
                   reports::consensusNote(m_lang),
                   reports::consensusTable(m_analysis, m_instrument, m_lang)});
    out.push_back({title(tx("Reliability of the scales (Cronbach's alpha)")),
                   tr(m_lang, tx("Alpha says whether the statements of one element measure the same thing, from 0 to 1. From "
                                 "{0} the element's score can be read as one whole; below it, read the statements one by one."),
                      {core::formatNumber(core::kAlphaFloor, 1, m_lang)}),
                   reports::alphaTable(m_analysis, m_instrument, m_lang)});
    return out;
}

} // namespace gui
