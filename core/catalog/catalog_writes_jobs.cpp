// Writing restore jobs, export buckets, export jobs and events.
#include "catalog/catalog.h"
#include "catalog/catalog_rows.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kUpsertRestoreJob[]
        = "INSERT OR REPLACE INTO restore_jobs (project_id, cluster_name, id, snapshot_id, delivery_type, "
          "state, target_project_id, target_cluster_name, point_in_time, created_at, finished_at, "
          "expires_at, snapshot_timestamp, cancelled, failed, expired, delivery_urls) VALUES (?1, ?2, ?3, "
          "?4, ?5, ?6, ?7, ?8, ?9, "
          // A creation time the console saw is kept when Atlas's listing (which has none) comes again.
          "COALESCE(?10, (SELECT created_at FROM restore_jobs WHERE project_id = ?1 AND cluster_name = ?2 "
          "AND "
          "id = ?3)), ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
constexpr const char kRestoreJobIds[]
        = "SELECT id FROM restore_jobs WHERE project_id = ?1 AND cluster_name = ?2";
constexpr const char kDeleteRestoreJob[]
        = "DELETE FROM restore_jobs WHERE project_id = ?1 AND cluster_name = ?2 AND id = ?3";

constexpr const char kUpsertExportBucket[]
        = "INSERT OR REPLACE INTO export_buckets (project_id, id, bucket_name, cloud_provider, "
          "iam_role_id, role_id, region, service_url, tenant_id, require_private_networking) VALUES (?1, "
          "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr const char kExportBucketIds[] = "SELECT id FROM export_buckets WHERE project_id = ?1";
constexpr const char kDeleteExportBucket[] = "DELETE FROM export_buckets WHERE project_id = ?1 AND id = ?2";

constexpr const char kUpsertExportJob[]
        = "INSERT OR REPLACE INTO export_jobs (project_id, cluster_name, id, snapshot_id, "
          "export_bucket_id, state, created_at, finished_at, prefix, exported_collections, "
          "total_collections, failure_code, failure_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
          "?10, ?11, ?12, ?13)";
constexpr const char kExportJobIds[]
        = "SELECT id FROM export_jobs WHERE project_id = ?1 AND cluster_name = ?2";
constexpr const char kDeleteExportJob[]
        = "DELETE FROM export_jobs WHERE project_id = ?1 AND cluster_name = ?2 AND id = ?3";

constexpr const char kUpsertEvent[]
        = "INSERT OR REPLACE INTO events (project_id, id, event_type, created_at, cluster_name, "
          "snapshot_id, restore_job_id, actor, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

std::optional<qint64> widen(std::optional<int> value)
{
    return value ? std::optional<qint64>(*value) : std::nullopt;
}

void bindRestoreJob(SqlStatement &row, const QString &projectId, const QString &clusterName,
                    const RestoreJob &job)
{
    row.bindText(1, projectId);
    row.bindText(2, clusterName);
    row.bindText(3, job.id);
    row.bindText(4, job.snapshotId);
    row.bindStaticUtf8(5, deliveryTypeColumn().name(job.deliveryType));
    row.bindStaticUtf8(6, restoreJobStateColumn().name(job.state()));
    row.bindText(7, job.targetProjectId);
    row.bindText(8, job.targetClusterName);
    row.bindUtf8(9, pointInTimeJson(job.pointInTime));
    row.bindTime(10, job.createdAt);
    row.bindTime(11, job.finishedAt);
    row.bindTime(12, job.expiresAt);
    row.bindTime(13, job.snapshotTimestamp);
    row.bindBool(14, job.cancelled);
    row.bindBool(15, job.failed);
    row.bindBool(16, job.expired);
    row.bindUtf8(17, stringListJson(job.deliveryUrls));
}

void bindExportBucket(SqlStatement &row, const QString &projectId, const ExportBucket &bucket)
{
    row.bindText(1, projectId);
    row.bindText(2, bucket.id);
    row.bindText(3, bucket.bucketName);
    row.bindStaticUtf8(4, cloudProviderColumn().name(bucket.cloudProvider));
    row.bindText(5, bucket.iamRoleId);
    row.bindText(6, bucket.roleId);
    row.bindText(7, bucket.region);
    row.bindText(8, bucket.serviceUrl);
    row.bindText(9, bucket.tenantId);
    row.bindBool(10, bucket.requirePrivateNetworking);
}

void bindExportJob(SqlStatement &row, const QString &projectId, const QString &clusterName,
                   const ExportJob &job)
{
    row.bindText(1, projectId);
    row.bindText(2, clusterName);
    row.bindText(3, job.id);
    row.bindText(4, job.snapshotId);
    row.bindText(5, job.exportBucketId);
    row.bindStaticUtf8(6, exportJobStateColumn().name(job.state));
    row.bindTime(7, job.createdAt);
    row.bindTime(8, job.finishedAt);
    row.bindText(9, job.prefix);
    row.bindOptionalInt64(10, widen(job.exportedCollections));
    row.bindOptionalInt64(11, widen(job.totalCollections));
    row.bindText(12, job.failureCode);
    row.bindText(13, job.failureMessage);
}

void bindEvent(SqlStatement &row, const QString &projectId, const BackupEvent &event)
{
    row.bindText(1, projectId);
    row.bindText(2, event.id);
    row.bindText(3, event.eventTypeName);
    row.bindTime(4, event.created);
    row.bindText(5, event.clusterName);
    row.bindText(6, event.snapshotId);
    row.bindText(7, event.restoreJobId);
    row.bindText(8, event.actor);
    row.bindText(9, event.summary);
}

} // namespace

Status Catalog::writeRestoreJobs(const QString &projectId, const QString &clusterName,
                                 const QList<RestoreJob> &jobs, bool complete)
{
    const QString doing = tr("store the restore jobs of cluster %1").arg(clusterName);
    return transact(doing, [&]() -> Status {
        for (const RestoreJob &job : jobs) {
            SqlStatement &row = statement(kUpsertRestoreJob);
            bindRestoreJob(row, projectId, clusterName, job);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        if (!complete)
            return Done{};
        return removeMissing(kRestoreJobIds, {projectId, clusterName}, keysOf(jobs, &RestoreJob::id),
                             [&](const QString &id) {
                                 return exec(kDeleteRestoreJob, {projectId, clusterName, id}, doing);
                             });
    });
}

Status Catalog::writeExportBuckets(const QString &projectId, const QList<ExportBucket> &buckets,
                                   bool complete)
{
    const QString doing = tr("store the export buckets of project %1").arg(projectId);
    return transact(doing, [&]() -> Status {
        for (const ExportBucket &bucket : buckets) {
            SqlStatement &row = statement(kUpsertExportBucket);
            bindExportBucket(row, projectId, bucket);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        if (!complete)
            return Done{};
        return removeMissing(kExportBucketIds, {projectId}, keysOf(buckets, &ExportBucket::id),
                             [&](const QString &id) {
                                 return exec(kDeleteExportBucket, {projectId, id}, doing);
                             });
    });
}

Status Catalog::writeExportJobs(const QString &projectId, const QString &clusterName,
                                const QList<ExportJob> &jobs, bool complete)
{
    const QString doing = tr("store the export jobs of cluster %1").arg(clusterName);
    return transact(doing, [&]() -> Status {
        for (const ExportJob &job : jobs) {
            SqlStatement &row = statement(kUpsertExportJob);
            bindExportJob(row, projectId, clusterName, job);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        if (!complete)
            return Done{};
        return removeMissing(kExportJobIds, {projectId, clusterName}, keysOf(jobs, &ExportJob::id),
                             [&](const QString &id) {
                                 return exec(kDeleteExportJob, {projectId, clusterName, id}, doing);
                             });
    });
}

Status Catalog::writeEvents(const QString &projectId, const QList<BackupEvent> &events)
{
    const QString doing = tr("store the events of project %1").arg(projectId);
    return transact(doing, [&]() -> Status {
        for (const BackupEvent &event : events) {
            SqlStatement &row = statement(kUpsertEvent);
            bindEvent(row, projectId, event);
            if (row.step() != SQLITE_DONE)
                return sqlError(doing);
        }
        return Done{};
    });
}

} // namespace snapline
