#include "connection.hpp"
#include "file_locks.hpp"
#include "file_state.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>

namespace db {
namespace {

using core::Message;
using core::tx;

// Migration N takes a database from user_version N-1 to N. Never edit a released entry: add one.
constexpr const char* kMigrations[] = {
    // 1: organisations, rounds, the instruments they used, respondents and answers.
    R"sql(
    CREATE TABLE instruments (
        id      INTEGER PRIMARY KEY,
        code    TEXT NOT NULL,
        version TEXT NOT NULL,
        json    TEXT NOT NULL,
        UNIQUE (code, version)
    );
    CREATE TABLE organisations (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
        hospital_type TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE assessments (
        id              INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        name            TEXT NOT NULL,
        round_date      TEXT NOT NULL,
        instrument_id   INTEGER NOT NULL REFERENCES instruments (id),
        anonymity_k     INTEGER NOT NULL DEFAULT 3 CHECK (anonymity_k >= 3),
        created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (organisation_id, name)
    );
    CREATE TABLE respondents (
        id            INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        code          TEXT NOT NULL COLLATE NOCASE,
        role          TEXT NOT NULL,
        UNIQUE (assessment_id, code)
    );
    -- num holds Likert, rating and number answers, choice holds option codes; both NULL is
    -- "weet niet / n.v.t.".
    CREATE TABLE answers (
        respondent_id INTEGER NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
        item          TEXT NOT NULL,
        num           INTEGER,
        choice        TEXT,
        CHECK (num IS NULL OR choice IS NULL),
        PRIMARY KEY (respondent_id, item)
    ) WITHOUT ROWID;
    )sql",
    // 2: the incentive model's inputs per round (JSON, schema in docs/incentives.md).
    R"sql(
    CREATE TABLE incentive_inputs (
        assessment_id INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
        json          TEXT NOT NULL,
        updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    )sql",
    // 3: the action plan: actions agreed in a round, followed over later rounds.
    R"sql(
    CREATE TABLE actions (
        id                INTEGER PRIMARY KEY,
        assessment_id     INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        recommendation_id TEXT NOT NULL,
        title             TEXT NOT NULL,
        owner             TEXT NOT NULL CHECK (owner IN ('rvb', 'msb', 'both', 'other')),
        responsible       TEXT NOT NULL DEFAULT '',
        due_date          TEXT NOT NULL DEFAULT '',
        status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        notes             TEXT NOT NULL DEFAULT '',
        targets           TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    )sql",
    // 4: the shared states of a round: the answers its outputs meant for sharing were computed from,
    // one copy per time they moved (docs/disclosure.md). Keyed by respondent code, so that replacing
    // a respondent's answers does not change what was shared.
    R"sql(
    CREATE TABLE shared_releases (
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        release       INTEGER NOT NULL CHECK (release >= 1),
        shared_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (assessment_id, release)
    );
    CREATE TABLE shared_answers (
        assessment_id INTEGER NOT NULL,
        release       INTEGER NOT NULL,
        code          TEXT NOT NULL COLLATE NOCASE,
        role          TEXT NOT NULL,
        item          TEXT NOT NULL,
        num           INTEGER,
        choice        TEXT,
        CHECK (num IS NULL OR choice IS NULL),
        PRIMARY KEY (assessment_id, release, code, item),
        FOREIGN KEY (assessment_id, release) REFERENCES shared_releases (assessment_id, release) ON DELETE CASCADE
    ) WITHOUT ROWID;
    )sql",
    // 5: how many people of each role were invited to a round: the report's response rate.
    R"sql(
    CREATE TABLE invitations (
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        role          TEXT NOT NULL,
        invited       INTEGER NOT NULL CHECK (invited BETWEEN 1 AND 100000),
        PRIMARY KEY (assessment_id, role)
    ) WITHOUT ROWID;
    )sql",
    // 6: the live questions of a workshop and their answers (a pulse, a vote, a re-rating).
    R"sql(
    CREATE TABLE live_questions (
        id            INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('pulse', 'vote', 'rerate')),
        items         TEXT NOT NULL,
        opened_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        locked_at     TEXT
    );
    CREATE TABLE live_answers (
        question_id INTEGER NOT NULL REFERENCES live_questions (id) ON DELETE CASCADE,
        code        TEXT NOT NULL COLLATE NOCASE,
        role        TEXT NOT NULL,
        item        TEXT NOT NULL,
        num         INTEGER,
        choice      TEXT,
        CHECK (num IS NULL OR choice IS NULL),
        PRIMARY KEY (question_id, code, item)
    ) WITHOUT ROWID;
    )sql",
    // 7: exchange packages (docs/exchange.md). Each organisation's key in the packages it sends:
    // random, made once, so that the receiver knows the same hospital over rounds whatever its name.
    // The packages received for the comparison: the file as received, and what it is looked up by.
    R"sql(
    ALTER TABLE organisations ADD COLUMN exchange_key TEXT NOT NULL DEFAULT '';
    UPDATE organisations SET exchange_key = lower(hex(randomblob(16)));
    CREATE TABLE packages (
        id                  INTEGER PRIMARY KEY,
        sha256              TEXT NOT NULL UNIQUE,
        hospital_key        TEXT NOT NULL,
        hospital_name       TEXT NOT NULL,
        round_id            INTEGER NOT NULL,
        round_date          TEXT NOT NULL,
        instrument_version  TEXT NOT NULL,
        file                TEXT NOT NULL,
        imported_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (hospital_key, round_id)
    );
    )sql",
    // 8: the modules a round adds to the questionnaire (questionnaires/modules). A module's text is
    // stored in instruments under its own id, like an instrument version, so that a round keeps it.
    R"sql(
    CREATE TABLE assessment_modules (
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        module_id     INTEGER NOT NULL REFERENCES instruments (id),
        PRIMARY KEY (assessment_id, module_id)
    ) WITHOUT ROWID;
    )sql",
};
constexpr int kMigrationCount = static_cast<int>(std::size(kMigrations));
static_assert(kMigrationCount == kSchemaVersion, "one migration per schema version");

int pragmaInt(SQLite::Database& sql, const char* name)
{
    return sql.execAndGet(std::string("PRAGMA ") + name).getInt();
}

void checkOwnership(SQLite::Database& sql, const std::string& path)
{
    const int app = pragmaInt(sql, "application_id");
    const int version = pragmaInt(sql, "user_version");
    const int objects = sql.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    if (app != kApplicationId && (app != 0 || objects > 0))
        throw NotOurFile(Message{tx("{0} is not a Samenspel database (it belongs to another program); expected a .samenspel file made by "
                                 "'samenspel init' or the desktop program"), {path}});
    // Our migrations set the id and a version from 1 up together; anything else was written by hand.
    if (version < 0 || (app == kApplicationId && version == 0))
        throw Damaged(Message{tx("{0} is damaged: its schema version is {1}, which no version of Samenspel writes. Samenspel "
                                 "has not changed it; restore a backup of the file"),
                              {path, std::to_string(version)}});
    if (version > kSchemaVersion)
        throw NewerVersion(Message{tx("{0} was written by a newer version of Samenspel (database version {1}; this "
                                      "program reads up to {2}). Install the newer version to open it."),
                                   {path, std::to_string(version), std::to_string(kSchemaVersion)}});
}

void migrate(SQLite::Database& sql, const std::string& path)
{
    if (pragmaInt(sql, "user_version") == kSchemaVersion)
        return;
    WriteScope transaction(sql);
    // Read again inside the write lock: another process may have migrated in the meantime.
    const int from = pragmaInt(sql, "user_version");
    try {
        for (int v = from; v < kSchemaVersion; ++v)
            sql.exec(kMigrations[v]);
    } catch (const SQLite::Exception& e) {
        // A table that the version says is not there yet, say; the transaction rolls back.
        throw Damaged(Message{tx("{0} is damaged: its tables do not match its schema version {1} ({2}). Samenspel has not "
                                 "changed it; restore a backup of the file"),
                              {path, std::to_string(from), e.what()}});
    }
    sql.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    sql.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    transaction.commit();
}

/// The tables of schema version kSchemaVersion: a file of that version without one of them was
/// changed by hand or damaged, and would fail later with "no such table".
void checkTables(SQLite::Database& sql, const std::string& path)
{
    for (const char* table : {"instruments", "organisations", "assessments", "respondents", "answers", "incentive_inputs", "actions",
                              "shared_releases", "shared_answers", "invitations", "live_questions", "live_answers", "packages",
                              "assessment_modules"}) {
        SQLite::Statement q(sql, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.bind(1, table);
        if (!q.executeStep())
            throw Damaged(Message{tx("{0} is damaged: the table {1} is missing. Samenspel has not changed it; restore a backup "
                                     "of the file"),
                                  {path, table}});
    }
}

/// A connection that never changes the file: an older schema is migrated in a copy in memory.
std::unique_ptr<Database::Impl> readingConnection(const std::string& path)
{
    auto file = detail::openReadOnly(path);
    checkOwnership(*file, path);
    detail::checkIntact(*file, path);
    if (pragmaInt(*file, "user_version") == kSchemaVersion) {
        checkTables(*file, path);
        return std::make_unique<Database::Impl>(path, std::move(*file));
    }
    if (file->execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0)
        throw NotOurFile(Message{tx("{0} is empty: it holds no Samenspel data yet; 'samenspel init --db {0}' makes it a database"), {path}});
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup(memory, *file).executeStep();
    migrate(memory, path);
    checkTables(memory, path);
    memory.exec("PRAGMA query_only = ON"); // a change would be lost with the copy: refuse it
    return std::make_unique<Database::Impl>(path, std::move(memory));
}

} // namespace

WriteScope::WriteScope(SQLite::Database& sql) : m_sql(sql)
{
    // The outermost scope takes the write lock at once (BEGIN IMMEDIATE), so that the busy
    // timeout applies and a read-then-write cannot fail on a stale snapshot; inner scopes are
    // savepoints.
    m_outermost = sqlite3_get_autocommit(m_sql.getHandle()) != 0;
    if (m_outermost) {
        m_sql.exec("BEGIN IMMEDIATE");
    } else {
        static std::atomic<unsigned> counter{0};
        m_name = "w" + std::to_string(++counter);
        m_sql.exec("SAVEPOINT " + m_name);
    }
}

WriteScope::~WriteScope()
{
    if (m_done)
        return;
    try {
        if (m_outermost) {
            m_sql.exec("ROLLBACK");
        } else {
            m_sql.exec("ROLLBACK TO " + m_name);
            m_sql.exec("RELEASE " + m_name);
        }
    } catch (...) {
        // A destructor never throws; the connection is left to SQLite's own recovery.
    }
}

void WriteScope::commit()
{
    m_sql.exec(m_outermost ? std::string("COMMIT") : "RELEASE " + m_name);
    m_done = true;
}

void Database::readSnapshot(const std::function<void()>& read) const
{
    auto& sql = m_impl->sql;
    if (sqlite3_get_autocommit(sql.getHandle()) == 0) { // already inside a transaction
        read();
        return;
    }
    guarded(m_impl->path, [&] { sql.exec("BEGIN"); });
    try {
        read();
    } catch (...) {
        sql.exec("ROLLBACK");
        throw;
    }
    guarded(m_impl->path, [&] { sql.exec("COMMIT"); });
}

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::open(const std::string& path, Mode mode)
{
    detail::useLocksThatSurviveOtherHandles();
    if (path == ":memory:")
        return guarded(path, [&] {
            auto impl = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            impl->sql.exec("PRAGMA foreign_keys = ON");
            migrate(impl->sql, path);
            return Database(std::move(impl));
        });
    detail::checkFileBeforeOpening(path, mode);
    if (mode == Mode::ReadOnly)
        return guarded(path, [&] { return Database(readingConnection(path)); });
    return guarded(path, [&] {
        auto impl = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE | (mode == Mode::CreateIfMissing ? SQLite::OPEN_CREATE : 0));
        auto& sql = impl->sql;
        sql.setBusyTimeout(detail::kBusyTimeoutMs);
        checkOwnership(sql, path);
        detail::checkIntact(sql, path);
        sql.exec("PRAGMA foreign_keys = ON");
        detail::useRollbackJournal(sql);
        migrate(sql, path);
        checkTables(sql, path);
        return Database(std::move(impl));
    });
}

const std::string& Database::path() const { return m_impl->path; }

int Database::schemaVersion() const
{
    return guarded(m_impl->path, [&] { return pragmaInt(m_impl->sql, "user_version"); });
}

void Database::checkWritable()
{
    try {
        WriteScope undone(m_impl->sql);
        // The header's user version written again as it is: SQLite journals the page like any change.
        const int version = m_impl->sql.execAndGet("PRAGMA user_version").getInt();
        m_impl->sql.exec("PRAGMA user_version = " + std::to_string(version));
    } catch (const SQLite::Exception& e) {
        if (!detail::folderWritable(m_impl->path))
            throw Unwritable(Message{tx("{0} cannot be changed here: its folder is read-only, and the database writes a journal "
                                        "beside the file while it stores anything. Move the file to a folder you can write to"),
                                     {m_impl->path}});
        throwAsDbError(e, m_impl->path);
    }
}

void Database::transaction(const std::function<void()>& work)
{
    guarded(m_impl->path, [&] {
        WriteScope t(m_impl->sql);
        work();
        t.commit();
    });
}

std::string userDataFolder()
{
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return (base / "samenspel").string();
}

std::string defaultDatabasePath()
{
    if (const char* env = std::getenv("SAMENSPEL_DB"); env && *env)
        return env;
    return (std::filesystem::path(userDataFolder()) / "samenspel.samenspel").string();
}

} // namespace db
