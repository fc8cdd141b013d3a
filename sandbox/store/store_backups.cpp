// SandboxStore: snapshots, point-in-time ranges and restore jobs.
#include "store/sandbox_store.h"
#include "store/snapshot_rows.h"

#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

namespace {

const QString kSnapshotColumnList = QStringLiteral("id, cluster_id, created, expires, frequency, origin, "
                                                   "status, size_bytes, mongod_version, topology, members,"
                                                   " copy_regions, description, policy_items");

const QString kRestoreColumns = QStringLiteral("id, cluster_id, snapshot_id, delivery, target_project_id, "
                                               "target_cluster, pit_seconds, oplog_ts, oplog_inc,"
                                               " created, finished, cancelled, failed, expired, expires, "
                                               "urls, planned_seconds, planned_failure, requested_by");

QString joined(const QStringList &list)
{
    return list.join(u',');
}
QStringList split(const QVariant &v)
{
    return v.toString().isEmpty() ? QStringList() : v.toString().split(u',');
}

} // namespace

QString snapshotColumns()
{
    return kSnapshotColumnList;
}

SnapshotRow snapshotFromRow(const QSqlQuery &q)
{
    SnapshotRow s;
    s.id = q.value(0).toString();
    s.clusterId = q.value(1).toString();
    s.created = q.value(2).toLongLong();
    s.expires = q.value(3).toLongLong();
    s.frequency = q.value(4).toString();
    s.origin = q.value(5).toString();
    s.status = q.value(6).toString();
    s.sizeBytes = q.value(7).toLongLong();
    s.mongodVersion = q.value(8).toString();
    s.topology = q.value(9).toString();
    s.memberIds = split(q.value(10));
    s.copyRegions = split(q.value(11));
    s.description = q.value(12).toString();
    s.policyItemIds = split(q.value(13));
    return s;
}

namespace {

void bindSnapshot(QSqlQuery &q, const SnapshotRow &s)
{
    for (const QVariant &v :
         {QVariant(s.id), QVariant(s.clusterId), QVariant(s.created), QVariant(s.expires),
          QVariant(s.frequency), QVariant(s.origin), QVariant(s.status), QVariant(s.sizeBytes),
          QVariant(s.mongodVersion), QVariant(s.topology), QVariant(joined(s.memberIds)),
          QVariant(joined(s.copyRegions)), QVariant(s.description), QVariant(joined(s.policyItemIds))})
        q.addBindValue(v);
}

QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

RestoreJobRow restoreFrom(const QSqlQuery &q)
{
    RestoreJobRow r;
    r.id = q.value(0).toString();
    r.clusterId = q.value(1).toString();
    r.snapshotId = q.value(2).toString();
    r.delivery = q.value(3).toString();
    r.targetProjectId = q.value(4).toString();
    r.targetCluster = q.value(5).toString();
    if (!q.value(6).isNull())
        r.pointInTimeSeconds = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        r.oplogTs = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        r.oplogInc = q.value(8).toLongLong();
    r.created = q.value(9).toLongLong();
    r.finished = q.value(10).toLongLong();
    r.cancelled = q.value(11).toBool();
    r.failed = q.value(12).toBool();
    r.expired = q.value(13).toBool();
    r.expires = q.value(14).toLongLong();
    r.deliveryUrls = q.value(15).toString().isEmpty() ? QStringList() : q.value(15).toString().split(u' ');
    r.plannedSeconds = q.value(16).toLongLong();
    r.plannedFailure = q.value(17).toBool();
    r.requestedBy = q.value(18).toString();
    return r;
}

void bindRestore(QSqlQuery &q, const RestoreJobRow &r)
{
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.clusterId), QVariant(r.snapshotId), QVariant(r.delivery),
          QVariant(r.targetProjectId), QVariant(r.targetCluster), optional(r.pointInTimeSeconds),
          optional(r.oplogTs), optional(r.oplogInc), QVariant(r.created), QVariant(r.finished),
          QVariant(r.cancelled), QVariant(r.failed), QVariant(r.expired), QVariant(r.expires),
          QVariant(r.deliveryUrls.join(u' ')), QVariant(r.plannedSeconds), QVariant(r.plannedFailure),
          QVariant(r.requestedBy)})
        q.addBindValue(v);
}

} // namespace

bool SandboxStore::insertSnapshot(const SnapshotRow &row)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO snapshots(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                  .arg(kSnapshotColumnList));
    bindSnapshot(q, row);
    return exec(q);
}

bool SandboxStore::insertSnapshots(const QList<SnapshotRow> &rows)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO snapshots(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                  .arg(kSnapshotColumnList));
    for (const auto &row : rows) {
        bindSnapshot(q, row);
        if (!exec(q))
            return false;
    }
    return true;
}

bool SandboxStore::updateSnapshot(const SnapshotRow &row)
{
    QSqlQuery q = prepare(
            QStringLiteral("INSERT OR REPLACE INTO snapshots(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kSnapshotColumnList));
    bindSnapshot(q, row);
    return exec(q);
}

bool SandboxStore::deleteSnapshot(const QString &id)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM snapshots WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

std::optional<SnapshotRow> SandboxStore::snapshot(const QString &clusterId, const QString &id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM snapshots WHERE cluster_id = ? AND id = ?")
                                  .arg(kSnapshotColumnList));
    q.addBindValue(clusterId);
    q.addBindValue(id);
    if (exec(q) && q.next())
        return snapshotFromRow(q);
    return std::nullopt;
}

QList<SnapshotRow> SandboxStore::snapshots(const QString &clusterId, int offset, int limit) const
{
    // Newest first, as Atlas lists them.
    QSqlQuery q = prepare(
            QStringLiteral("SELECT %1 FROM snapshots WHERE cluster_id = ? ORDER BY created DESC, id "
                           "LIMIT ? OFFSET ?")
                    .arg(kSnapshotColumnList));
    q.addBindValue(clusterId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return rows(q, snapshotFromRow);
}

int SandboxStore::snapshotCount(const QString &clusterId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE cluster_id = ?"));
    q.addBindValue(clusterId);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<SnapshotRow> SandboxStore::snapshotsWithStatus(const QString &status) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM snapshots WHERE status = ? ORDER BY created")
                                  .arg(kSnapshotColumnList));
    q.addBindValue(status);
    return rows(q, snapshotFromRow);
}

int SandboxStore::deleteExpiredSnapshots(qint64 now)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM snapshots WHERE expires > 0 AND expires <= ?"));
    q.addBindValue(now);
    return exec(q) ? q.numRowsAffected() : 0;
}

bool SandboxStore::insertPitRange(const PitRangeRow &row)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO pit_ranges(cluster_id, start, end) VALUES(?, ?, ?)"));
    q.addBindValue(row.clusterId);
    q.addBindValue(row.start);
    q.addBindValue(row.end);
    return exec(q);
}

QList<PitRangeRow> SandboxStore::pitRanges(const QString &clusterId) const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT start, end FROM pit_ranges WHERE cluster_id = ? ORDER BY start"));
    q.addBindValue(clusterId);
    QList<PitRangeRow> out;
    if (exec(q)) {
        while (q.next())
            out.append({clusterId, q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return out;
}

bool SandboxStore::closeOpenPitRange(const QString &clusterId, qint64 end)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE pit_ranges SET end = ? WHERE cluster_id = ? AND end = 0"));
    q.addBindValue(end);
    q.addBindValue(clusterId);
    return exec(q);
}

bool SandboxStore::insertRestoreJob(const RestoreJobRow &row)
{
    QSqlQuery q = prepare(
            QStringLiteral("INSERT INTO restore_jobs(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kRestoreColumns));
    bindRestore(q, row);
    return exec(q);
}

bool SandboxStore::updateRestoreJob(const RestoreJobRow &row)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT OR REPLACE INTO restore_jobs(%1) "
                                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                  .arg(kRestoreColumns));
    bindRestore(q, row);
    return exec(q);
}

std::optional<RestoreJobRow> SandboxStore::restoreJob(const QString &clusterId, const QString &id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM restore_jobs WHERE cluster_id = ? AND id = ?")
                                  .arg(kRestoreColumns));
    q.addBindValue(clusterId);
    q.addBindValue(id);
    if (exec(q) && q.next())
        return restoreFrom(q);
    return std::nullopt;
}

QList<RestoreJobRow> SandboxStore::restoreJobs(const QString &clusterId) const
{
    QSqlQuery q
            = prepare(QStringLiteral("SELECT %1 FROM restore_jobs WHERE cluster_id = ? ORDER BY created DESC")
                              .arg(kRestoreColumns));
    q.addBindValue(clusterId);
    return rows(q, restoreFrom);
}

QList<RestoreJobRow> SandboxStore::unfinishedRestoreJobs() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM restore_jobs WHERE finished = 0 AND cancelled = 0 "
                                         "ORDER BY created")
                                  .arg(kRestoreColumns));
    return rows(q, restoreFrom);
}

} // namespace snapline::sandbox
