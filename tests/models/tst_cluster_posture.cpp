// assessPosture(): one cluster's backup facts, its standing against the
// compliance policy and its warnings, judged at a fixed moment.
#include "console/cluster_posture.h"
#include "inventory_samples.h"
#include "rules/policy_validation.h"
#include "rules/rule_codes.h"

#include <QTest>

#include <functional>

using namespace snapline;
using namespace InventorySamples;
using Kind = PostureWarningKind;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(snapline::ClusterEntry)
Q_DECLARE_METATYPE(QList<snapline::PostureWarningKind>)
Q_DECLARE_METATYPE(snapline::ComplianceStanding)

namespace {

QList<Kind> kinds(const ClusterPosture &posture)
{
    QList<Kind> out;
    for (const PostureWarning &w : posture.warnings)
        out << w.kind;
    return out;
}

ClusterEntry with(ClusterEntry e, const std::function<void(ClusterEntry &)> &change)
{
    change(e);
    return e;
}

BackupPolicy dailyOnly()
{
    BackupPolicy p;
    p.items = {{{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}}};
    return p;
}

QStringList lines(const ClusterPosture &posture)
{
    QStringList out;
    for (const ComplianceLine &line : posture.complianceLines)
        out << line.text;
    return out;
}

} // namespace

class TestClusterPosture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factsOfAHealthyCluster()
    {
        const ClusterPosture p
                = assessPosture(entry(QStringLiteral("ledger"), QStringLiteral("M40")), {}, now());
        QCOMPARE(int(p.backupKind), int(BackupKind::CloudContinuous));
        QVERIFY(p.pitEnabled);
        QCOMPARE(p.pitWindowSeconds, qint64(3 * 86400));
        QCOMPARE(p.pitText(), u"3 day(s)");
        QCOMPARE(p.lastSuccessful, hoursAgo(3));
        QCOMPARE(p.lastSuccessfulAgeSeconds, qint64(3 * 3600));
        // Atlas's default at 18:00: the 6-hourly and the daily item fire then; the daily names it.
        QCOMPARE(p.nextScheduled,
                 (NextSnapshot{QDateTime(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC), Frequency::Daily}));
        QCOMPARE(p.snapshotCount, qint64(10));
        QCOMPARE(p.totalBytes, qint64(5'000'000'000));
        QCOMPARE(p.copyRegions, (QStringList{u"US_EAST_1"_s, u"EU_WEST_1"_s}));
        QCOMPARE(p.compliance, ComplianceStanding::NoPolicy);
        QVERIFY(!p.belowCompliance);
        QCOMPARE(p.complianceText(), QString());
        QVERIFY(p.warnings.isEmpty());
        QCOMPARE(p.warningsText(), QString());
        QCOMPARE(p.health(), BackupHealth::Protected);
    }

    void pointInTime()
    {
        const auto cloud = assessPosture(
                entry(QStringLiteral("api"), QStringLiteral("M30"), BackupKind::Cloud), {}, now());
        QVERIFY(!cloud.pitEnabled);
        QCOMPARE(cloud.pitWindowSeconds, qint64(0));
        QCOMPARE(cloud.pitText(), u"off");
        const auto serverless = assessPosture(
                entry(QStringLiteral("edge"), QStringLiteral("SERVERLESS"), BackupKind::ServerlessContinuous),
                {}, now());
        QVERIFY(serverless.pitEnabled);
        QCOMPARE(serverless.pitWindowSeconds, qint64(72 * 3600));
        QCOMPARE(serverless.pitText(), u"72 h");
        QCOMPARE(serverless.nextScheduled, std::nullopt); // Atlas runs it; no schedule of its own
    }

    void warnings_data()
    {
        QTest::addColumn<ClusterEntry>("cluster");
        QTest::addColumn<QList<Kind>>("expected");
        const auto m30 = [](BackupKind kind = BackupKind::CloudContinuous) {
            return entry(QStringLiteral("c"), QStringLiteral("M30"), kind);
        };
        QTest::newRow("healthy") << m30() << QList<Kind>{};
        QTest::newRow("M0") << entry(QStringLiteral("c"), QStringLiteral("M0"), BackupKind::None)
                            << QList<Kind>{Kind::NoBackupOnFree};
        QTest::newRow("dedicated, backup off") << m30(BackupKind::None) << QList<Kind>{Kind::BackupDisabled};
        QTest::newRow("serverless") << entry(QStringLiteral("c"), QStringLiteral("SERVERLESS"),
                                             BackupKind::ServerlessBasic)
                                    << QList<Kind>{Kind::ServerlessEndOfLife};
        QTest::newRow("legacy") << with(m30(BackupKind::Legacy), [](ClusterEntry &e) { e.policy.reset(); })
                                << QList<Kind>{Kind::LegacyBackup};
        QTest::newRow("failed recently")
                << with(m30(), [](ClusterEntry &e) { e.snapshots.failedRecently = 2; })
                << QList<Kind>{Kind::FailedRecently};
        QTest::newRow("daily, 49 h without") << with(m30(), [](ClusterEntry &e) {
            e.policy = dailyOnly();
            e.snapshots.lastCompletedAt = hoursAgo(49);
        }) << QList<Kind>{Kind::Stale};
        QTest::newRow("daily, 48 h is still fine") << with(m30(), [](ClusterEntry &e) {
            e.policy = dailyOnly();
            e.snapshots.lastCompletedAt = hoursAgo(48);
        }) << QList<Kind>{};
        QTest::newRow("6-hourly, 13 h without")
                << with(m30(), [](ClusterEntry &e) { e.snapshots.lastCompletedAt = hoursAgo(13); })
                << QList<Kind>{Kind::Stale};
        QTest::newRow("never a snapshot")
                << with(m30(), [](ClusterEntry &e) { e.snapshots = {}; }) << QList<Kind>{Kind::Stale};
        QTest::newRow("never, but never synced either") << with(m30(), [](ClusterEntry &e) {
            e.snapshots = {};
            e.sync.reset();
        }) << QList<Kind>{};
        QTest::newRow("paused") << with(m30(), [](ClusterEntry &e) {
            e.where.cluster.paused = true;
            e.snapshots.lastCompletedAt = hoursAgo(24 * 20);
        }) << QList<Kind>{};
        QTest::newRow("Flex, 3 days without")
                << with(entry(QStringLiteral("c"), QStringLiteral("FLEX"), BackupKind::Flex),
                        [](ClusterEntry &e) { e.snapshots.lastCompletedAt = hoursAgo(72); })
                << QList<Kind>{Kind::Stale};
        QTest::newRow("PIT gap in the window") << with(m30(), [](ClusterEntry &e) {
            e.where.cluster.pit.restorable = {{hoursAgo(96), hoursAgo(30)}, {hoursAgo(28.5), hoursAgo(0.1)}};
        }) << QList<Kind>{Kind::PitGaps};
        QTest::newRow("PIT gap before the window") << with(m30(), [](ClusterEntry &e) {
            e.where.cluster.pit.restorable = {{hoursAgo(120), hoursAgo(100)}, {hoursAgo(99), hoursAgo(0.1)}};
        }) << QList<Kind>{};
        QTest::newRow("several at once") << with(m30(BackupKind::Legacy), [](ClusterEntry &e) {
            e.where.cluster.tier = *Tier::parse(u"SERVERLESS");
            e.snapshots.failedRecently = 1;
        }) << QList<Kind>{Kind::ServerlessEndOfLife, Kind::LegacyBackup, Kind::FailedRecently};
    }

    void warnings()
    {
        QFETCH(ClusterEntry, cluster);
        QFETCH(QList<Kind>, expected);
        const ClusterPosture p = assessPosture(cluster, {}, now());
        QCOMPARE(kinds(p), expected);
        QCOMPARE(p.health(),
                 cluster.where.cluster.backupKind == BackupKind::None ? BackupHealth::Unprotected
                         : expected.isEmpty()                         ? BackupHealth::Protected
                                                                      : BackupHealth::Warning);
    }

    void warningWords()
    {
        const auto free = assessPosture(entry(QStringLiteral("c"), QStringLiteral("M0"), BackupKind::None),
                                        {}, now());
        QCOMPARE(free.warningsText(), u"no backup (M0)");
        QCOMPARE(free.warningSentences(),
                 u"Free M0 clusters have no Atlas backup. Use mongodump to keep your own copy of the data.");

        const auto serverless = assessPosture(
                entry(QStringLiteral("c"), QStringLiteral("SERVERLESS"), BackupKind::ServerlessContinuous),
                {}, now());
        QCOMPARE(serverless.warnings.first().sentence,
                 u"Atlas has deprecated serverless instances and is retiring them. Migrate this one to a "
                 u"Flex or "
                 "dedicated cluster to keep it and its backups.");

        ClusterEntry gap = entry(QStringLiteral("c"), QStringLiteral("M30"));
        gap.where.cluster.pit.restorable = {{hoursAgo(96), hoursAgo(30)}, {hoursAgo(28.5), hoursAgo(0.1)}};
        gap.snapshots.failedRecently = 3;
        const auto p = assessPosture(gap, {}, now());
        QCOMPARE(p.warningsText(), u"PIT gaps (1), 3 failed in 24 h");
        QCOMPARE(p.warningSentences(),
                 u"The point-in-time history has 1 gap(s) in the restore window (the last 3 d); the longest "
                 u"lasts 1 h "
                 "30 min from 2026-11-23 06:00 UTC. Moments inside a gap cannot be restored.\n"
                 "3 snapshot(s) failed in the last 24 hours. Check the cluster's backup events.");

        ClusterEntry stale = entry(QStringLiteral("c"), QStringLiteral("M30"));
        stale.policy = dailyOnly();
        stale.snapshots.lastCompletedAt = hoursAgo(50);
        QCOMPARE(assessPosture(stale, {}, now()).warningSentences(),
                 u"The last successful snapshot is from 2026-11-22 10:00 UTC (2 d ago), although the "
                 u"schedule takes "
                 "one every 1 d.");
    }

    void compliance_data()
    {
        QTest::addColumn<ClusterEntry>("cluster");
        QTest::addColumn<ComplianceStanding>("standing");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("belowItem");
        const auto ledger = entry(QStringLiteral("ledger"), QStringLiteral("M40"));
        QTest::newRow("meets")
                << ledger << ComplianceStanding::Meets
                << QStringList{u"daily kept 7 day(s) ≥ 7 day(s)"_s, u"weekly kept 4 week(s) ≥ 4 week(s)"_s,
                               u"restore window 3 day(s) ≥ 2 day(s)"_s}
                << "daily kept 7 day(s) ≥ 7 day(s); weekly kept 4 week(s) ≥ 4 week(s); restore window 3 "
                   "day(s) ≥ 2 day(s)"
                << "";
        QTest::newRow("weekly kept too briefly")
                << with(ledger,
                        [](ClusterEntry &e) {
                            e.policy->items[2].retention = {RetentionUnit::Weeks, 2};
                        })
                << ComplianceStanding::Below
                << QStringList{u"daily kept 7 day(s) ≥ 7 day(s)"_s, u"weekly kept 2 week(s) < 4 week(s)"_s,
                               u"restore window 3 day(s) ≥ 2 day(s)"_s}
                << "below: weekly kept 2 week(s) < 4 week(s)"
                << "weekly (Saturday), kept 4 week(s)";
        QTest::newRow("weekly missing")
                << with(ledger, [](ClusterEntry &e) { e.policy->items.removeAt(2); })
                << ComplianceStanding::Below
                << QStringList{u"daily kept 7 day(s) ≥ 7 day(s)"_s, u"weekly missing, needs 4 week(s)"_s,
                               u"restore window 3 day(s) ≥ 2 day(s)"_s}
                << "below: weekly missing, needs 4 week(s)"
                << "weekly (Saturday), kept 4 week(s)";
        QTest::newRow("restore window too short")
                << with(ledger, [](ClusterEntry &e) { e.policy->restoreWindowDays = 1; })
                << ComplianceStanding::Below
                << QStringList{u"daily kept 7 day(s) ≥ 7 day(s)"_s, u"weekly kept 4 week(s) ≥ 4 week(s)"_s,
                               u"restore window 1 day(s) < 2 day(s)"_s}
                << "below: restore window 1 day(s) < 2 day(s)"
                << "point-in-time restore with a window of at least 2 day(s)";
        QTest::newRow("point in time off")
                << entry(QStringLiteral("api"), QStringLiteral("M30"), BackupKind::Cloud)
                << ComplianceStanding::Below
                << QStringList{u"daily kept 7 day(s) ≥ 7 day(s)"_s, u"weekly kept 4 week(s) ≥ 4 week(s)"_s,
                               u"point in time off, needs 2 day(s)"_s}
                << "below: point in time off, needs 2 day(s)"
                << "point-in-time restore with a window of at least 2 day(s)";
        QTest::newRow("backup off") << entry(QStringLiteral("c"), QStringLiteral("M30"), BackupKind::None)
                                    << ComplianceStanding::Below << QStringList{u"backup off, needs it on"_s}
                                    << "below: backup off, needs it on"
                                    << "Cloud Backup turned on";
        QTest::newRow("schedule not synced")
                << with(ledger, [](ClusterEntry &e) { e.policy.reset(); }) << ComplianceStanding::NotSynced
                << QStringList{} << "policy not read yet"
                << "";
        QTest::newRow("shared tier") << entry(QStringLiteral("c"), QStringLiteral("M5"),
                                              BackupKind::SharedDaily)
                                     << ComplianceStanding::NotApplicable << QStringList{} << "not covered"
                                     << "";
        QTest::newRow("legacy") << entry(QStringLiteral("c"), QStringLiteral("M30"), BackupKind::Legacy)
                                << ComplianceStanding::NotApplicable << QStringList{} << "not covered"
                                << "";
    }

    void compliance()
    {
        QFETCH(ClusterEntry, cluster);
        QFETCH(ComplianceStanding, standing);
        QFETCH(QStringList, lines);
        QFETCH(QString, text);
        QFETCH(QString, belowItem);
        const ClusterPosture p = assessPosture(cluster, InventorySamples::compliance(), now());
        QCOMPARE(p.compliance, standing);
        QCOMPARE(::lines(p), lines);
        QCOMPARE(p.complianceText(), text);
        QCOMPARE(p.belowItem, belowItem);
        QCOMPARE(p.belowCompliance, standing == ComplianceStanding::Below);
        QCOMPARE(p.hasWarning(Kind::BelowCompliance), p.belowCompliance);
        if (p.belowCompliance) {
            QCOMPARE(
                    p.warnings.last().sentence,
                    u"The backup policy goes below the project's Backup Compliance Policy, which requires %1."_s
                            .arg(belowItem));
        }
        // The policy editor's rules agree: a schedule below the compliance
        // policy is one PolicyValidation refuses for compliance reasons.
        if (cluster.policy) {
            PolicyValidation::Context context;
            context.pitEnabled = cluster.where.cluster.hasPointInTime();
            context.compliance = InventorySamples::compliance();
            const QStringList codes = findingCodes(PolicyValidation::validate(*cluster.policy, context));
            const bool refused = codes.contains(RuleCode::CompliancePolicyItemMissing)
                    || codes.contains(RuleCode::CompliancePolicyItemBelowMinimum)
                    || codes.contains(RuleCode::ComplianceRestoreWindowBelowMinimum);
            if (context.pitEnabled)
                QCOMPARE(refused, p.belowCompliance);
        }
    }
};

QTEST_GUILESS_MAIN(TestClusterPosture)
#include "tst_cluster_posture.moc"
