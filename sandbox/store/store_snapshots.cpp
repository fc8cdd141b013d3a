// SandboxStore: the snapshot queries of the Cloud Backup snapshot endpoints (by topology, paged, by time).
#include "store/sandbox_store.h"
#include "store/snapshot_rows.h"

#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

namespace {

// The snapshots of a cluster, of one topology unless `topology` is empty. The topology is named
// only when it filters: a condition on it, even one that is always true, makes SQLite read every
// table row where the index alone would do (counting a cluster's snapshots, above all).
struct TopologyFilter
{
    QString sql;
    QVariantList bindings;
};

TopologyFilter topologyFilter(const QString &clusterId, const QString &topology)
{
    if (topology.isEmpty())
        return {QStringLiteral("cluster_id = ?"), {clusterId}};
    return {QStringLiteral("cluster_id = ? AND topology = ?"), {clusterId, topology}};
}

QString pageQuery(const TopologyFilter &filter)
{
    return QStringLiteral("SELECT %1 FROM snapshots WHERE %2 ORDER BY created DESC, id LIMIT ? OFFSET ?")
            .arg(snapshotColumns(), filter.sql);
}

} // namespace

QList<SnapshotRow> SandboxStore::snapshotsOfTopology(const QString &clusterId, const QString &topology,
                                                     int offset, int limit) const
{
    const TopologyFilter filter = topologyFilter(clusterId, topology);
    QSqlQuery q = prepare(pageQuery(filter));
    for (const QVariant &v : filter.bindings + QVariantList{limit, offset})
        q.addBindValue(v);
    return rows(q, snapshotFromRow);
}

SnapshotCursor SandboxStore::snapshotPage(const QString &clusterId, const QString &topology, int offset,
                                          int limit) const
{
    const TopologyFilter filter = topologyFilter(clusterId, topology);
    SnapshotCursor cursor = SnapshotCursor::open(m_sqlite, m_db, pageQuery(filter),
                                                 filter.bindings + QVariantList{limit, offset});
    if (!cursor.error().isEmpty())
        m_lastError = cursor.error();
    return cursor;
}

int SandboxStore::snapshotCountOfTopology(const QString &clusterId, const QString &topology) const
{
    const TopologyFilter filter = topologyFilter(clusterId, topology);
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE %1").arg(filter.sql));
    for (const QVariant &v : filter.bindings)
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<SnapshotRow> SandboxStore::completedSnapshotBefore(const QString &clusterId,
                                                                 const QString &topology, qint64 at) const
{
    const TopologyFilter filter = topologyFilter(clusterId, topology);
    QSqlQuery q = prepare(
            QStringLiteral("SELECT id FROM snapshots WHERE %1 AND status = 'completed' AND created <= ? "
                           "ORDER BY created DESC, id LIMIT 1")
                    .arg(filter.sql));
    for (const QVariant &v : filter.bindings + QVariantList{at})
        q.addBindValue(v);
    if (exec(q) && q.next())
        return snapshot(clusterId, q.value(0).toString());
    return std::nullopt;
}

bool SandboxStore::hasUnfinishedOnDemandSnapshot(const QString &clusterId) const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE cluster_id = ? AND origin = 'onDemand' "
                           "AND status IN ('queued', 'inProgress')"));
    q.addBindValue(clusterId);
    return exec(q) && q.next() && q.value(0).toInt() > 0;
}

} // namespace snapline::sandbox
