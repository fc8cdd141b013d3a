#pragma once

#include "rules/proposed_action.h"

#include <QDateTime>

namespace snapline::test {

// Shorthands that keep table-driven rule tests to one line per case.
QDateTime utc(const char *iso);
Cluster cluster(const QString &name, const QString &tier, const QString &version,
                Topology topology = Topology::ReplicaSet, int shards = 1);
Snapshot snapshotOf(const Cluster &cluster, const QDateTime &created,
                    const QString &id = QStringLiteral("snap-1"));

inline const QString kSourceProject = QStringLiteral("5f0000000000000000000001");
inline const QString kTargetProject = QStringLiteral("5f0000000000000000000002");
inline const QString kOrg = QStringLiteral("5f00000000000000000000aa");
inline const char *kNow = "2026-11-24T12:00:00Z";

// Facts for a restore from `source` into `target` (same project unless told),
// by a credential that is Project Owner on both projects.
Facts restoreFacts(const Cluster &source, const Cluster &target, bool crossProject = false);
// Facts for an action on `source` alone, by a Project Owner.
Facts clusterFacts(const Cluster &source);

} // namespace snapline::test
