#include "facts_builder.h"

namespace snapline::test {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Cluster cluster(const QString &name, const QString &tier, const QString &version, Topology topology,
                int shards)
{
    Cluster c;
    c.name = name;
    c.tier = *Tier::parse(tier);
    c.version = *MongoVersion::parse(version);
    c.topology = topology;
    c.shardCount = shards;
    if (c.tier.isFree())
        c.backupKind = BackupKind::None;
    else if (c.tier.isShared())
        c.backupKind = BackupKind::SharedDaily;
    else if (c.tier.isFlex())
        c.backupKind = BackupKind::Flex;
    else if (c.tier.isServerless())
        c.backupKind = BackupKind::ServerlessContinuous;
    else
        c.backupKind = BackupKind::Cloud;
    c.pitEnabled = c.backupKind == BackupKind::ServerlessContinuous;
    return c;
}

Snapshot snapshotOf(const Cluster &cluster, const QDateTime &created, const QString &id)
{
    Snapshot s;
    s.id = id;
    s.clusterName = cluster.name;
    s.createdAt = created;
    s.expiresAt = created.addDays(7);
    s.mongodVersion = cluster.version;
    s.fcvPinned = cluster.fcvPinned;
    s.topology = cluster.topology;
    s.shardCount = cluster.shardCount;
    return s;
}

Facts restoreFacts(const Cluster &source, const Cluster &target, bool crossProject)
{
    Facts f;
    f.now = utc(kNow);
    f.source = {kOrg, kSourceProject, QStringLiteral("Payments"), source};
    f.target
            = ProjectCluster{kOrg, crossProject ? kTargetProject : kSourceProject,
                             crossProject ? QStringLiteral("Analytics") : QStringLiteral("Payments"), target};
    f.snapshot = snapshotOf(source, f.now.addDays(-1));
    f.roles.grant(kSourceProject, Role::ProjectOwner);
    f.roles.grant(kTargetProject, Role::ProjectOwner);
    return f;
}

Facts clusterFacts(const Cluster &source)
{
    Facts f;
    f.now = utc(kNow);
    f.source = {kOrg, kSourceProject, QStringLiteral("Payments"), source};
    f.roles.grant(kSourceProject, Role::ProjectOwner);
    return f;
}

} // namespace snapline::test
