#pragma once

#include "service/api_dispatcher.h"

#include <optional>

namespace snapline::sandbox {

// Cloud Backup snapshots of dedicated clusters: list (paged, or the closest before a time), get, take
// on demand, change retention, delete; replica-set and sharded-cluster forms.
void registerSnapshotHandlers(ApiDispatcher &dispatcher);

// The dedicated cluster the request's {groupId}/{clusterName} name, provided it uses Cloud Backup; else
// the Atlas error (404 CLUSTER_NOT_FOUND, 400 CLOUD_BACKUP_NOT_ENABLED for tenants and legacy backup).
std::optional<ClusterRow> cloudBackupCluster(const ApiRequest &request, SandboxContext &context,
                                             std::optional<ApiError> &error);

} // namespace snapline::sandbox
