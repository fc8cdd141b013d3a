#include "console/inventory_reader.h"

namespace snapline {

namespace {

constexpr qint64 kFailureLookbackSeconds = 24 * 3600;

Result<ProjectEntry> readProject(const Catalog &catalog, const Project &project,
                                 const QHash<QString, SnapshotSummary> &summaries)
{
    ProjectEntry entry;
    entry.project = project;
    auto compliance = catalog.compliancePolicy(project.id);
    if (!compliance)
        return compliance.error();
    entry.compliance = *compliance;
    auto sync = catalog.syncState(SyncScope::project(project.id));
    if (!sync)
        return sync.error();
    entry.sync = *sync;
    auto clusters = catalog.clusters(project.id);
    if (!clusters)
        return clusters.error();
    entry.clusters.reserve(clusters->size());
    for (const Cluster &cluster : *clusters) {
        ClusterEntry &c = entry.clusters.emplace_back();
        c.where = ProjectCluster{project.orgId, project.id, project.name, cluster};
        auto policy = catalog.backupPolicy(project.id, cluster.name);
        if (!policy)
            return policy.error();
        c.policy = *policy;
        c.snapshots = summaries.value(InventoryReader::summaryKey(project.id, cluster.name));
        auto clusterSync = catalog.syncState(SyncScope::cluster(project.id, cluster.name));
        if (!clusterSync)
            return clusterSync.error();
        c.sync = *clusterSync;
    }
    return entry;
}

} // namespace

Result<Inventory> InventoryReader::read(const Catalog &catalog, const QDateTime &now)
{
    Inventory inventory;
    inventory.readAt = now;
    const auto summaries = catalog.snapshotSummaries(now.addSecs(-kFailureLookbackSeconds));
    if (!summaries)
        return summaries.error();
    const auto organizations = catalog.organizations();
    if (!organizations)
        return organizations.error();
    for (const Organization &org : *organizations) {
        OrganizationEntry &o = inventory.organizations.emplace_back();
        o.organization = org;
        auto sync = catalog.syncState(SyncScope::organization(org.id));
        if (!sync)
            return sync.error();
        o.sync = *sync;
        const auto projects = catalog.projects(org.id);
        if (!projects)
            return projects.error();
        for (const Project &project : *projects) {
            auto entry = readProject(catalog, project, *summaries);
            if (!entry)
                return entry.error();
            o.projects.append(std::move(entry).value());
        }
    }
    return inventory;
}

} // namespace snapline
