#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>

namespace snapline {

// One Admin API v2 operation as the client calls it: method, path template,
// the contract's operationId, and the resource version it asks for in its
// Accept header (the newest JSON version the contract publishes for it).
struct ApiEndpoint
{
    const char *method;       // "GET", "POST", "PUT", "PATCH", "DELETE"
    const char *pathTemplate; // "/api/atlas/v2/groups/{groupId}/clusters"
    const char *operationId;  // "listGroupClusters"
    const char *version;      // "2024-08-05"
    int successStatus;        // 200, or 204 for deletes without a body
    const char *role;         // the least role the contract asks for ("Project Backup Manager"), or ""

    // application/vnd.atlas.<version>+json
    QByteArray accept() const;
    // The path with each {placeholder} replaced, in order, by the percent-encoded argument.
    QString path(const QStringList &arguments) const;
    // GET: safe to send again; everything else may change something.
    bool isRead() const;
};

// Every operation the console uses, named by the contract's operationId.
namespace Endpoints {
inline constexpr ApiEndpoint getSystemStatus{"GET", "/api/atlas/v2", "getSystemStatus", "2023-01-01", 200,
                                             ""};
inline constexpr ApiEndpoint listOrgs{"GET", "/api/atlas/v2/orgs", "listOrgs", "2023-01-01", 200, ""};
inline constexpr ApiEndpoint getOrg{"GET", "/api/atlas/v2/orgs/{orgId}", "getOrg", "2023-01-01",
                                    200,   "Organization Member"};
inline constexpr ApiEndpoint getOrgGroups{
        "GET", "/api/atlas/v2/orgs/{orgId}/groups", "getOrgGroups", "2023-01-01", 200, "Organization Member"};
inline constexpr ApiEndpoint listGroups{"GET", "/api/atlas/v2/groups", "listGroups", "2023-01-01", 200, ""};
inline constexpr ApiEndpoint getGroup{
        "GET", "/api/atlas/v2/groups/{groupId}", "getGroup", "2023-01-01", 200, "Project Read Only"};
inline constexpr ApiEndpoint listGroupClusters{"GET",
                                               "/api/atlas/v2/groups/{groupId}/clusters",
                                               "listGroupClusters",
                                               "2024-08-05",
                                               200,
                                               "Project Read Only"};
inline constexpr ApiEndpoint getGroupCluster{"GET",
                                             "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}",
                                             "getGroupCluster",
                                             "2024-08-05",
                                             200,
                                             "Project Read Only"};
inline constexpr ApiEndpoint updateGroupCluster{"PATCH",
                                                "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}",
                                                "updateGroupCluster",
                                                "2024-10-23",
                                                200,
                                                "Project Cluster Manager"};
inline constexpr ApiEndpoint listGroupFlexClusters{"GET",
                                                   "/api/atlas/v2/groups/{groupId}/flexClusters",
                                                   "listGroupFlexClusters",
                                                   "2024-11-13",
                                                   200,
                                                   "Project Read Only"};
inline constexpr ApiEndpoint getGroupFlexCluster{"GET",
                                                 "/api/atlas/v2/groups/{groupId}/flexClusters/{name}",
                                                 "getGroupFlexCluster",
                                                 "2024-11-13",
                                                 200,
                                                 "Project Read Only"};
inline constexpr ApiEndpoint listGroupServerlessInstances{"GET",
                                                          "/api/atlas/v2/groups/{groupId}/serverless",
                                                          "listGroupServerlessInstances",
                                                          "2023-01-01",
                                                          200,
                                                          "Project Read Only"};
inline constexpr ApiEndpoint getGroupServerlessInstance{"GET",
                                                        "/api/atlas/v2/groups/{groupId}/serverless/{name}",
                                                        "getGroupServerlessInstance",
                                                        "2023-01-01",
                                                        200,
                                                        "Project Read Only"};
inline constexpr ApiEndpoint listGroupClusterBackupSnapshots{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots",
        "listGroupClusterBackupSnapshots",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint takeGroupClusterBackupSnapshots{
        "POST",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots",
        "takeGroupClusterBackupSnapshots",
        "2023-01-01",
        200,
        "Project Backup Creator"};
inline constexpr ApiEndpoint getGroupClusterBackupSnapshot{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}",
        "getGroupClusterBackupSnapshot",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint updateGroupClusterBackupSnapshot{
        "PATCH",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}",
        "updateGroupClusterBackupSnapshot",
        "2023-01-01",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint deleteGroupClusterBackupSnapshot{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}",
        "deleteGroupClusterBackupSnapshot",
        "2023-01-01",
        204,
        "Project Backup Manager"};
inline constexpr ApiEndpoint listGroupClusterBackupSnapshotShardedClusters{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/shardedClusters",
        "listGroupClusterBackupSnapshotShardedClusters",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint getGroupClusterBackupSnapshotShardedCluster{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/shardedCluster/{snapshotId}",
        "getGroupClusterBackupSnapshotShardedCluster",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint deleteGroupClusterBackupSnapshotShardedCluster{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots/shardedCluster/{snapshotId}",
        "deleteGroupClusterBackupSnapshotShardedCluster",
        "2023-01-01",
        204,
        "Project Backup Manager"};
inline constexpr ApiEndpoint getGroupClusterBackupSchedule{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/schedule",
        "getGroupClusterBackupSchedule",
        "2024-08-05",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint updateGroupClusterBackupSchedule{
        "PATCH",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/schedule",
        "updateGroupClusterBackupSchedule",
        "2024-08-05",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint deleteGroupClusterBackupSchedule{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/schedule",
        "deleteGroupClusterBackupSchedule",
        "2024-08-05",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint listGroupClusterBackupRestoreJobs{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs",
        "listGroupClusterBackupRestoreJobs",
        "2023-01-01",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint createGroupClusterBackupRestoreJob{
        "POST",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs",
        "createGroupClusterBackupRestoreJob",
        "2023-01-01",
        200,
        "Project Backup Export Operator"};
inline constexpr ApiEndpoint getGroupClusterBackupRestoreJob{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs/{restoreJobId}",
        "getGroupClusterBackupRestoreJob",
        "2023-01-01",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint cancelGroupClusterBackupRestoreJob{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs/{restoreJobId}",
        "cancelGroupClusterBackupRestoreJob",
        "2023-01-01",
        204,
        "Project Backup Export Operator"};
inline constexpr ApiEndpoint getGroupBackupCompliancePolicy{
        "GET",
        "/api/atlas/v2/groups/{groupId}/backupCompliancePolicy",
        "getGroupBackupCompliancePolicy",
        "2023-10-01",
        200,
        "Project Owner"};
inline constexpr ApiEndpoint updateGroupBackupCompliancePolicy{
        "PUT",
        "/api/atlas/v2/groups/{groupId}/backupCompliancePolicy",
        "updateGroupBackupCompliancePolicy",
        "2023-10-01",
        200,
        "Project Owner"};
inline constexpr ApiEndpoint disableGroupBackupCompliancePolicy{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/backupCompliancePolicy",
        "disableGroupBackupCompliancePolicy",
        "2024-11-13",
        204,
        "Project Owner"};
inline constexpr ApiEndpoint listGroupBackupExportBuckets{
        "GET",
        "/api/atlas/v2/groups/{groupId}/backup/exportBuckets",
        "listGroupBackupExportBuckets",
        "2024-05-30",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint createGroupBackupExportBucket{
        "POST",
        "/api/atlas/v2/groups/{groupId}/backup/exportBuckets",
        "createGroupBackupExportBucket",
        "2024-05-30",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint getGroupBackupExportBucket{
        "GET",
        "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
        "getGroupBackupExportBucket",
        "2024-05-30",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint updateGroupBackupExportBucket{
        "PATCH",
        "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
        "updateGroupBackupExportBucket",
        "2024-05-30",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint deleteGroupBackupExportBucket{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
        "deleteGroupBackupExportBucket",
        "2023-01-01",
        204,
        "Project Backup Manager"};
inline constexpr ApiEndpoint listGroupClusterBackupExports{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/exports",
        "listGroupClusterBackupExports",
        "2023-01-01",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint createGroupClusterBackupExport{
        "POST",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/exports",
        "createGroupClusterBackupExport",
        "2023-01-01",
        200,
        "Project Backup Export Operator"};
inline constexpr ApiEndpoint getGroupClusterBackupExport{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/exports/{exportId}",
        "getGroupClusterBackupExport",
        "2023-01-01",
        200,
        "Project Backup Manager"};
inline constexpr ApiEndpoint listGroupFlexClusterBackupSnapshots{
        "GET",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots",
        "listGroupFlexClusterBackupSnapshots",
        "2024-11-13",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint getGroupFlexClusterBackupSnapshot{
        "GET",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}",
        "getGroupFlexClusterBackupSnapshot",
        "2024-11-13",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint listGroupFlexClusterBackupRestoreJobs{
        "GET",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs",
        "listGroupFlexClusterBackupRestoreJobs",
        "2024-11-13",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint createGroupFlexClusterBackupRestoreJob{
        "POST",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs",
        "createGroupFlexClusterBackupRestoreJob",
        "2024-11-13",
        200,
        "Project Backup Recovery Operator"};
inline constexpr ApiEndpoint getGroupFlexClusterBackupRestoreJob{
        "GET",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}",
        "getGroupFlexClusterBackupRestoreJob",
        "2024-11-13",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint downloadGroupFlexClusterBackup{
        "POST",
        "/api/atlas/v2/groups/{groupId}/flexClusters/{name}/backup/download",
        "downloadGroupFlexClusterBackup",
        "2024-11-13",
        200,
        "Project Backup Export Operator"};
inline constexpr ApiEndpoint listGroupServerlessBackupSnapshots{
        "GET",
        "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots",
        "listGroupServerlessBackupSnapshots",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint getGroupServerlessBackupSnapshot{
        "GET",
        "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}",
        "getGroupServerlessBackupSnapshot",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint listGroupServerlessBackupRestoreJobs{
        "GET",
        "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/restoreJobs",
        "listGroupServerlessBackupRestoreJobs",
        "2023-01-01",
        200,
        "Project Owner"};
inline constexpr ApiEndpoint createGroupServerlessBackupRestoreJob{
        "POST",
        "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/restoreJobs",
        "createGroupServerlessBackupRestoreJob",
        "2023-01-01",
        200,
        "Project Owner"};
inline constexpr ApiEndpoint getGroupServerlessBackupRestoreJob{
        "GET",
        "/api/atlas/v2/groups/{groupId}/serverless/{clusterName}/backup/restoreJobs/{restoreJobId}",
        "getGroupServerlessBackupRestoreJob",
        "2023-01-01",
        200,
        "Project Owner"};
inline constexpr ApiEndpoint listGroupClusterSnapshots{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/snapshots",
        "listGroupClusterSnapshots",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint getGroupClusterSnapshot{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/snapshots/{snapshotId}",
        "getGroupClusterSnapshot",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint updateGroupClusterSnapshot{
        "PATCH",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/snapshots/{snapshotId}",
        "updateGroupClusterSnapshot",
        "2023-01-01",
        200,
        "Project Owner"};
inline constexpr ApiEndpoint deleteGroupClusterSnapshot{
        "DELETE",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/snapshots/{snapshotId}",
        "deleteGroupClusterSnapshot",
        "2023-01-01",
        204,
        "Project Owner"};
inline constexpr ApiEndpoint listGroupClusterBackupCheckpoints{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backupCheckpoints",
        "listGroupClusterBackupCheckpoints",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint getGroupClusterBackupCheckpoint{
        "GET",
        "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backupCheckpoints/{checkpointId}",
        "getGroupClusterBackupCheckpoint",
        "2023-01-01",
        200,
        "Project Read Only"};
inline constexpr ApiEndpoint listGroupEvents{"GET",
                                             "/api/atlas/v2/groups/{groupId}/events",
                                             "listGroupEvents",
                                             "2023-01-01",
                                             200,
                                             "Project Read Only"};
inline constexpr ApiEndpoint getGroupEvent{"GET",
                                           "/api/atlas/v2/groups/{groupId}/events/{eventId}",
                                           "getGroupEvent",
                                           "2023-01-01",
                                           200,
                                           "Project Read Only"};
inline constexpr ApiEndpoint getGroupServiceAccount{
        "GET",
        "/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}",
        "getGroupServiceAccount",
        "2024-08-05",
        200,
        "Project Read Only"};

// All of the above, for tests that hold them against the contract.
std::span<const ApiEndpoint *const> all();
} // namespace Endpoints

} // namespace snapline
