#pragma once

#include "http/api_exchange.h"
#include "security/caller.h"
#include "service/sandbox_context.h"
#include "store/records.h"

#include <QJsonObject>

namespace snapline::sandbox {

// The JSON of Cloud Backup snapshots (DiskBackupReplicaSet / DiskBackupShardedClusterSnapshot) and the
// pieces the backup handlers share: the project event they append and the path of a cluster's backup.
QJsonObject snapshotJson(const ApiRequest &request, const ClusterRow &cluster, const SnapshotRow &snapshot);
bool isShardedSnapshot(const SnapshotRow &snapshot);

// "/api/atlas/v2/groups/{g}/clusters/{c}/backup"
QString backupPath(const ClusterRow &cluster);
// Atlas names a cluster's replica sets atlas-<slug>-shard-<n> and its config server atlas-<slug>-config-0.
QString replicaSetName(const ClusterRow &cluster, int shard);
QString configServerName(const ClusterRow &cluster);
// The encryption-at-rest key a cluster's snapshots name (stable per cluster).
QString masterKeyUuid(const ClusterRow &cluster);

// Appends an event document to the store's "events" table, the way the seeder records them.
bool appendEvent(SandboxContext &context, const Caller &caller, const QString &projectId,
                 const QString &clusterName, const QString &type, const QJsonObject &extra = {});

} // namespace snapline::sandbox
