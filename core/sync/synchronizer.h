#pragma once

#include "atlas/atlas_api.h"
#include "catalog/catalog_writer.h"
#include "sync/sync_report.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace snapline {

// Brings the catalog up to date with Atlas for an organization, a project or
// one cluster. Runs on the calling (worker) thread; every write goes to the
// catalog's single writer, one transaction per page. Incremental by default:
// clusters that changed are synced first, and a cluster's snapshots are read
// from the newest down until the catalog's newest is reached, with a full
// listing only when counts show something was deleted upstream.
class PendingWrites;

class Synchronizer
{
    Q_DECLARE_TR_FUNCTIONS(Synchronizer)

public:
    struct Options
    {
        bool full = false;          // re-read every listing, whatever the catalog holds
        int clusterConcurrency = 4; // clusters of a project synced at once
    };
    using Progress = std::function<void(qint64 done, qint64 total, const QString &stage)>;

    Synchronizer(std::shared_ptr<AtlasApi> api, std::shared_ptr<CatalogWriter> writer,
                 std::shared_ptr<const Clock> clock, Options options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Every organization the credentials can see.
    Result<SyncReport, AtlasError> syncAll(const std::atomic_bool *cancel);
    Result<SyncReport, AtlasError> syncOrganization(const QString &orgId, const std::atomic_bool *cancel);
    Result<SyncReport, AtlasError> syncProject(const QString &projectId, const std::atomic_bool *cancel);
    Result<SyncReport, AtlasError> syncCluster(const QString &projectId, const QString &clusterName,
                                               const std::atomic_bool *cancel);

private:
    struct ProjectInventory;
    Result<SyncReport, AtlasError> syncProjectInventory(const Project &project,
                                                        const std::atomic_bool *cancel, qint64 &clustersDone,
                                                        qint64 clustersTotal);
    Result<SyncReport, AtlasError> syncClusters(const QString &projectId, QList<Cluster> clusters,
                                                const std::atomic_bool *cancel, qint64 &done, qint64 total);
    // Reads one cluster's backups; its writes go to `writes`, which the caller settles.
    Result<SyncReport, AtlasError> syncOneCluster(Catalog &reader, Cluster cluster, PendingWrites &writes,
                                                  const std::atomic_bool *cancel);
    // Fills in when each restore job started, which Atlas's job does not say.
    Result<Done, AtlasError> dateRestoreJobs(Catalog &reader, const Cluster &cluster, QList<RestoreJob> &jobs,
                                             const std::atomic_bool *cancel);
    // Fills the cluster's restorable ranges around the oplog gaps its events show.
    // Dates a cluster's restore jobs as listed and stores them (whole listing).
    Result<Done, AtlasError> storeRestoreJobs(Catalog &reader, const Cluster &cluster,
                                              AtlasApi::Call<QList<RestoreJob>> listed, PendingWrites &writes,
                                              const std::atomic_bool *cancel);
    Result<Done, AtlasError> readOplogGaps(Cluster &cluster, const std::atomic_bool *cancel);
    Result<qint64, AtlasError> syncCloudSnapshots(Catalog &reader, const Cluster &cluster, SyncReport &report,
                                                  PendingWrites &writes, const std::atomic_bool *cancel);
    Result<QList<Cluster>, AtlasError> listAllClusters(const QString &projectId,
                                                       const std::atomic_bool *cancel);
    Status write(CatalogWriter::Task task);
    Status markSynced(const QString &scope, bool full, const QString &marker);
    CatalogWriter::Task syncedTask(const QString &scope, bool full, const QString &marker) const;
    Result<std::unique_ptr<Catalog>, AtlasError> openReader();

    std::shared_ptr<AtlasApi> m_api;
    std::shared_ptr<CatalogWriter> m_writer;
    std::shared_ptr<const Clock> m_clock;
    Options m_options;
    Progress m_progress;
};

} // namespace snapline
