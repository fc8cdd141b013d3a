// Reading snapshots: a cluster's whole timeline at once.
#include "catalog/catalog.h"
#include "catalog/catalog_rows.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kSnapshotsOf[]
        = "SELECT created_at, id, expires_at, frequency, origin, status, storage_bytes, mongod_version, "
          "fcv_pinned, topology, shard_count, member_ids, copy_regions, description FROM snapshots WHERE "
          "cluster_key = (SELECT key FROM cluster_keys WHERE project_id = ?1 AND cluster_name = ?2) ORDER "
          "BY created_at, id";
constexpr const char kSnapshotCount[]
        = "SELECT count(*) FROM snapshots WHERE cluster_key = (SELECT key FROM cluster_keys WHERE "
          "project_id = ?1 AND cluster_name = ?2)";
constexpr const char kNewestSnapshot[]
        = "SELECT max(created_at) FROM snapshots WHERE cluster_key = (SELECT key FROM cluster_keys WHERE "
          "project_id = ?1 AND cluster_name = ?2)";
// A cluster's snapshots share a handful of versions; parsing one is a
// regular expression, so the last text and its value are remembered.
class VersionCache
{
public:
    std::optional<MongoVersion> parse(const SqlStatement &row, int column)
    {
        if (row.isNull(column))
            return std::nullopt;
        const QByteArrayView text = row.utf8(column);
        if (!m_valid || text != QByteArrayView(m_text)) {
            m_text = text.toByteArray();
            m_version = MongoVersion::parse(QString::fromUtf8(m_text));
            m_valid = true;
        }
        return m_version;
    }

private:
    QByteArray m_text;
    std::optional<MongoVersion> m_version;
    bool m_valid = false;
};

} // namespace

Result<QList<Snapshot>> Catalog::snapshots(const QString &projectId, const QString &clusterName) const
{
    // Counting first costs a walk of the small id index and saves growing
    // (and moving) a list of a hundred thousand snapshots step by step.
    const auto count = snapshotCount(projectId, clusterName);
    if (!count)
        return count.error();
    SqlStatement &query = statement(kSnapshotsOf);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    QList<Snapshot> out;
    out.reserve(*count);
    VersionCache mongod;
    VersionCache fcv;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        Snapshot &snapshot = out.emplace_back();
        snapshot.clusterName = clusterName;
        const qint64 created = query.int64(0);
        if (created != kNoCreationTime)
            snapshot.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        snapshot.id = query.text(1);
        snapshot.expiresAt = query.time(2);
        snapshot.frequency = frequencyColumn().parseOr(query.utf8(3), Frequency::Daily);
        snapshot.origin = snapshotOriginColumn().parseOr(query.utf8(4), SnapshotOrigin::Scheduled);
        snapshot.status = snapshotStatusColumn().parseOr(query.utf8(5), SnapshotStatus::Completed);
        snapshot.storageSizeBytes = query.int64(6);
        snapshot.mongodVersion = mongod.parse(query, 7).value_or(MongoVersion());
        snapshot.fcvPinned = fcv.parse(query, 8);
        snapshot.topology = topologyColumn().parseOr(query.utf8(9), Topology::ReplicaSet);
        snapshot.shardCount = query.integer(10);
        if (!query.isNull(11))
            snapshot.memberIds = stringListFromJson(query.utf8(11));
        if (!query.isNull(12))
            snapshot.copyRegions = stringListFromJson(query.utf8(12));
        snapshot.description = query.text(13);
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the snapshots of cluster %1").arg(clusterName));
    return out;
}

Result<qint64> Catalog::snapshotCount(const QString &projectId, const QString &clusterName) const
{
    SqlStatement &query = statement(kSnapshotCount);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    if (query.step() != SQLITE_ROW)
        return sqlError(tr("count the snapshots of cluster %1").arg(clusterName));
    return query.int64(0);
}

Result<std::optional<QDateTime>> Catalog::newestSnapshotCreatedAt(const QString &projectId,
                                                                  const QString &clusterName) const
{
    SqlStatement &query = statement(kNewestSnapshot);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    if (query.step() != SQLITE_ROW)
        return sqlError(tr("read the snapshots of cluster %1").arg(clusterName));
    if (query.isNull(0) || query.int64(0) == kNoCreationTime)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(query.time(0));
}

} // namespace snapline
