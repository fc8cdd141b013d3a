#pragma once

#include "domain/cluster_traits.h"
#include "domain/mongo_version.h"
#include "domain/tier.h"
#include "domain/time_range.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace snapline {

// The point-in-time facts of a cluster with continuous backup: the oplog
// ranges it can be restored into (the spaces between them are gaps) and the
// blackouts during which a restore into it was running.
struct PitHistory
{
    TimeRanges restorable;
    TimeRanges blackouts;

    bool operator==(const PitHistory &) const = default;
};

// A cluster (dedicated, Flex, serverless, shared or free) as far as backups
// are concerned.
struct Cluster
{
    QString id;
    QString name;
    QString projectId;
    Tier tier;
    CloudProvider provider = CloudProvider::Aws;
    Topology topology = Topology::ReplicaSet;
    int shardCount = 1;
    MongoVersion version;                  // full x.y.z
    std::optional<MongoVersion> fcvPinned; // pinned feature compatibility version
    BackupKind backupKind = BackupKind::None;
    bool pitEnabled = false;
    int restoreWindowDays = 0; // PIT window as configured in the backup policy
    PitHistory pit;
    std::optional<QDateTime> shardCountChangedAt;
    std::optional<qint64> collectionCount;
    EncryptionProvider encryptionAtRest = EncryptionProvider::None;
    bool paused = false;

    bool isSharded() const { return topology == Topology::ShardedCluster; }
    bool hasBackup() const { return backupKind != BackupKind::None; }
    // Continuous backup that can be restored to a point in time right now.
    bool hasPointInTime() const;
    // Atlas-managed backups that cannot be turned off (shared, Flex, serverless).
    bool backupIsMandatory() const;
    bool isServerlessBackup() const;
    // The length of the PIT window: serverless continuous is always 72 hours.
    qint64 pitWindowSeconds() const;

    bool operator==(const Cluster &) const = default;
};

} // namespace snapline
