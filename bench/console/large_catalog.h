#pragma once

#include "catalog/catalog.h"

#include <QDateTime>

namespace snapline::bench {

// Fills `catalog` (a writer) with one organization shaped like a large
// customer's: `clusters` clusters in projects of 50 (the first under a Backup
// Compliance Policy), a mix of tiers, providers and backup kinds, schedules,
// sync states, and `snapshots` snapshots spread evenly over the clusters
// that have backups, hourly up to `now`, some failed, some with copies.
// Deterministic: the same arguments give the same catalog.
Status fillLargeCatalog(Catalog &catalog, int clusters, int snapshots, const QDateTime &now);

} // namespace snapline::bench
