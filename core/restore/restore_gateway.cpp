#include "restore/restore_gateway.h"

#include "atlas/api_endpoint.h"

namespace snapline {

RestoreGateway::RestoreGateway(std::shared_ptr<AtlasApi> api, Cluster source)
    : m_api(std::move(api))
    , m_source(std::move(source))
{}

RestoreGateway::Kind RestoreGateway::kind() const
{
    switch (m_source.backupKind) {
    case BackupKind::Cloud:
    case BackupKind::CloudContinuous:
        return Kind::Cloud;
    case BackupKind::Flex:
        return Kind::Flex;
    case BackupKind::ServerlessContinuous:
    case BackupKind::ServerlessBasic:
        return Kind::Serverless;
    default:
        return Kind::Unsupported;
    }
}

AtlasError RestoreGateway::unsupported() const
{
    return AtlasError::local({QStringLiteral("RESTORE_NOT_SUPPORTED"),
                              tr("Atlas has no restore call for the backups of %1 (%2).")
                                      .arg(m_source.name, toString(m_source.backupKind))});
}

RestoreRequestText RestoreGateway::request(const RestoreOrder &order) const
{
    const QStringList where{order.projectId, order.clusterName};
    const auto text = [&](const ApiEndpoint &endpoint, QJsonObject body) {
        return RestoreRequestText{QString::fromLatin1(endpoint.method), endpoint.path(where),
                                  std::move(body)};
    };
    const QString snapshotId = order.snapshotId.value_or(QString());
    switch (kind()) {
    case Kind::Flex:
        if (order.isDownload())
            return text(Endpoints::downloadGroupFlexClusterBackup, flexDownloadRequestBody(snapshotId));
        return text(Endpoints::createGroupFlexClusterBackupRestoreJob,
                    flexRestoreRequestBody(snapshotId, order.targetProjectId, order.targetClusterName));
    case Kind::Serverless:
        return text(Endpoints::createGroupServerlessBackupRestoreJob,
                    serverlessRestoreRequestBody(order.atlasRequest(), order.projectId, order.clusterName));
    case Kind::Cloud:
    case Kind::Unsupported:
        break;
    }
    return text(Endpoints::createGroupClusterBackupRestoreJob, restoreRequestBody(order.atlasRequest()));
}

AtlasApi::Call<RestoreJob> RestoreGateway::create(const RestoreOrder &order, AtlasApi::Cancel cancel) const
{
    const QString snapshotId = order.snapshotId.value_or(QString());
    switch (kind()) {
    case Kind::Cloud:
        return m_api->createRestoreJob(order.projectId, order.clusterName, order.atlasRequest(), cancel);
    case Kind::Flex:
        if (order.isDownload())
            return m_api->downloadFlexSnapshot(order.projectId, order.clusterName, snapshotId, cancel);
        return m_api->createFlexRestoreJob(order.projectId, order.clusterName, snapshotId,
                                           order.targetProjectId, order.targetClusterName, cancel);
    case Kind::Serverless:
        return m_api->createServerlessRestoreJob(order.projectId, order.clusterName, order.atlasRequest(),
                                                 cancel);
    case Kind::Unsupported:
        break;
    }
    return unsupported();
}

AtlasApi::Call<QList<RestoreJob>> RestoreGateway::jobs(AtlasApi::Cancel cancel) const
{
    switch (kind()) {
    case Kind::Cloud:
        return m_api->restoreJobs(m_source.projectId, m_source.name, cancel);
    case Kind::Flex:
        return m_api->flexRestoreJobs(m_source.projectId, m_source.name, cancel);
    case Kind::Serverless:
        return m_api->serverlessRestoreJobs(m_source.projectId, m_source.name, cancel);
    case Kind::Unsupported:
        break;
    }
    return unsupported();
}

AtlasApi::Call<RestoreJob> RestoreGateway::job(const QString &jobId, AtlasApi::Cancel cancel) const
{
    switch (kind()) {
    case Kind::Cloud:
        return m_api->restoreJob(m_source.projectId, m_source.name, jobId, cancel);
    case Kind::Flex:
        return m_api->flexRestoreJob(m_source.projectId, m_source.name, jobId, cancel);
    case Kind::Serverless:
        return m_api->serverlessRestoreJob(m_source.projectId, m_source.name, jobId, cancel);
    case Kind::Unsupported:
        break;
    }
    return unsupported();
}

bool RestoreGateway::canCancel() const
{
    return kind() == Kind::Cloud && !m_source.isSharded();
}

QString RestoreGateway::whyNoCancel() const
{
    if (canCancel())
        return {};
    if (kind() == Kind::Cloud)
        return tr(
                "Atlas does not cancel the restore of a sharded cluster once it has started (it answers 405, "
                "ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED); it runs to its end.");
    return tr("Atlas has no call to cancel a restore from %1; it runs to its end.").arg(m_source.name);
}

AtlasApi::Call<Done> RestoreGateway::cancel(const QString &jobId, AtlasApi::Cancel cancel) const
{
    // A sharded cluster's job is still sent: Atlas's own 405 is the authority, and explained.
    if (kind() != Kind::Cloud)
        return AtlasError::local({QStringLiteral("RESTORE_CANCEL_NOT_SUPPORTED"), whyNoCancel()});
    return m_api->cancelRestoreJob(m_source.projectId, m_source.name, jobId, cancel);
}

} // namespace snapline
