#include "live_control.hpp"

#include "round_data.hpp"

#include "core/advice/recommendations.hpp"
#include "core/analysis/scoring.hpp"
#include "core/text/i18n.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace workshop {

using core::tr;
using core::tx;

namespace {

nlohmann::json local(const core::LocalText& text) { return {{"nl", text.nl}, {"en", text.en}}; }

} // namespace

LiveControl::LiveControl(db::Database& db, core::Id round, Room& room, core::Language lang)
    : m_db(db), m_round(round), m_room(room), m_lang(lang)
{
}

std::vector<LiveItem> LiveControl::itemsOf(core::LiveKind kind) const
{
    const auto& instrument = m_db.instrumentOf(m_round);
    std::vector<LiveItem> items;
    if (kind == core::LiveKind::Pulse) {
        // One question per element: how well it is arranged today (0-10).
        for (const auto e : core::kElements)
            for (const auto* q : instrument.questionsOfKind(core::QuestionKind::Rating))
                if (q->element == e && q->aspect == core::RatingAspect::Current)
                    items.push_back({q->code, q->text, q->kind, q->min, q->max, q->roles});
        return items;
    }
    // The round as it was shared: the projector's basis (docs/disclosure.md, rule 5).
    const auto data = app::loadRound(m_db, m_round, core::kDefaultGapThreshold, app::Basis::Shared);
    if (kind == core::LiveKind::Vote) {
        const auto advice = app::adviceFor(data, core::builtinCatalogue(), m_lang);
        for (std::size_t i = 0; i < advice.size() && items.size() < kVoteChoices; ++i)
            items.push_back({advice[i].recommendation->id, advice[i].recommendation->title, core::QuestionKind::Choice, 0, 0, {}});
        return items;
    }
    // Re-rating: in each of the three largest gaps' dimensions, the statement on which the shown
    // parties' means lie furthest apart.
    std::set<std::string> dimensions;
    for (const auto& g : data.analysis.gaps) {
        if (dimensions.size() == 3)
            break;
        if (!dimensions.insert(std::string(g.dimension.code())).second)
            continue;
        const auto statements = g.dimension.isTheme ? instrument.items(g.dimension.theme) : instrument.items(g.dimension.element);
        const core::Question* widest = nullptr;
        double spread = -1;
        for (const auto* q : statements)
            for (const auto& r : data.analysis.items)
                if (r.item == q->code && r.parties.size() >= 2) {
                    const auto [lo, hi] = std::minmax_element(r.parties.begin(), r.parties.end(),
                                                              [](const auto& a, const auto& b) { return a.mean < b.mean; });
                    if (hi->mean - lo->mean > spread) {
                        spread = hi->mean - lo->mean;
                        widest = q;
                    }
                }
        if (widest && std::none_of(items.begin(), items.end(), [&](const auto& i) { return i.code == widest->code; }))
            items.push_back({widest->code, widest->text, widest->kind, 1, 5, widest->roles});
    }
    return items;
}

std::optional<std::string> LiveControl::open(core::LiveKind kind)
{
    // Asked again only when the earlier one can show nobody (no party reached k: a try-out, or a
    // question nobody answered), so that no two results of one question stand side by side.
    for (const auto& earlier : m_db.liveQuestions(m_round))
        if (earlier.kind == kind && !core::liveResult(earlier, m_db.liveAnswers(earlier.id), m_room.threshold()).shown.empty())
            return std::string(core::tr(m_lang, core::tx("This round has already answered this question. It is asked once per round: a "
                                                         "second result beside the first could give away one person's answer. "
                                                         "To try the live questions out beforehand, use a copy of the file.")));
    auto items = itemsOf(kind);
    if (items.empty())
        return std::string(core::tr(m_lang, core::tx("There is nothing to ask yet: this needs answers to the questionnaire that have been shown.")));
    if (const auto now = m_room.live(); now && now->stage == LiveState::Stage::Open)
        lock();
    std::vector<std::string> codes;
    for (const auto& i : items)
        codes.push_back(i.code);
    const auto id = m_db.addLiveQuestion(m_round, kind, codes);
    m_room.setLive(LiveState{id, kind, std::move(items), LiveState::Stage::Open, {}});
    return std::nullopt;
}

void LiveControl::lock()
{
    auto live = m_room.live();
    if (!live || live->stage != LiveState::Stage::Open)
        return;
    // The file first: from this moment the writer's answers to it are refused.
    m_db.lockLiveQuestion(live->id);
    live->stage = LiveState::Stage::Locked;
    m_room.setLive(std::move(live));
}

core::LiveResult LiveControl::result() const
{
    const auto live = m_room.live();
    if (!live)
        return {};
    core::LiveQuestion q{live->id, live->kind, {}, live->stage != LiveState::Stage::Open};
    for (const auto& i : live->items)
        q.items.push_back(i.code);
    return core::liveResult(q, m_db.liveAnswers(live->id), m_room.threshold());
}

void LiveControl::reveal()
{
    lock();
    auto live = m_room.live();
    if (!live)
        return;
    const auto r = result();
    const auto& instrument = m_db.instrumentOf(m_round);
    nlohmann::json shown = nlohmann::json::array();
    for (const auto& [role, n] : r.shown)
        shown.push_back({{"party", local(instrument.shortName(role))}, {"n", n}});
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : r.items) {
        const auto it = std::find_if(live->items.begin(), live->items.end(), [&](const auto& i) { return i.code == item.item; });
        nlohmann::json parties = nlohmann::json::array();
        for (const auto& p : item.parties)
            parties.push_back({{"party", local(instrument.shortName(p.role))}, {"n", p.n}, {"mean", p.mean}});
        // A pulse's item by its element's name, as the projector shows it.
        const auto* q = live->kind == core::LiveKind::Pulse ? instrument.find(item.item) : nullptr;
        const auto& text = q && q->element ? instrument.name(*q->element) : it->text;
        items.push_back({{"item", item.item}, {"text", local(text)}, {"votes", item.votes}, {"parties", parties}});
    }
    live->result = nlohmann::json{{"shown", shown}, {"items", items}}.dump();
    live->stage = LiveState::Stage::Revealed;
    m_room.setLive(std::move(live));
}

void LiveControl::close()
{
    lock();
    m_room.setLive(std::nullopt);
}

LiveControl::Screen LiveControl::screen() const
{
    Screen s;
    const auto live = m_room.live();
    if (!live)
        return s;
    const auto& instrument = m_db.instrumentOf(m_round);
    s.headline = std::string(live->kind == core::LiveKind::Pulse ? tr(m_lang, tx("Pulse: how well is each element arranged today?"))
                             : live->kind == core::LiveKind::Vote ? tr(m_lang, tx("Vote: which three recommendations first?"))
                                                                   : tr(m_lang, tx("Once more, after the discussion")));
    const auto r = result();
    // Who has answered: parties from k, the others in one row without a number.
    for (const auto& [role, n] : r.shown)
        s.answered.emplace_back(instrument.shortName(role).in(m_lang), std::to_string(n));
    // Always there, so that it says nothing about whether a party is below k.
    s.answered.emplace_back(std::string(tr(m_lang, tx("other parties (not enough answers yet)"))), "");
    // An item as the projector names it: a pulse's rating by its element, the rest by its text.
    const auto name = [&](const LiveItem& i) {
        const auto* q = live->kind == core::LiveKind::Pulse ? instrument.find(i.code) : nullptr;
        std::string text(q && q->element ? instrument.name(*q->element).in(m_lang) : i.text.in(m_lang));
        while (!text.empty() && (text.back() == '.' || text.back() == ' '))
            text.pop_back(); // a statement's full stop does not meet the colon after it
        return text;
    };
    if (live->stage != LiveState::Stage::Revealed) {
        if (live->kind == core::LiveKind::Pulse) {
            std::string elements;
            for (const auto& i : live->items)
                elements += (elements.empty() ? "" : " \u00b7 ") + name(i);
            s.lines.push_back(elements);
        } else {
            for (const auto& i : live->items)
                s.lines.push_back(i.text.in(m_lang));
        }
        s.lines.insert(s.lines.begin(), std::string(live->stage == LiveState::Stage::Open
                                                        ? tr(m_lang, tx("Answer on your phone now."))
                                                        : tr(m_lang, tx("Closed: the result follows."))));
        return s;
    }
    s.revealed = true;
    for (const auto& item : r.items) {
        const auto it = std::find_if(live->items.begin(), live->items.end(), [&](const auto& i) { return i.code == item.item; });
        std::string line = name(*it) + ": ";
        if (live->kind == core::LiveKind::Vote) {
            line += tr(m_lang, core::txn("{0} vote", "{0} votes"), item.votes, {std::to_string(item.votes)});
        } else if (item.parties.empty()) {
            line += "-";
        } else {
            for (std::size_t p = 0; p < item.parties.size(); ++p)
                line += (p ? " \u00b7 " : "") + instrument.shortName(item.parties[p].role).in(m_lang) + " " +
                        core::formatNumber(item.parties[p].mean, item.parties[p].mean == std::floor(item.parties[p].mean) ? 0 : 1, m_lang);
        }
        s.lines.push_back(line);
    }
    return s;
}

} // namespace workshop
