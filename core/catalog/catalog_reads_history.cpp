// Reading what the history charts draw: snapshots grouped by day in SQL.
#include "catalog/catalog.h"
#include "catalog/enum_columns.h"
#include "catalog/sql_statement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

// Times are milliseconds since the epoch; integer division gives the UTC day
// (dividing NULL gives NULL: no expiry). `created_at >= 0` leaves out the
// stand-in for a missing creation time, which is the smallest integer.
constexpr const char kDailyTotals[]
        = "SELECT created_at / 86400000, expires_at / 86400000, frequency, status, count(*), "
          "sum(storage_bytes) FROM snapshots WHERE cluster_key IN (SELECT key FROM cluster_keys WHERE "
          "project_id = ?1 AND (?2 = '' OR cluster_name = ?2)) AND created_at >= 0 GROUP BY 1, 2, 3, 4";

// 1970-01-01 as a QDate Julian day.
constexpr qint64 kEpochJulianDay = 2440588;

} // namespace

Result<QList<DailySnapshotTotals>> Catalog::snapshotDailyTotals(const QString &projectId,
                                                                const QString &clusterName) const
{
    SqlStatement &query = statement(kDailyTotals);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    QList<DailySnapshotTotals> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        DailySnapshotTotals &row = out.emplace_back();
        row.createdDay = QDate::fromJulianDay(query.int64(0) + kEpochJulianDay);
        if (!query.isNull(1))
            row.expiresDay = QDate::fromJulianDay(query.int64(1) + kEpochJulianDay);
        row.frequency = frequencyColumn().parseOr(query.utf8(2), Frequency::Daily);
        row.status = snapshotStatusColumn().parseOr(query.utf8(3), SnapshotStatus::Completed);
        row.count = query.int64(4);
        row.bytes = query.int64(5);
    }
    if (rc != SQLITE_DONE) {
        const QString scope
                = clusterName.isEmpty() ? tr("project %1").arg(projectId) : tr("cluster %1").arg(clusterName);
        return sqlError(tr("read the snapshot history of %1").arg(scope));
    }
    // Text columns sort by name in SQL; the charts want the enums' order.
    sortDailySnapshotTotals(out);
    return out;
}

} // namespace snapline
