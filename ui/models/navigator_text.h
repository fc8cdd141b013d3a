#pragma once

#include "console/cluster_posture.h"
#include "console/inventory.h"

#include <QCoreApplication>

namespace snapline {

// The navigator's words: node names, what the search matches, tooltips.
class NavigatorText
{
    Q_DECLARE_TR_FUNCTIONS(NavigatorText)

public:
    // The most specific of the three that is given.
    static QString name(const OrganizationEntry *org, const ProjectEntry *project,
                        const ClusterEntry *cluster);
    static QString searchText(const OrganizationEntry *org, const ProjectEntry *project,
                              const ClusterEntry *cluster);
    static QString organizationToolTip(const OrganizationEntry &org, const QDateTime &now);
    static QString projectToolTip(const ProjectEntry &project, const QDateTime &now);
    static QString clusterToolTip(const ClusterEntry &cluster, const ClusterPosture &posture,
                                  const QDateTime &now);
    // "M30 (dedicated) on AWS, sharded (3 shards), MongoDB 7.0.14"
    static QString clusterShape(const Cluster &cluster);
    // "synced 5 min ago", "never synced", "last sync failed: …"
    static QString syncLine(const std::optional<SyncState> &sync, const QDateTime &now);
};

} // namespace snapline
