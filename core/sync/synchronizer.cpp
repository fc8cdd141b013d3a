#include "sync/synchronizer.h"

#include "sync/pending_writes.h"
#include "sync/sync_errors.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcSync, "snapline.core.sync")

namespace snapline {

namespace {

// What a cluster listing says that the catalog's copy may have learned since
// (the schedule's window, legacy backup) is kept until the cluster's own sync.
Cluster carriedOver(Cluster fresh, const std::optional<Cluster> &cached)
{
    if (!cached)
        return fresh;
    fresh.restoreWindowDays = cached->restoreWindowDays;
    fresh.pit = cached->pit;
    if (cached->backupKind == BackupKind::Legacy && fresh.backupKind == BackupKind::Cloud)
        fresh.backupKind = BackupKind::Legacy;
    return fresh;
}

bool differs(const Cluster &a, const Cluster &b)
{
    return a.id != b.id || !(a.tier == b.tier) || a.topology != b.topology || a.shardCount != b.shardCount
            || a.version.toString() != b.version.toString() || a.backupKind != b.backupKind
            || a.pitEnabled != b.pitEnabled || a.paused != b.paused
            || a.encryptionAtRest != b.encryptionAtRest;
}

} // namespace

Synchronizer::Synchronizer(std::shared_ptr<AtlasApi> api, std::shared_ptr<CatalogWriter> writer,
                           std::shared_ptr<const Clock> clock, Options options)
    : m_api(std::move(api))
    , m_writer(std::move(writer))
    , m_clock(std::move(clock))
    , m_options(options)
{}

Status Synchronizer::write(CatalogWriter::Task task)
{
    return m_writer->post(std::move(task)).result();
}

CatalogWriter::Task Synchronizer::syncedTask(const QString &scope, bool full, const QString &marker) const
{
    return [=, clock = m_clock](Catalog &catalog) -> Status {
        auto previous = catalog.syncState(scope);
        SyncState state = previous && previous->has_value() ? **previous : SyncState();
        if (full)
            state.lastFullSync = clock->now();
        if (!marker.isEmpty())
            state.lastSeenMarker = marker;
        state.lastError.clear();
        return catalog.setSyncState(scope, state);
    };
}

Status Synchronizer::markSynced(const QString &scope, bool full, const QString &marker)
{
    return write(syncedTask(scope, full, marker));
}

Result<std::unique_ptr<Catalog>, AtlasError> Synchronizer::openReader()
{
    auto reader = Catalog::openReader(m_writer->path(), m_clock);
    if (!reader)
        return AtlasError::local(reader.error());
    return std::move(reader).value();
}

Result<SyncReport, AtlasError> Synchronizer::syncAll(const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int requestsBefore = m_api->client().requestsSent();
    auto orgs = m_api->organizations(cancel);
    if (!orgs)
        return orgs.error();
    if (auto w = write([o = *orgs](Catalog &c) { return c.writeOrganizations(o, true); }); !w)
        return AtlasError::local(w.error());
    SyncReport report;
    for (const Organization &org : std::as_const(*orgs)) {
        auto one = syncOrganization(org.id, cancel);
        if (!one)
            return one.error();
        report.add(*one);
    }
    report.requests = m_api->client().requestsSent() - requestsBefore;
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<SyncReport, AtlasError> Synchronizer::syncOrganization(const QString &orgId,
                                                              const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int requestsBefore = m_api->client().requestsSent();
    auto org = m_api->organization(orgId, cancel);
    if (!org)
        return org.error();
    auto projects = m_api->projectsOf(orgId, cancel);
    if (!projects)
        return projects.error();
    if (auto w = write([org = *org, projects = *projects, orgId](Catalog &c) -> Status {
            if (auto s = c.writeOrganizations({org}, false); !s)
                return s;
            return c.writeProjects(orgId, projects, true);
        });
        !w)
        return AtlasError::local(w.error());

    auto synced = syncProjects(*projects, cancel);
    if (!synced)
        return synced.error();
    SyncReport report = *synced;
    if (auto s = markSynced(SyncScope::organization(orgId), m_options.full, {}); !s)
        return AtlasError::local(s.error());
    report.changedScopes << SyncScope::organization(orgId);
    report.requests = m_api->client().requestsSent() - requestsBefore;
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<SyncReport, AtlasError> Synchronizer::syncProject(const QString &projectId,
                                                         const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int requestsBefore = m_api->client().requestsSent();
    auto project = m_api->project(projectId, cancel);
    if (!project)
        return project.error();
    if (auto w = write([p = *project](Catalog &c) { return c.writeProjects(p.orgId, {p}, false); }); !w)
        return AtlasError::local(w.error());
    auto report = syncProjects({*project}, cancel);
    if (report) {
        report.value().requests = m_api->client().requestsSent() - requestsBefore;
        report.value().elapsedMs = timer.elapsed();
    }
    return report;
}

Result<QList<Cluster>, AtlasError> Synchronizer::listAllClusters(const QString &projectId,
                                                                 const std::atomic_bool *cancel)
{
    auto dedicated = m_api->clusters(projectId, cancel);
    if (!dedicated)
        return dedicated.error();
    QList<Cluster> all = *dedicated;
    auto flex = m_api->flexClusters(projectId, cancel);
    if (flex)
        all += *flex;
    else if (!concernsOneResource(flex.error()))
        return flex.error();
    auto serverless = m_api->serverlessInstances(projectId, cancel);
    if (serverless)
        all += *serverless;
    else if (!concernsOneResource(serverless.error()))
        return serverless.error();
    return all;
}

void Synchronizer::tell(Tally &tally, qint64 finished, const QString &stage)
{
    const std::lock_guard lock(tally.mutex);
    tally.done += finished;
    tally.total = std::max(tally.total, tally.done);
    if (m_progress)
        m_progress(tally.done, tally.total, stage);
}

Result<SyncReport, AtlasError> Synchronizer::syncProjects(const QList<Project> &projects,
                                                          const std::atomic_bool *cancel)
{
    Tally tally;
    for (const Project &project : projects)
        tally.total += project.clusterCount;
    ClusterWorkers workers(
            int(std::clamp<qint64>(tally.total, 1, std::max(m_options.clusterConcurrency, 1))), *m_writer,
            [this] { return openReader(); },
            [this, cancel](Catalog &reader, const Cluster &cluster, const OplogEvents &oplog,
                           PendingWrites &writes) {
                return syncOneCluster(reader, cluster, oplog, writes, cancel);
            },
            [this, &tally](const Cluster &cluster) {
                tell(tally, 1, tr("Synced cluster %1").arg(cluster.name));
            },
            cancel);
    SyncReport report;
    QList<Project> queued;
    for (const Project &project : projects) {
        if (workers.stopped())
            break;
        bool listed = false;
        auto read = readProjectInventory(project, workers, tally, listed, cancel);
        if (!read) {
            workers.abandon();
            workers.finish().ok();
            return read.error();
        }
        report.add(*read);
        if (listed)
            queued << project;
    }
    auto synced = workers.finish();
    if (!synced)
        return synced.error();
    if (cancel && cancel->load()) {
        AtlasError stopped;
        stopped.kind = AtlasError::Kind::Cancelled;
        stopped.message = tr("The sync was cancelled; what was read so far is kept.");
        return stopped;
    }
    report.add(*synced);
    for (const Project &project : std::as_const(queued)) {
        if (auto s = markSynced(SyncScope::project(project.id), m_options.full, {}); !s)
            return AtlasError::local(s.error());
        report.changedScopes << SyncScope::project(project.id);
    }
    return report;
}

Result<SyncReport, AtlasError> Synchronizer::readProjectInventory(const Project &project,
                                                                  ClusterWorkers &workers, Tally &tally,
                                                                  bool &queued,
                                                                  const std::atomic_bool *cancel)
{
    SyncReport report;
    report.projects = 1;
    tell(tally, 0, tr("Reading project %1").arg(project.name));
    auto clusters = listAllClusters(project.id, cancel);
    if (!clusters) {
        if (!concernsOneResource(clusters.error()))
            return clusters.error();
        report.warnings << clusters.error().message;
        return report;
    }
    auto reader = openReader();
    if (!reader)
        return reader.error();
    auto cached = reader.value()->clusters(project.id);
    QHash<QString, Cluster> before;
    for (const Cluster &c : cached.valueOr({}))
        before.insert(c.name, c);

    // Changed and new clusters first: they are what the user is most likely waiting for.
    QList<Cluster> changed, unchanged;
    for (const Cluster &fresh : std::as_const(*clusters)) {
        const auto old = before.contains(fresh.name) ? std::optional<Cluster>(before.value(fresh.name))
                                                     : std::nullopt;
        const Cluster merged = carriedOver(fresh, old);
        (!old || differs(merged, *old) ? changed : unchanged) << merged;
    }
    const QList<Cluster> ordered = changed + unchanged;
    if (auto w = write([ordered, id = project.id](Catalog &c) { return c.writeClusters(id, ordered, true); });
        !w)
        return AtlasError::local(w.error());
    for (const Cluster &c : std::as_const(changed))
        report.changedScopes << SyncScope::cluster(project.id, c.name);

    auto compliance = m_api->compliancePolicy(project.id, cancel);
    if (compliance) {
        if (auto w = write([p = *compliance, id = project.id](Catalog &c) {
                return c.writeCompliancePolicy(id, p);
            });
            !w)
            return AtlasError::local(w.error());
    } else if (concernsOneResource(compliance.error())) {
        report.warnings << compliance.error().message;
    } else {
        return compliance.error();
    }

    auto buckets = m_api->exportBuckets(project.id, cancel);
    if (buckets) {
        if (auto w = write([b = *buckets, id = project.id](Catalog &c) {
                return c.writeExportBuckets(id, b, true);
            });
            !w)
            return AtlasError::local(w.error());
    } else if (concernsOneResource(buckets.error())) {
        report.warnings << buckets.error().message;
    } else {
        return buckets.error();
    }
    // The newest page of events: enough for gaps, restores and recent failures; older ones stay cached.
    EventFilter recent;
    recent.newestPages = 1;
    auto events = m_api->events(project.id, recent, cancel);
    if (events) {
        if (auto w = write([e = *events, id = project.id](Catalog &c) { return c.writeEvents(id, e); }); !w)
            return AtlasError::local(w.error());
    } else if (concernsOneResource(events.error())) {
        report.warnings << events.error().message;
    } else {
        return events.error();
    }

    auto oplog = std::make_shared<const OplogEvents>(readOplogEvents(project.id, ordered, cancel));
    if (!*oplog && !concernsOneResource(oplog->error()))
        return oplog->error();
    {
        // The project's count in the listing leaves out its Flex clusters and serverless instances.
        const std::lock_guard lock(tally.mutex);
        tally.total += ordered.size() - project.clusterCount;
    }
    workers.add(ordered, oplog);
    queued = true;
    return report;
}

Result<SyncReport, AtlasError> Synchronizer::syncCluster(const QString &projectId, const QString &clusterName,
                                                         const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int requestsBefore = m_api->client().requestsSent();
    auto clusters = listAllClusters(projectId, cancel);
    if (!clusters)
        return clusters.error();
    auto reader = openReader();
    if (!reader)
        return reader.error();
    for (const Cluster &fresh : std::as_const(*clusters)) {
        if (fresh.name != clusterName)
            continue;
        const Cluster merged
                = carriedOver(fresh, reader.value()->cluster(projectId, clusterName).valueOr({}));
        const OplogEvents oplog = readOplogEvents(projectId, {merged}, cancel);
        if (!oplog && !concernsOneResource(oplog.error()))
            return oplog.error();
        PendingWrites writes(*m_writer);
        auto report = syncOneCluster(*reader.value(), merged, oplog, writes, cancel);
        if (const Status stored = writes.settle(); report && !stored)
            return AtlasError::local(stored.error());
        if (report) {
            report.value().requests = m_api->client().requestsSent() - requestsBefore;
            report.value().elapsedMs = timer.elapsed();
        }
        return report;
    }
    AtlasError missing;
    missing.httpStatus = 404;
    missing.errorCode = QStringLiteral("CLUSTER_NOT_FOUND");
    missing.message = tr("Project %1 has no cluster named %2.").arg(projectId, clusterName);
    return missing;
}

} // namespace snapline
