#include "history/backup_history.h"

#include "catalog/catalog.h"

#include <algorithm>

namespace snapline {

BackupHistory BackupHistoryReader::fromDetail(const ClusterDetail &detail, const QDateTime &now)
{
    BackupHistory history;
    history.projectId = detail.where.projectId;
    history.clusterName = detail.where.cluster.name;
    history.readAt = now.toUTC();
    history.snapshotTotals = dailySnapshotTotals(detail.snapshots);
    history.restoreJobs = detail.restoreJobs;
    return history;
}

Result<BackupHistory> BackupHistoryReader::read(const Catalog &reader, const QString &projectId,
                                                const QString &clusterName, const QDateTime &now)
{
    BackupHistory history;
    history.projectId = projectId;
    history.clusterName = clusterName;
    history.readAt = now.toUTC();
    auto totals = reader.snapshotDailyTotals(projectId, clusterName);
    if (!totals)
        return totals.error();
    history.snapshotTotals = std::move(totals).value();

    QStringList clusterNames{clusterName};
    if (clusterName.isEmpty()) {
        const auto clusters = reader.clusters(projectId);
        if (!clusters)
            return clusters.error();
        clusterNames.clear();
        for (const Cluster &cluster : *clusters)
            clusterNames.append(cluster.name);
    }
    // Restore jobs are few (Atlas keeps a cluster's for a limited time), so
    // one query per cluster is cheap even for a large project.
    for (const QString &name : clusterNames) {
        const auto jobs = reader.restoreJobs(projectId, name);
        if (!jobs)
            return jobs.error();
        history.restoreJobs.append(*jobs);
    }
    std::stable_sort(history.restoreJobs.begin(), history.restoreJobs.end(),
                     [](const RestoreJob &a, const RestoreJob &b) { return a.createdAt > b.createdAt; });
    return history;
}

BackupHistoryJob *makeBackupHistoryJob(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                       const QString &projectId, const QString &clusterName, QObject *parent)
{
    const QString title = clusterName.isEmpty()
            ? BackupHistoryReader::tr("Read the backup history of project %1").arg(projectId)
            : BackupHistoryReader::tr("Read the backup history of cluster %1").arg(clusterName);
    auto work = [catalogPath, clock, projectId, clusterName](JobContext &) -> Result<BackupHistory> {
        auto reader = Catalog::openReader(catalogPath, clock);
        if (!reader)
            return reader.error();
        return BackupHistoryReader::read(**reader, projectId, clusterName, clock->now());
    };
    return new BackupHistoryJob(title, std::move(work), parent);
}

} // namespace snapline
