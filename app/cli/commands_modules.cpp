// assessment modules: the optional modules of the questionnaire, and which a round uses.
#include "commands.hpp"

#include "core/instrument/module.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "reports/table.hpp"

#include <algorithm>

namespace cli {

using core::tr;
using core::tx;
using reports::Cell;

int cmdAssessmentModules(const Context& c)
{
    const auto lang = c.options.lang;
    const auto round = c.args.id("assessment");
    const auto add = c.args.list("add");
    const auto remove = c.args.list("remove");
    if (!round && (!add.empty() || !remove.empty()))
        throw UsageError(std::string(tr(lang, tx("--add and --remove need the round: --assessment ID"))));
    std::vector<std::string> used;
    if (round) {
        auto db = add.empty() && remove.empty() ? openForReading(c) : openExisting(c);
        used = db.assessment(*round).modules;
        if (!add.empty() || !remove.empty()) {
            for (const auto& m : remove)
                if (std::find(used.begin(), used.end(), m) == used.end())
                    throw UsageError(tr(lang, tx("the round does not use the module \"{0}\"; it uses: {1}"),
                                        {core::visibleText(m), used.empty() ? std::string("-") : core::joinList(used)}));
            std::erase_if(used, [&](const std::string& m) { return std::find(remove.begin(), remove.end(), m) != remove.end(); });
            used.insert(used.end(), add.begin(), add.end());
            db.setModules(*round, used);
            used = db.assessment(*round).modules;
        }
    }
    reports::Table t;
    t.columns = {{"module", std::string(tr(lang, tx("module")))},
                 {"title", std::string(tr(lang, tx("title")))},
                 {"version", std::string(tr(lang, tx("version")))},
                 {"statements", std::string(tr(lang, tx("statements"))), true},
                 {"profile_questions", std::string(tr(lang, tx("profile questions"))), true}};
    if (round)
        t.columns.push_back({"in_round", std::string(tr(lang, tx("in this round")))});
    for (const auto* m : core::builtinModules()) {
        const auto statements = static_cast<long long>(std::count_if(m->questions.begin(), m->questions.end(), [](const core::Question& q) {
            return q.kind == core::QuestionKind::Likert;
        }));
        std::vector<Cell> row{Cell::of(m->info.id), Cell::of(m->info.title.in(lang)), Cell::of(m->info.version), Cell::of(statements),
                              Cell::of(static_cast<long long>(m->questions.size()) - statements)};
        if (round) {
            const bool in = std::find(used.begin(), used.end(), m->info.id) != used.end();
            row.push_back(Cell::coded(in ? "true" : "false", std::string(tr(lang, in ? tx("yes") : tx("no")))));
        }
        t.rows.push_back(std::move(row));
    }
    reports::writeTable(c.out, t, c.options.format);
    return kOk;
}

} // namespace cli
