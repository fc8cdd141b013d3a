#pragma once

#include "catalog/catalog.h"
#include "console/inventory.h"

namespace snapline {

// Reads the console's whole inventory from a catalog connection: the
// organizations, projects and clusters with their policies, sync states and
// snapshot summaries (the latter in one aggregate query).
class InventoryReader
{
public:
    // `now` stamps the inventory (Inventory::readAt) and starts the 24 hours
    // in which failed snapshots are counted.
    static Result<Inventory> read(const Catalog &catalog, const QDateTime &now);

    // The key Catalog::snapshotSummaries() files a cluster under.
    static QString summaryKey(const QString &projectId, const QString &clusterName)
    {
        return projectId + u'/' + clusterName;
    }
};

} // namespace snapline
