#include "connection.hpp"

#include <map>

namespace db {

using core::Message;
using core::tx;
using core::txn;

std::size_t Database::importPackages(const std::function<std::optional<NewPackage>(std::vector<core::DataProblem>&)>& next)
{
    return guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        std::vector<core::DataProblem> problems;
        std::map<std::string, std::string> sources; // sha256 -> where it came from in this import
        SQLite::Statement byHash(m_impl->sql, "SELECT imported_at FROM packages WHERE sha256 = ?");
        SQLite::Statement byRound(m_impl->sql, "SELECT sha256, imported_at FROM packages WHERE hospital_key = ? AND round_id = ?");
        SQLite::Statement insert(m_impl->sql, "INSERT INTO packages (sha256, hospital_key, hospital_name, round_id, round_date, "
                                              "instrument_version, file) VALUES (?, ?, ?, ?, ?, ?, ?)");
        std::size_t stored = 0;
        while (auto p = next(problems)) {
            byHash.reset();
            byHash.bind(1, p->sha256);
            byRound.reset();
            byRound.bind(1, p->hospitalKey);
            byRound.bind(2, p->roundId);
            if (byHash.executeStep()) {
                const auto earlier = sources.find(p->sha256);
                problems.push_back({p->source, earlier != sources.end()
                                                   ? Message{tx("is the same package as {0}"), {earlier->second}}
                                                   : Message{tx("was imported before, on {0}"), {byHash.getColumn(0).getString()}}});
                continue;
            }
            if (byRound.executeStep()) {
                const auto earlier = sources.find(byRound.getColumn(0).getString());
                problems.push_back({p->source, earlier != sources.end()
                                                   ? Message{tx("is another package of the same round of {0} as {1}; import one of them"),
                                                             {p->hospitalName, earlier->second}}
                                                   : Message{tx("is a round of {0} ({1}) of which a package was imported on {2}; a "
                                                                "hospital's round is compared once"),
                                                             {p->hospitalName, p->roundDate, byRound.getColumn(1).getString()}}});
                continue;
            }
            insert.reset();
            insert.bind(1, p->sha256);
            insert.bind(2, p->hospitalKey);
            insert.bind(3, p->hospitalName);
            insert.bind(4, p->roundId);
            insert.bind(5, p->roundDate);
            insert.bind(6, p->instrumentVersion);
            insert.bind(7, p->file);
            insert.exec();
            sources.emplace(p->sha256, p->source);
            ++stored;
        }
        if (!problems.empty()) // the transaction rolls back: nothing is stored
            throw core::InvalidData(txn("{1} problem in the packages; nothing was imported into {0}:",
                                        "{1} problems in the packages; nothing was imported into {0}:"),
                                    m_impl->path, std::move(problems));
        t.commit();
        return stored;
    });
}

std::size_t Database::packageCount() const
{
    return guarded(m_impl->path, [&] {
        return static_cast<std::size_t>(m_impl->sql.execAndGet("SELECT count(*) FROM packages").getInt64());
    });
}

std::vector<StoredPackage> Database::packages() const
{
    return guarded(m_impl->path, [&] {
        std::vector<StoredPackage> out;
        SQLite::Statement q(m_impl->sql, "SELECT id, sha256, file, imported_at FROM packages ORDER BY round_date, id");
        while (q.executeStep())
            out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString()});
        return out;
    });
}

} // namespace db
