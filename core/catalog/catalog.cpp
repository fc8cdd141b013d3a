#include "catalog/catalog.h"

#include "catalog/catalog_log.h"
#include "catalog/catalog_schema.h"
#include "catalog/sql_statement.h"
#include "catalog/sql_transaction.h"

#include <sqlite3.h>

namespace snapline {

Q_LOGGING_CATEGORY(lcCatalog, "snapline.core.catalog", QtInfoMsg)

namespace {

constexpr int kIdleCheckpointPages = 1000;     // 4 MB, SQLite's own default
constexpr int kBackstopCheckpointPages = 8000; // 32 MB, when the writer never idles

// Replaces SQLite's autocheckpoint: remembers how large the log has grown
// and folds it in only when it gets large.
int onCommit(void *walPages, sqlite3 *db, const char *schema, int pages)
{
    *static_cast<int *>(walPages) = pages;
    if (pages >= kBackstopCheckpointPages
        && sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) != SQLITE_OK)
        qCWarning(lcCatalog) << "catalog checkpoint failed:" << sqlite3_errmsg(db);
    return SQLITE_OK;
}

} // namespace

Catalog::Catalog(sqlite3 *db, QString path, std::shared_ptr<const Clock> clock, bool reader)
    : m_db(db)
    , m_path(std::move(path))
    , m_clock(std::move(clock))
    , m_reader(reader)
{
    if (!m_reader)
        sqlite3_wal_hook(m_db, &onCommit, &m_walPages);
}

Catalog::~Catalog()
{
    m_statements.clear(); // finalized before the connection closes
    if (!m_reader)
        sqlite3_exec(m_db, "PRAGMA optimize", nullptr, nullptr, nullptr);
    if (sqlite3_close(m_db) != SQLITE_OK)
        qCWarning(lcCatalog) << "closing the catalog failed:" << sqlite3_errmsg(m_db);
}

int Catalog::schemaVersion()
{
    return CatalogSchema::currentVersion();
}

Status Catalog::checkpoint()
{
    if (m_reader || m_walPages < kIdleCheckpointPages)
        return Done{};
    int logFrames = 0;
    int copiedFrames = 0;
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames)
        != SQLITE_OK)
        return sqlError(tr("fold its write-ahead log into the file"));
    // Frames a reader still needs stay in the log; the next idle moment retries.
    if (copiedFrames >= logFrames)
        m_walPages = 0;
    return Done{};
}

SqlStatement &Catalog::statement(const char *sql) const
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, std::make_unique<SqlStatement>(m_db, sql)).first;
    found->second->reset();
    return *found->second;
}

Error Catalog::sqlError(const QString &doing) const
{
    const int code = sqlite3_errcode(m_db);
    QString id = QStringLiteral("catalog.sqlite");
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        id = QStringLiteral("catalog.busy");
    else if (code == SQLITE_FULL)
        id = QStringLiteral("catalog.full");
    else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        id = QStringLiteral("catalog.corrupt");
    else if (code == SQLITE_READONLY)
        id = QStringLiteral("catalog.readonly");
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    qCWarning(lcCatalog) << "catalog error while trying to" << doing << ':' << detail;
    return {id, tr("The local catalog could not %1: %2").arg(doing, detail)};
}

Status Catalog::writable() const
{
    if (!m_reader)
        return Done{};
    return Error{
            QStringLiteral("catalog.readonly"),
            tr("This connection to the local catalog only reads; writes go through the catalog writer.")};
}

Status Catalog::exec(const char *sql, const QStringList &arguments, const QString &doing)
{
    SqlStatement &query = statement(sql);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        query.bindText(int(i) + 1, arguments.at(i));
    const int rc = query.step();
    query.reset();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return sqlError(doing);
    return Done{};
}

Status Catalog::transact(const QString &doing, const std::function<Status()> &body)
{
    if (Status ok = writable(); !ok)
        return ok;
    SqlTransaction transaction(m_db);
    if (transaction.beginResult() != SQLITE_OK)
        return sqlError(doing);
    if (Status done = body(); !done)
        return done;
    if (transaction.commit() != SQLITE_OK)
        return sqlError(doing);
    return Done{};
}

Result<QStringList> Catalog::missingKeys(const char *sql, const QStringList &arguments,
                                         const QSet<QString> &keep) const
{
    SqlStatement &query = statement(sql);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        query.bindText(int(i) + 1, arguments.at(i));
    QStringList missing;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        QString key = query.text(0);
        if (!keep.contains(key))
            missing.append(std::move(key));
    }
    query.reset();
    if (rc != SQLITE_DONE)
        return sqlError(tr("list what it holds"));
    return missing;
}

Status Catalog::removeMissing(const char *sql, const QStringList &arguments, const QSet<QString> &keep,
                              const std::function<Status(const QString &key)> &remove)
{
    auto missing = missingKeys(sql, arguments, keep);
    if (!missing)
        return missing.error();
    for (const QString &key : *missing) {
        if (Status done = remove(key); !done)
            return done;
    }
    return Done{};
}

Result<std::optional<qint64>> Catalog::existingClusterKey(const QString &projectId,
                                                          const QString &clusterName) const
{
    SqlStatement &query
            = statement("SELECT key FROM cluster_keys WHERE project_id = ?1 AND cluster_name = ?2");
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    const int rc = query.step();
    std::optional<qint64> key;
    if (rc == SQLITE_ROW)
        key = query.int64(0);
    query.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqlError(tr("find cluster %1").arg(clusterName));
    return key;
}

Result<qint64> Catalog::clusterKey(const QString &projectId, const QString &clusterName)
{
    auto existing = existingClusterKey(projectId, clusterName);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    SqlStatement &insert = statement("INSERT INTO cluster_keys (project_id, cluster_name) VALUES (?1, ?2)");
    insert.bindText(1, projectId);
    insert.bindText(2, clusterName);
    const int rc = insert.step();
    insert.reset();
    if (rc != SQLITE_DONE)
        return sqlError(tr("register cluster %1").arg(clusterName));
    return qint64(sqlite3_last_insert_rowid(m_db));
}

} // namespace snapline
