// SandboxStore: the snapshot queries of the Cloud Backup snapshot endpoints (by topology, paged, by time).
#include "store/sandbox_store.h"
#include "store/snapshot_rows.h"

#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

namespace {

// "*" matches every snapshot (an empty QString would bind as NULL).
const QString kTopologyFilter = QStringLiteral("cluster_id = ? AND (? = '*' OR topology = ?)");

QVariant topologyValue(const QString &topology)
{
    return topology.isEmpty() ? QVariant(QStringLiteral("*")) : QVariant(topology);
}

} // namespace

QList<SnapshotRow> SandboxStore::snapshotsOfTopology(const QString &clusterId, const QString &topology,
                                                     int offset, int limit) const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT %1 FROM snapshots WHERE %2 ORDER BY created DESC, id LIMIT ? OFFSET ?")
                    .arg(snapshotColumns(), kTopologyFilter));
    for (const QVariant &v : {QVariant(clusterId), topologyValue(topology), topologyValue(topology),
                              QVariant(limit), QVariant(offset)})
        q.addBindValue(v);
    return rows(q, snapshotFromRow);
}

SnapshotCursor SandboxStore::snapshotPage(const QString &clusterId, const QString &topology, int offset,
                                          int limit) const
{
    SnapshotCursor cursor = SnapshotCursor::open(
            m_sqlite, m_db,
            QStringLiteral("SELECT %1 FROM snapshots WHERE %2 ORDER BY created DESC, id LIMIT ? OFFSET ?")
                    .arg(snapshotColumns(), kTopologyFilter),
            {clusterId, topologyValue(topology), topologyValue(topology), limit, offset});
    if (!cursor.error().isEmpty())
        m_lastError = cursor.error();
    return cursor;
}

int SandboxStore::snapshotCountOfTopology(const QString &clusterId, const QString &topology) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE %1").arg(kTopologyFilter));
    for (const QVariant &v : {QVariant(clusterId), topologyValue(topology), topologyValue(topology)})
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<SnapshotRow> SandboxStore::completedSnapshotBefore(const QString &clusterId,
                                                                 const QString &topology, qint64 at) const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT id FROM snapshots WHERE %1 AND status = 'completed' AND created <= ? "
                           "ORDER BY created DESC, id LIMIT 1")
                    .arg(kTopologyFilter));
    for (const QVariant &v :
         {QVariant(clusterId), topologyValue(topology), topologyValue(topology), QVariant(at)})
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
