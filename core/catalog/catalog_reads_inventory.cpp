// Reading organizations, projects and clusters.
#include "catalog/catalog.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kClustersOf[]
        = "SELECT project_id, name, id, tier, provider, topology, shard_count, mongo_version, fcv_pinned, "
          "backup_kind, pit_enabled, restore_window_days, pit_history, shard_count_changed_at, "
          "collection_count, encryption_at_rest, paused FROM clusters WHERE project_id = ?1 ORDER BY name";
constexpr const char kOneCluster[]
        = "SELECT project_id, name, id, tier, provider, topology, shard_count, mongo_version, fcv_pinned, "
          "backup_kind, pit_enabled, restore_window_days, pit_history, shard_count_changed_at, "
          "collection_count, encryption_at_rest, paused FROM clusters WHERE project_id = ?1 AND name = ?2";

std::optional<MongoVersion> versionOf(const SqlStatement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return MongoVersion::parse(row.text(column));
}

Cluster clusterFrom(const SqlStatement &row)
{
    Cluster cluster;
    cluster.projectId = row.text(0);
    cluster.name = row.text(1);
    cluster.id = row.text(2);
    cluster.tier = Tier::parse(row.text(3)).value_or(Tier());
    cluster.provider = cloudProviderColumn().parseOr(row.utf8(4), CloudProvider::Aws);
    cluster.topology = topologyColumn().parseOr(row.utf8(5), Topology::ReplicaSet);
    cluster.shardCount = row.integer(6);
    cluster.version = versionOf(row, 7).value_or(MongoVersion());
    cluster.fcvPinned = versionOf(row, 8);
    cluster.backupKind = backupKindColumn().parseOr(row.utf8(9), BackupKind::None);
    cluster.pitEnabled = row.boolean(10);
    cluster.restoreWindowDays = row.integer(11);
    cluster.pit = pitHistoryFromJson(row.utf8(12));
    if (!row.isNull(13))
        cluster.shardCountChangedAt = row.time(13);
    cluster.collectionCount = row.optionalInt64(14);
    cluster.encryptionAtRest = encryptionColumn().parseOr(row.utf8(15), EncryptionProvider::None);
    cluster.paused = row.boolean(16);
    return cluster;
}

} // namespace

Result<QList<Organization>> Catalog::organizations() const
{
    SqlStatement &query = statement("SELECT id, name, is_deleted FROM organizations ORDER BY name, id");
    const auto finished = qScopeGuard([&query] { query.reset(); });
    QList<Organization> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        out.append({query.text(0), query.text(1), query.boolean(2)});
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the organizations"));
    return out;
}

Result<QList<Project>> Catalog::projects(const QString &orgId) const
{
    SqlStatement &query = statement("SELECT id, name, org_id, created_at, cluster_count FROM projects "
                                    "WHERE org_id = ?1 ORDER BY name, id");
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, orgId);
    QList<Project> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        out.append({query.text(0), query.text(1), query.text(2), query.time(3), query.integer(4)});
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the projects of organization %1").arg(orgId));
    return out;
}

Result<QList<Cluster>> Catalog::clusters(const QString &projectId) const
{
    SqlStatement &query = statement(kClustersOf);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    QList<Cluster> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        out.append(clusterFrom(query));
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the clusters of project %1").arg(projectId));
    return out;
}

Result<std::optional<Cluster>> Catalog::cluster(const QString &projectId, const QString &name) const
{
    SqlStatement &query = statement(kOneCluster);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, name);
    const int rc = query.step();
    if (rc == SQLITE_ROW)
        return std::optional<Cluster>(clusterFrom(query));
    if (rc != SQLITE_DONE)
        return sqlError(tr("read cluster %1").arg(name));
    return std::optional<Cluster>();
}

} // namespace snapline
