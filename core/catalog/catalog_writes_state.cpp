// Writing sync states and the audit log.
#include "catalog/audit_redaction.h"
#include "catalog/catalog.h"
#include "catalog/sql_statement.h"

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kUpsertSyncState[]
        = "INSERT OR REPLACE INTO sync_state (scope, last_full_sync, etag, last_seen_marker, last_error, "
          "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

constexpr const char kAppendAudit[]
        = "INSERT INTO audit_log (at, principal, action, target, verdict, api_status, api_summary, "
          "request) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

} // namespace

Status Catalog::setSyncState(const QString &scope, const SyncState &state)
{
    const QString doing = tr("store the sync state of %1").arg(scope);
    return transact(doing, [&]() -> Status {
        SqlStatement &row = statement(kUpsertSyncState);
        row.bindText(1, scope);
        row.bindTime(2, state.lastFullSync);
        row.bindText(3, state.etag);
        row.bindText(4, state.lastSeenMarker);
        row.bindText(5, state.lastError);
        row.bindTime(6, m_clock->now());
        return row.step() == SQLITE_DONE ? Status(Done{}) : Status(sqlError(doing));
    });
}

Result<qint64> Catalog::appendAudit(const AuditEntry &given)
{
    const AuditEntry entry = withoutSecrets(given);
    const QString doing = tr("record \"%1\" in the audit log").arg(entry.action);
    qint64 sequence = 0;
    Status done = transact(doing, [&]() -> Status {
        SqlStatement &row = statement(kAppendAudit);
        row.bindTime(1, entry.at.isValid() ? entry.at : m_clock->now());
        row.bindText(2, entry.principal);
        row.bindText(3, entry.action);
        row.bindText(4, entry.target);
        row.bindText(5, entry.verdictJson);
        row.bindOptionalInt64(6, entry.apiStatus ? std::optional<qint64>(*entry.apiStatus) : std::nullopt);
        row.bindText(7, entry.apiSummary);
        row.bindText(8, entry.requestJson);
        if (row.step() != SQLITE_DONE)
            return sqlError(doing);
        sequence = sqlite3_last_insert_rowid(m_db);
        return Done{};
    });
    if (!done)
        return done.error();
    return sequence;
}

} // namespace snapline
