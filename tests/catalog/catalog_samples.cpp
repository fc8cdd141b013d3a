#include "catalog_samples.h"

using namespace snapline;

namespace CatalogSamples {

QDateTime at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODateWithMs);
}

Cluster replicaSet(const QString &name)
{
    Cluster c;
    c.id = QStringLiteral("6a00000000000000000000%1").arg(name.size(), 2, 10, QLatin1Char('0'));
    c.name = name;
    c.projectId = kProject;
    c.tier = Tier::dedicated(30);
    c.provider = CloudProvider::Gcp;
    c.version = MongoVersion(7, 0, 14);
    c.backupKind = BackupKind::Cloud;
    c.restoreWindowDays = 3;
    c.encryptionAtRest = EncryptionProvider::Gcp;
    return c;
}

Cluster shardedWithPit(const QString &name)
{
    Cluster c = replicaSet(name);
    c.tier = *Tier::parse(u"M40_NVME");
    c.provider = CloudProvider::Azure;
    c.topology = Topology::ShardedCluster;
    c.shardCount = 3;
    c.version = *MongoVersion::parse(u"8.0");
    c.fcvPinned = MongoVersion(7, 0);
    c.backupKind = BackupKind::CloudContinuous;
    c.pitEnabled = true;
    c.restoreWindowDays = 7;
    c.pit.restorable = {{at("2026-01-01T00:00:00.000Z"), at("2026-01-03T08:00:00.000Z")},
                        {at("2026-01-03T09:30:00.250Z"), at("2026-01-08T11:59:00.000Z")}};
    c.pit.blackouts = {{at("2026-01-05T10:00:00.000Z"), at("2026-01-05T10:30:00.000Z")}};
    c.shardCountChangedAt = at("2025-12-20T12:00:00.000Z");
    c.collectionCount = 123456;
    c.encryptionAtRest = EncryptionProvider::Azure;
    c.paused = true;
    return c;
}

Cluster flex(const QString &name)
{
    Cluster c;
    c.name = name;
    c.projectId = kProject;
    c.id = QStringLiteral("6b0000000000000000000001");
    c.tier = *Tier::parse(u"FLEX");
    c.version = MongoVersion(8, 0, 4);
    c.backupKind = BackupKind::Flex;
    return c;
}

Snapshot snapshot(const QString &clusterName, int n)
{
    Snapshot s;
    s.id = QStringLiteral("65a%1").arg(n, 21, 16, QLatin1Char('0'));
    s.clusterName = clusterName;
    s.createdAt = at("2026-01-01T00:00:00.000Z").addSecs(qint64(n) * 3600);
    s.expiresAt = s.createdAt.addDays(2);
    s.frequency = Frequency::Hourly;
    s.storageSizeBytes = 1'000'000'000LL + n;
    s.mongodVersion = MongoVersion(7, 0, 14);
    return s;
}

Snapshot shardedSnapshot(const QString &clusterName, int n)
{
    Snapshot s = snapshot(clusterName, n);
    s.frequency = Frequency::Daily;
    s.origin = SnapshotOrigin::OnDemand;
    s.status = SnapshotStatus::InProgress;
    s.fcvPinned = MongoVersion(7, 0);
    s.topology = Topology::ShardedCluster;
    s.shardCount = 2;
    s.memberIds = {QStringLiteral("shard-0 \"a\""), QStringLiteral("shard-1\\b"), QStringLiteral("config\n")};
    s.copyRegions = {QStringLiteral("US_EAST_1"), QStringLiteral("EU_WEST_1")};
    s.description = QStringLiteral("vor der Änderung — “quoted” \\ line\nbreak");
    return s;
}

QList<Snapshot> snapshots(const QString &clusterName, int count, int first)
{
    QList<Snapshot> out;
    for (int n = first; n < first + count; ++n)
        out.append(snapshot(clusterName, n));
    return out;
}

CompliancePolicy compliancePolicy()
{
    CompliancePolicy p;
    p.projectId = kProject;
    p.state = ComplianceState::Updating;
    p.authorizedEmail = QStringLiteral("dpo@example.com");
    p.authorizedUserFirstName = QStringLiteral("Ada");
    p.authorizedUserLastName = QStringLiteral("Lovelace");
    p.copyProtectionEnabled = true;
    p.encryptionAtRestEnabled = true;
    p.pitEnabled = true;
    p.restoreWindowDays = 5;
    p.onDemandPolicyItem
            = PolicyItem{QStringLiteral("od1"), Frequency::OnDemand, 0, {RetentionUnit::Days, 3}};
    p.scheduledPolicyItems = {{QStringLiteral("h1"), Frequency::Hourly, 6, {RetentionUnit::Days, 2}},
                              {QStringLiteral("m1"), Frequency::Monthly, 40, {RetentionUnit::Months, 12}}};
    p.deletable = true;
    p.updatedDate = at("2026-01-02T03:04:05.000Z");
    p.updatedUser = QStringLiteral("ops@example.com");
    return p;
}

RestoreJob automatedRestore(const QString &cluster, const QString &id)
{
    RestoreJob j;
    j.id = id;
    j.sourceClusterName = cluster;
    j.snapshotId = QStringLiteral("65a000000000000000000001");
    j.targetProjectId = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d99");
    j.targetClusterName = QStringLiteral("staging");
    j.createdAt = at("2026-01-05T10:00:00.000Z");
    j.finishedAt = at("2026-01-05T10:20:00.000Z");
    j.snapshotTimestamp = at("2026-01-05T00:00:00.000Z");
    return j;
}

RestoreJob pointInTimeRestore(const QString &cluster, const QString &id, bool oplog)
{
    RestoreJob j = automatedRestore(cluster, id);
    j.deliveryType = DeliveryType::PointInTime;
    j.snapshotId.clear();
    j.finishedAt = {};
    j.createdAt = at("2026-01-06T10:00:00.000Z");
    j.pointInTime = oplog ? PointInTime{std::nullopt, 1767600000, 7}
                          : PointInTime{1767600123, std::nullopt, std::nullopt};
    j.failed = oplog;
    return j;
}

RestoreJob downloadRestore(const QString &cluster, const QString &id)
{
    RestoreJob j = automatedRestore(cluster, id);
    j.deliveryType = DeliveryType::Download;
    j.targetProjectId.clear();
    j.targetClusterName.clear();
    j.createdAt = at("2026-01-04T10:00:00.000Z");
    j.expiresAt = at("2026-01-06T10:00:00.000Z");
    j.expired = true;
    j.cancelled = true;
    j.deliveryUrls = {QStringLiteral("https://restore.example.com/a.tar.gz?sig=1&x=\"2\"")};
    return j;
}

ExportBucket bucket(CloudProvider provider, const QString &id)
{
    ExportBucket b;
    b.id = id;
    b.bucketName = QStringLiteral("exports-") + toString(provider).toLower();
    b.cloudProvider = provider;
    if (provider == CloudProvider::Aws) {
        b.iamRoleId = QStringLiteral("6c0000000000000000000001");
        b.region = QStringLiteral("US_EAST_1");
        b.requirePrivateNetworking = true;
    } else {
        b.roleId = QStringLiteral("6c0000000000000000000002");
    }
    if (provider == CloudProvider::Azure) {
        b.serviceUrl = QStringLiteral("https://acct.blob.core.windows.net/exports");
        b.tenantId = QStringLiteral("tenant-1");
    }
    return b;
}

ExportJob exportJob(const QString &cluster, const QString &id, ExportJobState state)
{
    ExportJob j;
    j.id = id;
    j.clusterName = cluster;
    j.snapshotId = QStringLiteral("65a000000000000000000002");
    j.exportBucketId = QStringLiteral("6d0000000000000000000001");
    j.state = state;
    j.createdAt = at("2026-01-07T00:00:00.000Z");
    j.prefix = QStringLiteral("/exported_snapshots/org/project/") + cluster;
    if (state != ExportJobState::Queued) {
        j.exportedCollections = 3;
        j.totalCollections = 10;
    }
    if (state == ExportJobState::Failed) {
        j.finishedAt = at("2026-01-07T01:00:00.000Z");
        j.failureCode = QStringLiteral("EXPORT_FAILED");
        j.failureMessage = QStringLiteral("Access denied to the bucket");
    }
    return j;
}

BackupEvent backupEvent(const QString &id, const QDateTime &created)
{
    return {id,
            QStringLiteral("CPS_SNAPSHOT_SUCCESSFUL"),
            created,
            QStringLiteral("orders"),
            QStringLiteral("65a000000000000000000003"),
            QStringLiteral("6e0000000000000000000001"),
            QStringLiteral("ops@example.com"),
            QStringLiteral("Snapshot of orders finished")};
}

} // namespace CatalogSamples
