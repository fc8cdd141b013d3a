// Writing organizations, projects and clusters.
#include "catalog/catalog.h"
#include "catalog/catalog_rows.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kUpsertOrganization[]
        = "INSERT INTO organizations (id, name, is_deleted) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE "
          "SET name = excluded.name, is_deleted = excluded.is_deleted";

constexpr const char kUpsertProject[]
        = "INSERT INTO projects (id, org_id, name, created_at, cluster_count) VALUES (?1, ?2, ?3, ?4, ?5) "
          "ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, name = excluded.name, created_at = "
          "excluded.created_at, cluster_count = excluded.cluster_count";

constexpr const char kUpsertCluster[]
        = "INSERT OR REPLACE INTO clusters (project_id, name, id, tier, provider, topology, shard_count, "
          "mongo_version, fcv_pinned, backup_kind, pit_enabled, restore_window_days, pit_history, "
          "shard_count_changed_at, collection_count, encryption_at_rest, paused) VALUES (?1, ?2, ?3, ?4, "
          "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

void bindCluster(SqlStatement &row, const QString &projectId, const Cluster &cluster)
{
    row.bindText(1, projectId);
    row.bindText(2, cluster.name);
    row.bindText(3, cluster.id);
    row.bindText(4, cluster.tier.name());
    row.bindStaticUtf8(5, cloudProviderColumn().name(cluster.provider));
    row.bindStaticUtf8(6, topologyColumn().name(cluster.topology));
    row.bindInt(7, cluster.shardCount);
    row.bindText(8, cluster.version.toString());
    if (cluster.fcvPinned)
        row.bindText(9, cluster.fcvPinned->toString());
    else
        row.bindNull(9);
    row.bindStaticUtf8(10, backupKindColumn().name(cluster.backupKind));
    row.bindBool(11, cluster.pitEnabled);
    row.bindInt(12, cluster.restoreWindowDays);
    row.bindUtf8(13, pitHistoryJson(cluster.pit));
    row.bindTime(14, cluster.shardCountChangedAt.value_or(QDateTime()));
    row.bindOptionalInt64(15, cluster.collectionCount);
    row.bindStaticUtf8(16, encryptionColumn().name(cluster.encryptionAtRest));
    row.bindBool(17, cluster.paused);
}

} // namespace

Status Catalog::writeOrganizations(const QList<Organization> &organizations, bool complete)
{
    const QString doing = tr("store the organizations");
    return transact(doing, [&]() -> Status {
        for (const Organization &org : organizations) {
            SqlStatement &row = statement(kUpsertOrganization);
            row.bindText(1, org.id);
            row.bindText(2, org.name);
            row.bindBool(3, org.isDeleted);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        if (!complete)
            return Done{};
        return removeMissing("SELECT id FROM organizations", {}, keysOf(organizations, &Organization::id),
                             [this](const QString &orgId) { return removeOrganization(orgId); });
    });
}

Status Catalog::writeProjects(const QString &orgId, const QList<Project> &projects, bool complete)
{
    const QString doing = tr("store the projects of organization %1").arg(orgId);
    return transact(doing, [&]() -> Status {
        for (const Project &project : projects) {
            SqlStatement &row = statement(kUpsertProject);
            row.bindText(1, project.id);
            row.bindText(2, orgId);
            row.bindText(3, project.name);
            row.bindTime(4, project.created);
            row.bindInt(5, project.clusterCount);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        if (!complete)
            return Done{};
        return removeMissing("SELECT id FROM projects WHERE org_id = ?1", {orgId},
                             keysOf(projects, &Project::id),
                             [this](const QString &projectId) { return removeProject(projectId); });
    });
}

Status Catalog::writeClusters(const QString &projectId, const QList<Cluster> &clusters, bool complete)
{
    const QString doing = tr("store the clusters of project %1").arg(projectId);
    return transact(doing, [&]() -> Status {
        for (const Cluster &cluster : clusters) {
            SqlStatement &row = statement(kUpsertCluster);
            bindCluster(row, projectId, cluster);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        if (!complete)
            return Done{};
        return removeMissing("SELECT name FROM clusters WHERE project_id = ?1", {projectId},
                             keysOf(clusters, &Cluster::name),
                             [&](const QString &name) { return removeCluster(projectId, name); });
    });
}

} // namespace snapline
