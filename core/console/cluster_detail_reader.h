#pragma once

#include "catalog/catalog.h"
#include "console/cluster_detail.h"

#include <QCoreApplication>

namespace snapline {

// Reads everything the cluster page shows about one cluster from a catalog
// connection: its snapshots, schedule, compliance policy, restore jobs,
// recent events and sync state.
class ClusterDetailReader
{
    Q_DECLARE_TR_FUNCTIONS(ClusterDetailReader)

public:
    static constexpr int kEventLimit = 500; // the newest events kept for the page

    static Result<ClusterDetail> read(const Catalog &catalog, const QString &projectId,
                                      const QString &clusterName);

private:
    static Result<ProjectCluster> locate(const Catalog &catalog, const QString &projectId,
                                         const QString &clusterName);
    static Result<QList<BackupEvent>> clusterEvents(const Catalog &catalog, const QString &projectId,
                                                    const QString &clusterName);
};

} // namespace snapline
