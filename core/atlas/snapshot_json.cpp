#include "atlas/snapshot_json.h"

#include "atlas/atlas_time.h"

#include <QJsonArray>

namespace snapline {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

MongoVersion versionOf(const QJsonValue &value)
{
    return MongoVersion::parse(value.toString()).value_or(MongoVersion());
}

// Flex and serverless snapshots speak in upper case (QUEUED, RUNNING, …).
SnapshotStatus managedStatus(const QString &status)
{
    if (status == u"QUEUED" || status == u"PENDING")
        return SnapshotStatus::Queued;
    if (status == u"RUNNING")
        return SnapshotStatus::InProgress;
    if (status == u"FAILED")
        return SnapshotStatus::Failed;
    return SnapshotStatus::Completed;
}

} // namespace

Snapshot snapshotFromJson(const QJsonObject &json, const QString &clusterName)
{
    Snapshot s;
    s.id = json.value(u"id").toString();
    s.clusterName = clusterName;
    s.createdAt = atlasTime(json.value(u"createdAt"));
    s.expiresAt = atlasTime(json.value(u"expiresAt"));
    s.origin
            = parseSnapshotOrigin(json.value(u"snapshotType").toString()).value_or(SnapshotOrigin::Scheduled);
    s.status = parseSnapshotStatus(json.value(u"status").toString()).value_or(SnapshotStatus::Completed);
    // On-demand snapshots carry no frequencyType; the contract's enum has no "ondemand".
    s.frequency = s.origin == SnapshotOrigin::OnDemand
            ? Frequency::OnDemand
            : parseFrequency(json.value(u"frequencyType").toString()).value_or(Frequency::Daily);
    s.storageSizeBytes = json.value(u"storageSizeBytes").toInteger();
    s.mongodVersion = versionOf(json.value(u"mongodVersion"));
    s.description = json.value(u"description").toString();
    if (json.value(u"type").toString() == u"shardedCluster") {
        s.topology = Topology::ShardedCluster;
        s.memberIds = strings(json.value(u"snapshotIds"));
        s.shardCount = std::max<int>(int(s.memberIds.size()) - 1, 1); // the last member is the config server
    } else {
        s.copyRegions = strings(json.value(u"copyRegions"));
    }
    return s;
}

Snapshot flexSnapshotFromJson(const QJsonObject &json, const QString &clusterName)
{
    Snapshot s;
    s.id = json.value(u"id").toString();
    s.clusterName = clusterName;
    s.createdAt = atlasTime(json.value(u"scheduledTime"));
    if (!s.createdAt.isValid())
        s.createdAt = atlasTime(json.value(u"startTime"));
    s.expiresAt = atlasTime(json.value(u"expiration"));
    s.status = managedStatus(json.value(u"status").toString());
    s.mongodVersion = versionOf(json.value(u"mongoDBVersion"));
    return s;
}

Snapshot serverlessSnapshotFromJson(const QJsonObject &json, const QString &clusterName)
{
    // ServerlessBackupSnapshot: Cloud Backup's spelling (createdAt, expiresAt,
    // mongodVersion, status queued|inProgress|completed|failed), not Flex's.
    Snapshot s;
    s.id = json.value(u"id").toString();
    s.clusterName = clusterName;
    s.createdAt = atlasTime(json.value(u"createdAt"));
    s.expiresAt = atlasTime(json.value(u"expiresAt"));
    // A status the console does not know is not taken for a completed snapshot.
    s.status = parseSnapshotStatus(json.value(u"status").toString()).value_or(SnapshotStatus::Queued);
    s.origin = json.value(u"snapshotType").toString() == u"onDemand" ? SnapshotOrigin::OnDemand
                                                                     : SnapshotOrigin::Scheduled;
    s.frequency = s.origin == SnapshotOrigin::OnDemand
            ? Frequency::OnDemand
            : parseFrequency(json.value(u"frequencyType").toString()).value_or(Frequency::Daily);
    s.mongodVersion = versionOf(json.value(u"mongodVersion"));
    s.storageSizeBytes = json.value(u"storageSizeBytes").toInteger();
    return s;
}

Snapshot legacySnapshotFromJson(const QJsonObject &json)
{
    Snapshot s;
    s.id = json.value(u"id").toString();
    s.clusterName = json.value(u"clusterName").toString();
    s.createdAt = atlasTime(json.value(u"created").toObject().value(u"date"));
    s.expiresAt = atlasTime(json.value(u"expires"));
    s.status = json.value(u"complete").toBool() ? SnapshotStatus::Completed : SnapshotStatus::InProgress;
    const QJsonArray parts = json.value(u"parts").toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject p = part.toObject();
        s.storageSizeBytes += p.value(u"storageSizeBytes").toInteger();
        if (!s.mongodVersion.isValid())
            s.mongodVersion = versionOf(p.value(u"mongodVersion"));
    }
    return s;
}

} // namespace snapline
