#include "profile/profile_presenter.hpp"

#include "round_data.hpp"

#include "core/advice/recommendations.hpp"
#include "core/text/domain_names.hpp"
#include "db/database.hpp"
#include "reports/incentive_tables.hpp"
#include "reports/module_tables.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace gui {

using core::tr;
using core::tx;


ProfilePresenter::ProfilePresenter(const db::Database& db, core::Id round, core::Language lang) : m_lang(lang)
{
    const auto data = app::loadRound(db, round, core::kDefaultGapThreshold);
    const auto& inst = *data.instrument;
    m_organisation = db.organisation(data.round.organisationId);
    m_k = data.round.anonymityK;
    const auto text = [&](core::TextKey key) { return std::string(tr(lang, key)); };

    m_facts.columns = {{"what", text(tx("What")), false}, {"value", text(tx("Value")), false}};
    const auto fact = [&](core::TextKey what, const std::string& value) {
        m_facts.rows.push_back({reports::Cell::of(text(what)), reports::Cell::of(value)});
    };
    fact(tx("Hospital type"), core::hospitalTypeName(m_organisation.hospitalType, lang));
    fact(tx("Rounds"), std::to_string(db.assessments(m_organisation.id).size()));
    fact(tx("This round"), data.round.name + " (" + core::formatDate(data.round.date, m_lang) + ")");
    fact(tx("Anonymity threshold"), tr(lang, tx("{0} respondents per party"), {std::to_string(m_k)}));
    std::string instrumentText = data.round.instrumentId + " " + data.round.instrumentVersion;
    for (const auto& m : inst.modules())
        instrumentText += " + " + m.title.in(lang);
    fact(tx("Instrument"), instrumentText);
    fact(tx("Respondents"), std::to_string(data.responses.respondents().size()));
    fact(tx("Distribution model (incentives)"),
         data.incentives ? core::modelName(data.incentives->model.name, lang) : text(tx("no incentive figures yet")));

    // The boards' answers as the recommendations use them: a choice only from k answers and a
    // strict majority, a number as the median of k answers or more.
    const auto facts = app::factsOf(data);
    const auto boardLabel = [&](core::Role role) { return core::partyName(inst, core::code(role), lang); };
    m_profile.columns = {{"question", text(tx("Question")), false},
                         {"rvb", boardLabel(core::Role::Rvb), false},
                         {"msb_board", boardLabel(core::Role::MsbBoard), false},
                         {"same", text(tx("Same answer?")), false}};
    // A module's questions may carry what a study found elsewhere: shown beside, never as a norm.
    const bool elsewhere = std::any_of(inst.questions().begin(), inst.questions().end(),
                                       [](const core::Question& q) { return q.reportedElsewhere.has_value(); });
    if (elsewhere)
        m_profile.columns.push_back({"elsewhere", text(tx("What others report")), false});
    for (const auto& q : inst.questions()) {
        if (q.kind != core::QuestionKind::Choice && q.kind != core::QuestionKind::Number)
            continue;
        std::array<bool, 2> divided{}; // a majority, not unanimous: said in the table, compared as the answer
        std::vector<std::optional<std::string>> answers;
        for (const auto role : {core::Role::Rvb, core::Role::MsbBoard}) {
            std::optional<std::string> answer;
            if (!data.analysis.shown(role)) {
                answers.push_back(std::nullopt);
                continue;
            }
            if (q.kind == core::QuestionKind::Choice) {
                if (const auto it = facts.profile.find(q.code); it != facts.profile.end())
                    if (const auto a = it->second.find(std::string(core::code(role))); a != it->second.end()) {
                        answer = q.option(a->second)->label.in(lang);
                        const auto d = facts.divided.find(q.code);
                        divided[answers.size()] = d != facts.divided.end() && d->second.contains(a->first);
                    }
            } else if (const auto it = facts.profileNumbers.find(q.code); it != facts.profileNumbers.end()) {
                if (const auto n = it->second.find(std::string(core::code(role))); n != it->second.end())
                    answer = core::formatNumber(n->second, n->second == static_cast<int>(n->second) ? 0 : 1, lang);
            }
            answers.push_back(answer);
        }
        const auto cell = [&](std::size_t i, core::Role role) {
            if (!q.askedOf(role))
                return text(tx("not asked of this board"));
            if (!data.analysis.shown(role))
                return text(tx("not shown (below the threshold)"));
            if (!answers[i])
                return text(tx("no shared answer"));
            return divided[i] ? tr(lang, tx("{0} (by majority, not unanimous)"), {*answers[i]}) : *answers[i];
        };
        std::string same;
        if (answers[0] && answers[1]) {
            same = text(*answers[0] == *answers[1] ? tx("yes") : tx("no, they differ"));
            m_differences += *answers[0] == *answers[1] ? 0U : 1U;
        }
        m_profile.rows.push_back({reports::Cell::of(q.text.in(lang)), reports::Cell::of(cell(0, core::Role::Rvb)),
                                  reports::Cell::of(cell(1, core::Role::MsbBoard)), reports::Cell::of(same)});
        if (elsewhere)
            m_profile.rows.back().push_back(reports::Cell::of(reports::reportedElsewhere(inst, q, lang)));
        if (q.code == "profile.org_model") {
            if (answers[0] && answers[1] && *answers[0] == *answers[1])
                m_model = tr(lang, tx("Organisation model: {0} (the executive board and the MSB board agree)."), {*answers[0]});
            else if (answers[0] && answers[1])
                m_model = tr(lang, tx("Organisation model: the executive board says \"{0}\", the MSB board \"{1}\"."),
                             {*answers[0], *answers[1]});
            else if (answers[0] || answers[1])
                m_model = tr(lang, tx("Organisation model: {0} (one board's shared answer; the other has none)."),
                             {answers[0] ? *answers[0] : *answers[1]});
            else
                m_model = text(tx("Organisation model: not known yet; it follows from the executive board's and the MSB "
                                  "board's answers."));
        }
    }
}

std::string ProfilePresenter::profileNote() const
{
    return tr(m_lang, tx("A board's answer is the one more than half of its members gave (numbers: the median), and only "
                         "from {0} answers on; otherwise \"no shared answer\"."),
              {std::to_string(m_k)});
}

} // namespace gui
