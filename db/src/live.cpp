// The live questions of a workshop and their answers (docs/data-file.md, "live_questions").
#include "connection.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>
#include <set>

namespace db {

using core::Message;
using core::tx;

namespace {

/// The most items one live question holds: seven for the pulse, a ranked list for the vote.
constexpr std::size_t kMaxLiveItems = 20;

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : "\n") + i;
    return out;
}

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

} // namespace

core::Id Database::addLiveQuestion(core::Id assessmentId, core::LiveKind kind, const std::vector<std::string>& items)
{
    const auto& instrument = instrumentOf(assessmentId);
    if (items.empty() || items.size() > kMaxLiveItems)
        throw Conflict(Message{tx("a live question has 1 to {0} items, not {1}"), {std::to_string(kMaxLiveItems), std::to_string(items.size())}});
    for (const auto& item : items) {
        // Questions of the round's instrument; a vote's recommendations are codes of letters,
        // digits, '.', '-' and '_'.
        const bool valid = kind == core::LiveKind::Vote ? !core::checkRespondentCode(item).has_value() : instrument.find(item) != nullptr;
        if (!valid || item.find('\n') != std::string::npos)
            throw Conflict(Message{tx("\"{0}\" is not an item a live question can ask"), {core::visibleText(item)}});
    }
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "INSERT INTO live_questions (assessment_id, kind, items) VALUES (?, ?, ?)");
        q.bind(1, assessmentId);
        q.bind(2, std::string(core::code(kind)));
        q.bind(3, joined(items));
        q.exec();
        return m_impl->sql.getLastInsertRowid();
    });
}

void Database::lockLiveQuestion(core::Id questionId)
{
    guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "UPDATE live_questions SET locked_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                         "WHERE id = ? AND locked_at IS NULL");
        q.bind(1, questionId);
        q.exec();
        SQLite::Statement exists(m_impl->sql, "SELECT 1 FROM live_questions WHERE id = ?");
        exists.bind(1, questionId);
        if (!exists.executeStep())
            throw NotFound(Message{tx("there is no live question {0}"), {std::to_string(questionId)}});
    });
}

std::vector<core::LiveQuestion> Database::liveQuestions(core::Id assessmentId) const
{
    assessment(assessmentId);
    return guarded(m_impl->path, [&] {
        std::vector<core::LiveQuestion> out;
        SQLite::Statement q(m_impl->sql, "SELECT id, kind, items, locked_at IS NOT NULL FROM live_questions "
                                         "WHERE assessment_id = ? ORDER BY id");
        q.bind(1, assessmentId);
        while (q.executeStep()) {
            const auto kind = core::liveKindFromCode(q.getColumn(1).getString());
            if (!kind)
                throw Damaged(Message{tx("{0} is damaged: it holds an unknown kind of live question \"{1}\". Samenspel has not "
                                         "changed it; restore a backup of the file"),
                                      {m_impl->path, q.getColumn(1).getString()}});
            out.push_back({q.getColumn(0).getInt64(), *kind, split(q.getColumn(2).getString()), q.getColumn(3).getInt() != 0});
        }
        return out;
    });
}

void Database::saveLiveAnswer(core::Id questionId, const core::Respondent& respondent,
                              const std::vector<std::pair<std::string, core::AnswerValue>>& values)
{
    if (const auto bad = core::checkRespondentCode(respondent.code))
        throw Conflict(*bad);
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        SQLite::Statement find(m_impl->sql, "SELECT assessment_id, kind, items, locked_at IS NOT NULL FROM live_questions WHERE id = ?");
        find.bind(1, questionId);
        if (!find.executeStep())
            throw NotFound(Message{tx("there is no live question {0}"), {std::to_string(questionId)}});
        if (find.getColumn(3).getInt() != 0)
            throw Conflict(Message{tx("this question is closed: it takes no more answers"), {}});
        const auto kind = core::liveKindFromCode(find.getColumn(1).getString()).value_or(core::LiveKind::Pulse);
        const auto items = split(find.getColumn(2).getString());
        const auto& instrument = instrumentOf(find.getColumn(0).getInt64());
        std::set<std::string> seen;
        std::vector<std::pair<std::string, core::AnswerValue>> stored;
        for (const auto& [item, value] : values) {
            if (std::find(items.begin(), items.end(), item) == items.end() || !seen.insert(item).second)
                throw Conflict(Message{tx("\"{0}\" is not an item of this question, or is given twice"), {core::visibleText(item)}});
            if (kind == core::LiveKind::Vote) {
                const auto* one = std::get_if<int>(&value);
                if (!one || *one != 1)
                    throw Conflict(Message{tx("a vote picks a recommendation with the value 1"), {}});
                stored.emplace_back(item, value);
            } else {
                stored.emplace_back(item, checkedAnswer(instrument, respondent.role, item, value));
            }
        }
        const auto picks = std::min(core::kVotePicks, items.size());
        if (kind == core::LiveKind::Vote && stored.size() != picks)
            throw Conflict(Message{tx("a vote picks {0} recommendations, not {1}"), {std::to_string(picks), std::to_string(stored.size())}});
        SQLite::Statement clear(m_impl->sql, "DELETE FROM live_answers WHERE question_id = ? AND code = ?");
        clear.bind(1, questionId);
        clear.bind(2, respondent.code);
        clear.exec();
        SQLite::Statement insert(m_impl->sql, "INSERT INTO live_answers (question_id, code, role, item, num, choice) VALUES (?, ?, ?, ?, ?, ?)");
        for (const auto& [item, value] : stored) {
            insert.reset();
            insert.bind(1, questionId);
            insert.bind(2, respondent.code);
            insert.bind(3, std::string(core::code(respondent.role)));
            insert.bind(4, item);
            if (const auto* n = std::get_if<int>(&value))
                insert.bind(5, *n);
            else
                insert.bind(5);
            if (const auto* c = std::get_if<std::string>(&value))
                insert.bind(6, *c);
            else
                insert.bind(6);
            insert.exec();
        }
        t.commit();
    });
}

std::vector<core::LiveAnswer> Database::liveAnswers(core::Id questionId) const
{
    return guarded(m_impl->path, [&] {
        std::vector<core::LiveAnswer> out;
        SQLite::Statement q(m_impl->sql, "SELECT code, role, item, num, choice FROM live_answers WHERE question_id = ? ORDER BY code, item");
        q.bind(1, questionId);
        while (q.executeStep()) {
            const auto row = storedAnswer(q, m_impl->path);
            out.push_back({row.respondent, row.role, row.item, row.value});
        }
        return out;
    });
}

} // namespace db
