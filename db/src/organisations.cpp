#include "connection.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/text/text_util.hpp"

namespace db {
namespace {

using core::Message;
using core::tx;

core::Organisation readOrganisation(SQLite::Statement& q)
{
    return core::Organisation{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                              q.getColumn(3).getString(), q.getColumn(4).getString()};
}

constexpr const char* kSelect = "SELECT id, name, hospital_type, created_at, exchange_key FROM organisations";

} // namespace

namespace {

/// The trimmed name, after checking it and the hospital type (Conflict otherwise).
std::string checkedOrganisation(const std::string& rawName, const std::string& hospitalType)
{
    std::string name(core::trim(rawName));
    if (!core::isOneLineText(name, 200))
        throw Conflict(Message{tx("an organisation needs a name of 1 to 200 characters on one line, without tabs or other "
                                  "control characters, not \"{0}\""),
                               {core::visibleText(name)}});
    if (!hospitalType.empty()) {
        const core::Question* q = core::builtinInstrument().find("profile.hospital_type");
        if (q && !q->option(hospitalType))
            throw Conflict(Message{tx("\"{0}\" is not a hospital type; expected one of {1}"),
                                   {hospitalType, core::joinList(q->optionCodes())}});
    }
    return name;
}

} // namespace

core::Id Database::addOrganisation(const std::string& rawName, const std::string& hospitalType)
{
    const std::string name = checkedOrganisation(rawName, hospitalType);
    return guarded(m_impl->path, [&] {
        if (findOrganisation(name))
            throw Conflict(Message{tx("there is already an organisation named \"{0}\"; choose another name"), {name}});
        SQLite::Statement q(m_impl->sql, "INSERT INTO organisations (name, hospital_type, exchange_key) VALUES (?, ?, lower(hex(randomblob(16))))");
        q.bind(1, name);
        q.bind(2, hospitalType);
        q.exec();
        return m_impl->sql.getLastInsertRowid();
    });
}

void Database::updateOrganisation(core::Id id, const std::string& rawName, const std::string& hospitalType)
{
    const std::string name = checkedOrganisation(rawName, hospitalType);
    organisation(id); // NotFound for an unknown id
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        if (const auto other = findOrganisation(name); other && other->id != id)
            throw Conflict(Message{tx("there is already an organisation named \"{0}\"; choose another name"), {name}});
        SQLite::Statement q(m_impl->sql, "UPDATE organisations SET name = ?, hospital_type = ? WHERE id = ?");
        q.bind(1, name);
        q.bind(2, hospitalType);
        q.bind(3, id);
        q.exec();
        t.commit();
    });
}

std::string Database::exchangeKey(core::Id id)
{
    organisation(id); // NotFound for an unknown id
    return guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        SQLite::Statement set(m_impl->sql, "UPDATE organisations SET exchange_key = lower(hex(randomblob(16))) WHERE id = ? AND "
                                           "length(exchange_key) != 32");
        set.bind(1, id);
        set.exec();
        SQLite::Statement q(m_impl->sql, "SELECT exchange_key FROM organisations WHERE id = ?");
        q.bind(1, id);
        q.executeStep();
        std::string key = q.getColumn(0).getString();
        t.commit();
        return key;
    });
}

std::vector<core::Organisation> Database::organisations() const
{
    return guarded(m_impl->path, [&] {
        std::vector<core::Organisation> out;
        SQLite::Statement q(m_impl->sql, std::string(kSelect) + " ORDER BY name COLLATE NOCASE");
        while (q.executeStep())
            out.push_back(readOrganisation(q));
        return out;
    });
}

core::Organisation Database::organisation(core::Id id) const
{
    return guarded(m_impl->path, [&] {
        SQLite::Statement q(m_impl->sql, std::string(kSelect) + " WHERE id = ?");
        q.bind(1, id);
        if (!q.executeStep())
            throw NotFound(Message{tx("there is no organisation with id {0}; see 'samenspel org list'"), {std::to_string(id)}});
        return readOrganisation(q);
    });
}

std::optional<core::Organisation> Database::findOrganisation(const std::string& name) const
{
    return guarded(m_impl->path, [&]() -> std::optional<core::Organisation> {
        SQLite::Statement q(m_impl->sql, std::string(kSelect) + " WHERE name = ?");
        q.bind(1, std::string(core::trim(name)));
        if (!q.executeStep())
            return std::nullopt;
        return readOrganisation(q);
    });
}

} // namespace db
