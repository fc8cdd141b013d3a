// Restore jobs, the Backup Compliance Policy, and Flex and serverless backups.
#include "atlas/atlas_api_calls.h"
#include "atlas/snapshot_json.h"

namespace snapline {

AtlasApi::Call<QList<RestoreJob>> AtlasApi::restoreJobs(const QString &projectId, const QString &cluster,
                                                        Cancel cancel)
{
    return collect<RestoreJob>(
            Endpoints::listGroupClusterBackupRestoreJobs, {projectId, cluster},
            tr("list the restore jobs of cluster %1").arg(cluster),
            [&](const QJsonObject &json) { return restoreJobFromJson(json, cluster); }, cancel);
}

AtlasApi::Call<RestoreJob> AtlasApi::restoreJob(const QString &projectId, const QString &cluster,
                                                const QString &jobId, Cancel cancel)
{
    return fetch<RestoreJob>(
            Endpoints::getGroupClusterBackupRestoreJob, {projectId, cluster, jobId},
            tr("read restore job %1").arg(jobId),
            [&](const QJsonObject &json) { return restoreJobFromJson(json, cluster); }, cancel);
}

AtlasApi::Call<RestoreJob> AtlasApi::createRestoreJob(const QString &projectId, const QString &cluster,
                                                      const RestoreRequest &request, Cancel cancel)
{
    return fetch<RestoreJob>(
            Endpoints::createGroupClusterBackupRestoreJob, {projectId, cluster},
            tr("start a restore from cluster %1").arg(cluster),
            [&](const QJsonObject &json) { return restoreJobFromJson(json, cluster); }, cancel,
            restoreRequestBody(request));
}

AtlasApi::Call<Done> AtlasApi::cancelRestoreJob(const QString &projectId, const QString &cluster,
                                                const QString &jobId, Cancel cancel)
{
    return remove(Endpoints::cancelGroupClusterBackupRestoreJob, {projectId, cluster, jobId},
                  tr("cancel restore job %1").arg(jobId), cancel);
}

AtlasApi::Call<std::optional<CompliancePolicy>> AtlasApi::compliancePolicy(const QString &projectId,
                                                                           Cancel cancel)
{
    auto object = m_client->sendJson(Endpoints::getGroupBackupCompliancePolicy, {projectId},
                                     tr("read the Backup Compliance Policy of project %1").arg(projectId),
                                     cancel);
    if (!object) {
        // Atlas answers 404 for a project without a policy: that is an answer, not a failure.
        if (object.error().httpStatus == 404)
            return std::optional<CompliancePolicy>();
        return object.error();
    }
    if (object->isEmpty())
        return std::optional<CompliancePolicy>();
    CompliancePolicy policy = compliancePolicyFromJson(*object);
    if (policy.projectId.isEmpty())
        policy.projectId = projectId;
    return std::optional<CompliancePolicy>(policy);
}

AtlasApi::Call<CompliancePolicy> AtlasApi::updateCompliancePolicy(const QString &projectId,
                                                                  const CompliancePolicy &policy,
                                                                  bool overwriteBackupPolicies, Cancel cancel)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("overwriteBackupPolicies"),
                       overwriteBackupPolicies ? QStringLiteral("true") : QStringLiteral("false"));
    CompliancePolicy body = policy;
    body.projectId = projectId;
    auto object = m_client->sendJson(Endpoints::updateGroupBackupCompliancePolicy, {projectId},
                                     tr("set the Backup Compliance Policy of project %1").arg(projectId),
                                     cancel, query, compliancePolicyBody(body));
    if (!object)
        return object.error();
    return compliancePolicyFromJson(*object);
}

AtlasApi::Call<Done> AtlasApi::disableCompliancePolicy(const QString &projectId, Cancel cancel)
{
    return remove(Endpoints::disableGroupBackupCompliancePolicy, {projectId},
                  tr("disable the Backup Compliance Policy of project %1").arg(projectId), cancel);
}

AtlasApi::Call<QList<Snapshot>> AtlasApi::flexSnapshots(const QString &projectId, const QString &name,
                                                        Cancel cancel)
{
    return collect<Snapshot>(
            Endpoints::listGroupFlexClusterBackupSnapshots, {projectId, name},
            tr("list the snapshots of Flex cluster %1").arg(name),
            [&](const QJsonObject &json) { return flexSnapshotFromJson(json, name); }, cancel);
}

AtlasApi::Call<Snapshot> AtlasApi::flexSnapshot(const QString &projectId, const QString &name,
                                                const QString &snapshotId, Cancel cancel)
{
    return fetch<Snapshot>(
            Endpoints::getGroupFlexClusterBackupSnapshot, {projectId, name, snapshotId},
            tr("read snapshot %1").arg(snapshotId),
            [&](const QJsonObject &json) { return flexSnapshotFromJson(json, name); }, cancel);
}

AtlasApi::Call<QList<RestoreJob>> AtlasApi::flexRestoreJobs(const QString &projectId, const QString &name,
                                                            Cancel cancel)
{
    return collect<RestoreJob>(Endpoints::listGroupFlexClusterBackupRestoreJobs, {projectId, name},
                               tr("list the restore jobs of Flex cluster %1").arg(name),
                               flexRestoreJobFromJson, cancel);
}

AtlasApi::Call<RestoreJob> AtlasApi::flexRestoreJob(const QString &projectId, const QString &name,
                                                    const QString &jobId, Cancel cancel)
{
    return fetch<RestoreJob>(Endpoints::getGroupFlexClusterBackupRestoreJob, {projectId, name, jobId},
                             tr("read restore job %1").arg(jobId), flexRestoreJobFromJson, cancel);
}

AtlasApi::Call<RestoreJob> AtlasApi::createFlexRestoreJob(const QString &projectId, const QString &name,
                                                          const QString &snapshotId,
                                                          const QString &targetProjectId,
                                                          const QString &targetName, Cancel cancel)
{
    return fetch<RestoreJob>(Endpoints::createGroupFlexClusterBackupRestoreJob, {projectId, name},
                             tr("start a restore from Flex cluster %1").arg(name), flexRestoreJobFromJson,
                             cancel, flexRestoreRequestBody(snapshotId, targetProjectId, targetName));
}

AtlasApi::Call<RestoreJob> AtlasApi::downloadFlexSnapshot(const QString &projectId, const QString &name,
                                                          const QString &snapshotId, Cancel cancel)
{
    return fetch<RestoreJob>(Endpoints::downloadGroupFlexClusterBackup, {projectId, name},
                             tr("prepare a download of snapshot %1").arg(snapshotId), flexRestoreJobFromJson,
                             cancel, flexDownloadRequestBody(snapshotId));
}

AtlasApi::Call<QList<Snapshot>> AtlasApi::serverlessSnapshots(const QString &projectId, const QString &name,
                                                              Cancel cancel)
{
    return collect<Snapshot>(
            Endpoints::listGroupServerlessBackupSnapshots, {projectId, name},
            tr("list the snapshots of serverless instance %1").arg(name),
            [&](const QJsonObject &json) { return serverlessSnapshotFromJson(json, name); }, cancel);
}

AtlasApi::Call<Snapshot> AtlasApi::serverlessSnapshot(const QString &projectId, const QString &name,
                                                      const QString &snapshotId, Cancel cancel)
{
    return fetch<Snapshot>(
            Endpoints::getGroupServerlessBackupSnapshot, {projectId, name, snapshotId},
            tr("read snapshot %1").arg(snapshotId),
            [&](const QJsonObject &json) { return serverlessSnapshotFromJson(json, name); }, cancel);
}

AtlasApi::Call<QList<RestoreJob>> AtlasApi::serverlessRestoreJobs(const QString &projectId,
                                                                  const QString &name, Cancel cancel)
{
    return collect<RestoreJob>(
            Endpoints::listGroupServerlessBackupRestoreJobs, {projectId, name},
            tr("list the restore jobs of serverless instance %1").arg(name),
            [&](const QJsonObject &json) { return restoreJobFromJson(json, name); }, cancel);
}

AtlasApi::Call<RestoreJob> AtlasApi::serverlessRestoreJob(const QString &projectId, const QString &name,
                                                          const QString &jobId, Cancel cancel)
{
    return fetch<RestoreJob>(
            Endpoints::getGroupServerlessBackupRestoreJob, {projectId, name, jobId},
            tr("read restore job %1").arg(jobId),
            [&](const QJsonObject &json) { return restoreJobFromJson(json, name); }, cancel);
}

AtlasApi::Call<RestoreJob> AtlasApi::createServerlessRestoreJob(const QString &projectId, const QString &name,
                                                                const RestoreRequest &request, Cancel cancel)
{
    return fetch<RestoreJob>(
            Endpoints::createGroupServerlessBackupRestoreJob, {projectId, name},
            tr("start a restore from serverless instance %1").arg(name),
            [&](const QJsonObject &json) { return restoreJobFromJson(json, name); }, cancel,
            serverlessRestoreRequestBody(request, projectId, name));
}

} // namespace snapline
