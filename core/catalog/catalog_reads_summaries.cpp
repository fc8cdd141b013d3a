// Reading every cluster's snapshot figures at once, for the console's inventory.
#include "catalog/catalog.h"
#include "catalog/catalog_rows.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"
#include "console/inventory.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

// One pass over the snapshots for the counts and sizes, grouped by cluster
// (the table is ordered by cluster, so nothing is sorted); the rest are short
// walks of each cluster's primary key range: from its newest end back to the
// first completed snapshot, from its oldest end forward to the first
// completed one, and over the last 24 hours for failures. Conditions inside
// the aggregate (a CASE per row) would cost three times the pass itself; a
// covering index for the pass saved a quarter of it but cost a fifth of every
// snapshot write, and totals kept by triggers a third.
constexpr const char kSummaries[]
        = "SELECT k.project_id, k.cluster_name, a.n, a.bytes, "
          "(SELECT s.created_at FROM snapshots s WHERE s.cluster_key = a.cluster_key AND s.status = ?1 AND "
          "s.created_at > ?3 ORDER BY s.created_at DESC LIMIT 1), "
          "(SELECT s.created_at FROM snapshots s WHERE s.cluster_key = a.cluster_key AND s.status = ?1 AND "
          "s.created_at > ?3 ORDER BY s.created_at LIMIT 1), "
          "(SELECT count(*) FROM snapshots s WHERE s.cluster_key = a.cluster_key AND s.created_at >= ?4 AND "
          "s.status = ?2), "
          "(SELECT s.copy_regions FROM snapshots s WHERE s.cluster_key = a.cluster_key AND s.status = ?1 AND "
          "s.created_at > ?3 ORDER BY s.created_at DESC, s.id DESC LIMIT 1) "
          "FROM (SELECT cluster_key, count(*) AS n, sum(storage_bytes) AS bytes FROM snapshots GROUP BY "
          "cluster_key) AS a JOIN cluster_keys k ON k.key = a.cluster_key";

} // namespace

Result<QHash<QString, SnapshotSummary>> Catalog::snapshotSummaries(const QDateTime &failedSince) const
{
    SqlStatement &query = statement(kSummaries);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindStaticUtf8(1, snapshotStatusColumn().name(SnapshotStatus::Completed));
    query.bindStaticUtf8(2, snapshotStatusColumn().name(SnapshotStatus::Failed));
    query.bindInt64(3, kNoCreationTime);
    query.bindInt64(4, failedSince.isValid() ? failedSince.toMSecsSinceEpoch() : kNoCreationTime);
    QHash<QString, SnapshotSummary> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        SnapshotSummary summary;
        summary.count = query.int64(2);
        summary.totalBytes = query.int64(3);
        if (!query.isNull(4))
            summary.lastCompletedAt = query.time(4);
        if (!query.isNull(5))
            summary.oldestCompletedAt = query.time(5);
        summary.failedRecently = query.integer(6);
        if (!query.isNull(7))
            summary.copyRegions = stringListFromJson(query.utf8(7));
        out.insert(query.text(0) + u'/' + query.text(1), summary);
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the snapshot figures of every cluster"));
    return out;
}

} // namespace snapline
