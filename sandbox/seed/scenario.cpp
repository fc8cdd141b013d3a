#include "seed/scenario.h"

namespace snapline::sandbox {

namespace {

ClusterSpec spec(const char *project, const char *name, const char *tier, const char *provider,
                 const char *region, int shards, const char *version, const char *backupKind, int window = 0)
{
    ClusterSpec s;
    s.project = QString::fromLatin1(project);
    s.name = QString::fromLatin1(name);
    s.tier = QString::fromLatin1(tier);
    s.provider = QString::fromLatin1(provider);
    s.region = QString::fromLatin1(region);
    s.shards = shards;
    s.version = QString::fromLatin1(version);
    s.backupKind = QString::fromLatin1(backupKind);
    s.restoreWindowDays = window;
    return s;
}

} // namespace

Scenario Scenario::defaultOrganization()
{
    Scenario s;
    s.orgName = QStringLiteral("Snapline-Demo");
    s.projects = {QStringLiteral("Payments"), QStringLiteral("Analytics"), QStringLiteral("Platform-Dev")};
    s.complianceProject = QStringLiteral("Payments");
    s.clusters = {
            spec("Payments", "payments-ledger", "M40", "AWS", "US_EAST_1", 3, "7.0.14", "cloudContinuous", 3),
            spec("Payments", "payments-api", "M30", "AWS", "US_EAST_1", 0, "8.0.4", "cloudContinuous", 3),
            spec("Payments", "payments-archive", "M30", "AZURE", "EUROPE_NORTH", 0, "6.0.19",
                 "cloudContinuous", 3),
            spec("Analytics", "analytics-warehouse", "M50", "GCP", "CENTRAL_US", 2, "6.0.19",
                 "cloudContinuous", 2),
            spec("Analytics", "analytics-events", "M20", "AZURE", "US_EAST_2", 0, "5.0.30", "cloud"),
            spec("Analytics", "analytics-reports", "M10", "GCP", "WESTERN_EUROPE", 0, "4.4.29", "cloud"),
            spec("Analytics", "analytics-etl", "M30", "AWS", "US_WEST_2", 0, "4.2.24", "cloud"),
            spec("Analytics", "analytics-legacy", "M30", "AWS", "US_WEST_2", 0, "4.0.28", "legacy"),
            spec("Analytics", "analytics-shards3", "M30", "AZURE", "US_EAST_2", 3, "7.0.14", "cloud"),
            spec("Platform-Dev", "dev-free", "M0", "AWS", "US_EAST_1", 0, "8.0.4", "none"),
            spec("Platform-Dev", "dev-shared", "M5", "AWS", "US_EAST_1", 0, "7.0.14", "sharedDaily"),
            spec("Platform-Dev", "dev-flex", "FLEX", "AWS", "US_EAST_1", 0, "8.0.4", "flex"),
            spec("Platform-Dev", "edge-serverless", "SERVERLESS", "AWS", "US_EAST_1", 0, "7.0.14",
                 "serverlessContinuous"),
            spec("Platform-Dev", "edge-basic", "SERVERLESS", "GCP", "CENTRAL_US", 0, "7.0.14",
                 "serverlessBasic"),
            spec("Platform-Dev", "platform-canary", "M10", "AWS", "US_EAST_1", 0, "8.1.0", "cloudContinuous",
                 1),
            spec("Platform-Dev", "platform-pinned", "M30", "AWS", "US_EAST_1", 0, "8.0.4", "cloud"),
            spec("Platform-Dev", "platform-next", "M20", "GCP", "CENTRAL_US", 0, "7.3.4", "cloud"),
            spec("Platform-Dev", "platform-target", "M30", "AWS", "US_EAST_1", 0, "8.0.4", "cloud"),
            spec("Platform-Dev", "platform-old", "M30", "AWS", "US_EAST_1", 0, "6.0.19", "cloud"),
    };
    for (auto &c : s.clusters) {
        if (c.name == u"platform-pinned")
            c.fcvPinned = QStringLiteral("7.0");
        if (c.name == u"platform-target") {
            c.previousVersion = QStringLiteral("7.0.14"); // its older snapshots climb the version ladder
            c.upgradedDaysAgo = 21;
        }
        if (c.project == s.complianceProject)
            c.encryption = c.provider; // the compliance policy asks for customer-key encryption
        if (c.name == u"analytics-legacy")
            c.collections = 45000;
        if (c.shards > 0)
            c.dataGb = 180;
    }
    return s;
}

Scenario Scenario::large(int clusterCount)
{
    Scenario s;
    s.orgName = QStringLiteral("Snapline-Large");
    const char *const providers[] = {"AWS", "AZURE", "GCP"};
    const char *const versions[] = {"6.0.19", "7.0.14", "8.0.4"};
    for (int i = 0; i < clusterCount; ++i) {
        const QString project = QStringLiteral("Project-%1").arg(i / 50 + 1, 3, 10, QLatin1Char('0'));
        if (s.projects.isEmpty() || s.projects.last() != project)
            s.projects << project;
        ClusterSpec c;
        c.project = project;
        c.name = QStringLiteral("cluster-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.tier = QStringLiteral("M30");
        c.provider = QString::fromLatin1(providers[i % 3]);
        c.region = QStringLiteral("US_EAST_1");
        c.shards = i % 10 == 0 ? 2 : 0;
        c.version = QString::fromLatin1(versions[i % 3]);
        c.backupKind = QStringLiteral("cloudContinuous");
        c.restoreWindowDays = 2;
        s.clusters << c;
    }
    s.complianceProject = s.projects.value(0);
    return s;
}

BackupPolicy seededPolicy(const ClusterSpec &spec, bool dense)
{
    BackupPolicy policy = BackupPolicy::atlasDefault();
    if (dense) {
        // Hourly for three weeks: about 500 snapshots per cluster.
        policy.items[0] = {{}, Frequency::Hourly, 1, {RetentionUnit::Days, 21}};
        policy.items[1].retention = {RetentionUnit::Days, 21};
        policy.items[2].retention = {RetentionUnit::Weeks, 4};
    } else {
        // A fuller history than the default: dailies for a month, weeklies for
        // a quarter, and hourlies as long as the PIT window needs.
        policy.items[1].retention = {RetentionUnit::Days, 30};
        policy.items[2].retention = {RetentionUnit::Weeks, 13};
    }
    const int window = std::max(spec.restoreWindowDays, 2);
    policy.restoreWindowDays = window;
    policy.items[0].retention = {RetentionUnit::Days, std::max(policy.items[0].retention.value, window)};
    return policy;
}

} // namespace snapline::sandbox
