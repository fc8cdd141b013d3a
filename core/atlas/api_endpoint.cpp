#include "atlas/api_endpoint.h"

#include <QUrl>

namespace snapline {

QByteArray ApiEndpoint::accept() const
{
    return QByteArrayLiteral("application/vnd.atlas.") + version + QByteArrayLiteral("+json");
}

QString ApiEndpoint::path(const QStringList &arguments) const
{
    const QString pattern = QString::fromLatin1(pathTemplate);
    QString out;
    out.reserve(pattern.size() + 64);
    qsizetype next = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'{') {
            out += pattern[i];
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i);
        out += QString::fromLatin1(QUrl::toPercentEncoding(arguments.value(next++)));
        i = close;
    }
    Q_ASSERT(next == arguments.size());
    return out;
}

bool ApiEndpoint::isRead() const
{
    return qstrcmp(method, "GET") == 0;
}

namespace Endpoints {

std::span<const ApiEndpoint *const> all()
{
    static const ApiEndpoint *const endpoints[] = {
            &getSystemStatus,
            &listOrgs,
            &getOrg,
            &getOrgGroups,
            &listGroups,
            &getGroup,
            &listGroupClusters,
            &getGroupCluster,
            &updateGroupCluster,
            &listGroupFlexClusters,
            &getGroupFlexCluster,
            &listGroupServerlessInstances,
            &getGroupServerlessInstance,
            &listGroupClusterBackupSnapshots,
            &takeGroupClusterBackupSnapshots,
            &getGroupClusterBackupSnapshot,
            &updateGroupClusterBackupSnapshot,
            &deleteGroupClusterBackupSnapshot,
            &listGroupClusterBackupSnapshotShardedClusters,
            &getGroupClusterBackupSnapshotShardedCluster,
            &deleteGroupClusterBackupSnapshotShardedCluster,
            &getGroupClusterBackupSchedule,
            &updateGroupClusterBackupSchedule,
            &deleteGroupClusterBackupSchedule,
            &listGroupClusterBackupRestoreJobs,
            &createGroupClusterBackupRestoreJob,
            &getGroupClusterBackupRestoreJob,
            &cancelGroupClusterBackupRestoreJob,
            &getGroupBackupCompliancePolicy,
            &updateGroupBackupCompliancePolicy,
            &disableGroupBackupCompliancePolicy,
            &listGroupBackupExportBuckets,
            &createGroupBackupExportBucket,
            &getGroupBackupExportBucket,
            &updateGroupBackupExportBucket,
            &deleteGroupBackupExportBucket,
            &listGroupClusterBackupExports,
            &createGroupClusterBackupExport,
            &getGroupClusterBackupExport,
            &listGroupFlexClusterBackupSnapshots,
            &getGroupFlexClusterBackupSnapshot,
            &listGroupFlexClusterBackupRestoreJobs,
            &createGroupFlexClusterBackupRestoreJob,
            &getGroupFlexClusterBackupRestoreJob,
            &downloadGroupFlexClusterBackup,
            &listGroupServerlessBackupSnapshots,
            &getGroupServerlessBackupSnapshot,
            &listGroupServerlessBackupRestoreJobs,
            &createGroupServerlessBackupRestoreJob,
            &getGroupServerlessBackupRestoreJob,
            &listGroupClusterSnapshots,
            &getGroupClusterSnapshot,
            &updateGroupClusterSnapshot,
            &deleteGroupClusterSnapshot,
            &listGroupClusterBackupCheckpoints,
            &getGroupClusterBackupCheckpoint,
            &listGroupEvents,
            &getGroupEvent,
            &getGroupServiceAccount,
    };
    return endpoints;
}

} // namespace Endpoints

} // namespace snapline
