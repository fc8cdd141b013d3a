#pragma once

#include "console/cluster_detail.h"
#include "history/daily_snapshot_totals.h"
#include "jobs/job.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>

namespace snapline {

class Catalog;

// What the history charts of one cluster or one whole project are drawn
// from: its snapshots grouped by day, its restore jobs, and the time they
// were read (the charts' "today").
struct BackupHistory
{
    QString projectId;
    QString clusterName; // empty: every cluster of the project
    QDateTime readAt;    // UTC
    QList<DailySnapshotTotals> snapshotTotals;
    QList<RestoreJob> restoreJobs; // newest first

    QDate today() const { return utcDay(readAt); }
    bool isProject() const { return clusterName.isEmpty(); }
    bool operator==(const BackupHistory &) const = default;
};

// Reads a BackupHistory: from a cluster page's detail, already in memory, or
// from the catalog in a few grouped queries.
class BackupHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(BackupHistoryReader)

public:
    static BackupHistory fromDetail(const ClusterDetail &detail, const QDateTime &now);
    // An empty `clusterName` reads the whole project.
    static Result<BackupHistory> read(const Catalog &reader, const QString &projectId,
                                      const QString &clusterName, const QDateTime &now);
};

using BackupHistoryJob = TypedJob<BackupHistory, Error>;

// A job that opens its own reader on the catalog at `catalogPath` and reads
// the history there, so the GUI thread never runs the grouping query. Not
// started: the caller connects to finished() and calls start().
BackupHistoryJob *makeBackupHistoryJob(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                       const QString &projectId, const QString &clusterName,
                                       QObject *parent = nullptr);

} // namespace snapline
