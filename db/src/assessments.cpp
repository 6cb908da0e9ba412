#include "connection.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/text/text_util.hpp"

namespace db {
namespace {

using core::Message;
using core::tx;

constexpr const char* kSelect =
    "SELECT a.id, a.organisation_id, a.name, a.round_date, i.code, i.version, a.anonymity_k,"
    " (SELECT count(*) FROM respondents r WHERE r.assessment_id = a.id)"
    " FROM assessments a JOIN instruments i ON i.id = a.instrument_id";

NotFound noSuchRound(core::Id id)
{
    return NotFound(Message{tx("there is no round (assessment) with id {0}; see 'samenspel assessment list'"), {std::to_string(id)}});
}

core::Assessment readAssessment(SQLite::Statement& q)
{
    core::Assessment a;
    a.id = q.getColumn(0).getInt64();
    a.organisationId = q.getColumn(1).getInt64();
    a.name = q.getColumn(2).getString();
    a.date = q.getColumn(3).getString();
    a.instrumentId = q.getColumn(4).getString();
    a.instrumentVersion = q.getColumn(5).getString();
    a.anonymityK = q.getColumn(6).getInt();
    a.respondents = static_cast<std::size_t>(q.getColumn(7).getInt64());
    return a;
}

/// The id of a built-in version of the instrument in this database (the current one when `wanted` is
/// empty), storing it on first use.
core::Id storeBuiltinInstrument(SQLite::Database& sql, const std::string& wanted)
{
    const std::string version = wanted.empty() ? core::builtinInstrument().version() : wanted;
    const auto text = core::builtinInstrumentJsonOf(version);
    if (!text) {
        std::string known;
        for (const auto* v : core::builtinInstrumentVersions())
            known += (known.empty() ? "" : ", ") + v->version();
        throw Conflict(Message{tx("there is no version \"{0}\" of the questionnaire; the versions are {1}"), {version, known}});
    }
    const std::string& code = core::builtinInstrument().id(); // every version has the same id
    const std::string json(*text);
    SQLite::Statement find(sql, "SELECT id, json FROM instruments WHERE code = ? AND version = ?");
    find.bind(1, code);
    find.bind(2, version);
    if (find.executeStep()) {
        if (find.getColumn(1).getString() != json)
            throw Conflict(Message{tx("this database holds a different text of instrument {0} {1}; an instrument's "
                                      "version must change whenever its content changes"),
                                   {code, version}});
        return find.getColumn(0).getInt64();
    }
    SQLite::Statement insert(sql, "INSERT INTO instruments (code, version, json) VALUES (?, ?, ?)");
    insert.bind(1, code);
    insert.bind(2, version);
    insert.bind(3, json);
    insert.exec();
    return sql.getLastInsertRowid();
}

} // namespace

core::Id Database::createAssessment(const NewAssessment& spec)
{
    const std::string name(core::trim(spec.name));
    if (!core::isOneLineText(name, 200))
        throw Conflict(Message{tx("a round needs a name of 1 to 200 characters on one line, without tabs or other control "
                                  "characters, not \"{0}\""),
                               {core::visibleText(name)}});
    const std::string date = spec.date.empty() ? core::todayIso() : spec.date;
    if (!core::isIsoDate(date))
        throw Conflict(Message{tx("\"{0}\" is not a date; expected YYYY-MM-DD"), {date}});
    if (spec.anonymityK < core::kMinAnonymityK)
        throw Conflict(Message{tx("the anonymity threshold must be at least {0}, not {1}"),
                               {std::to_string(core::kMinAnonymityK), std::to_string(spec.anonymityK)}});
    const auto org = organisation(spec.organisationId);
    return guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        SQLite::Statement exists(m_impl->sql, "SELECT 1 FROM assessments WHERE organisation_id = ? AND name = ?");
        exists.bind(1, org.id);
        exists.bind(2, name);
        if (exists.executeStep())
            throw Conflict(Message{tx("{0} already has a round named \"{1}\"; choose another name"), {org.name, name}});
        const core::Id instrumentId = storeBuiltinInstrument(m_impl->sql, spec.instrumentVersion);
        SQLite::Statement q(m_impl->sql, "INSERT INTO assessments (organisation_id, name, round_date, instrument_id, "
                                         "anonymity_k) VALUES (?, ?, ?, ?, ?)");
        q.bind(1, org.id);
        q.bind(2, name);
        q.bind(3, date);
        q.bind(4, instrumentId);
        q.bind(5, spec.anonymityK);
        q.exec();
        const core::Id id = m_impl->sql.getLastInsertRowid();
        t.commit();
        return id;
    });
}

std::vector<core::Assessment> Database::assessments(std::optional<core::Id> organisationId) const
{
    return guarded(m_impl->path, [&] {
        std::vector<core::Assessment> out;
        SQLite::Statement q(m_impl->sql, std::string(kSelect) +
                                             (organisationId ? " WHERE a.organisation_id = ?" : "") +
                                             " ORDER BY a.organisation_id, a.round_date, a.id");
        if (organisationId)
            q.bind(1, *organisationId);
        while (q.executeStep())
            out.push_back(readAssessment(q));
        return out;
    });
}

core::Assessment Database::assessment(core::Id id) const
{
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, std::string(kSelect) + " WHERE a.id = ?");
        q.bind(1, id);
        if (!q.executeStep())
            throw noSuchRound(id);
        return readAssessment(q);
    });
}

const core::Instrument& Database::instrumentOf(core::Id assessmentId) const
{
    const auto [instrumentId, json] = guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, "SELECT i.id, i.json FROM assessments a JOIN instruments i ON i.id = "
                                         "a.instrument_id WHERE a.id = ?");
        q.bind(1, assessmentId);
        if (!q.executeStep())
            throw noSuchRound(assessmentId);
        return std::pair{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
    });
    std::lock_guard lock(m_impl->instrumentsMutex);
    auto& slot = m_impl->instruments[instrumentId];
    if (!slot) {
        try {
            slot = std::make_unique<core::Instrument>(core::loadInstrument(json, "instruments #" + std::to_string(instrumentId)));
        } catch (const core::InstrumentError& e) {
            throw Damaged(Message{tx("{0} is damaged: the questionnaire stored with round {1} does not read ({2}). Samenspel "
                                     "has not changed the file; restore a backup of it"),
                                  {m_impl->path, std::to_string(assessmentId), e.describe(core::Language::En)}});
        }
    }
    return *slot;
}

std::map<core::Role, int> Database::invited(core::Id assessmentId) const
{
    assessment(assessmentId); // NotFound for a round that does not exist
    return guarded(m_impl->path, [&] {
        std::map<core::Role, int> out;
        SQLite::Statement q(m_impl->sql, "SELECT role, invited FROM invitations WHERE assessment_id = ?");
        q.bind(1, assessmentId);
        while (q.executeStep())
            if (const auto role = core::roleFromCode(q.getColumn(0).getString()))
                out[*role] = q.getColumn(1).getInt();
        return out;
    });
}

void Database::setInvited(core::Id assessmentId, const std::map<core::Role, int>& invited)
{
    for (const auto& [role, count] : invited)
        if (count < 0 || count > kMaxInvited)
            throw Conflict(Message{tx("the number invited for {0} must be a whole number from 0 to {1}, not {2}"),
                                   {std::string(core::code(role)), std::to_string(kMaxInvited), std::to_string(count)}});
    assessment(assessmentId);
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        for (const auto& [role, count] : invited) {
            SQLite::Statement q(m_impl->sql, count == 0 ? "DELETE FROM invitations WHERE assessment_id = ? AND role = ?"
                                                        : "INSERT INTO invitations (assessment_id, role, invited) VALUES (?, ?, ?) "
                                                          "ON CONFLICT (assessment_id, role) DO UPDATE SET invited = excluded.invited");
            q.bind(1, assessmentId);
            q.bind(2, std::string(core::code(role)));
            if (count != 0)
                q.bind(3, count);
            q.exec();
        }
        t.commit();
    });
}

} // namespace db
