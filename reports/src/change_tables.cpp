#include "reports/change_tables.hpp"

#include "reports/charts.hpp"
#include "reports/score_tables.hpp"

#include <algorithm>
#include <cmath>

namespace reports {

using core::ChangeVerdict;
using core::tr;
using core::tx;

namespace {

std::string_view verdictCode(ChangeVerdict v)
{
    switch (v) {
    case ChangeVerdict::Clear: return "clear";
    case ChangeVerdict::WithinNoise: return "within_noise";
    case ChangeVerdict::WithinRounding: return "within_rounding";
    case ChangeVerdict::NotTested: return "not_tested";
    }
    return "not_tested";
}

std::string verdictName(ChangeVerdict v, core::Language lang)
{
    switch (v) {
    case ChangeVerdict::Clear: return std::string(tr(lang, tx("clear")));
    case ChangeVerdict::WithinNoise: return std::string(tr(lang, tx("within chance")));
    case ChangeVerdict::WithinRounding: return std::string(tr(lang, tx("within the rounding")));
    case ChangeVerdict::NotTested: return std::string(tr(lang, tx("beyond the rounding, not tested")));
    }
    return {};
}

bool notable(const core::PartyChange& c)
{
    return c.verdict == ChangeVerdict::Clear || c.verdict == ChangeVerdict::NotTested;
}

std::string signedText(long long v)
{
    return v > 0 ? "+" + std::to_string(v) : std::to_string(v);
}

/// Every change, with its dimension, in the order of the chart.
std::vector<std::pair<const core::DimensionChange*, const core::PartyChange*>> all(const core::RoundChanges& changes)
{
    std::vector<std::pair<const core::DimensionChange*, const core::PartyChange*>> out;
    for (const auto& d : changes.dimensions)
        for (const auto& p : d.parties)
            out.emplace_back(&d, &p);
    return out;
}

/// The changes beyond noise and rounding, largest (as read) first; ties keep the chart's order.
/// `clearFirst`: the clear ones before those of small groups, which are not tested.
std::vector<std::pair<const core::DimensionChange*, const core::PartyChange*>> largestNotable(const core::RoundChanges& changes,
                                                                                             bool clearFirst = false)
{
    auto out = all(changes);
    std::erase_if(out, [](const auto& e) { return !notable(*e.second); });
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return std::llabs(core::shownChange(*x.second)) > std::llabs(core::shownChange(*y.second));
    });
    if (clearFirst)
        std::stable_partition(out.begin(), out.end(), [](const auto& e) { return e.second->verdict == ChangeVerdict::Clear; });
    return out;
}

} // namespace

double changeChartHeight(const core::RoundChanges& changes)
{
    return 100 + 20.0 * static_cast<double>(changes.dimensions.size());
}

Drawing changeChartOf(const core::RoundChanges& changes, const core::Instrument& instrument, core::Language lang)
{
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    for (const auto& p : changes.parties)
        columns.push_back(core::partyName(instrument, p, lang));
    std::vector<std::vector<std::optional<double>>> values;
    std::vector<std::vector<std::string>> labels;
    for (const auto& d : changes.dimensions) {
        rows.push_back(dimensionName(instrument, d.dimension, lang));
        std::vector<std::optional<double>> row;
        std::vector<std::string> label;
        for (const auto& party : changes.parties) {
            const auto it = std::find_if(d.parties.begin(), d.parties.end(), [&](const auto& c) { return c.party == party; });
            if (it == d.parties.end()) {
                row.push_back(std::nullopt);
                label.push_back("-");
                continue;
            }
            const auto shown = core::shownChange(*it);
            // 50 is white: +50 points the darkest blue, -50 the darkest red.
            const double colour = it->verdict == ChangeVerdict::Clear       ? 50.0 + static_cast<double>(shown)
                                  : it->verdict == ChangeVerdict::NotTested ? 50.0 + static_cast<double>(shown) / 2
                                                                            : 50.0;
            row.push_back(std::clamp(colour, 0.0, 100.0));
            label.push_back(notable(*it) ? signedText(shown) + (it->verdict == ChangeVerdict::NotTested ? "*" : "")
                                         : "(" + signedText(shown) + ")");
        }
        values.push_back(std::move(row));
        labels.push_back(std::move(label));
    }
    const ScaleLegend legend{"-50 " + std::string(tr(lang, tx("lower than before"))),
                             "+50 " + std::string(tr(lang, tx("higher than before"))),
                             std::string(tr(lang, tx("(…): chance or rounding can explain it; * (paler): beyond the rounding, but "
                                                     "a group of fewer than 10 is in it, so chance is not tested; -: not shown "
                                                     "in both rounds")))};
    const char separator = decimalSeparator(lang);
    return [rows, columns, values, separator, labels, legend](cairo_t* cr, Rect area) {
        heatmap(cr, area, rows, columns, values, separator, labels, legend);
    };
}

Table changeTable(const core::RoundChanges& changes, const core::Instrument& instrument, core::Language lang, std::size_t largest)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"party", std::string(tr(lang, tx("party")))},
                 {"then", std::string(tr(lang, tx("then (n)"))), true},
                 {"now", std::string(tr(lang, tx("now (n)"))), true},
                 {"change", std::string(tr(lang, core::txc("over time", "change"))), true},
                 {"reading", std::string(tr(lang, tx("reading")))}};
    const auto score = [&](double mean, std::size_t n) {
        return Cell::of(core::formatNumber(mean, 0, lang) + " (" + std::to_string(n) + ")");
    };
    auto rows = largest > 0 ? largestNotable(changes) : all(changes);
    if (largest > 0 && rows.size() > largest)
        rows.resize(largest);
    for (const auto& [d, p] : rows)
        t.rows.push_back({Cell::of(dimensionName(instrument, d->dimension, lang)), Cell::of(core::partyName(instrument, p->party, lang)),
                          score(p->then, p->nThen), score(p->now, p->nNow), Cell::of(signedText(core::shownChange(*p))),
                          Cell::of(verdictName(p->verdict, lang))});
    return t;
}

std::vector<std::string> changeLines(const core::RoundChanges& changes, const core::Instrument& instrument,
                                     core::Language lang, std::size_t limit, bool clearFirst)
{
    std::vector<std::string> out;
    for (const auto& [d, p] : largestNotable(changes, clearFirst)) {
        if (out.size() == limit)
            break;
        const std::vector<std::string> args{dimensionName(instrument, d->dimension, lang), core::partyName(instrument, p->party, lang),
                                            core::formatNumber(p->then, 0, lang), core::formatNumber(p->now, 0, lang),
                                            signedText(core::shownChange(*p))};
        out.push_back(p->verdict == ChangeVerdict::Clear ? tr(lang, tx("{0}, {1}: from {2} to {3} ({4} points), more than chance explains."), args)
                      : p->isSide
                          ? tr(lang, tx("{0}, {1}: from {2} to {3} ({4} points), more than rounding explains; the side includes a "
                                        "group of fewer than 10, so chance is not tested."),
                               args)
                          : tr(lang, tx("{0}, {1}: from {2} to {3} ({4} points), more than rounding explains; with fewer than 10 "
                                        "respondents, chance is not tested."),
                               args));
    }
    if (out.empty())
        out.emplace_back(tr(lang, tx("No score moved by more than chance or rounding can explain.")));
    return out;
}

std::optional<std::string> changeQuestion(const core::RoundChanges& changes, const core::Instrument& instrument,
                                          core::Language lang, const std::string& earlier)
{
    const auto changed = largestNotable(changes, true);
    if (changed.empty())
        return std::nullopt;
    const auto& [d, p] = changed.front();
    return tr(lang, tx("Since {0}, {1} moved most for {2} ({3} → {4}). What brought that about, and what do you want to keep or change?"),
              {earlier, dimensionName(instrument, d->dimension, lang), core::partyName(instrument, p->party, lang),
               core::formatNumber(p->then, 0, lang), core::formatNumber(p->now, 0, lang)});
}

std::string changeNote(core::Language lang)
{
    return tr(lang, tx("For a party with 10 or more respondents in both rounds a change is clear when it is at least 1.96 "
                       "standard errors of the difference between the two means (a 95% interval, the rounds taken as "
                       "independent groups). A score of a smaller group comes from statement means rounded to half a "
                       "point, so it may be up to {0} points off, and a change between two such scores up to {1}; a "
                       "side's score in proportion to the respondents of its smaller groups. A change no larger than "
                       "that may come from rounding alone and is shown in brackets. Beyond it, it is marked *: with three "
                       "to nine people one different answer moves a score a lot, so chance is not tested. The same people "
                       "need not have answered both times; that too changes a score."),
              {core::formatNumber(core::kCoarseMargin, 2, lang), core::formatNumber(2 * core::kCoarseMargin, 1, lang)});
}

Table changeRows(const core::RoundChanges& changes, core::Language lang)
{
    Table t;
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"kind", std::string(tr(lang, tx("kind")))},
                 {"party", std::string(tr(lang, tx("party")))},
                 {"n_then", std::string(tr(lang, tx("n then"))), true},
                 {"mean_then", std::string(tr(lang, tx("score then"))), true},
                 {"n_now", std::string(tr(lang, tx("n now"))), true},
                 {"mean_now", std::string(tr(lang, tx("score now"))), true},
                 {"change", std::string(tr(lang, core::txc("over time", "change"))), true},
                 {"margin", std::string(tr(lang, tx("margin"))), true},
                 {"verdict", std::string(tr(lang, tx("reading")))}};
    for (const auto& [d, p] : all(changes))
        t.rows.push_back({Cell::of(std::string(d->dimension.code())), Cell::of(std::string(d->dimension.isTheme ? "theme" : "element")),
                          Cell::of(p->party), Cell::of(static_cast<long long>(p->nThen)), Cell::of(p->then, 3),
                          Cell::of(static_cast<long long>(p->nNow)), Cell::of(p->now, 3), Cell::change(p->change, 3),
                          Cell::of(p->margin, 3), Cell::coded(std::string(verdictCode(p->verdict)), verdictName(p->verdict, lang))});
    return t;
}

} // namespace reports
