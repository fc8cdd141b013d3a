#include "inventory_samples.h"

using namespace snapline;

namespace InventorySamples {

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

QDateTime hoursAgo(double hours)
{
    return now().addSecs(-qint64(hours * 3600));
}

ClusterEntry entry(const QString &name, const QString &tier, BackupKind kind, CloudProvider provider)
{
    ClusterEntry e;
    Cluster &c = e.where.cluster;
    c.id = QStringLiteral("6b") + name;
    c.name = name;
    c.projectId = kPayments;
    c.tier = *Tier::parse(tier);
    c.provider = provider;
    c.version = MongoVersion(7, 0, 14);
    c.backupKind = kind;
    c.pitEnabled = kind == BackupKind::CloudContinuous || kind == BackupKind::ServerlessContinuous;
    c.restoreWindowDays = kind == BackupKind::CloudContinuous ? 3 : 0;
    e.where.orgId = kOrg;
    e.where.projectId = kPayments;
    e.where.projectName = QStringLiteral("Payments");
    if (kind == BackupKind::Cloud || kind == BackupKind::CloudContinuous) {
        BackupPolicy policy = BackupPolicy::atlasDefault();
        policy.restoreWindowDays = 3;
        e.policy = policy;
    }
    if (kind != BackupKind::None) {
        e.snapshots.count = 10;
        e.snapshots.totalBytes = 5'000'000'000;
        e.snapshots.lastCompletedAt = hoursAgo(3);
        e.snapshots.oldestCompletedAt = hoursAgo(24 * 30);
        e.snapshots.copyRegions = {QStringLiteral("US_EAST_1"), QStringLiteral("EU_WEST_1")};
    }
    SyncState sync;
    sync.lastFullSync = now().addSecs(-600);
    sync.lastSync = sync.lastFullSync;
    e.sync = sync;
    return e;
}

CompliancePolicy compliance()
{
    CompliancePolicy bcp;
    bcp.projectId = kPayments;
    bcp.authorizedEmail = QStringLiteral("dpo@example.com");
    bcp.pitEnabled = true;
    bcp.restoreWindowDays = 2;
    bcp.scheduledPolicyItems = {{QStringLiteral("d"), Frequency::Daily, 1, {RetentionUnit::Days, 7}},
                                {QStringLiteral("w"), Frequency::Weekly, 6, {RetentionUnit::Weeks, 4}}};
    return bcp;
}

namespace {

ClusterEntry in(ClusterEntry e, const QString &orgId, const QString &projectId, const QString &projectName)
{
    e.where.orgId = orgId;
    e.where.projectId = projectId;
    e.where.projectName = projectName;
    e.where.cluster.projectId = projectId;
    return e;
}

} // namespace

std::shared_ptr<Inventory> inventory()
{
    auto inventory = std::make_shared<Inventory>();
    inventory->readAt = now();

    OrganizationEntry demo;
    demo.organization = {kOrg, QStringLiteral("Demo"), false};
    ProjectEntry payments;
    payments.project = {kPayments, QStringLiteral("Payments"), kOrg, now().addYears(-1), 2};
    payments.compliance = compliance();
    payments.clusters = {entry(QStringLiteral("api"), QStringLiteral("M30"), BackupKind::Cloud),
                         entry(QStringLiteral("ledger"), QStringLiteral("M40"))};
    ProjectEntry platform;
    platform.project = {kPlatform, QStringLiteral("Platform"), kOrg, now().addYears(-1), 2};
    platform.clusters = {
            in(entry(QStringLiteral("dev-free"), QStringLiteral("M0"), BackupKind::None), kOrg, kPlatform,
               platform.project.name),
            in(entry(QStringLiteral("edge"), QStringLiteral("SERVERLESS"), BackupKind::ServerlessContinuous),
               kOrg, kPlatform, platform.project.name)};
    demo.projects = {payments, platform};

    OrganizationEntry other;
    other.organization = {kOtherOrg, QStringLiteral("Other"), false};
    ProjectEntry lab;
    lab.project = {kLab, QStringLiteral("Lab"), kOtherOrg, now().addYears(-1), 1};
    lab.clusters = {in(
            entry(QStringLiteral("lab-flex"), QStringLiteral("FLEX"), BackupKind::Flex, CloudProvider::Gcp),
            kOtherOrg, kLab, lab.project.name)};
    other.projects = {lab};

    inventory->organizations = {demo, other};
    return inventory;
}

} // namespace InventorySamples
