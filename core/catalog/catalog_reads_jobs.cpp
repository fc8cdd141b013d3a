// Reading restore jobs, export buckets, export jobs and events.
#include "catalog/catalog.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kRestoreJobs[]
        = "SELECT id, snapshot_id, delivery_type, target_project_id, target_cluster_name, point_in_time, "
          "created_at, finished_at, expires_at, snapshot_timestamp, cancelled, failed, expired, "
          "delivery_urls FROM restore_jobs WHERE project_id = ?1 AND cluster_name = ?2 ORDER BY created_at "
          "DESC, id";
constexpr const char kRestoreJobsInto[]
        = "SELECT id, snapshot_id, delivery_type, target_project_id, target_cluster_name, point_in_time, "
          "created_at, finished_at, expires_at, snapshot_timestamp, cancelled, failed, expired, "
          "delivery_urls, cluster_name FROM restore_jobs WHERE target_project_id = ?1 AND "
          "target_cluster_name = ?2 ORDER BY created_at DESC, id";
constexpr const char kExportBuckets[]
        = "SELECT id, bucket_name, cloud_provider, iam_role_id, role_id, region, service_url, tenant_id, "
          "require_private_networking FROM export_buckets WHERE project_id = ?1 ORDER BY bucket_name, id";
constexpr const char kExportJobs[]
        = "SELECT id, snapshot_id, export_bucket_id, state, created_at, finished_at, prefix, "
          "exported_collections, total_collections, failure_code, failure_message FROM export_jobs WHERE "
          "project_id = ?1 AND cluster_name = ?2 ORDER BY created_at DESC, id";
constexpr const char kEvents[]
        = "SELECT id, event_type, created_at, cluster_name, snapshot_id, restore_job_id, actor, summary "
          "FROM events WHERE project_id = ?1 ORDER BY created_at DESC, id LIMIT ?2";

std::optional<int> narrow(std::optional<qint64> value)
{
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

// Steps `query` to the end, turning each row into a T.
template<typename T, typename Make>
int collect(SqlStatement &query, QList<T> *out, Make make)
{
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        out->append(make(query));
    return rc;
}

// One row of kRestoreJobs or kRestoreJobsInto.
RestoreJob restoreJobOf(const SqlStatement &row, const QString &clusterName)
{
    RestoreJob job;
    job.id = row.text(0);
    job.sourceClusterName = clusterName;
    job.snapshotId = row.text(1);
    job.deliveryType = deliveryTypeColumn().parseOr(row.utf8(2), DeliveryType::Automated);
    job.targetProjectId = row.text(3);
    job.targetClusterName = row.text(4);
    job.pointInTime = pointInTimeFromJson(row.utf8(5));
    job.createdAt = row.time(6);
    job.finishedAt = row.time(7);
    job.expiresAt = row.time(8);
    job.snapshotTimestamp = row.time(9);
    job.cancelled = row.boolean(10);
    job.failed = row.boolean(11);
    job.expired = row.boolean(12);
    job.deliveryUrls = stringListFromJson(row.utf8(13));
    return job;
}

} // namespace

Result<QList<RestoreJob>> Catalog::restoreJobs(const QString &projectId, const QString &clusterName) const
{
    SqlStatement &query = statement(kRestoreJobs);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    QList<RestoreJob> out;
    const int rc
            = collect(query, &out, [&](const SqlStatement &row) { return restoreJobOf(row, clusterName); });
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the restore jobs of cluster %1").arg(clusterName));
    return out;
}

Result<QList<RestoreJob>> Catalog::restoreJobsInto(const QString &targetProjectId,
                                                   const QString &targetClusterName) const
{
    SqlStatement &query = statement(kRestoreJobsInto);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, targetProjectId);
    query.bindText(2, targetClusterName);
    QList<RestoreJob> out;
    const int rc
            = collect(query, &out, [](const SqlStatement &row) { return restoreJobOf(row, row.text(14)); });
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the restore jobs into cluster %1").arg(targetClusterName));
    return out;
}

Result<QList<ExportBucket>> Catalog::exportBuckets(const QString &projectId) const
{
    SqlStatement &query = statement(kExportBuckets);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    QList<ExportBucket> out;
    const int rc = collect(query, &out, [](const SqlStatement &row) {
        ExportBucket bucket;
        bucket.id = row.text(0);
        bucket.bucketName = row.text(1);
        bucket.cloudProvider = cloudProviderColumn().parseOr(row.utf8(2), CloudProvider::Aws);
        bucket.iamRoleId = row.text(3);
        bucket.roleId = row.text(4);
        bucket.region = row.text(5);
        bucket.serviceUrl = row.text(6);
        bucket.tenantId = row.text(7);
        bucket.requirePrivateNetworking = row.boolean(8);
        return bucket;
    });
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the export buckets of project %1").arg(projectId));
    return out;
}

Result<QList<ExportJob>> Catalog::exportJobs(const QString &projectId, const QString &clusterName) const
{
    SqlStatement &query = statement(kExportJobs);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    QList<ExportJob> out;
    const int rc = collect(query, &out, [&](const SqlStatement &row) {
        ExportJob job;
        job.id = row.text(0);
        job.clusterName = clusterName;
        job.snapshotId = row.text(1);
        job.exportBucketId = row.text(2);
        job.state = exportJobStateColumn().parseOr(row.utf8(3), ExportJobState::Queued);
        job.createdAt = row.time(4);
        job.finishedAt = row.time(5);
        job.prefix = row.text(6);
        job.exportedCollections = narrow(row.optionalInt64(7));
        job.totalCollections = narrow(row.optionalInt64(8));
        job.failureCode = row.text(9);
        job.failureMessage = row.text(10);
        return job;
    });
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the export jobs of cluster %1").arg(clusterName));
    return out;
}

Result<QList<BackupEvent>> Catalog::events(const QString &projectId, int limit) const
{
    SqlStatement &query = statement(kEvents);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindInt(2, limit);
    QList<BackupEvent> out;
    const int rc = collect(query, &out, [](const SqlStatement &row) {
        return BackupEvent{row.text(0), row.text(1), row.time(2), row.text(3),
                           row.text(4), row.text(5), row.text(6), row.text(7)};
    });
    if (rc != SQLITE_DONE)
        return sqlError(tr("read the events of project %1").arg(projectId));
    return out;
}

} // namespace snapline
