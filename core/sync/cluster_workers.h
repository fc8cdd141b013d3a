#pragma once

#include "atlas/atlas_error.h"
#include "catalog/catalog_writer.h"
#include "domain/backup_event.h"
#include "domain/cluster.h"
#include "sync/sync_report.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace snapline {

class PendingWrites;

// A project's oplog events by cluster name, read in one listing for all its clusters.
using OplogEvents = Result<QHash<QString, QList<BackupEvent>>, AtlasError>;

// Syncs clusters on a fixed set of threads as projects hand them in, so that
// reading the next project's inventory overlaps the clusters of the last one
// (against Atlas, a project's inventory is several round trips). Each thread
// keeps its own catalog reader and posts its writes without waiting for them;
// the first failure, or the cancel flag, stops them all.
class ClusterWorkers
{
public:
    using OpenReader = std::function<Result<std::unique_ptr<Catalog>, AtlasError>()>;
    using SyncOne = std::function<Result<SyncReport, AtlasError>(
            Catalog &reader, const Cluster &cluster, const OplogEvents &oplog, PendingWrites &writes)>;
    // After each cluster, on the worker that synced it, one call at a time.
    using Synced = std::function<void(const Cluster &cluster)>;

    ClusterWorkers(int threads, CatalogWriter &writer, OpenReader openReader, SyncOne syncOne, Synced synced,
                   const std::atomic_bool *cancel);
    ~ClusterWorkers(); // stops and joins the threads: nothing runs behind the caller's back
    ClusterWorkers(const ClusterWorkers &) = delete;
    ClusterWorkers &operator=(const ClusterWorkers &) = delete;

    // Queues a project's clusters, to be synced in this order.
    void add(const QList<Cluster> &clusters, std::shared_ptr<const OplogEvents> oplog);
    // True once a cluster failed or the sync was cancelled: reading more projects is of no use.
    bool stopped() const;
    // Stops taking clusters (the caller failed); finish() then returns at once.
    void abandon();
    // Waits for every queued cluster and every write they posted: what they read, or the first failure.
    // (After a cancel, what was read before it.)
    Result<SyncReport, AtlasError> finish();

private:
    struct Item
    {
        Cluster cluster;
        std::shared_ptr<const OplogEvents> oplog;
    };

    void work();
    bool stoppedLocked() const;
    std::optional<Item> next();
    void fail(const AtlasError &error);

    CatalogWriter &m_writer;
    OpenReader m_openReader;
    SyncOne m_syncOne;
    Synced m_synced;
    const std::atomic_bool *m_cancel;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_closed = false;
    bool m_abandoned = false;
    std::optional<AtlasError> m_failure;
    SyncReport m_report;
    std::vector<std::thread> m_threads;
};

} // namespace snapline
