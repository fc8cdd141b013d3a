// Restores through the planner: versions, topology, tiers, encryption, roles,
// and that every violation is reported together.
#include "facts_builder.h"
#include "rules/rule_codes.h"
#include "rules/rule_planner.h"
#include "rules/version_rules.h"

#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

ProposedAction restore()
{
    ProposedAction action;
    action.kind = ActionKind::Restore;
    return action;
}

Cluster dedicated(const QString &name, const QString &version, int shards = 0)
{
    return cluster(name, QStringLiteral("M30"), version,
                   shards > 0 ? Topology::ShardedCluster : Topology::ReplicaSet, shards > 0 ? shards : 1);
}

} // namespace

class TestRestoreRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionLadder_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("refusal"); // empty = allowed
        QTest::newRow("seed: 4.0 → 4.2") << "4.0.28"
                                         << "4.2.24"
                                         << "";
        QTest::newRow("seed: 4.0 → 4.4") << "4.0.28"
                                         << "4.4.29" << RuleCode::VersionTooFarAhead;
        QTest::newRow("seed: 4.2 → 4.0") << "4.2.24"
                                         << "4.0.28" << RuleCode::VersionDowngrade;
        QTest::newRow("8.1 → 8.0") << "8.1.0"
                                   << "8.0.4" << RuleCode::VersionRapidReleaseBehind;
        QTest::newRow("7.3 → 8.0") << "7.3.4"
                                   << "8.0.4"
                                   << "";
        QTest::newRow("7.3 → 7.0") << "7.3.4"
                                   << "7.0.14" << RuleCode::VersionRapidReleaseBehind;
        QTest::newRow("7.0 → 7.3") << "7.0.14"
                                   << "7.3.4"
                                   << "";
        QTest::newRow("7.0 → 8.2") << "7.0.14"
                                   << "8.2.0"
                                   << "";
        QTest::newRow("6.0 → 8.0") << "6.0.19"
                                   << "8.0.4" << RuleCode::VersionTooFarAhead;
        QTest::newRow("4.4 → 5.0") << "4.4.29"
                                   << "5.0.30"
                                   << "";
        QTest::newRow("4.4 → 6.0") << "4.4.29"
                                   << "6.0.19" << RuleCode::VersionTooFarAhead;
        QTest::newRow("same patch older is fine") << "7.0.14"
                                                  << "7.0.2"
                                                  << "";
        QTest::newRow("3.4 is not a release") << "3.4.24"
                                              << "3.6.23" << RuleCode::VersionUnknown;
        QTest::newRow("8.0 → 9.0") << "8.0.4"
                                   << "9.0.0"
                                   << "";
    }

    void versionLadder()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, refusal);
        const Facts facts = restoreFacts(dedicated(u"src"_qs, from), dedicated(u"dst"_qs, to));
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.violationCodes(), refusal.isEmpty() ? QStringList{} : QStringList{refusal});
    }

    void tooFarAheadNamesTheStepInBetween()
    {
        const Facts facts
                = restoreFacts(dedicated(u"src"_qs, u"4.0.28"_qs), dedicated(u"dst"_qs, u"4.4.29"_qs));
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.violations.size(), 1);
        QVERIFY2(verdict.violations.first().message.contains(u"Restore it to a 4.2 cluster first"),
                 qPrintable(verdict.violations.first().message));
        QCOMPARE(verdict.violations.first().rule, RuleSource::VersionLadder);
    }

    void fcvPinReplacesTheLadder_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("pinned 7.0 → 7.0") << "7.0.14" << true;
        QTest::newRow("pinned 7.0 → 7.3") << "7.3.4" << true;
        QTest::newRow("pinned 7.0 → 8.0") << "8.0.4" << false;
        QTest::newRow("pinned 7.0 → 6.0") << "6.0.19" << false;
    }

    void fcvPinReplacesTheLadder()
    {
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        Cluster source = dedicated(u"src"_qs, u"8.0.4"_qs);
        source.fcvPinned = MongoVersion(7, 0);
        const Facts facts = restoreFacts(source, dedicated(u"dst"_qs, target));
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.allowed(), allowed);
        if (!allowed)
            QCOMPARE(verdict.violationCodes(), QStringList{RuleCode::VersionFcvPinned});
    }

    void shards_data()
    {
        QTest::addColumn<int>("fromShards"); // 0 = replica set
        QTest::addColumn<int>("toShards");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("3 → 3") << 3 << 3 << "";
        QTest::newRow("3 → 2") << 3 << 2 << RuleCode::TopologyShardCountMismatch;
        QTest::newRow("2 → 3") << 2 << 3 << RuleCode::TopologyShardCountMismatch;
        QTest::newRow("3 → replica set") << 3 << 0 << RuleCode::TopologyShardedToReplicaSet;
        QTest::newRow("replica set → 2") << 0 << 2 << RuleCode::TopologyReplicaSetToSharded;
        QTest::newRow("replica set → replica set") << 0 << 0 << "";
    }

    void shards()
    {
        QFETCH(int, fromShards);
        QFETCH(int, toShards);
        QFETCH(QString, refusal);
        const Facts facts = restoreFacts(dedicated(u"src"_qs, u"7.0.14"_qs, fromShards),
                                         dedicated(u"dst"_qs, u"7.0.14"_qs, toShards));
        QCOMPARE(RulePlanner().evaluate(restore(), facts).violationCodes(),
                 refusal.isEmpty() ? QStringList{} : QStringList{refusal});
    }

    void shardsChangedSinceTheSnapshot()
    {
        Cluster cluster = dedicated(u"ledger"_qs, u"7.0.14"_qs, 3);
        Facts facts = restoreFacts(cluster, cluster);
        facts.source.cluster.shardCountChangedAt = facts.now.addSecs(-3600);
        facts.target->cluster.shardCountChangedAt = facts.source.cluster.shardCountChangedAt;
        const Verdict back = RulePlanner().evaluate(restore(), facts); // snapshot is a day old
        QCOMPARE(back.violationCodes(), QStringList{RuleCode::TopologyShardsChanged});

        facts.snapshot->createdAt = facts.now.addSecs(-60); // taken after the change
        QVERIFY(RulePlanner().evaluate(restore(), facts).allowed());
    }

    void tiers_data()
    {
        QTest::addColumn<QString>("fromTier");
        QTest::addColumn<QString>("fromVersion");
        QTest::addColumn<QString>("toTier");
        QTest::addColumn<QString>("toVersion");
        QTest::addColumn<QStringList>("refusals");
        QTest::newRow("M0 source") << "M0"
                                   << "8.0.4"
                                   << "M30"
                                   << "8.0.4" << QStringList{RuleCode::TierFreeNoBackup};
        QTest::newRow("M0 target") << "M30"
                                   << "8.0.4"
                                   << "M0"
                                   << "8.0.4" << QStringList{RuleCode::TierTargetFree};
        QTest::newRow("dedicated → serverless") << "M30"
                                                << "8.0.4"
                                                << "SERVERLESS"
                                                << "8.0.4" << QStringList{RuleCode::TierTargetServerless};
        QTest::newRow("dedicated → Flex") << "M30"
                                          << "8.0.4"
                                          << "FLEX"
                                          << "8.0.4" << QStringList{RuleCode::TierTargetFlex};
        QTest::newRow("Flex → Flex") << "FLEX"
                                     << "8.0.4"
                                     << "FLEX"
                                     << "8.0.4" << QStringList{};
        QTest::newRow("serverless → serverless") << "SERVERLESS"
                                                 << "8.0.4"
                                                 << "SERVERLESS"
                                                 << "8.0.4" << QStringList{};
        QTest::newRow("serverless → M30") << "SERVERLESS"
                                          << "8.0.4"
                                          << "M30"
                                          << "8.0.4" << QStringList{};
        QTest::newRow("serverless → M5") << "SERVERLESS"
                                         << "8.0.4"
                                         << "M5"
                                         << "8.0.4" << QStringList{RuleCode::TierServerlessSourceTarget};
        QTest::newRow("M5 → M10 same major") << "M5"
                                             << "8.0.4"
                                             << "M10"
                                             << "8.0.9" << QStringList{};
        QTest::newRow("M5 → M2") << "M5"
                                 << "8.0.4"
                                 << "M2"
                                 << "8.0.4" << QStringList{};
        QTest::newRow("M2 → next major") << "M2"
                                         << "7.0.14"
                                         << "M30"
                                         << "8.0.4" << QStringList{RuleCode::VersionSharedSameMajor};
        QTest::newRow("FLEX → FLEX") << "FLEX"
                                     << "8.0.4"
                                     << "FLEX"
                                     << "8.0.4" << QStringList{};
        QTest::newRow("4.2 dedicated → M5 on 5.0") << "M30"
                                                   << "4.2.24"
                                                   << "M5"
                                                   << "5.0.30" << QStringList{};
        QTest::newRow("4.0 dedicated → M5 on 5.0")
                << "M30"
                << "4.0.28"
                << "M5"
                << "5.0.30" << QStringList{RuleCode::VersionSharedTargetTooOld};
    }

    void tiers()
    {
        QFETCH(QString, fromTier);
        QFETCH(QString, fromVersion);
        QFETCH(QString, toTier);
        QFETCH(QString, toVersion);
        QFETCH(QStringList, refusals);
        const Facts facts = restoreFacts(cluster(u"src"_qs, fromTier, fromVersion),
                                         cluster(u"dst"_qs, toTier, toVersion));
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.violationCodes(), refusals);
    }

    void freeSourceExplainsMongodump()
    {
        const Facts facts = restoreFacts(cluster(u"hobby"_qs, u"M0"_qs, u"8.0.4"_qs),
                                         dedicated(u"dst"_qs, u"8.0.4"_qs));
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QVERIFY(verdict.violations.first().message.contains(u"mongodump"));
        QVERIFY(verdict.violations.first().message.contains(u"mongorestore"));
    }

    void encryption_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("none → AWS") << int(EncryptionProvider::None) << int(EncryptionProvider::Aws) << true;
        QTest::newRow("AWS → AWS") << int(EncryptionProvider::Aws) << int(EncryptionProvider::Aws) << true;
        QTest::newRow("AWS → AZURE") << int(EncryptionProvider::Aws) << int(EncryptionProvider::Azure)
                                     << false;
        QTest::newRow("GCP → none") << int(EncryptionProvider::Gcp) << int(EncryptionProvider::None) << false;
    }

    void encryption()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"8.0.4"_qs));
        facts.source.cluster.encryptionAtRest = EncryptionProvider(from);
        facts.target->cluster.encryptionAtRest = EncryptionProvider(to);
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.allowed(), allowed);
        if (!allowed)
            QCOMPARE(verdict.violationCodes(), QStringList{RuleCode::EncryptionProviderMismatch});
    }

    void sharedSnapshotRefusesEncryptedTarget()
    {
        Facts facts
                = restoreFacts(cluster(u"src"_qs, u"M5"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"8.0.4"_qs));
        facts.target->cluster.encryptionAtRest = EncryptionProvider::Aws;
        QCOMPARE(RulePlanner().evaluate(restore(), facts).violationCodes(),
                 QStringList{RuleCode::EncryptionSharedTarget});
    }

    void roles_data()
    {
        QTest::addColumn<QStringList>("sourceRoles");
        QTest::addColumn<QStringList>("targetRoles");
        QTest::addColumn<QStringList>("orgRoles");
        QTest::addColumn<QStringList>("refusals");
        const QString owner = Role::ProjectOwner, manager = Role::ProjectBackupManager,
                      reader = Role::ProjectReadOnly;
        QTest::newRow("owner on both")
                << QStringList{owner} << QStringList{owner} << QStringList{} << QStringList{};
        QTest::newRow("backup manager on both")
                << QStringList{manager} << QStringList{manager} << QStringList{} << QStringList{};
        QTest::newRow("owner source, read-only target")
                << QStringList{owner} << QStringList{reader} << QStringList{}
                << QStringList{RuleCode::RoleMissingOnTarget};
        QTest::newRow("read-only source, owner target")
                << QStringList{reader} << QStringList{owner} << QStringList{}
                << QStringList{RuleCode::RoleMissing};
        QTest::newRow("nothing on target") << QStringList{owner} << QStringList{} << QStringList{}
                                           << QStringList{RuleCode::RoleMissingOnTarget};
        QTest::newRow("org owner, no project role (one refusal per project)")
                << QStringList{} << QStringList{} << QStringList{Role::OrgOwner}
                << QStringList{RuleCode::RoleOrgOwnerNotInProject, RuleCode::RoleOrgOwnerNotInProject};
        QTest::newRow("cluster manager is not enough")
                << QStringList{Role::ProjectClusterManager} << QStringList{owner} << QStringList{}
                << QStringList{RuleCode::RoleMissing};
    }

    void roles()
    {
        QFETCH(QStringList, sourceRoles);
        QFETCH(QStringList, targetRoles);
        QFETCH(QStringList, orgRoles);
        QFETCH(QStringList, refusals);
        Facts facts
                = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"8.0.4"_qs), true);
        facts.roles = {};
        for (const auto &r : sourceRoles)
            facts.roles.grant(kSourceProject, r);
        for (const auto &r : targetRoles)
            facts.roles.grant(kTargetProject, r);
        for (const auto &r : orgRoles)
            facts.roles.grant(kOrg, r);
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.violationCodes(), refusals);
        QVERIFY(verdict.warns(RuleCode::WarnCrossProject));
    }

    void orgOwnerIsToldToAddThemselves()
    {
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"8.0.4"_qs));
        facts.roles = {};
        facts.roles.grant(kOrg, Role::OrgOwner);
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.violations.size(), 1);
        QVERIFY2(verdict.violations.first().message.contains(u"add yourself to project Payments"),
                 qPrintable(verdict.violations.first().message));
        QVERIFY(verdict.violations.first().message.contains(u"Project Backup Manager or Project Owner"));
    }

    void readOnlyIsToldWhatItHas()
    {
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"8.0.4"_qs));
        facts.roles = {};
        facts.roles.grant(kSourceProject, Role::ProjectReadOnly);
        const QString message = RulePlanner().evaluate(restore(), facts).violations.first().message;
        QVERIFY2(message.contains(u"this credential has Project Read Only"), qPrintable(message));
    }

    void aRestoreRunningIntoTheTargetRefusesAnother()
    {
        Facts facts
                = restoreFacts(dedicated(u"source"_qs, u"7.0.14"_qs), dedicated(u"target"_qs, u"7.0.14"_qs));
        facts.snapshot = snapshotOf(facts.source.cluster, utc("2026-11-24T06:00:00Z"));
        RestoreJob running;
        running.id = u"6650aa"_qs;
        running.createdAt = utc("2026-11-24T11:50:00Z");
        RestoreJob download = running;
        download.deliveryType = DeliveryType::Download;
        RestoreJob finished = running;
        finished.finishedAt = utc("2026-11-24T11:55:00Z");
        facts.restoresIntoTarget = {download, finished};
        QVERIFY(RulePlanner().evaluate(restore(), facts).allowed());
        facts.restoresIntoTarget << running;
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QCOMPARE(verdict.violationCodes(), QStringList{RuleCode::TargetRestoreRunning});
        QVERIFY(verdict.violations.first().message.contains(u"6650aa"));
        ProposedAction download2 = restore();
        download2.delivery = DeliveryType::Download;
        QVERIFY(RulePlanner().evaluate(download2, facts).allowed());
    }

    void downloadNeedsNoTarget()
    {
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"4.0.1"_qs));
        facts.target.reset();
        ProposedAction action = restore();
        action.delivery = DeliveryType::Download;
        const Verdict verdict = RulePlanner().evaluate(action, facts);
        QVERIFY(verdict.allowed());
        QVERIFY(verdict.warns(RuleCode::WarnDownloadLinkExpires));
        QVERIFY(!verdict.warns(RuleCode::WarnTargetDataReplaced));
    }

    void everyViolationIsReported()
    {
        // Wrong version, wrong topology, wrong role, failed snapshot: all four at once.
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"4.0.28"_qs, 3), dedicated(u"dst"_qs, u"4.4.29"_qs),
                                   true);
        facts.roles = {};
        facts.roles.grant(kSourceProject, Role::ProjectOwner);
        facts.snapshot->status = SnapshotStatus::Failed;
        const QStringList codes = RulePlanner().evaluate(restore(), facts).violationCodes();
        for (const auto &code : {RuleCode::RoleMissingOnTarget, RuleCode::SnapshotNotCompleted,
                                 RuleCode::VersionTooFarAhead, RuleCode::TopologyShardedToReplicaSet})
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u", ")));
        QCOMPARE(codes.size(), 4);
    }

    void warnings()
    {
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"src"_qs, u"8.0.4"_qs));
        facts.snapshot->origin = SnapshotOrigin::Fallback;
        const Verdict verdict = RulePlanner().evaluate(restore(), facts);
        QVERIFY(verdict.allowed());
        QCOMPARE(verdict.warningCodes(),
                 (QStringList{RuleCode::WarnFallbackSnapshot, RuleCode::WarnTargetDataReplaced,
                              RuleCode::WarnRestoreIntoSource}));
    }

    void describeUsesTheSnapshotVersion()
    {
        Facts facts = restoreFacts(dedicated(u"src"_qs, u"8.0.4"_qs), dedicated(u"dst"_qs, u"8.0.4"_qs));
        facts.snapshot->mongodVersion = MongoVersion(7, 0, 12); // taken before the upgrade
        QCOMPARE(VersionRules::describe(restore(), facts).snapshotVersion, MongoVersion(7, 0, 12));
        ProposedAction pit = restore(); // point in time: the cluster's own version
        pit.pointInTime = PointInTime{facts.now.toSecsSinceEpoch() - 60, std::nullopt, std::nullopt};
        QCOMPARE(VersionRules::describe(pit, facts).snapshotVersion, MongoVersion(8, 0, 4));
    }
};

QTEST_GUILESS_MAIN(TestRestoreRules)
#include "tst_restore_rules.moc"
