#pragma once

#include "catalog/sync_state.h"
#include "domain/backup_event.h"
#include "domain/backup_policy.h"
#include "domain/compliance_policy.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"
#include "rules/proposed_action.h"

#include <QList>

#include <optional>

namespace snapline {

// Everything the cluster page shows, read from the catalog when the cluster
// is opened (and again after a sync or an action touched it).
struct ClusterDetail
{
    ProjectCluster where;
    std::optional<BackupPolicy> policy;
    std::optional<CompliancePolicy> compliance; // the project's
    QList<Snapshot> snapshots;                  // oldest first
    QList<RestoreJob> restoreJobs;              // newest first
    QList<BackupEvent> events;                  // this cluster's, newest first
    std::optional<SyncState> sync;

    const Snapshot *snapshot(const QString &id) const
    {
        for (const auto &s : snapshots)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

} // namespace snapline
