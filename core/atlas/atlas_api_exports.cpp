// Snapshot export buckets and jobs, and the project's event feed.
#include "atlas/atlas_api_calls.h"
#include "atlas/atlas_time.h"
#include "atlas/export_event_json.h"

namespace snapline {

AtlasApi::Call<QList<ExportBucket>> AtlasApi::exportBuckets(const QString &projectId, Cancel cancel)
{
    return collect<ExportBucket>(Endpoints::listGroupBackupExportBuckets, {projectId},
                                 tr("list the export buckets of project %1").arg(projectId),
                                 exportBucketFromJson, cancel);
}

AtlasApi::Call<ExportBucket> AtlasApi::exportBucket(const QString &projectId, const QString &bucketId,
                                                    Cancel cancel)
{
    return fetch<ExportBucket>(Endpoints::getGroupBackupExportBucket, {projectId, bucketId},
                               tr("read export bucket %1").arg(bucketId), exportBucketFromJson, cancel);
}

AtlasApi::Call<ExportBucket> AtlasApi::createExportBucket(const QString &projectId,
                                                          const ExportBucket &bucket, Cancel cancel)
{
    return fetch<ExportBucket>(Endpoints::createGroupBackupExportBucket, {projectId},
                               tr("add export bucket %1").arg(bucket.bucketName), exportBucketFromJson,
                               cancel, exportBucketBody(bucket));
}

AtlasApi::Call<ExportBucket> AtlasApi::setExportBucketPrivateNetworking(const QString &projectId,
                                                                        const QString &bucketId,
                                                                        bool required, Cancel cancel)
{
    return fetch<ExportBucket>(Endpoints::updateGroupBackupExportBucket, {projectId, bucketId},
                               tr("change export bucket %1").arg(bucketId), exportBucketFromJson, cancel,
                               {{QStringLiteral("requirePrivateNetworking"), required}});
}

AtlasApi::Call<Done> AtlasApi::deleteExportBucket(const QString &projectId, const QString &bucketId,
                                                  Cancel cancel)
{
    return remove(Endpoints::deleteGroupBackupExportBucket, {projectId, bucketId},
                  tr("remove export bucket %1").arg(bucketId), cancel);
}

AtlasApi::Call<QList<ExportJob>> AtlasApi::exportJobs(const QString &projectId, const QString &cluster,
                                                      Cancel cancel)
{
    return collect<ExportJob>(
            Endpoints::listGroupClusterBackupExports, {projectId, cluster},
            tr("list the snapshot exports of cluster %1").arg(cluster),
            [&](const QJsonObject &json) { return exportJobFromJson(json, cluster); }, cancel);
}

AtlasApi::Call<ExportJob> AtlasApi::exportJob(const QString &projectId, const QString &cluster,
                                              const QString &jobId, Cancel cancel)
{
    return fetch<ExportJob>(
            Endpoints::getGroupClusterBackupExport, {projectId, cluster, jobId},
            tr("read export job %1").arg(jobId),
            [&](const QJsonObject &json) { return exportJobFromJson(json, cluster); }, cancel);
}

AtlasApi::Call<ExportJob> AtlasApi::createExportJob(const QString &projectId, const QString &cluster,
                                                    const QString &snapshotId, const QString &bucketId,
                                                    Cancel cancel)
{
    return fetch<ExportJob>(
            Endpoints::createGroupClusterBackupExport, {projectId, cluster},
            tr("export snapshot %1").arg(snapshotId),
            [&](const QJsonObject &json) { return exportJobFromJson(json, cluster); }, cancel,
            {{QStringLiteral("snapshotId"), snapshotId}, {QStringLiteral("exportBucketId"), bucketId}});
}

AtlasApi::Call<QList<BackupEvent>> AtlasApi::events(const QString &projectId, const EventFilter &filter,
                                                    Cancel cancel)
{
    QUrlQuery query;
    for (const QString &type : filter.eventTypes)
        query.addQueryItem(QStringLiteral("eventType"), type);
    for (const QString &name : filter.clusterNames)
        query.addQueryItem(QStringLiteral("clusterNames"), name);
    if (filter.since.isValid())
        query.addQueryItem(QStringLiteral("minDate"), formatAtlasTime(filter.since));
    if (filter.includeRaw)
        query.addQueryItem(QStringLiteral("includeRaw"), QStringLiteral("true"));
    const QString what = tr("read the events of project %1").arg(projectId);
    if (filter.newestPages <= 0)
        return collect<BackupEvent>(Endpoints::listGroupEvents, {projectId}, what, backupEventFromJson,
                                    cancel, query);
    QList<BackupEvent> out;
    for (int page = 1; page <= filter.newestPages; ++page) {
        auto listed = m_client->fetchPage(Endpoints::listGroupEvents, {projectId}, query, page, what, cancel);
        if (!listed)
            return listed.error();
        for (const QJsonValue &item : std::as_const(listed->results))
            out << backupEventFromJson(item.toObject());
        if (listed->results.size() < m_client->pageSize())
            break;
    }
    return out;
}

AtlasApi::Call<BackupEvent> AtlasApi::event(const QString &projectId, const QString &eventId, Cancel cancel)
{
    return fetch<BackupEvent>(Endpoints::getGroupEvent, {projectId, eventId},
                              tr("read event %1").arg(eventId), backupEventFromJson, cancel);
}

} // namespace snapline
