#pragma once

#include "domain/backup_policy.h"
#include "domain/cluster_traits.h"
#include "domain/mongo_version.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace snapline {

// How a snapshot came to be: by schedule, on request, or as the fallback
// Atlas takes when a scheduled snapshot could not be taken consistently.
enum class SnapshotOrigin { Scheduled, OnDemand, Fallback };
enum class SnapshotStatus { Queued, InProgress, Completed, Failed };

QString toString(SnapshotOrigin value); // "scheduled", "onDemand", "fallback"
QString toString(SnapshotStatus value); // "queued", "inProgress", "completed", "failed"
std::optional<SnapshotOrigin> parseSnapshotOrigin(QStringView text);
std::optional<SnapshotStatus> parseSnapshotStatus(QStringView text);

// One backup snapshot of a cluster (for sharded clusters: the whole-cluster
// snapshot, with its member snapshots listed).
struct Snapshot
{
    QString id;
    QString clusterName;
    QDateTime createdAt;
    QDateTime expiresAt;
    Frequency frequency = Frequency::Daily;
    SnapshotOrigin origin = SnapshotOrigin::Scheduled;
    SnapshotStatus status = SnapshotStatus::Completed;
    qint64 storageSizeBytes = 0;
    MongoVersion mongodVersion;
    std::optional<MongoVersion> fcvPinned;
    Topology topology = Topology::ReplicaSet;
    int shardCount = 1;
    QStringList memberIds;   // sharded: one snapshot per shard and config server
    QStringList copyRegions; // regions holding a copy
    QString description;

    bool isCompleted() const { return status == SnapshotStatus::Completed; }
    bool isPending() const
    {
        return status == SnapshotStatus::Queued || status == SnapshotStatus::InProgress;
    }
    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    // Retention in whole days, from creation to expiry.
    qint64 retentionDays() const;
    // Whether keeping the snapshot `days` days from its creation would make it
    // expire earlier than it does now (to the second, not in whole days).
    bool wouldExpireEarlier(int days) const
    {
        return createdAt.isValid() && expiresAt.isValid() && createdAt.addDays(days) < expiresAt;
    }

    bool operator==(const Snapshot &) const = default;
};

} // namespace snapline
