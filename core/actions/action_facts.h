#pragma once

#include "catalog/catalog.h"
#include "console/cluster_detail.h"
#include "rules/proposed_action.h"

#include <QCoreApplication>

#include <optional>

namespace snapline {

// Gathers what the rules engine needs to judge an action on one cluster:
// from a catalog reader (on a worker, just before a request is sent) or from
// what a cluster page already holds (to enable or disable its controls).
class ActionFacts
{
    Q_DECLARE_TR_FUNCTIONS(ActionFacts)

public:
    // The source cluster with its organization and project name (its restore
    // blackouts worked out from the restores into it), the snapshot
    // (when an id is given; an error when the catalog no longer has it), the
    // project's compliance policy, the cluster's schedule, its queued and
    // running snapshots, the snapshot's running exports and the number of
    // snapshots the project keeps.
    static Result<Facts> gather(const Catalog &reader, const RoleBook &roles, const QString &projectId,
                                const QString &clusterName, const std::optional<QString> &snapshotId,
                                const QDateTime &now);
    // A cluster with its organization and project name (a restore's target, too).
    static Result<ProjectCluster> placement(const Catalog &reader, const QString &projectId,
                                            const QString &clusterName);
    // The same facts from a cluster page's detail, without reading the catalog
    // again. The detail knows nothing of exports or the rest of the project, so
    // activeExports and projectSnapshotCount stay 0 and the blackouts are the
    // detail's own; an unknown snapshot id leaves the snapshot out (the
    // planner then asks for one).
    static Facts fromDetail(const ClusterDetail &detail, const RoleBook &roles,
                            const std::optional<QString> &snapshotId, const QDateTime &now);

    // Snapshots still queued or in progress, oldest first.
    static QList<Snapshot> pendingOf(const QList<Snapshot> &snapshots);
};

} // namespace snapline
