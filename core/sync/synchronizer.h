#pragma once

#include "atlas/atlas_api.h"
#include "catalog/catalog_writer.h"
#include "sync/cluster_workers.h"
#include "sync/sync_report.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <mutex>

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
        int clusterConcurrency = 4; // clusters synced at once, across projects
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
    // Clusters done out of clusters known, told to the progress callback one call at a time.
    struct Tally
    {
        std::mutex mutex;
        qint64 done = 0;
        qint64 total = 0;
    };
    void tell(Tally &tally, qint64 finished, const QString &stage);
    // The projects' clusters on one set of workers, each project's inventory read while they run.
    Result<SyncReport, AtlasError> syncProjects(const QList<Project> &projects,
                                                const std::atomic_bool *cancel);
    // Reads and stores a project's inventory and queues its clusters; `queued` says whether it could.
    Result<SyncReport, AtlasError> readProjectInventory(const Project &project, ClusterWorkers &workers,
                                                        Tally &tally, bool &queued,
                                                        const std::atomic_bool *cancel);
    // Reads one cluster's backups; its writes go to `writes`, which the caller settles.
    Result<SyncReport, AtlasError> syncOneCluster(Catalog &reader, Cluster cluster, const OplogEvents &oplog,
                                                  PendingWrites &writes, const std::atomic_bool *cancel);
    // Fills in when each restore job started, which Atlas's job does not say.
    Result<Done, AtlasError> dateRestoreJobs(Catalog &reader, const Cluster &cluster, QList<RestoreJob> &jobs,
                                             const std::atomic_bool *cancel);
    // Dates a cluster's restore jobs as listed and stores them (whole listing).
    Result<Done, AtlasError> storeRestoreJobs(Catalog &reader, const Cluster &cluster,
                                              AtlasApi::Call<QList<RestoreJob>> listed, PendingWrites &writes,
                                              const std::atomic_bool *cancel);
    // The oplog events of `clusters` that have continuous backup, none when none has.
    OplogEvents readOplogEvents(const QString &projectId, const QList<Cluster> &clusters,
                                const std::atomic_bool *cancel);
    // Fills the cluster's restorable ranges around the oplog gaps its events show.
    Result<Done, AtlasError> applyOplogGaps(Cluster &cluster, const OplogEvents &oplog) const;
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
