#include "reports/score_table.hpp"

#include <nlohmann/json.hpp>

namespace reports {
namespace {

using core::tr;
using core::tx;

void dimensionRows(Table& t, const core::DimensionScore& d, const std::string& name, const core::Scores& scores)
{
    std::vector<Cell> row{Cell::of(name)};
    for (const auto& [role, size] : scores.partySizes) {
        if (!scores.partyShown(role))
            continue;
        const auto it = std::find_if(d.parties.begin(), d.parties.end(), [r = role](const auto& p) { return p.role == r; });
        if (it != d.parties.end() && it->stat.shown)
            row.push_back(Cell::of(it->stat.mean, 0));
        else
            row.push_back(Cell::empty());
    }
    row.push_back(d.overall ? Cell::of(*d.overall, 0) : Cell::empty());
    t.rows.push_back(std::move(row));
}

} // namespace

Table scoreTable(const core::Scores& scores, const core::Instrument& instrument, core::Language lang)
{
    Table t;
    t.columns.push_back({"dimension", std::string(tr(lang, tx("7S element / theme"))), false});
    for (const auto& [role, size] : scores.partySizes)
        if (scores.partyShown(role))
            t.columns.push_back({std::string(core::code(role)),
                                 instrument.shortName(role).in(lang) + " (" + std::to_string(size) + ")", true});
    t.columns.push_back({"overall", std::string(tr(lang, tx("overall"))), true});
    for (std::size_t i = 0; i < core::kElements.size(); ++i)
        dimensionRows(t, scores.elements[i], instrument.name(core::kElements[i]).in(lang), scores);
    for (std::size_t i = 0; i < core::kThemes.size(); ++i)
        dimensionRows(t, scores.themes[i], instrument.name(core::kThemes[i]).in(lang), scores);
    return t;
}

Table scoreRows(const core::Scores& scores, core::Language lang)
{
    Table t;
    t.columns = {{"dimension", std::string(tr(lang, tx("7S element / theme")))},
                 {"party", std::string(tr(lang, tx("party")))},
                 {"n", "n", true},
                 {"mean", std::string(tr(lang, tx("mean"))), true},
                 {"sd", std::string(tr(lang, tx("sd"))), true}};
    const auto add = [&](std::string_view dimension, const core::DimensionScore& d) {
        for (const auto& p : d.parties)
            if (p.stat.shown)
                t.rows.push_back({Cell::of(std::string(dimension)), Cell::of(std::string(core::code(p.role))),
                                  Cell::of(static_cast<long long>(p.stat.n)), Cell::of(p.stat.mean, 2),
                                  Cell::of(p.stat.sd, 2)});
    };
    for (std::size_t i = 0; i < core::kElements.size(); ++i)
        add(core::code(core::kElements[i]), scores.elements[i]);
    for (std::size_t i = 0; i < core::kThemes.size(); ++i)
        add(core::code(core::kThemes[i]), scores.themes[i]);
    return t;
}

std::string scoreJson(const core::Scores& scores)
{
    using nlohmann::json;
    const auto dimension = [&](const core::DimensionScore& d) {
        json parties = json::object();
        for (const auto& p : d.parties) {
            // A hidden party is listed only as suppressed: no n, no mean, nothing to recompute it from.
            if (p.stat.shown)
                parties[std::string(core::code(p.role))] = {{"mean", p.stat.mean}, {"sd", p.stat.sd}, {"n", p.stat.n}};
            else
                parties[std::string(core::code(p.role))] = {{"suppressed", true}};
        }
        return json{{"overall", d.overall ? json(*d.overall) : json(nullptr)}, {"parties", parties}};
    };
    json doc;
    doc["anonymity_k"] = scores.k;
    doc["hidden_respondents"] = scores.hiddenRespondents;
    json elements = json::object();
    for (std::size_t i = 0; i < core::kElements.size(); ++i)
        elements[std::string(core::code(core::kElements[i]))] = dimension(scores.elements[i]);
    json themes = json::object();
    for (std::size_t i = 0; i < core::kThemes.size(); ++i)
        themes[std::string(core::code(core::kThemes[i]))] = dimension(scores.themes[i]);
    doc["elements"] = elements;
    doc["themes"] = themes;
    return doc.dump(2);
}

std::vector<std::string> scoreNotes(const core::Scores& scores, const core::Instrument& instrument, core::Language lang)
{
    std::vector<std::string> notes;
    notes.emplace_back(tr(lang, tx("Scores 0-100. The overall score is the mean of the party means: each party "
                                   "weighs equally, whatever its number of respondents.")));
    std::string hidden;
    for (const auto& [role, size] : scores.partySizes)
        if (!scores.partyShown(role))
            hidden += (hidden.empty() ? "" : ", ") + instrument.name(role).in(lang);
    if (!hidden.empty())
        notes.push_back(tr(lang, tx("Not shown, to protect anonymity (fewer than {0} respondents per party): {1}; "
                                    "{2} respondent(s) left out."),
                           {std::to_string(scores.k), hidden, std::to_string(scores.hiddenRespondents)}));
    return notes;
}

} // namespace reports
