#include "atlas/export_event_json.h"

#include "atlas/atlas_time.h"

#include <QCoreApplication>

namespace snapline {

namespace {

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

// One line a person reads in an event list.
QString summaryOf(const BackupEvent &event)
{
    const QString type = event.eventTypeName;
    const QString cluster = event.clusterName.isEmpty() ? EventText::tr("the project") : event.clusterName;
    if (type == u"CPS_SNAPSHOT_SUCCESSFUL")
        return EventText::tr("A snapshot of %1 completed.").arg(cluster);
    if (type == u"CPS_SNAPSHOT_FAILED")
        return EventText::tr("A snapshot of %1 failed.").arg(cluster);
    if (type == u"CPS_SNAPSHOT_STARTED")
        return EventText::tr("A snapshot of %1 started.").arg(cluster);
    if (type == u"CPS_ON_DEMAND_SNAPSHOT_REQUESTED")
        return EventText::tr("An on-demand snapshot of %1 was requested.").arg(cluster);
    if (type == u"CPS_SNAPSHOT_DELETED_AUDIT")
        return EventText::tr("A snapshot of %1 was deleted.").arg(cluster);
    if (type == u"CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT")
        return EventText::tr("The retention of a snapshot of %1 was changed.").arg(cluster);
    if (type == u"CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT")
        return EventText::tr("The backup policy of %1 was changed.").arg(cluster);
    if (type == u"CPS_OPLOG_BEHIND")
        return EventText::tr("Continuous backup of %1 fell behind: point-in-time restores may have a gap.")
                .arg(cluster);
    if (type == u"CPS_OPLOG_CAUGHT_UP")
        return EventText::tr("Continuous backup of %1 caught up.").arg(cluster);
    if (type == u"CPS_RESTORE_REQUESTED_AUDIT")
        return EventText::tr("A restore from %1 was requested.").arg(cluster);
    if (type == u"CPS_RESTORE_SUCCESSFUL")
        return EventText::tr("A restore from %1 completed.").arg(cluster);
    if (type == u"CPS_RESTORE_FAILED")
        return EventText::tr("A restore from %1 failed.").arg(cluster);
    if (type == u"CPS_EXPORT_SUCCESSFUL")
        return EventText::tr("An export of a snapshot of %1 completed.").arg(cluster);
    if (type == u"CPS_EXPORT_FAILED")
        return EventText::tr("An export of a snapshot of %1 failed.").arg(cluster);
    if (type.startsWith(u"CPS_DATA_PROTECTION_"))
        return EventText::tr("The Backup Compliance Policy changed (%1).")
                .arg(type.mid(20).toLower().replace(u'_', u' '));
    return type;
}

} // namespace

ExportBucket exportBucketFromJson(const QJsonObject &json)
{
    ExportBucket b;
    b.id = json.value(u"_id").toString();
    if (b.id.isEmpty())
        b.id = json.value(u"id").toString();
    b.bucketName = json.value(u"bucketName").toString();
    b.cloudProvider
            = parseCloudProvider(json.value(u"cloudProvider").toString()).value_or(CloudProvider::Aws);
    b.iamRoleId = json.value(u"iamRoleId").toString();
    b.roleId = json.value(u"roleId").toString();
    b.region = json.value(u"region").toString();
    b.serviceUrl = json.value(u"serviceUrl").toString();
    b.tenantId = json.value(u"tenantId").toString();
    b.requirePrivateNetworking = json.value(u"requirePrivateNetworking").toBool();
    return b;
}

QJsonObject exportBucketBody(const ExportBucket &bucket)
{
    QJsonObject out{{QStringLiteral("bucketName"), bucket.bucketName},
                    {QStringLiteral("cloudProvider"), toString(bucket.cloudProvider).toUpper()}};
    if (bucket.cloudProvider == CloudProvider::Aws) {
        out.insert(QStringLiteral("iamRoleId"), bucket.iamRoleId);
        out.insert(QStringLiteral("requirePrivateNetworking"), bucket.requirePrivateNetworking);
    } else {
        out.insert(QStringLiteral("roleId"), bucket.roleId);
    }
    if (bucket.cloudProvider == CloudProvider::Azure)
        out.insert(QStringLiteral("serviceUrl"), bucket.serviceUrl);
    return out;
}

ExportJob exportJobFromJson(const QJsonObject &json, const QString &clusterName)
{
    ExportJob job;
    job.id = json.value(u"id").toString();
    job.clusterName = clusterName;
    job.snapshotId = json.value(u"snapshotId").toString();
    job.exportBucketId = json.value(u"exportBucketId").toString();
    job.state = parseExportJobState(json.value(u"state").toString()).value_or(ExportJobState::Queued);
    job.createdAt = atlasTime(json.value(u"createdAt"));
    job.finishedAt = atlasTime(json.value(u"finishedAt"));
    job.prefix = json.value(u"prefix").toString();
    const QJsonObject status = json.value(u"exportStatus").toObject();
    if (status.contains(u"exportedCollections"))
        job.exportedCollections = status.value(u"exportedCollections").toInt();
    if (status.contains(u"totalCollections"))
        job.totalCollections = status.value(u"totalCollections").toInt();
    const QJsonObject reason = json.value(u"stateReason").toObject();
    job.failureCode = reason.value(u"errorCode").toString();
    job.failureMessage = reason.value(u"message").toString();
    return job;
}

BackupEvent backupEventFromJson(const QJsonObject &json)
{
    BackupEvent e;
    e.id = json.value(u"id").toString();
    e.eventTypeName = json.value(u"eventTypeName").toString();
    e.created = atlasTime(json.value(u"created"));
    // CPS events carry the common fields only; with includeRaw, Atlas's own
    // document names the cluster, snapshot and restore job.
    const QJsonObject raw = json.value(u"raw").toObject();
    const auto field = [&](QStringView key) {
        const QString top = json.value(key).toString();
        return top.isEmpty() ? raw.value(key).toString() : top;
    };
    e.clusterName = field(u"clusterName");
    e.snapshotId = field(u"snapshotId");
    e.restoreJobId = field(u"restoreJobId");
    e.actor = json.value(u"username").toString();
    if (e.actor.isEmpty())
        e.actor = json.value(u"publicKey").toString();
    e.summary = summaryOf(e);
    return e;
}

} // namespace snapline
