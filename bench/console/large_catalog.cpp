#include "large_catalog.h"

namespace snapline::bench {

namespace {

constexpr int kClustersPerProject = 50;
constexpr int kPageSize = 500;
const QString kOrgId = QStringLiteral("6a00000000000000000000aa");

QString projectId(int project)
{
    return QStringLiteral("6a%1").arg(project, 22, 10, QLatin1Char('0'));
}

// Mostly dedicated clusters with Cloud Backup, and now and then each of the
// kinds the posture grid has something to say about.
Cluster clusterAt(int i, const QString &project, const QDateTime &now)
{
    static const char *const kSizes[] = {"M10", "M20", "M30", "M40", "M50", "M60"};
    static const char *const kVersions[] = {"6.0.19", "7.0.14", "8.0.4"};
    Cluster c;
    c.id = QStringLiteral("6b%1").arg(i, 22, 10, QLatin1Char('0'));
    c.name = QStringLiteral("cluster-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
    c.projectId = project;
    c.provider = CloudProvider(i % 3);
    c.version = *MongoVersion::parse(QString::fromLatin1(kVersions[i % 3]));
    c.tier = *Tier::parse(QString::fromLatin1(kSizes[i % 6]));
    c.backupKind = i % 2 == 0 ? BackupKind::CloudContinuous : BackupKind::Cloud;
    switch (i % 40) {
    case 7:
        c.tier = *Tier::parse(u"M0");
        c.backupKind = BackupKind::None;
        break;
    case 13:
        c.tier = *Tier::parse(u"FLEX");
        c.backupKind = BackupKind::Flex;
        break;
    case 21:
        c.tier = *Tier::parse(u"SERVERLESS");
        c.backupKind = BackupKind::ServerlessContinuous;
        break;
    case 29:
        c.backupKind = BackupKind::Legacy;
        break;
    case 35:
        c.backupKind = BackupKind::None; // dedicated with backup turned off
        break;
    default:
        break;
    }
    if (i % 10 == 0 && c.tier.isDedicated()) {
        c.topology = Topology::ShardedCluster;
        c.shardCount = 3;
    }
    c.pitEnabled
            = c.backupKind == BackupKind::CloudContinuous || c.backupKind == BackupKind::ServerlessContinuous;
    c.restoreWindowDays = c.backupKind == BackupKind::CloudContinuous ? 2 + i % 3 : 0;
    if (c.backupKind == BackupKind::CloudContinuous) {
        const QDateTime from = now.addDays(-c.restoreWindowDays - 1);
        if (i % 9 == 0) // an oplog gap of 40 minutes yesterday
            c.pit.restorable = {{from, now.addSecs(-86400)}, {now.addSecs(-86400 + 2400), now.addSecs(-60)}};
        else
            c.pit.restorable = {{from, now.addSecs(-60)}};
    }
    return c;
}

BackupPolicy policyAt(int i)
{
    BackupPolicy policy = BackupPolicy::atlasDefault();
    policy.items[0] = {{}, Frequency::Hourly, 1, {RetentionUnit::Days, 21}};
    policy.items[1].retention = {RetentionUnit::Days, i % 4 == 0 ? 30 : 7};
    policy.referenceHourOfDay = i % 24;
    policy.referenceMinuteOfHour = (i * 7) % 60;
    policy.restoreWindowDays = 2 + i % 3;
    return policy;
}

CompliancePolicy compliance(const QString &project, const QDateTime &now)
{
    CompliancePolicy bcp;
    bcp.projectId = project;
    bcp.authorizedEmail = QStringLiteral("security@example.com");
    bcp.authorizedUserFirstName = QStringLiteral("Ada");
    bcp.authorizedUserLastName = QStringLiteral("Lovelace");
    bcp.pitEnabled = true;
    bcp.restoreWindowDays = 2;
    bcp.scheduledPolicyItems = {{{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}},
                                {{}, Frequency::Weekly, 6, {RetentionUnit::Weeks, 4}}};
    bcp.updatedDate = now.addDays(-90);
    bcp.updatedUser = bcp.authorizedEmail;
    return bcp;
}

// The n-th of `count` hourly snapshots, the newest one hour before `now`.
Snapshot snapshotAt(const Cluster &cluster, int index, int n, int count, const QDateTime &now)
{
    Snapshot s;
    s.clusterName = cluster.name;
    s.createdAt = now.addSecs(-qint64(count - n) * 3600);
    s.id = QStringLiteral("%1%2%3")
                   .arg(s.createdAt.toSecsSinceEpoch(), 8, 16, QLatin1Char('0'))
                   .arg(index, 8, 16, QLatin1Char('0'))
                   .arg(n, 8, 16, QLatin1Char('0'));
    const int hour = s.createdAt.time().hour();
    s.frequency = hour != 18                                               ? Frequency::Hourly
            : s.createdAt.date().day() == s.createdAt.date().daysInMonth() ? Frequency::Monthly
            : s.createdAt.date().dayOfWeek() == 6                          ? Frequency::Weekly
                                                                           : Frequency::Daily;
    s.expiresAt = s.createdAt.addDays(s.frequency == Frequency::Hourly ? 21 : 90);
    s.origin = n % 97 == 0 ? SnapshotOrigin::OnDemand : SnapshotOrigin::Scheduled;
    const bool newest = n == count - 1;
    s.status = (newest && index % 17 == 0) || n % 211 == 0 ? SnapshotStatus::Failed
                                                           : SnapshotStatus::Completed;
    s.storageSizeBytes = 2'000'000'000LL + qint64(index % 50) * 1'000'000'000LL + n * 1'000'003LL;
    s.mongodVersion = cluster.version;
    s.topology = cluster.topology;
    s.shardCount = cluster.shardCount;
    if (index % 5 == 0)
        s.copyRegions = {QStringLiteral("US_EAST_1"), QStringLiteral("EU_WEST_1")};
    if (s.origin == SnapshotOrigin::OnDemand)
        s.description = QStringLiteral("before the release");
    return s;
}

Status writeSnapshots(Catalog &catalog, const Cluster &cluster, int index, int count, const QDateTime &now)
{
    QList<Snapshot> page;
    page.reserve(kPageSize);
    for (int n = 0; n < count; ++n) {
        page << snapshotAt(cluster, index, n, count, now);
        if (page.size() == kPageSize || n == count - 1) {
            if (auto s = catalog.writeSnapshotPage(cluster.projectId, cluster.name, page); !s)
                return s;
            page.clear();
        }
    }
    return Done{};
}

SyncState synced(const QDateTime &now)
{
    SyncState state;
    state.lastFullSync = now.addSecs(-600);
    return state;
}

} // namespace

Status fillLargeCatalog(Catalog &catalog, int clusters, int snapshots, const QDateTime &now)
{
    const int projectCount = (clusters + kClustersPerProject - 1) / kClustersPerProject;
    if (auto s = catalog.writeOrganizations({{kOrgId, QStringLiteral("Snapline-Large"), false}}); !s)
        return s;
    if (auto s = catalog.setSyncState(SyncScope::organization(kOrgId), synced(now)); !s)
        return s;
    QList<Project> projects;
    for (int p = 0; p < projectCount; ++p) {
        const int inProject = std::min(kClustersPerProject, clusters - p * kClustersPerProject);
        projects << Project{projectId(p + 1),
                            QStringLiteral("Project-%1").arg(p + 1, 3, 10, QLatin1Char('0')), kOrgId,
                            now.addYears(-2), inProject};
    }
    if (auto s = catalog.writeProjects(kOrgId, projects, true); !s)
        return s;

    QList<Cluster> all;
    for (int i = 0; i < clusters; ++i)
        all << clusterAt(i, projectId(i / kClustersPerProject + 1), now);
    int withBackup = 0;
    for (const Cluster &c : all)
        withBackup += c.hasBackup() ? 1 : 0;

    for (int p = 0; p < projectCount; ++p) {
        const QString id = projectId(p + 1);
        const QList<Cluster> own = all.mid(p * kClustersPerProject, kClustersPerProject);
        if (auto s = catalog.writeClusters(id, own, true); !s)
            return s;
        if (auto s
            = catalog.writeCompliancePolicy(id, p == 0 ? std::optional(compliance(id, now)) : std::nullopt);
            !s)
            return s;
        if (auto s = catalog.setSyncState(SyncScope::project(id), synced(now)); !s)
            return s;
    }

    int backedUp = 0;
    for (int i = 0; i < clusters; ++i) {
        const Cluster &c = all[i];
        if (auto s = catalog.setSyncState(SyncScope::cluster(c.projectId, c.name), synced(now)); !s)
            return s;
        if (!c.hasBackup())
            continue;
        if (c.backupKind == BackupKind::Cloud || c.backupKind == BackupKind::CloudContinuous) {
            if (auto s = catalog.writeBackupPolicy(c.projectId, c.name, policyAt(i)); !s)
                return s;
        }
        // An even share, the remainder going to the first clusters.
        const int count = snapshots / withBackup + (backedUp < snapshots % withBackup ? 1 : 0);
        ++backedUp;
        if (auto s = writeSnapshots(catalog, c, i, count, now); !s)
            return s;
    }
    return catalog.checkpoint();
}

} // namespace snapline::bench
