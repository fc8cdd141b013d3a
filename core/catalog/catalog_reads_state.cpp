// Reading sync states and the audit log.
#include "catalog/catalog.h"
#include "catalog/sql_statement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kSyncState[] = "SELECT last_full_sync, etag, last_seen_marker, last_error, updated_at "
                                    "FROM sync_state WHERE scope = ?1";

// Empty filter fields are bound as NULL and then match every row.
constexpr const char kAuditLog[]
        = "SELECT sequence, at, principal, action, target, verdict, api_status, api_summary, request FROM "
          "audit_log "
          "WHERE (?1 IS NULL OR principal = ?1) AND (?2 IS NULL OR action = ?2) AND (?3 IS NULL OR target "
          "= ?3) AND (?4 IS NULL OR at >= ?4) ORDER BY sequence DESC LIMIT ?5";

void bindFilter(SqlStatement &query, int index, const QString &value)
{
    if (value.isEmpty())
        query.bindNull(index);
    else
        query.bindText(index, value);
}

} // namespace

Result<std::optional<SyncState>> Catalog::syncState(const QString &scope) const
{
    SqlStatement &query = statement(kSyncState);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, scope);
    const int rc = query.step();
    if (rc == SQLITE_DONE)
        return std::optional<SyncState>();
    if (rc != SQLITE_ROW)
        return sqlError(tr("read the sync state of %1").arg(scope));
    return std::optional<SyncState>(
            SyncState{query.time(0), query.text(1), query.text(2), query.text(3), query.time(4)});
}

Result<QList<AuditEntry>> Catalog::auditLog(const AuditFilter &filter) const
{
    SqlStatement &query = statement(kAuditLog);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    bindFilter(query, 1, filter.principal);
    bindFilter(query, 2, filter.action);
    bindFilter(query, 3, filter.target);
    query.bindTime(4, filter.since);
    query.bindInt(5, filter.limit);
    QList<AuditEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        AuditEntry entry;
        entry.sequence = query.int64(0);
        entry.at = query.time(1);
        entry.principal = query.text(2);
        entry.action = query.text(3);
        entry.target = query.text(4);
        entry.verdictJson = query.text(5);
        if (!query.isNull(6))
            entry.apiStatus = query.integer(6);
        entry.apiSummary = query.text(7);
        entry.requestJson = query.text(8);
        out.append(entry);
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the audit log"));
    return out;
}

} // namespace snapline
