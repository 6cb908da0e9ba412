#include "connection.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/instrument/module.hpp"
#include "core/text/text_util.hpp"

#include <algorithm>
#include <sstream>

namespace db {
namespace {

using core::Message;
using core::tx;

constexpr const char* kSelect =
    "SELECT a.id, a.organisation_id, a.name, a.round_date, i.code, i.version, a.anonymity_k,"
    " (SELECT count(*) FROM respondents r WHERE r.assessment_id = a.id),"
    " (SELECT group_concat(code, ' ') FROM (SELECT m.code FROM assessment_modules am JOIN instruments m"
    "   ON m.id = am.module_id WHERE am.assessment_id = a.id ORDER BY m.code))"
    " FROM assessments a JOIN instruments i ON i.id = a.instrument_id";

NotFound noSuchRound(core::Id id)
{
    return NotFound(Message{tx("there is no round (assessment) with id {0}; see 'samenspel assessment list'"), {std::to_string(id)}});
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
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
    a.modules = words(q.getColumn(8).getString());
    return a;
}

/// The id of a text in the instruments table, storing it on first use. A version's text never
/// changes: a different text under a stored version is a Conflict.
core::Id storeText(SQLite::Database& sql, const std::string& code, const std::string& version, std::string_view text)
{
    const std::string json(text);
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
    return storeText(sql, core::builtinInstrument().id(), version, *text); // every version has the same id
}

/// The built-in module `code`, or Conflict naming the modules there are.
const core::Module& builtinModule(const std::string& code)
{
    if (const core::Module* m = core::builtinModule(code))
        return *m;
    std::string known;
    for (const auto* m : core::builtinModules())
        known += (known.empty() ? "" : ", ") + m->info.id;
    throw Conflict(Message{tx("there is no module \"{0}\"; the modules are {1}"), {core::visibleText(code), known}});
}

/// Adds a module to a round inside the caller's transaction (once, however often it is named).
void insertModule(SQLite::Database& sql, core::Id assessmentId, const std::string& code)
{
    const core::Module& m = builtinModule(code);
    const core::Id moduleId = storeText(sql, m.info.id, m.info.version, *core::builtinModuleJson(m.info.id));
    SQLite::Statement q(sql, "INSERT OR IGNORE INTO assessment_modules (assessment_id, module_id) VALUES (?, ?)");
    q.bind(1, assessmentId);
    q.bind(2, moduleId);
    q.exec(); // a module named twice is added once
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
        for (const auto& module : spec.modules)
            insertModule(m_impl->sql, id, module);
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
    struct Stored {
        core::Id id;
        std::string json;
    };
    const auto texts = guarded(m_impl->path, [&] {
        std::vector<Stored> out;
        SQLite::Statement q(m_impl->sql, "SELECT i.id, i.json FROM assessments a JOIN instruments i ON i.id = "
                                         "a.instrument_id WHERE a.id = ?");
        q.bind(1, assessmentId);
        if (!q.executeStep())
            throw noSuchRound(assessmentId);
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString()});
        SQLite::Statement m(m_impl->sql, "SELECT i.id, i.json FROM assessment_modules am JOIN instruments i ON i.id = "
                                         "am.module_id WHERE am.assessment_id = ? ORDER BY i.code");
        m.bind(1, assessmentId);
        while (m.executeStep())
            out.push_back({m.getColumn(0).getInt64(), m.getColumn(1).getString()});
        return out;
    });
    std::vector<core::Id> key;
    for (const auto& t : texts)
        key.push_back(t.id);
    std::lock_guard lock(m_impl->instrumentsMutex);
    auto& slot = m_impl->instruments[key];
    if (!slot) {
        try {
            const std::string name = "instruments #" + std::to_string(texts.front().id);
            core::Instrument instrument = core::loadInstrument(texts.front().json, name);
            std::vector<core::Module> modules;
            for (std::size_t i = 1; i < texts.size(); ++i)
                modules.push_back(core::loadModule(texts[i].json, "instruments #" + std::to_string(texts[i].id)));
            std::vector<const core::Module*> pointers;
            for (const auto& m : modules)
                pointers.push_back(&m);
            slot = std::make_unique<core::Instrument>(pointers.empty() ? std::move(instrument)
                                                                       : core::withModules(instrument, pointers));
        } catch (const core::InvalidData& e) {
            throw Damaged(Message{tx("{0} is damaged: the questionnaire stored with round {1} does not read ({2}). Samenspel "
                                     "has not changed the file; restore a backup of it"),
                                  {m_impl->path, std::to_string(assessmentId), e.describe(core::Language::En)}});
        }
    }
    return *slot;
}

void Database::setModules(core::Id assessmentId, const std::vector<std::string>& modules)
{
    const auto round = assessment(assessmentId); // NotFound for a round that does not exist
    const auto wanted = [&](const std::string& m) { return std::find(modules.begin(), modules.end(), m) != modules.end(); };
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        for (const auto& module : round.modules) {
            if (wanted(module))
                continue;
            // Answers name their question; a module's codes all start with its id and a dot.
            const std::string prefix = module + ".";
            SQLite::Statement used(m_impl->sql,
                                   "SELECT count(*) FROM answers a JOIN respondents r ON r.id = a.respondent_id "
                                   "WHERE r.assessment_id = ? AND substr(a.item, 1, ?) = ?");
            used.bind(1, assessmentId);
            used.bind(2, static_cast<int>(prefix.size()));
            used.bind(3, prefix);
            used.executeStep();
            if (const auto n = used.getColumn(0).getInt64(); n > 0)
                throw Conflict(Message{tx("the round holds {0} answers to the module {1}, so it keeps the module"),
                                       {std::to_string(n), module}});
            SQLite::Statement q(m_impl->sql, "DELETE FROM assessment_modules WHERE assessment_id = ? AND module_id IN "
                                             "(SELECT id FROM instruments WHERE code = ?)");
            q.bind(1, assessmentId);
            q.bind(2, module);
            q.exec();
        }
        for (const auto& module : modules)
            if (std::find(round.modules.begin(), round.modules.end(), module) == round.modules.end())
                insertModule(m_impl->sql, assessmentId, module);
        t.commit();
    });
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
