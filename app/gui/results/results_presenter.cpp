#include "results/results_presenter.hpp"

#include "round_data.hpp"
#include "reports/charts.hpp"
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
    return std::string(tr(m_lang, tx("Nobody has answered in this round yet. Start a participant with Workshop > "
                                      "Start a participant, or import answers with \"samenspel import\".")));
}

std::string ResultsPresenter::headline() const
{
    if (!m_analysis.index.value)
        return std::string(tr(m_lang, tx("Gelijkgerichtheidsindex")));
    std::string parts;
    const auto table = reports::indexTable(m_analysis, m_lang);
    for (std::size_t i = 0; i + 1 < table.rows.size(); ++i)
        parts += (parts.empty() ? "" : "; ") + table.rows[i][0].text + " " + table.rows[i][1].text;
    return tr(m_lang, tx("Gelijkgerichtheidsindex: {0} out of 100."), {core::formatNumber(*m_analysis.index.value, 0, m_lang)}) +
           "\n" + parts;
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
    return tr(m_lang, tx("Gap in points (0-100); red: {0} points or more (misaligned)."),
              {core::formatNumber(m_analysis.options.gapThreshold, 0, m_lang)});
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
    out.push_back({title(tx("Now and desired per side (0-10)")), {}, reports::agendaTable(m_analysis, m_instrument, m_lang)});
    out.push_back({title(tx("Consensus within the parties")),
                   reports::consensusNote(m_lang),
                   reports::consensusTable(m_analysis, m_instrument, m_lang)});
    out.push_back({title(tx("Reliability of the scales (Cronbach's alpha)")), {},
                   reports::alphaTable(m_analysis, m_instrument, m_lang)});
    return out;
}

} // namespace gui
