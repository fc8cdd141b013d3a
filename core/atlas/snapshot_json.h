#pragma once

#include "domain/snapshot.h"

#include <QJsonObject>

namespace snapline {

// Snapshots in the Admin API's shapes: Cloud Backup replica-set and sharded
// snapshots (DiskBackupReplicaSet / DiskBackupShardedClusterSnapshot), Flex
// and serverless snapshots, and legacy-backup snapshots.
Snapshot snapshotFromJson(const QJsonObject &json, const QString &clusterName);
Snapshot flexSnapshotFromJson(const QJsonObject &json, const QString &clusterName);
Snapshot serverlessSnapshotFromJson(const QJsonObject &json, const QString &clusterName);
Snapshot legacySnapshotFromJson(const QJsonObject &json);

} // namespace snapline
