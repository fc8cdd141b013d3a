#include "record_debug.h"

namespace snapline {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString version(const std::optional<MongoVersion> &value)
{
    return value ? value->toString() : QStringLiteral("-");
}

QString ranges(const TimeRanges &list)
{
    QStringList out;
    for (const TimeRange &range : list)
        out << when(range.from) + u'/' + when(range.to);
    return out.join(u' ');
}

} // namespace

QDebug operator<<(QDebug debug, const Organization &org)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "Organization(" << org.id << ", " << org.name << ", deleted " << org.isDeleted
                           << ')';
}

QDebug operator<<(QDebug debug, const Project &p)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "Project(" << p.id << ", " << p.name << ", org " << p.orgId << ", "
                           << when(p.created) << ", clusters " << p.clusterCount << ')';
}

QDebug operator<<(QDebug debug, const Cluster &c)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "Cluster(" << c.projectId << '/' << c.name << " id " << c.id << ' '
                           << c.tier.name() << ' ' << toString(c.provider) << ' ' << toString(c.topology)
                           << " x" << c.shardCount << " v" << c.version.toString() << " fcv "
                           << version(c.fcvPinned) << ' ' << toString(c.backupKind) << " pit " << c.pitEnabled
                           << ' ' << c.restoreWindowDays << "d restorable [" << ranges(c.pit.restorable)
                           << "] blackouts [" << ranges(c.pit.blackouts) << "] shards changed "
                           << when(c.shardCountChangedAt.value_or(QDateTime())) << " collections "
                           << c.collectionCount.value_or(-1) << ' ' << toString(c.encryptionAtRest)
                           << " paused " << c.paused << ')';
}

QDebug operator<<(QDebug debug, const Snapshot &s)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "Snapshot(" << s.id << ' ' << s.clusterName << ' ' << when(s.createdAt) << " → "
                           << when(s.expiresAt) << ' ' << toString(s.frequency) << ' ' << toString(s.origin)
                           << ' ' << toString(s.status) << ' ' << s.storageSizeBytes << "B v"
                           << s.mongodVersion.toString() << " fcv " << version(s.fcvPinned) << ' '
                           << toString(s.topology) << " x" << s.shardCount << " members " << s.memberIds
                           << " copies " << s.copyRegions << ' ' << s.description << ')';
}

QDebug operator<<(QDebug debug, const PolicyItem &i)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "PolicyItem(" << i.id << ' ' << toString(i.frequency) << '/' << i.interval
                           << ' ' << i.retention.describe() << ')';
}

QDebug operator<<(QDebug debug, const BackupPolicy &p)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "BackupPolicy(" << p.referenceHourOfDay << ':' << p.referenceMinuteOfHour << ' '
                           << p.restoreWindowDays << "d update " << p.updateSnapshots << ' ' << p.items
                           << ')';
}

QDebug operator<<(QDebug debug, const CompliancePolicy &p)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CompliancePolicy(" << p.projectId << ' ' << toString(p.state) << ' '
                    << p.authorizedEmail << ' ' << p.authorizedUserFirstName << ' '
                    << p.authorizedUserLastName << " copy " << p.copyProtectionEnabled << " ear "
                    << p.encryptionAtRestEnabled << " pit " << p.pitEnabled << ' ' << p.restoreWindowDays
                    << "d on-demand ";
    if (p.onDemandPolicyItem)
        debug << *p.onDemandPolicyItem;
    return debug << ' ' << p.scheduledPolicyItems << " deletable " << p.deletable << ' '
                 << when(p.updatedDate) << ' ' << p.updatedUser << ')';
}

QDebug operator<<(QDebug debug, const RestoreJob &j)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RestoreJob(" << j.id << ' ' << j.sourceClusterName << " snapshot " << j.snapshotId
                    << ' ' << toString(j.deliveryType) << " → " << j.targetProjectId << '/'
                    << j.targetClusterName;
    if (j.pointInTime)
        debug << " at " << j.pointInTime->utcSeconds.value_or(-1) << '/'
              << j.pointInTime->oplogTs.value_or(-1) << ':' << j.pointInTime->oplogInc.value_or(-1);
    return debug << ' ' << when(j.createdAt) << ' ' << when(j.finishedAt) << ' ' << when(j.expiresAt) << ' '
                 << when(j.snapshotTimestamp) << " c/f/e " << j.cancelled << j.failed << j.expired << ' '
                 << j.deliveryUrls << ')';
}

QDebug operator<<(QDebug debug, const ExportBucket &b)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "ExportBucket(" << b.id << ' ' << b.bucketName << ' '
                           << toString(b.cloudProvider) << ' ' << b.iamRoleId << ' ' << b.roleId << ' '
                           << b.region << ' ' << b.serviceUrl << ' ' << b.tenantId << " private "
                           << b.requirePrivateNetworking << ')';
}

QDebug operator<<(QDebug debug, const ExportJob &j)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "ExportJob(" << j.id << ' ' << j.clusterName << " snapshot " << j.snapshotId
                           << " bucket " << j.exportBucketId << ' ' << toString(j.state) << ' '
                           << when(j.createdAt) << ' ' << when(j.finishedAt) << ' ' << j.prefix << ' '
                           << j.exportedCollections.value_or(-1) << '/' << j.totalCollections.value_or(-1)
                           << ' ' << j.failureCode << ' ' << j.failureMessage << ')';
}

QDebug operator<<(QDebug debug, const BackupEvent &e)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "BackupEvent(" << e.id << ' ' << e.eventTypeName << ' ' << when(e.created)
                           << ' ' << e.clusterName << ' ' << e.snapshotId << ' ' << e.restoreJobId << ' '
                           << e.actor << ' ' << e.summary << ')';
}

QDebug operator<<(QDebug debug, const SyncState &s)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "SyncState(" << when(s.lastFullSync) << ' ' << s.etag << ' ' << s.lastSeenMarker
                           << ' ' << s.lastError << ')';
}

QDebug operator<<(QDebug debug, const AuditEntry &e)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "AuditEntry(#" << e.sequence << ' ' << when(e.at) << ' ' << e.principal << ' '
                           << e.action << ' ' << e.target << ' ' << e.verdictJson << ' '
                           << e.apiStatus.value_or(-1) << ' ' << e.apiSummary << ')';
}

} // namespace snapline
