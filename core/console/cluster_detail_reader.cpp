#include "console/cluster_detail_reader.h"

#include "actions/pit_history_inference.h"

namespace snapline {

namespace {
// Events are read per project; a first page this large usually holds the
// cluster's 500 newest, and it doubles when it does not.
constexpr int kFirstEventPage = 2000;
} // namespace

Result<ProjectCluster> ClusterDetailReader::locate(const Catalog &catalog, const QString &projectId,
                                                   const QString &clusterName)
{
    auto cluster = catalog.cluster(projectId, clusterName);
    if (!cluster)
        return cluster.error();
    if (!cluster->has_value()) {
        return Error{QStringLiteral("CLUSTER_NOT_IN_CATALOG"),
                     tr("Cluster %1 is not in the catalog; it may have been deleted in Atlas. Sync again to "
                        "see the current list.")
                             .arg(clusterName)};
    }
    ProjectCluster where;
    where.projectId = projectId;
    where.cluster = **cluster;
    // The catalog files projects under their organization: the few of them
    // are searched for this one's name.
    const auto organizations = catalog.organizations();
    if (!organizations)
        return organizations.error();
    for (const Organization &org : *organizations) {
        const auto projects = catalog.projects(org.id);
        if (!projects)
            return projects.error();
        for (const Project &project : *projects) {
            if (project.id == projectId) {
                where.orgId = org.id;
                where.projectName = project.name;
                return where;
            }
        }
    }
    return where;
}

Result<QList<BackupEvent>> ClusterDetailReader::clusterEvents(const Catalog &catalog,
                                                              const QString &projectId,
                                                              const QString &clusterName)
{
    for (int page = kFirstEventPage;; page *= 2) {
        auto events = catalog.events(projectId, page);
        if (!events)
            return events.error();
        QList<BackupEvent> out;
        for (const BackupEvent &event : *events) {
            if (event.clusterName == clusterName)
                out << event;
            if (out.size() == kEventLimit)
                return out;
        }
        if (events->size() < page)
            return out; // the project holds no more
    }
}

Result<ClusterDetail> ClusterDetailReader::read(const Catalog &catalog, const QString &projectId,
                                                const QString &clusterName)
{
    ClusterDetail detail;
    auto where = locate(catalog, projectId, clusterName);
    if (!where)
        return where.error();
    detail.where = std::move(where).value();
    auto policy = catalog.backupPolicy(projectId, clusterName);
    if (!policy)
        return policy.error();
    detail.policy = *policy;
    auto compliance = catalog.compliancePolicy(projectId);
    if (!compliance)
        return compliance.error();
    detail.compliance = *compliance;
    auto snapshots = catalog.snapshots(projectId, clusterName);
    if (!snapshots)
        return snapshots.error();
    detail.snapshots = std::move(snapshots).value();
    if (detail.where.cluster.pitEnabled) {
        // The timeline shows the blackouts the rules judge by (see ActionFacts::gather).
        auto into = catalog.restoreJobsInto(projectId, clusterName);
        if (!into)
            return into.error();
        detail.where.cluster.pit.blackouts
                << PitHistoryInference::restoreBlackouts(*into, detail.snapshots, catalog.clock().now());
    }
    auto jobs = catalog.restoreJobs(projectId, clusterName);
    if (!jobs)
        return jobs.error();
    detail.restoreJobs = *jobs;
    auto events = clusterEvents(catalog, projectId, clusterName);
    if (!events)
        return events.error();
    detail.events = *events;
    auto sync = catalog.syncState(SyncScope::cluster(projectId, clusterName));
    if (!sync)
        return sync.error();
    detail.sync = *sync;
    return detail;
}

} // namespace snapline
