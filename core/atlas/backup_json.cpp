#include "atlas/backup_json.h"

#include "atlas/atlas_time.h"

#include <QJsonArray>

namespace snapline {

PolicyItem policyItemFromJson(const QJsonObject &json)
{
    PolicyItem item;
    item.id = json.value(u"id").toString();
    item.frequency = parseFrequency(json.value(u"frequencyType").toString()).value_or(Frequency::Daily);
    item.interval = json.value(u"frequencyInterval").toInt(1);
    item.retention.unit
            = parseRetentionUnit(json.value(u"retentionUnit").toString()).value_or(RetentionUnit::Days);
    item.retention.value = json.value(u"retentionValue").toInt();
    return item;
}

QJsonObject policyItemJson(const PolicyItem &item, bool withId)
{
    QJsonObject out{{QStringLiteral("frequencyType"), toString(item.frequency)},
                    {QStringLiteral("frequencyInterval"), item.interval},
                    {QStringLiteral("retentionUnit"), toString(item.retention.unit)},
                    {QStringLiteral("retentionValue"), item.retention.value}};
    if (withId && !item.id.isEmpty())
        out.insert(QStringLiteral("id"), item.id);
    return out;
}

BackupPolicy backupPolicyFromJson(const QJsonObject &json)
{
    BackupPolicy policy;
    policy.referenceHourOfDay = json.value(u"referenceHourOfDay").toInt(policy.referenceHourOfDay);
    policy.referenceMinuteOfHour = json.value(u"referenceMinuteOfHour").toInt(policy.referenceMinuteOfHour);
    policy.restoreWindowDays = json.value(u"restoreWindowDays").toInt(policy.restoreWindowDays);
    for (const QJsonValue &p : json.value(u"policies").toArray()) {
        for (const QJsonValue &item : p.toObject().value(u"policyItems").toArray())
            policy.items << policyItemFromJson(item.toObject());
    }
    return policy;
}

QJsonObject backupPolicyBody(const BackupPolicy &policy)
{
    QJsonArray items;
    for (const PolicyItem &item : policy.items)
        items.append(policyItemJson(item, true));
    return {{QStringLiteral("referenceHourOfDay"), policy.referenceHourOfDay},
            {QStringLiteral("referenceMinuteOfHour"), policy.referenceMinuteOfHour},
            {QStringLiteral("restoreWindowDays"), policy.restoreWindowDays},
            {QStringLiteral("updateSnapshots"), policy.updateSnapshots},
            {QStringLiteral("policies"), QJsonArray{QJsonObject{{QStringLiteral("policyItems"), items}}}}};
}

CompliancePolicy compliancePolicyFromJson(const QJsonObject &json)
{
    CompliancePolicy p;
    p.projectId = json.value(u"projectId").toString();
    p.state = parseComplianceState(json.value(u"state").toString()).value_or(ComplianceState::Active);
    p.authorizedEmail = json.value(u"authorizedEmail").toString();
    p.authorizedUserFirstName = json.value(u"authorizedUserFirstName").toString();
    p.authorizedUserLastName = json.value(u"authorizedUserLastName").toString();
    p.copyProtectionEnabled = json.value(u"copyProtectionEnabled").toBool();
    p.encryptionAtRestEnabled = json.value(u"encryptionAtRestEnabled").toBool();
    p.pitEnabled = json.value(u"pitEnabled").toBool();
    p.restoreWindowDays = json.value(u"restoreWindowDays").toInt();
    if (json.contains(u"onDemandPolicyItem"))
        p.onDemandPolicyItem = policyItemFromJson(json.value(u"onDemandPolicyItem").toObject());
    for (const QJsonValue &item : json.value(u"scheduledPolicyItems").toArray())
        p.scheduledPolicyItems << policyItemFromJson(item.toObject());
    p.deletable = json.value(u"deletable").toBool();
    p.updatedDate = atlasTime(json.value(u"updatedDate"));
    p.updatedUser = json.value(u"updatedUser").toString();
    return p;
}

QJsonObject compliancePolicyBody(const CompliancePolicy &policy)
{
    QJsonArray scheduled;
    for (const PolicyItem &item : policy.scheduledPolicyItems)
        scheduled.append(policyItemJson(item, false));
    QJsonObject out{{QStringLiteral("authorizedEmail"), policy.authorizedEmail},
                    {QStringLiteral("authorizedUserFirstName"), policy.authorizedUserFirstName},
                    {QStringLiteral("authorizedUserLastName"), policy.authorizedUserLastName},
                    {QStringLiteral("copyProtectionEnabled"), policy.copyProtectionEnabled},
                    {QStringLiteral("encryptionAtRestEnabled"), policy.encryptionAtRestEnabled},
                    {QStringLiteral("pitEnabled"), policy.pitEnabled},
                    {QStringLiteral("projectId"), policy.projectId},
                    {QStringLiteral("scheduledPolicyItems"), scheduled}};
    if (policy.pitEnabled)
        out.insert(QStringLiteral("restoreWindowDays"), policy.restoreWindowDays);
    if (policy.onDemandPolicyItem)
        out.insert(QStringLiteral("onDemandPolicyItem"), policyItemJson(*policy.onDemandPolicyItem, false));
    return out;
}

RestoreJob restoreJobFromJson(const QJsonObject &json, const QString &sourceClusterName)
{
    RestoreJob job;
    job.id = json.value(u"id").toString();
    job.sourceClusterName = sourceClusterName;
    job.snapshotId = json.value(u"snapshotId").toString();
    job.deliveryType
            = parseDeliveryType(json.value(u"deliveryType").toString()).value_or(DeliveryType::Automated);
    job.targetProjectId = json.value(u"targetGroupId").toString();
    job.targetClusterName = json.value(u"targetClusterName").toString();
    if (json.contains(u"pointInTimeUTCSeconds") || json.contains(u"oplogTs")) {
        PointInTime at;
        if (json.contains(u"pointInTimeUTCSeconds"))
            at.utcSeconds = json.value(u"pointInTimeUTCSeconds").toInteger();
        if (json.contains(u"oplogTs")) {
            at.oplogTs = json.value(u"oplogTs").toInteger();
            at.oplogInc = json.value(u"oplogInc").toInteger();
        }
        job.pointInTime = at;
    }
    job.finishedAt = atlasTime(json.value(u"finishedAt"));
    job.expiresAt = atlasTime(json.value(u"expiresAt"));
    job.snapshotTimestamp = atlasTime(json.value(u"timestamp"));
    job.cancelled = json.value(u"cancelled").toBool();
    job.failed = json.value(u"failed").toBool();
    job.expired = json.value(u"expired").toBool();
    const QJsonValue urls = json.value(u"deliveryUrl");
    for (const QJsonValue &url : urls.toArray())
        job.deliveryUrls << url.toString();
    return job;
}

RestoreJob flexRestoreJobFromJson(const QJsonObject &json)
{
    RestoreJob job;
    job.id = json.value(u"id").toString();
    job.sourceClusterName = json.value(u"instanceName").toString();
    job.snapshotId = json.value(u"snapshotId").toString();
    const bool download = json.value(u"deliveryType").toString() == u"DOWNLOAD";
    job.deliveryType = download ? DeliveryType::Download : DeliveryType::Automated;
    job.targetProjectId = json.value(u"targetProjectId").toString();
    job.targetClusterName = json.value(u"targetDeploymentItemName").toString();
    job.createdAt = atlasTime(json.value(u"restoreScheduledDate"));
    job.finishedAt = atlasTime(json.value(u"restoreFinishedDate"));
    job.expiresAt = atlasTime(json.value(u"expirationDate"));
    job.snapshotTimestamp = atlasTime(json.value(u"snapshotFinishedDate"));
    job.failed = json.value(u"status").toString() == u"FAILED";
    if (json.contains(u"snapshotUrl"))
        job.deliveryUrls << json.value(u"snapshotUrl").toString();
    return job;
}

QJsonObject restoreRequestBody(const RestoreRequest &request)
{
    QJsonObject out{{QStringLiteral("deliveryType"), toString(request.deliveryType)}};
    if (!request.snapshotId.isEmpty())
        out.insert(QStringLiteral("snapshotId"), request.snapshotId);
    if (request.pointInTime) {
        if (request.pointInTime->isOplog()) {
            out.insert(QStringLiteral("oplogTs"), *request.pointInTime->oplogTs);
            out.insert(QStringLiteral("oplogInc"), request.pointInTime->oplogInc.value_or(1));
        } else {
            out.insert(QStringLiteral("pointInTimeUTCSeconds"), request.pointInTime->utcSeconds.value_or(0));
        }
    }
    if (request.deliveryType != DeliveryType::Download) {
        out.insert(QStringLiteral("targetClusterName"), request.targetClusterName);
        out.insert(QStringLiteral("targetGroupId"), request.targetProjectId);
    }
    return out;
}

QJsonObject flexRestoreRequestBody(const QString &snapshotId, const QString &targetProjectId,
                                   const QString &targetName)
{
    return {{QStringLiteral("snapshotId"), snapshotId},
            {QStringLiteral("targetDeploymentItemName"), targetName},
            {QStringLiteral("targetProjectId"), targetProjectId}};
}

QJsonObject flexDownloadRequestBody(const QString &snapshotId)
{
    return {{QStringLiteral("snapshotId"), snapshotId}};
}

QJsonObject serverlessRestoreRequestBody(const RestoreRequest &request, const QString &projectId,
                                         const QString &instanceName)
{
    QJsonObject out = restoreRequestBody(request);
    if (!out.contains(u"targetClusterName")) {
        out.insert(QStringLiteral("targetClusterName"), instanceName);
        out.insert(QStringLiteral("targetGroupId"), projectId);
    }
    return out;
}

} // namespace snapline
