#include "reports/module_tables.hpp"

#include "core/analysis/analysis.hpp"
#include "core/text/i18n.hpp"
#include "core/text/text_util.hpp"

namespace reports {

using core::tr;
using core::tx;

std::string reportedElsewhere(const core::Instrument& instrument, const core::Question& q, core::Language lang)
{
    if (!q.reportedElsewhere)
        return {};
    const auto& r = *q.reportedElsewhere;
    // Named, not necessarily done: the study counted what its respondents brought up.
    return tr(lang, tx("named by {0} of {1} {2} ({3})"),
              {std::to_string(r.count), std::to_string(r.of), r.who.in(lang), instrument.cite(r.source, lang)});
}

Table moduleScoreTable(const core::Instrument& instrument, const core::DimensionResult& score, core::Language lang)
{
    Table t;
    t.decimalSeparator = decimalSeparator(lang);
    t.columns = {{"party", std::string(tr(lang, tx("party")))},
                 {"n", "n", true},
                 {"score", std::string(tr(lang, tx("score (0-100)"))), true}};
    for (const auto& p : score.parties) {
        if (!p.stat.shown)
            continue;
        t.rows.push_back({Cell::coded(p.party, core::partyName(instrument, p.party, lang)), Cell::of(static_cast<long long>(p.stat.n)),
                          Cell::of(p.stat.mean, 0)});
    }
    return t;
}

Table moduleTable(const core::Instrument& instrument, const core::ModuleInfo& module, const BoardAnswers& answers,
                  core::Language lang)
{
    Table t;
    const core::Role boards[] = {core::Role::Rvb, core::Role::MsbBoard};
    t.columns = {{"question", std::string(tr(lang, tx("question")))}};
    for (const auto role : boards)
        t.columns.push_back({std::string(core::code(role)), core::partyName(instrument, core::code(role), lang)});
    bool elsewhere = false;
    for (const auto& q : instrument.questions())
        elsewhere = elsewhere || (q.module == module.id && q.reportedElsewhere);
    if (elsewhere)
        t.columns.push_back({"elsewhere", std::string(tr(lang, tx("what others report")))});
    for (const auto& q : instrument.questions()) {
        if (q.module != module.id || q.kind != core::QuestionKind::Choice)
            continue;
        std::vector<Cell> row{Cell::coded(q.code, q.text.in(lang))};
        const auto given = answers.find(q.code);
        for (const auto role : boards) {
            const auto* option = [&]() -> const core::ChoiceOption* {
                if (given == answers.end())
                    return nullptr;
                const auto a = given->second.find(std::string(core::code(role)));
                return a == given->second.end() ? nullptr : q.option(a->second);
            }();
            // A board asked nothing here, below k or without a majority: nothing to show.
            row.push_back(option ? Cell::coded(option->code, option->label.in(lang))
                                 : q.askedOf(role) ? Cell::of(std::string(tr(lang, tx("no shared answer")))) : Cell::empty());
        }
        if (elsewhere)
            row.push_back(Cell::of(reportedElsewhere(instrument, q, lang)));
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace reports
