#pragma once

#include "domain/backup_event.h"
#include "domain/cluster.h"
#include "domain/compliance_policy.h"
#include "domain/export_bucket.h"
#include "domain/export_job.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QList>

// Records with every field set to something other than its default, so a
// column that is not written or not read back shows up as a difference.
namespace CatalogSamples {

inline const QString kProject = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");

QDateTime at(const char *isoUtc); // "2026-01-02T03:04:05.678Z"

snapline::Cluster replicaSet(const QString &name);
snapline::Cluster shardedWithPit(const QString &name);
snapline::Cluster flex(const QString &name);

snapline::Snapshot snapshot(const QString &clusterName, int n); // n-th hourly snapshot
snapline::Snapshot shardedSnapshot(const QString &clusterName, int n);
QList<snapline::Snapshot> snapshots(const QString &clusterName, int count, int first = 0);

snapline::CompliancePolicy compliancePolicy();
snapline::RestoreJob automatedRestore(const QString &cluster, const QString &id);
snapline::RestoreJob pointInTimeRestore(const QString &cluster, const QString &id, bool oplog);
snapline::RestoreJob downloadRestore(const QString &cluster, const QString &id);
snapline::ExportBucket bucket(snapline::CloudProvider provider, const QString &id);
snapline::ExportJob exportJob(const QString &cluster, const QString &id, snapline::ExportJobState state);
snapline::BackupEvent backupEvent(const QString &id, const QDateTime &created);

} // namespace CatalogSamples
