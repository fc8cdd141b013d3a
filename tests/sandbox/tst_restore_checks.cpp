// The sandbox's own restore rules, case by case: versions, topology, tiers, PIT edges, blackouts.
#include "rules/restore_checks.h"

#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::restore_checks;

Q_DECLARE_METATYPE(snapline::sandbox::ClusterRow)

namespace {

constexpr qint64 kNow = 1'700'000'000;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

ClusterRow cluster(const char *id, const char *version, int shards = 0, const char *tier = "M30")
{
    ClusterRow c;
    c.id = QString::fromLatin1(id);
    c.projectId = QStringLiteral("p1");
    c.name = c.id;
    c.tier = QString::fromLatin1(tier);
    c.kind = c.tier == u"M0" || c.tier == u"M5" ? QStringLiteral("tenant") : QStringLiteral("dedicated");
    if (c.tier == u"SERVERLESS")
        c.kind = QStringLiteral("serverless");
    if (c.tier == u"FLEX")
        c.kind = QStringLiteral("flex");
    c.topology = shards > 0 ? QStringLiteral("SHARDED") : QStringLiteral("REPLICASET");
    c.shardCount = std::max(shards, 1);
    c.mongoVersion = QString::fromLatin1(version);
    return c;
}

SnapshotRow snapshotOf(const ClusterRow &c, qint64 created = kNow - kDay)
{
    SnapshotRow s;
    s.id = QStringLiteral("s-") + c.id;
    s.clusterId = c.id;
    s.created = created;
    s.status = QStringLiteral("completed");
    s.mongodVersion = c.mongoVersion;
    s.topology = c.topology == u"SHARDED" ? QStringLiteral("shardedCluster") : QStringLiteral("replicaSet");
    if (c.topology == u"SHARDED") {
        for (int i = 0; i <= c.shardCount; ++i)
            s.memberIds << QStringLiteral("m%1").arg(i);
    }
    return s;
}

QString codeOf(const std::optional<ApiError> &error)
{
    return error ? error->errorCode() : QString();
}

} // namespace

class TestRestoreChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionLadder_data()
    {
        QTest::addColumn<QString>("snapshot");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("fcv");
        QTest::addColumn<bool>("sameMajorOnly");
        QTest::addColumn<bool>("allowed");
        const auto row
                = [](const char *name, const char *s, const char *t, const char *fcv, bool same, bool ok) {
                      QTest::newRow(name) << QString::fromLatin1(s) << QString::fromLatin1(t)
                                          << QString::fromLatin1(fcv) << same << ok;
                  };
        row("same release", "7.0.14", "7.0.2", "", false, true);
        row("next major", "6.0.19", "7.0.14", "", false, true);
        row("two majors up", "6.0.19", "8.0.4", "", false, false);
        row("older major", "7.0.14", "6.0.19", "", false, false);
        row("4.0 to 4.2 is next", "4.0.28", "4.2.24", "", false, true);
        row("4.0 to 4.4 is two up", "4.0.28", "4.4.29", "", false, false);
        row("4.2 to 4.0 is older", "4.2.24", "4.0.28", "", false, false);
        row("4.4 to 5.0 is next", "4.4.29", "5.0.30", "", false, true);
        row("rapid to later rapid", "8.1.0", "8.2.1", "", false, true);
        row("rapid to its x.0", "8.1.0", "8.0.4", "", false, false);
        row("x.0 to its rapid", "8.0.4", "8.1.0", "", false, true);
        row("7.3 to next major", "7.3.4", "8.0.4", "", false, true);
        row("7.3 to 7.0", "7.3.4", "7.0.14", "", false, false);
        row("pinned fcv target equal", "8.0.4", "7.0.14", "7.0", false, true);
        row("pinned fcv target newer", "8.0.4", "8.0.4", "7.0", false, false);
        row("shared same major", "8.0.4", "8.0.9", "", true, true);
        row("shared next major", "7.0.14", "8.0.4", "", true, false);
        row("unparsable", "latest", "8.0.4", "", false, false);
        row("not a release", "4.1.0", "4.2.0", "", false, false);
    }

    void versionLadder()
    {
        QFETCH(QString, snapshot);
        QFETCH(QString, target);
        QFETCH(QString, fcv);
        QFETCH(bool, sameMajorOnly);
        QFETCH(bool, allowed);
        const auto error = checkVersion(snapshot, target, fcv, sameMajorOnly);
        QCOMPARE(!error.has_value(), allowed);
        if (error) {
            QCOMPARE(error->status(), 400);
            QCOMPARE(error->errorCode(), u"INVALID_RESTORE_TARGET_VERSION"_qs);
        }
    }

    void targets_data()
    {
        QTest::addColumn<ClusterRow>("source");
        QTest::addColumn<ClusterRow>("target");
        QTest::addColumn<QString>("code");
        const ClusterRow rs = cluster("rs", "7.0.14");
        const ClusterRow sharded3 = cluster("sh3", "7.0.14", 3);
        ClusterRow paused = cluster("paused", "7.0.14");
        paused.paused = true;
        ClusterRow encrypted = cluster("enc", "7.0.14");
        encrypted.encryption = QStringLiteral("AWS");
        ClusterRow encryptedAzure = cluster("encaz", "7.0.14");
        encryptedAzure.encryption = QStringLiteral("AZURE");
        QTest::newRow("replica set to replica set") << rs << cluster("rs2", "7.0.14") << QString();
        QTest::newRow("sharded to same shard count") << sharded3 << cluster("sh3b", "8.0.4", 3) << QString();
        QTest::newRow("sharded to fewer shards")
                << sharded3 << cluster("sh2", "7.0.14", 2) << u"INVALID_RESTORE_TARGET_TOPOLOGY"_qs;
        QTest::newRow("sharded to replica set") << sharded3 << rs << u"INVALID_RESTORE_TARGET_TOPOLOGY"_qs;
        QTest::newRow("replica set to sharded") << rs << sharded3 << u"INVALID_RESTORE_TARGET_TOPOLOGY"_qs;
        QTest::newRow("M0 target") << rs << cluster("free", "7.0.14", 0, "M0")
                                   << u"INVALID_RESTORE_TARGET_TIER"_qs;
        QTest::newRow("M5 target, newest majors") << rs << cluster("m5", "7.0.14", 0, "M5") << QString();
        // The documented example: from 5.0 on, an M2/M5 takes snapshots up to two majors back.
        QTest::newRow("M5 target, one major back")
                << cluster("old", "6.0.19") << cluster("m5", "7.0.14", 0, "M5") << QString();
        QTest::newRow("M5 5.0 target, 4.2 snapshot")
                << cluster("v42", "4.2.24") << cluster("m5", "5.0.30", 0, "M5") << QString();
        QTest::newRow("M5 5.0 target, 4.0 snapshot")
                << cluster("v40", "4.0.28") << cluster("m5", "5.0.30", 0, "M5")
                << u"INVALID_RESTORE_TARGET_VERSION"_qs;
        QTest::newRow("M5 8.0 target, 5.0 snapshot")
                << cluster("v50", "5.0.30") << cluster("m5", "8.0.4", 0, "M5")
                << u"INVALID_RESTORE_TARGET_VERSION"_qs;
        QTest::newRow("M5 4.4 target keeps the ladder")
                << cluster("v40", "4.0.28") << cluster("m5", "4.4.29", 0, "M5")
                << u"INVALID_RESTORE_TARGET_VERSION"_qs;
        QTest::newRow("M5 target, newer snapshot")
                << cluster("new", "8.0.4") << cluster("m5", "7.0.14", 0, "M5")
                << u"INVALID_RESTORE_TARGET_VERSION"_qs;
        QTest::newRow("dedicated to serverless")
                << rs << cluster("sl", "7.0.14", 0, "SERVERLESS") << u"INVALID_RESTORE_TARGET_TIER"_qs;
        QTest::newRow("serverless to serverless") << cluster("sl1", "7.0.14", 0, "SERVERLESS")
                                                  << cluster("sl2", "7.0.14", 0, "SERVERLESS") << QString();
        QTest::newRow("dedicated to flex")
                << rs << cluster("fx", "7.0.14", 0, "FLEX") << u"INVALID_RESTORE_TARGET_TIER"_qs;
        QTest::newRow("paused target") << rs << paused << u"CANNOT_RESTORE_TO_PAUSED_CLUSTER"_qs;
        QTest::newRow("customer key to none") << encrypted << rs << u"INVALID_RESTORE_TARGET_ENCRYPTION"_qs;
        QTest::newRow("customer key to other provider")
                << encrypted << encryptedAzure << u"INVALID_RESTORE_TARGET_ENCRYPTION"_qs;
        QTest::newRow("customer key to same provider") << encrypted << encrypted << QString();
        QTest::newRow("unencrypted to encrypted") << rs << encrypted << QString();
        QTest::newRow("version ladder applies")
                << rs << cluster("old", "6.0.19") << u"INVALID_RESTORE_TARGET_VERSION"_qs;
    }

    void targets()
    {
        QFETCH(ClusterRow, source);
        QFETCH(ClusterRow, target);
        QFETCH(QString, code);
        QCOMPARE(codeOf(checkTarget(snapshotOf(source), source, target)), code);
    }

    void pausedTargetIsAConflict()
    {
        ClusterRow target = cluster("t", "7.0.14");
        target.paused = true;
        const ClusterRow source = cluster("s", "7.0.14");
        QCOMPARE(checkTarget(snapshotOf(source), source, target)->status(), 409);
    }

    void shardsChangedSinceTheSnapshot()
    {
        ClusterRow c = cluster("sh", "7.0.14", 3);
        c.shardsChangedAt = kNow - kHour;
        QCOMPARE(codeOf(checkTarget(snapshotOf(c, kNow - kDay), c, c)), u"INVALID_RESTORE_SHARDS_CHANGED"_qs);
        QCOMPARE(codeOf(checkTarget(snapshotOf(c, kNow - 60), c, c)), QString());
        // Restoring the old snapshot elsewhere is still fine.
        QCOMPARE(codeOf(checkTarget(snapshotOf(c, kNow - kDay), c, cluster("other", "7.0.14", 3))),
                 QString());
    }

    void flexTargets()
    {
        const ClusterRow flex = cluster("fx", "8.0.4", 0, "FLEX");
        const SnapshotRow s = snapshotOf(flex);
        QCOMPARE(codeOf(checkFlexTarget(s, cluster("fx2", "8.0.4", 0, "FLEX"))), QString());
        QCOMPARE(codeOf(checkFlexTarget(s, cluster("d", "8.0.4"))), QString());
        QCOMPARE(codeOf(checkFlexTarget(s, cluster("d", "7.0.14"))), u"INVALID_RESTORE_TARGET_VERSION"_qs);
        QCOMPARE(codeOf(checkFlexTarget(s, cluster("sh", "8.0.4", 2))),
                 u"INVALID_RESTORE_TARGET_TOPOLOGY"_qs);
        QCOMPARE(codeOf(checkFlexTarget(s, cluster("m0", "8.0.4", 0, "M0"))),
                 u"INVALID_RESTORE_TARGET_TIER"_qs);
        QCOMPARE(codeOf(checkFlexTarget(s, cluster("sl", "8.0.4", 0, "SERVERLESS"))),
                 u"INVALID_RESTORE_TARGET_TIER"_qs);
        ClusterRow encrypted = cluster("e", "8.0.4");
        encrypted.encryption = QStringLiteral("GCP");
        QCOMPARE(codeOf(checkFlexTarget(s, encrypted)), u"INVALID_RESTORE_TARGET_ENCRYPTION"_qs);
    }

    void blackouts()
    {
        const qint64 t = kNow - 10 * kHour;
        RestoreJobRow done;
        done.created = t;
        done.finished = t + 100;
        RestoreJobRow running;
        running.created = kNow - 60;
        RestoreJobRow cancelled = done;
        cancelled.cancelled = true;
        RestoreJobRow failed = done;
        failed.failed = true;
        RestoreJobRow download = done;
        download.delivery = QStringLiteral("download");
        SnapshotRow during, after, later, failedSnapshot;
        during.created = t + 50;
        during.status = after.status = later.status = QStringLiteral("completed");
        after.created = t + 200;
        later.created = t + 300;
        failedSnapshot.created = t + 150;
        failedSnapshot.status = QStringLiteral("failed");
        const auto windows = restoreBlackouts({done, running, cancelled, failed, download},
                                              {later, failedSnapshot, during, after});
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows[0], (TimeWindow{t, t + 200}));
        QCOMPARE(windows[1], (TimeWindow{kNow - 60, 0}));
        // No snapshot after the restore yet: the blackout is still open.
        QCOMPARE(restoreBlackouts({done}, {during}).value(0), (TimeWindow{t, 0}));
    }

    void pointInTime_data()
    {
        QTest::addColumn<qint64>("moment");
        QTest::addColumn<QString>("code");
        QTest::newRow("now") << kNow << QString();
        QTest::newRow("one second ahead") << kNow + 1 << u"INVALID_POINT_IN_TIME_IN_FUTURE"_qs;
        QTest::newRow("window start") << kNow - 2 * kDay << QString();
        QTest::newRow("a second before the window")
                << kNow - 2 * kDay - 1 << u"INVALID_POINT_IN_TIME_OUTSIDE_RESTORE_WINDOW"_qs;
        QTest::newRow("end of first range") << kNow - kDay << QString();
        QTest::newRow("a second into the gap") << kNow - kDay + 1 << u"INVALID_POINT_IN_TIME_IN_OPLOG_GAP"_qs;
        QTest::newRow("last second of the gap")
                << kNow - kDay + 2 * kHour - 1 << u"INVALID_POINT_IN_TIME_IN_OPLOG_GAP"_qs;
        QTest::newRow("start of open range") << kNow - kDay + 2 * kHour << QString();
        QTest::newRow("blackout start")
                << kNow - 10 * kHour << u"INVALID_POINT_IN_TIME_IN_RESTORE_BLACKOUT"_qs;
        QTest::newRow("inside blackout")
                << kNow - 9 * kHour << u"INVALID_POINT_IN_TIME_IN_RESTORE_BLACKOUT"_qs;
        QTest::newRow("last second of blackout")
                << kNow - 8 * kHour - 1 << u"INVALID_POINT_IN_TIME_IN_RESTORE_BLACKOUT"_qs;
        QTest::newRow("snapshot ending the blackout") << kNow - 8 * kHour << QString();
        QTest::newRow("second before blackout") << kNow - 10 * kHour - 1 << QString();
    }

    void pointInTime()
    {
        QFETCH(qint64, moment);
        QFETCH(QString, code);
        PitSource source;
        source.pitEnabled = true;
        source.windowSeconds = 2 * kDay;
        source.ranges = {{QStringLiteral("c"), kNow - 3 * kDay, kNow - kDay},
                         {QStringLiteral("c"), kNow - kDay + 2 * kHour, 0}};
        source.blackouts = {{kNow - 10 * kHour, kNow - 8 * kHour}};
        source.firstSnapshot = kNow - 3 * kDay;
        QCOMPARE(codeOf(checkPointInTime(moment, source, kNow)), code);
    }

    void pointInTimeNeedsPitAndASnapshot()
    {
        PitSource source;
        source.windowSeconds = 2 * kDay;
        source.ranges = {{QStringLiteral("c"), kNow - 3 * kDay, 0}};
        source.firstSnapshot = kNow - kDay;
        QCOMPARE(codeOf(checkPointInTime(kNow - kHour, source, kNow)),
                 u"INVALID_POINT_IN_TIME_NOT_ENABLED"_qs);
        source.pitEnabled = true;
        QCOMPARE(codeOf(checkPointInTime(kNow - kHour, source, kNow)), QString());
        QCOMPARE(codeOf(checkPointInTime(kNow - kDay - 1, source, kNow)),
                 u"INVALID_POINT_IN_TIME_BEFORE_FIRST_SNAPSHOT"_qs);
        source.firstSnapshot.reset();
        QCOMPARE(codeOf(checkPointInTime(kNow - kHour, source, kNow)),
                 u"INVALID_POINT_IN_TIME_BEFORE_FIRST_SNAPSHOT"_qs);
        source.firstSnapshot = kNow - kDay;
        source.ranges.clear();
        QCOMPARE(codeOf(checkPointInTime(kNow - kHour, source, kNow)),
                 u"INVALID_POINT_IN_TIME_IN_OPLOG_GAP"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRestoreChecks)
#include "tst_restore_checks.moc"
