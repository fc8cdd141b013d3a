#include "store/sandbox_store.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

namespace {

// Schema versions by PRAGMA user_version; each step upgrades by one.
const char *const kSchemaV1[] = {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE orgs(id TEXT PRIMARY KEY, name TEXT NOT NULL, created INTEGER NOT NULL)",
        "CREATE TABLE projects(id TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL, created "
        "INTEGER NOT NULL)",
        "CREATE TABLE clusters(id TEXT PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT "
        "NOT NULL,"
        " tier TEXT NOT NULL, provider TEXT NOT NULL, region TEXT NOT NULL, topology TEXT NOT NULL,"
        " shard_count INTEGER NOT NULL, mongo_version TEXT NOT NULL, fcv_pinned TEXT, backup_kind TEXT NOT "
        "NULL,"
        " backup_enabled INTEGER NOT NULL, pit_enabled INTEGER NOT NULL, encryption TEXT NOT NULL,"
        " paused INTEGER NOT NULL, state TEXT NOT NULL, created INTEGER NOT NULL, shards_changed_at INTEGER,"
        " collection_count INTEGER, disk_gb REAL, UNIQUE(project_id, name))",
        "CREATE TABLE schedules(cluster_id TEXT PRIMARY KEY, policy_id TEXT NOT NULL, reference_hour INTEGER "
        "NOT NULL,"
        " reference_minute INTEGER NOT NULL, restore_window_days INTEGER NOT NULL, items TEXT NOT NULL,"
        " next_snapshot INTEGER)",
        "CREATE TABLE snapshots(id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, created INTEGER NOT NULL,"
        " expires INTEGER NOT NULL, frequency TEXT NOT NULL, origin TEXT NOT NULL, status TEXT NOT NULL,"
        " size_bytes INTEGER NOT NULL, mongod_version TEXT NOT NULL, topology TEXT NOT NULL, members TEXT,"
        " copy_regions TEXT, description TEXT, policy_items TEXT)",
        "CREATE INDEX snapshots_by_cluster ON snapshots(cluster_id, created)",
        "CREATE INDEX snapshots_by_status ON snapshots(status)",
        "CREATE INDEX snapshots_by_expiry ON snapshots(expires)",
        "CREATE TABLE pit_ranges(cluster_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL)",
        "CREATE INDEX pit_by_cluster ON pit_ranges(cluster_id, start)",
        "CREATE TABLE restore_jobs(id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, snapshot_id TEXT, delivery "
        "TEXT NOT NULL,"
        " target_project_id TEXT, target_cluster TEXT, pit_seconds INTEGER, oplog_ts INTEGER, oplog_inc "
        "INTEGER,"
        " created INTEGER NOT NULL, finished INTEGER NOT NULL, cancelled INTEGER NOT NULL, failed INTEGER "
        "NOT NULL,"
        " expired INTEGER NOT NULL, expires INTEGER NOT NULL, urls TEXT, planned_seconds INTEGER NOT NULL,"
        " planned_failure INTEGER NOT NULL, requested_by TEXT)",
        "CREATE INDEX restores_by_cluster ON restore_jobs(cluster_id, created)",
        "CREATE TABLE documents(tbl TEXT NOT NULL, id TEXT NOT NULL, scope_id TEXT, kind TEXT, created "
        "INTEGER,"
        " doc TEXT NOT NULL, PRIMARY KEY(tbl, id))",
        "CREATE INDEX documents_by_scope ON documents(tbl, scope_id, created)",
        "CREATE TABLE credentials(id TEXT PRIMARY KEY, kind TEXT NOT NULL, secret TEXT NOT NULL, description "
        "TEXT)",
        "CREATE TABLE credential_roles(credential_id TEXT NOT NULL, scope_id TEXT NOT NULL, role TEXT NOT "
        "NULL)",
};

// Version 2, for the hot paths of a large organization's listing: pages go newest first with the
// id breaking ties, and an index in that very order spares SQLite sorting whole rows for every page
// (it ordered by cluster and time only); every request reads its caller's roles.
const char *const kSchemaV2[] = {
        "DROP INDEX snapshots_by_cluster",
        "CREATE INDEX snapshots_by_cluster_newest ON snapshots(cluster_id, created DESC, id)",
        "CREATE INDEX credential_roles_by_credential ON credential_roles(credential_id)",
};

// Version 3: a sync asks each cluster for a few kinds of events (oplog, restore requests) that a
// project holds a handful of among thousands of snapshot events; by kind, it reads only those.
const char *const kSchemaV3[] = {
        "CREATE INDEX documents_by_kind ON documents(tbl, scope_id, kind, created)",
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("snapline-sandbox-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SandboxStore::SandboxStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_connection(m_db.connectionName())
{}

SandboxStore::~SandboxStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SandboxStore>> SandboxStore::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<std::unique_ptr<SandboxStore>>::failure(
                QStringLiteral("STORE_UNAVAILABLE"),
                QStringLiteral("Cannot open the sandbox database %1: %2").arg(path, why));
    }
    std::unique_ptr<SandboxStore> store(new SandboxStore(db));
    if (!store->migrate()) {
        return Result<std::unique_ptr<SandboxStore>>::failure(
                QStringLiteral("STORE_CORRUPT"),
                QStringLiteral(
                        "The sandbox database %1 cannot be used (%2); start with --reset to rebuild it.")
                        .arg(path, store->lastError()));
    }
    store->m_sqlite = sharedSqliteHandle(store->m_db);
    return store;
}

bool SandboxStore::migrate()
{
    QSqlQuery pragma(m_db);
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        pragma.exec(QString::fromLatin1(statement));
    if (!pragma.exec(QStringLiteral("PRAGMA user_version")) || !pragma.next()) {
        m_lastError = pragma.lastError().text();
        return false;
    }
    const int version = pragma.value(0).toInt();
    pragma.finish(); // SQLite refuses to drop an index while a statement is still open
    const auto upgrade = [this](const auto &statements, int to) {
        return transaction([&] {
            QSqlQuery q(m_db);
            for (const char *statement : statements) {
                if (!q.exec(QString::fromLatin1(statement))) {
                    m_lastError = q.lastError().text();
                    return false;
                }
            }
            return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
        });
    };
    return (version >= 1 || upgrade(kSchemaV1, 1)) && (version >= 2 || upgrade(kSchemaV2, 2))
            && (version >= 3 || upgrade(kSchemaV3, 3));
}

bool SandboxStore::transaction(const std::function<bool()> &work)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    if (!work()) {
        m_db.rollback();
        forgetReads(); // they may hold what was rolled back
        return false;
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        forgetReads(); // they may hold what was rolled back
        return false;
    }
    return true;
}

void SandboxStore::forgetReads() const
{
    m_credentials.clear();
    m_projects.clear();
    m_clusters.clear();
}

QSqlQuery SandboxStore::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        m_lastError = query.lastError().text();
    return query;
}

bool SandboxStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

bool SandboxStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

} // namespace snapline::sandbox
