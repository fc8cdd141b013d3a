// Removing what was deleted upstream, with everything that hangs off it.
// Done by hand rather than with foreign keys: a page of snapshots may arrive
// before its cluster's row, and a cache must accept that.
#include "catalog/catalog.h"
#include "catalog/sql_statement.h"

namespace snapline {

namespace {

// ?1 = project id, ?2 = cluster name, ?3 = the cluster's sync scope.
constexpr const char *kRemoveCluster[] = {
        "DELETE FROM snapshots WHERE cluster_key IN "
        "(SELECT key FROM cluster_keys WHERE project_id = ?1 AND cluster_name = ?2)",
        "DELETE FROM cluster_keys WHERE project_id = ?1 AND cluster_name = ?2",
        "DELETE FROM clusters WHERE project_id = ?1 AND name = ?2",
        "DELETE FROM backup_policies WHERE project_id = ?1 AND cluster_name = ?2",
        "DELETE FROM restore_jobs WHERE project_id = ?1 AND cluster_name = ?2",
        "DELETE FROM export_jobs WHERE project_id = ?1 AND cluster_name = ?2",
        "DELETE FROM sync_state WHERE scope = ?3",
};

// ?1 = project id, ?2 = its sync scope, ?3 = the prefix of its clusters' scopes.
constexpr const char *kRemoveProject[] = {
        "DELETE FROM snapshots WHERE cluster_key IN (SELECT key FROM cluster_keys WHERE project_id = ?1)",
        "DELETE FROM cluster_keys WHERE project_id = ?1",
        "DELETE FROM clusters WHERE project_id = ?1",
        "DELETE FROM backup_policies WHERE project_id = ?1",
        "DELETE FROM restore_jobs WHERE project_id = ?1",
        "DELETE FROM export_jobs WHERE project_id = ?1",
        "DELETE FROM export_buckets WHERE project_id = ?1",
        "DELETE FROM compliance_policies WHERE project_id = ?1",
        "DELETE FROM events WHERE project_id = ?1",
        "DELETE FROM projects WHERE id = ?1",
        "DELETE FROM sync_state WHERE scope = ?2 OR substr(scope, 1, length(?3)) = ?3",
};

} // namespace

Status Catalog::removeCluster(const QString &projectId, const QString &clusterName)
{
    const QStringList arguments{projectId, clusterName, SyncScope::cluster(projectId, clusterName)};
    for (const char *sql : kRemoveCluster) {
        if (Status done = exec(sql, arguments, tr("remove cluster %1").arg(clusterName)); !done)
            return done;
    }
    return Done{};
}

Status Catalog::removeProject(const QString &projectId)
{
    const QStringList arguments{projectId, SyncScope::project(projectId),
                                SyncScope::cluster(projectId, QString())};
    for (const char *sql : kRemoveProject) {
        if (Status done = exec(sql, arguments, tr("remove project %1").arg(projectId)); !done)
            return done;
    }
    return Done{};
}

Status Catalog::removeOrganization(const QString &orgId)
{
    auto projectIds = missingKeys("SELECT id FROM projects WHERE org_id = ?1", {orgId}, {});
    if (!projectIds)
        return projectIds.error();
    for (const QString &projectId : *projectIds) {
        if (Status done = removeProject(projectId); !done)
            return done;
    }
    const QString doing = tr("remove organization %1").arg(orgId);
    if (Status done = exec("DELETE FROM organizations WHERE id = ?1", {orgId}, doing); !done)
        return done;
    return exec("DELETE FROM sync_state WHERE scope = ?1", {SyncScope::organization(orgId)}, doing);
}

} // namespace snapline
