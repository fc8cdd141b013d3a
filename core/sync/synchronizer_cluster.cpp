// One cluster's backups: schedule, snapshots, restore jobs, by backup kind.
#include "actions/pit_history_inference.h"
#include "sync/pending_writes.h"
#include "sync/sync_errors.h"
#include "sync/synchronizer.h"

#include <QFuture>

namespace snapline {

namespace {

// How many of the newest snapshots an incremental sync reads before deciding
// whether it needs the whole listing: a few hours of hourly snapshots.
constexpr int kProbePageSize = 10;

// Stores a listing read in one piece, and drops what it no longer holds.
CatalogWriter::Task wholeListing(const QString &projectId, const QString &name, const QList<Snapshot> &list)
{
    QSet<QString> ids;
    for (const Snapshot &s : list)
        ids.insert(s.id);
    return [projectId, name, list, ids](Catalog &c) -> Status {
        if (auto s = c.writeSnapshotPage(projectId, name, list); !s)
            return s;
        return c.retainSnapshots(projectId, name, ids);
    };
}

} // namespace

Result<qint64, AtlasError> Synchronizer::syncCloudSnapshots(Catalog &reader, const Cluster &cluster,
                                                            SyncReport &report, PendingWrites &writes,
                                                            const std::atomic_bool *cancel)
{
    const QString projectId = cluster.projectId;
    const QString name = cluster.name;
    const auto newest = reader.newestSnapshotCreatedAt(projectId, name).valueOr(std::nullopt);
    const qint64 cachedCount = reader.snapshotCount(projectId, name).valueOr(0);
    if (!m_options.full && newest) {
        // Newest first: a short first page usually covers everything since the last sync.
        auto page = m_api->snapshotPage(projectId, name, cluster.isSharded(), 1, kProbePageSize, cancel);
        if (!page)
            return page.error();
        qint64 fresh = 0;
        for (const Snapshot &s : std::as_const(page->snapshots))
            fresh += s.createdAt > *newest ? 1 : 0;
        const bool reachedCache = page->snapshots.isEmpty() || page->snapshots.last().createdAt <= *newest;
        report.snapshotsRead += page->snapshots.size();
        writes.post([projectId, name, list = page->snapshots](Catalog &c) {
            return c.writeSnapshotPage(projectId, name, list);
        });
        // Counts that add up mean nothing was deleted or expired upstream: done.
        if (reachedCache && page->totalCount == cachedCount + fresh)
            return fresh;
    }
    // What the catalog held and Atlas no longer lists is gone upstream, so the ids listed are kept to
    // remove the rest; a cluster new to the catalog holds only what is being listed.
    const bool retain = cachedCount > 0;
    QSet<QString> ids;
    qint64 listedCount = 0;
    const auto sink = [&](QList<Snapshot> &&list) {
        report.snapshotsRead += list.size();
        listedCount += list.size();
        if (retain) {
            for (const Snapshot &s : std::as_const(list))
                ids.insert(s.id);
        }
        writes.post([projectId, name, list = std::move(list)](Catalog &c) {
            return c.writeSnapshotPage(projectId, name, list);
        });
        return Status(Done{});
    };
    auto listed = cluster.isSharded() ? m_api->shardedSnapshots(projectId, name, sink, cancel)
                                      : m_api->snapshots(projectId, name, sink, cancel);
    if (!listed)
        return listed.error(); // what was read is kept, and the next sync resumes from it
    if (retain)
        writes.post([projectId, name, ids](Catalog &c) { return c.retainSnapshots(projectId, name, ids); });
    return listedCount;
}

Result<Done, AtlasError> Synchronizer::dateRestoreJobs(Catalog &reader, const Cluster &cluster,
                                                       QList<RestoreJob> &jobs,
                                                       const std::atomic_bool *cancel)
{
    // A Cloud Backup or serverless restore job carries no creation time, yet
    // its start opens the target's restore blackout: the catalog remembers
    // it, and the CPS_RESTORE_REQUESTED_AUDIT event of a new job tells it.
    QHash<QString, QDateTime> known;
    for (const RestoreJob &cached : reader.restoreJobs(cluster.projectId, cluster.name).valueOr({})) {
        if (cached.createdAt.isValid())
            known.insert(cached.id, cached.createdAt);
    }
    bool missing = false;
    for (RestoreJob &job : jobs) {
        if (!job.createdAt.isValid())
            job.createdAt = known.value(job.id);
        missing = missing || !job.createdAt.isValid();
    }
    if (!missing)
        return Done{};
    EventFilter requested;
    requested.eventTypes = {QStringLiteral("CPS_RESTORE_REQUESTED_AUDIT")};
    requested.clusterNames = {cluster.name};
    requested.includeRaw = true;
    auto events = m_api->events(cluster.projectId, requested, cancel);
    if (!events)
        return events.error();
    QHash<QString, QDateTime> requestedAt;
    for (const BackupEvent &event : std::as_const(*events)) {
        if (!event.restoreJobId.isEmpty())
            requestedAt.insert(event.restoreJobId, event.created);
    }
    for (RestoreJob &job : jobs) {
        if (!job.createdAt.isValid())
            job.createdAt = requestedAt.value(job.id);
    }
    return Done{};
}

Result<Done, AtlasError> Synchronizer::storeRestoreJobs(Catalog &reader, const Cluster &cluster,
                                                        AtlasApi::Call<QList<RestoreJob>> listed,
                                                        PendingWrites &writes, const std::atomic_bool *cancel)
{
    if (!listed)
        return listed.error();
    QList<RestoreJob> jobs = *listed;
    // Undated jobs are stored all the same; the catalog dates them when a later sync can.
    const auto dated = dateRestoreJobs(reader, cluster, jobs, cancel);
    writes.post([projectId = cluster.projectId, name = cluster.name, jobs](Catalog &c) {
        return c.writeRestoreJobs(projectId, name, jobs, true);
    });
    if (!dated)
        return dated.error();
    return Done{};
}

OplogEvents Synchronizer::readOplogEvents(const QString &projectId, const QList<Cluster> &clusters,
                                          const std::atomic_bool *cancel)
{
    // No API lists the gaps: the clusters' oplog events tell where they are. One listing serves the
    // whole project, rather than one request per cluster.
    EventFilter oplog;
    oplog.eventTypes = {QStringLiteral("CPS_OPLOG_BEHIND"), QStringLiteral("CPS_OPLOG_CAUGHT_UP")};
    oplog.includeRaw = true; // a CPS event names its cluster only in Atlas's own document
    for (const Cluster &cluster : clusters) {
        const bool cloud = cluster.backupKind == BackupKind::Cloud
                || cluster.backupKind == BackupKind::CloudContinuous;
        if (cluster.pitEnabled && cloud)
            oplog.clusterNames << cluster.name;
    }
    QHash<QString, QList<BackupEvent>> byCluster;
    if (oplog.clusterNames.isEmpty())
        return byCluster;
    // A project's every continuous cluster needs no filter by name (which could grow the query past
    // what a server accepts).
    if (oplog.clusterNames.size() > 1)
        oplog.clusterNames.clear();
    auto events = m_api->events(projectId, oplog, cancel);
    if (!events)
        return events.error();
    for (const BackupEvent &event : std::as_const(*events))
        byCluster[event.clusterName].append(event);
    return byCluster;
}

Result<Done, AtlasError> Synchronizer::applyOplogGaps(Cluster &cluster, const OplogEvents &oplog) const
{
    cluster.pit.restorable.clear();
    if (!cluster.pitEnabled)
        return Done{};
    if (!oplog)
        return oplog.error();
    const QDateTime now = m_clock->now();
    const qint64 window = std::max<qint64>(cluster.pitWindowSeconds(), 0) + 86400;
    cluster.pit.restorable
            = PitHistoryInference::restorableRanges(oplog->value(cluster.name), now.addSecs(-window), now);
    return Done{};
}

Result<SyncReport, AtlasError> Synchronizer::syncOneCluster(Catalog &reader, Cluster cluster,
                                                            const OplogEvents &oplog, PendingWrites &writes,
                                                            const std::atomic_bool *cancel)
{
    SyncReport report;
    report.clusters = 1;
    const QString projectId = cluster.projectId;
    const QString name = cluster.name;
    const QString scope = SyncScope::cluster(projectId, name);
    bool full = true;
    const auto note = [&](const AtlasError &error) -> std::optional<AtlasError> {
        if (!concernsOneResource(error))
            return error;
        report.warnings << error.message;
        full = false;
        return std::nullopt;
    };

    switch (cluster.backupKind) {
    case BackupKind::Cloud:
    case BackupKind::CloudContinuous: {
        auto policy = m_api->backupPolicy(projectId, name, cancel);
        if (!policy && policy.error().errorCode == u"CLOUD_BACKUP_NOT_ENABLED") {
            // Backup is on but Cloud Backup is not: the cluster is still on legacy backup.
            cluster.backupKind = BackupKind::Legacy;
            return syncOneCluster(reader, cluster, oplog, writes, cancel);
        }
        if (policy) {
            cluster.restoreWindowDays = cluster.pitEnabled ? policy->restoreWindowDays : 0;
            writes.post([projectId, name, p = *policy](Catalog &c) {
                return c.writeBackupPolicy(projectId, name, p);
            });
        } else if (auto fatal = note(policy.error())) {
            return *fatal;
        }
        if (auto gaps = applyOplogGaps(cluster, oplog); !gaps) {
            if (auto fatal = note(gaps.error()))
                return *fatal;
        }
        auto snapshots = syncCloudSnapshots(reader, cluster, report, writes, cancel);
        if (!snapshots) {
            if (auto fatal = note(snapshots.error()))
                return *fatal;
        }
        if (auto stored
            = storeRestoreJobs(reader, cluster, m_api->restoreJobs(projectId, name, cancel), writes, cancel);
            !stored) {
            if (auto fatal = note(stored.error()))
                return *fatal;
        }
        auto exports = m_api->exportJobs(projectId, name, cancel);
        if (exports)
            writes.post([projectId, name, j = *exports](Catalog &c) {
                return c.writeExportJobs(projectId, name, j, true);
            });
        else if (auto fatal = note(exports.error()))
            return *fatal;
        break;
    }
    case BackupKind::Legacy: {
        auto snapshots = m_api->legacySnapshots(projectId, name, cancel);
        if (snapshots) {
            report.snapshotsRead += snapshots->size();
            writes.post(wholeListing(projectId, name, *snapshots));
        } else if (auto fatal = note(snapshots.error())) {
            return *fatal;
        }
        break;
    }
    case BackupKind::Flex: {
        auto snapshots = m_api->flexSnapshots(projectId, name, cancel);
        if (snapshots) {
            report.snapshotsRead += snapshots->size();
            writes.post(wholeListing(projectId, name, *snapshots));
        } else if (auto fatal = note(snapshots.error())) {
            return *fatal;
        }
        auto jobs = m_api->flexRestoreJobs(projectId, name, cancel);
        if (jobs)
            writes.post([projectId, name, j = *jobs](Catalog &c) {
                return c.writeRestoreJobs(projectId, name, j, true);
            });
        else if (auto fatal = note(jobs.error()))
            return *fatal;
        break;
    }
    case BackupKind::ServerlessContinuous:
    case BackupKind::ServerlessBasic: {
        auto snapshots = m_api->serverlessSnapshots(projectId, name, cancel);
        if (snapshots) {
            // The whole listing: a Basic instance keeps its two newest snapshots only.
            report.snapshotsRead += snapshots->size();
            writes.post(wholeListing(projectId, name, *snapshots));
        } else if (auto fatal = note(snapshots.error())) {
            return *fatal;
        }
        // Their restores into dedicated clusters leave blackouts there too.
        if (auto stored = storeRestoreJobs(
                    reader, cluster, m_api->serverlessRestoreJobs(projectId, name, cancel), writes, cancel);
            !stored) {
            if (auto fatal = note(stored.error()))
                return *fatal;
        }
        break;
    }
    case BackupKind::None:
    case BackupKind::SharedDaily:
        break; // nothing Atlas lists for these
    }
    writes.post([projectId, c = cluster](Catalog &catalog) {
        return catalog.writeClusters(projectId, {c}, false);
    });
    writes.post(syncedTask(scope, full, {}));
    report.changedScopes << scope;
    return report;
}

} // namespace snapline
