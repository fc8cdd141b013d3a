#pragma once

#include "domain/backup_policy.h"
#include "domain/compliance_policy.h"
#include "domain/restore_job.h"

#include <QJsonObject>

namespace snapline {

// A cluster's backup schedule (DiskBackupSnapshotSchedule20240805) as a
// BackupPolicy, and the PATCH body that sets one.
BackupPolicy backupPolicyFromJson(const QJsonObject &json);
QJsonObject backupPolicyBody(const BackupPolicy &policy);

// A project's Backup Compliance Policy, and the PUT body that sets one.
CompliancePolicy compliancePolicyFromJson(const QJsonObject &json);
QJsonObject compliancePolicyBody(const CompliancePolicy &policy);

// Restore jobs of dedicated clusters (DiskBackupSnapshotRestoreJob) and of
// Flex clusters (FlexBackupRestoreJob20241113).
RestoreJob restoreJobFromJson(const QJsonObject &json, const QString &sourceClusterName);
RestoreJob flexRestoreJobFromJson(const QJsonObject &json);

// What to restore, where: the body of createGroupClusterBackupRestoreJob.
struct RestoreRequest
{
    DeliveryType deliveryType = DeliveryType::Automated;
    QString snapshotId;
    std::optional<PointInTime> pointInTime;
    QString targetProjectId;
    QString targetClusterName;
};
QJsonObject restoreRequestBody(const RestoreRequest &request);
// The bodies of a Flex snapshot's restore into a cluster and of its download.
QJsonObject flexRestoreRequestBody(const QString &snapshotId, const QString &targetProjectId,
                                   const QString &targetName);
QJsonObject flexDownloadRequestBody(const QString &snapshotId);
// The body of a serverless instance's restore: its contract requires a target
// even for a download, so a download names the instance itself.
QJsonObject serverlessRestoreRequestBody(const RestoreRequest &request, const QString &projectId,
                                         const QString &instanceName);

// A policy item in the API's spelling.
PolicyItem policyItemFromJson(const QJsonObject &json);
QJsonObject policyItemJson(const PolicyItem &item, bool withId);

} // namespace snapline
