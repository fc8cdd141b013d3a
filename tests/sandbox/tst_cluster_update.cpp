// updateGroupCluster in the sandbox: backup, PIT, major version and pause changes under Atlas's rules.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

QString clusterPath(SandboxFixture &sandbox, const char *project, const char *cluster)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2")
            .arg(sandbox.projectId(QString::fromLatin1(project)), QString::fromLatin1(cluster));
}

ClusterRow storedCluster(SandboxFixture &sandbox, const char *project, const char *cluster)
{
    return *sandbox.store().cluster(sandbox.projectId(QString::fromLatin1(project)),
                                    QString::fromLatin1(cluster));
}

SandboxFixture::Response patch(SandboxFixture &sandbox, const char *project, const char *cluster,
                               const QByteArray &body, Who who = Who::Owner,
                               const QByteArray &version = "2024-10-23")
{
    return sandbox.request("PATCH", clusterPath(sandbox, project, cluster), who, body, version);
}

QString code(const SandboxFixture::Response &r)
{
    return r.object().value(u"errorCode").toString();
}

int eventCount(SandboxFixture &sandbox, const char *project, const QString &type)
{
    int n = 0;
    for (const auto &row : sandbox.store().documents(QStringLiteral("events"),
                                                     sandbox.projectId(QString::fromLatin1(project)))) {
        n += row.kind == type ? 1 : 0;
    }
    return n;
}

} // namespace

class TestClusterUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesBelowClusterManagerAreRefused()
    {
        SandboxFixture sandbox;
        for (Who who : {Who::ReadOnly, Who::BackupManager, Who::ReadOnlyServiceAccount}) {
            const auto r = patch(sandbox, "Platform-Dev", "platform-canary", R"({"pitEnabled": false})", who);
            QCOMPARE(r.status, 403);
        }
        QVERIFY(storedCluster(sandbox, "Platform-Dev", "platform-canary").pitEnabled);
        QCOMPARE(patch(sandbox, "Platform-Dev", "platform-canary", "{}", Who::OwnerServiceAccount).status,
                 200);
    }

    void pitOffClosesTheRangeAndOnOpensANewOne()
    {
        SandboxFixture sandbox;
        const ClusterRow before = storedCluster(sandbox, "Platform-Dev", "platform-canary");
        const int behind = eventCount(sandbox, "Platform-Dev", QStringLiteral("CPS_OPLOG_BEHIND"));
        auto r = patch(sandbox, "Platform-Dev", "platform-canary", R"({"pitEnabled": false})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"pitEnabled").toBool(), false);
        QCOMPARE(r.object().value(u"backupEnabled").toBool(), true);
        QCOMPARE(r.object().value(u"name").toString(), u"platform-canary"_qs);
        QVERIFY(r.header("Content-Type").startsWith("application/vnd.atlas.2024-10-23+json"));
        QVERIFY(!storedCluster(sandbox, "Platform-Dev", "platform-canary").pitEnabled);
        for (const auto &range : sandbox.store().pitRanges(before.id))
            QVERIFY(range.end != 0);
        QCOMPARE(eventCount(sandbox, "Platform-Dev", QStringLiteral("CPS_OPLOG_BEHIND")), behind + 1);

        r = patch(sandbox, "Platform-Dev", "platform-canary", R"({"pitEnabled": true})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"pitEnabled").toBool());
        const auto ranges = sandbox.store().pitRanges(before.id);
        QCOMPARE(ranges.last().end, qint64(0));
        QVERIFY(eventCount(sandbox, "Platform-Dev", QStringLiteral("CPS_OPLOG_CAUGHT_UP")) >= 1);
    }

    void backupOffDeletesSnapshotsAndSchedule()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = storedCluster(sandbox, "Platform-Dev", "platform-canary");
        QVERIFY(sandbox.store().snapshotCount(cluster.id) > 0);
        auto r = patch(sandbox, "Platform-Dev", "platform-canary", R"({"backupEnabled": false})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"backupEnabled").toBool(), false);
        QCOMPARE(r.object().value(u"pitEnabled").toBool(), false); // PIT goes with backup
        QCOMPARE(sandbox.store().snapshotCount(cluster.id), 0);
        QVERIFY(!sandbox.store().schedule(cluster.id));
        for (const auto &range : sandbox.store().pitRanges(cluster.id))
            QVERIFY(range.end != 0);

        r = patch(sandbox, "Platform-Dev", "platform-canary", R"({"backupEnabled": true})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"backupEnabled").toBool());
        QVERIFY(sandbox.store().schedule(cluster.id).has_value());
    }

    void pitNeedsBackup()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = storedCluster(sandbox, "Platform-Dev", "platform-old");
        const int snapshots = sandbox.store().snapshotCount(cluster.id);
        const auto r = patch(sandbox, "Platform-Dev", "platform-old",
                             R"({"backupEnabled": false, "pitEnabled": true})");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"PIT_REQUIRES_CLOUD_BACKUP"_qs);
        QCOMPARE(sandbox.store().snapshotCount(cluster.id), snapshots);
        QVERIFY(storedCluster(sandbox, "Platform-Dev", "platform-old").backupEnabled);
    }

    void tenantBackupCannotChange()
    {
        SandboxFixture sandbox;
        auto r = patch(sandbox, "Platform-Dev", "dev-shared", R"({"backupEnabled": false})");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"TENANT_CLUSTER_BACKUP_NOT_CONFIGURABLE"_qs);
        QVERIFY(storedCluster(sandbox, "Platform-Dev", "dev-shared").backupEnabled);
        r = patch(sandbox, "Platform-Dev", "dev-free", R"({"backupEnabled": true})");
        QCOMPARE(r.status, 400);
        QVERIFY(!storedCluster(sandbox, "Platform-Dev", "dev-free").backupEnabled);
        r = patch(sandbox, "Platform-Dev", "dev-shared", R"({"pitEnabled": true})");
        QCOMPARE(r.status, 400);
        // Restating the current value is not a change.
        QCOMPARE(patch(sandbox, "Platform-Dev", "dev-shared", R"({"backupEnabled": true})").status, 200);
    }

    void compliancePolicyLocksBackupAndPit()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = storedCluster(sandbox, "Payments", "payments-api");
        const int snapshots = sandbox.store().snapshotCount(cluster.id);
        for (const QByteArray &body :
             {QByteArray(R"({"backupEnabled": false})"), QByteArray(R"({"pitEnabled": false})")}) {
            const auto r = patch(sandbox, "Payments", "payments-api", body);
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), u"BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"_qs);
        }
        const ClusterRow after = storedCluster(sandbox, "Payments", "payments-api");
        QVERIFY(after.backupEnabled && after.pitEnabled);
        QCOMPARE(sandbox.store().snapshotCount(cluster.id), snapshots);
    }

    void majorVersionOnlyToTheNextRelease()
    {
        SandboxFixture sandbox;
        auto r = patch(sandbox, "Platform-Dev", "platform-old", R"({"mongoDBMajorVersion": "8.0"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"INVALID_MONGODB_VERSION_UPGRADE"_qs);
        r = patch(sandbox, "Platform-Dev", "platform-old", R"({"mongoDBMajorVersion": "5.0"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"MONGODB_VERSION_DOWNGRADE_NOT_SUPPORTED"_qs);
        for (const QByteArray &bad : {QByteArray(R"({"mongoDBMajorVersion": "7.1"})"),
                                      QByteArray(R"({"mongoDBMajorVersion": "seven"})"),
                                      QByteArray(R"({"mongoDBMajorVersion": "7.0.2"})"),
                                      QByteArray(R"({"mongoDBMajorVersion": 7})")}) {
            r = patch(sandbox, "Platform-Dev", "platform-old", bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), u"INVALID_ATTRIBUTE"_qs);
        }
        QCOMPARE(storedCluster(sandbox, "Platform-Dev", "platform-old").mongoVersion, u"6.0.19"_qs);

        r = patch(sandbox, "Platform-Dev", "platform-old", R"({"mongoDBMajorVersion": "7.0"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"mongoDBMajorVersion").toString(), u"7.0"_qs);
        QCOMPARE(r.object().value(u"mongoDBVersion").toString(), u"7.0.14"_qs);
        QCOMPARE(storedCluster(sandbox, "Platform-Dev", "platform-old").mongoVersion, u"7.0.14"_qs);

        // A rapid release counts as its x.0: 7.3 may go to 8.0.
        r = patch(sandbox, "Platform-Dev", "platform-next", R"({"mongoDBMajorVersion": "8.0"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"mongoDBVersion").toString(), u"8.0.4"_qs);
        QCOMPARE(r.object().value(u"versionReleaseSystem").toString(), u"LTS"_qs);
    }

    void pausedClusterAcceptsOnlyResume()
    {
        SandboxFixture sandbox;
        QCOMPARE(patch(sandbox, "Platform-Dev", "platform-target", R"({"paused": true})").status, 200);
        QVERIFY(storedCluster(sandbox, "Platform-Dev", "platform-target").paused);
        auto r = patch(sandbox, "Platform-Dev", "platform-target", R"({"backupEnabled": false})");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"CANNOT_UPDATE_PAUSED_CLUSTER"_qs);
        r = patch(sandbox, "Platform-Dev", "platform-target", R"({"paused": false, "backupEnabled": false})");
        QCOMPARE(r.status, 400);
        QVERIFY(storedCluster(sandbox, "Platform-Dev", "platform-target").backupEnabled);
        r = patch(sandbox, "Platform-Dev", "platform-target", R"({"paused": false})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"paused").toBool(), false);
        QCOMPARE(patch(sandbox, "Platform-Dev", "dev-free", R"({"paused": true})").status, 400);
    }

    void badInputIsRefusedWithoutChanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("malformed") << QByteArray("{\"pitEnabled\": ") << 400 << u"INVALID_JSON"_qs;
        QTest::newRow("array") << QByteArray("[]") << 400 << u"INVALID_JSON"_qs;
        QTest::newRow("unknown field")
                << QByteArray(R"({"colour": "blue"})") << 400 << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("wrong type") << QByteArray(R"({"backupEnabled": "no"})") << 400
                                    << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("null") << QByteArray(R"({"pitEnabled": null})") << 400 << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("read-only") << QByteArray(R"({"stateName": "IDLE"})") << 400
                                   << u"ATTRIBUTE_READ_ONLY"_qs;
        QTest::newRow("not simulated") << QByteArray(R"({"diskWarmingMode": "FULLY_WARMED"})") << 400
                                       << u"ATTRIBUTE_NOT_SUPPORTED_BY_SANDBOX"_qs;
        QTest::newRow("rename") << QByteArray(R"({"name": "other"})") << 400 << u"CANNOT_RENAME_CLUSTER"_qs;
        QTest::newRow("good then bad")
                << QByteArray(R"({"backupEnabled": false, "colour": 1})") << 400 << u"INVALID_ATTRIBUTE"_qs;
    }

    void badInputIsRefusedWithoutChanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        SandboxFixture sandbox;
        const ClusterRow before = storedCluster(sandbox, "Platform-Dev", "platform-canary");
        const int snapshots = sandbox.store().snapshotCount(before.id);
        const auto r = patch(sandbox, "Platform-Dev", "platform-canary", body);
        QCOMPARE(r.status, status);
        QCOMPARE(code(r), errorCode);
        QCOMPARE(r.object().value(u"error").toInt(), status);
        const ClusterRow after = storedCluster(sandbox, "Platform-Dev", "platform-canary");
        QVERIFY(after.backupEnabled && after.pitEnabled && !after.paused);
        QCOMPARE(after.mongoVersion, before.mongoVersion);
        QCOMPARE(sandbox.store().snapshotCount(before.id), snapshots);
    }

    void unknownClustersAreNotFound()
    {
        SandboxFixture sandbox;
        auto r = patch(sandbox, "Platform-Dev", "nope", R"({"pitEnabled": false})");
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), u"CLUSTER_NOT_FOUND"_qs);
        r = patch(sandbox, "Platform-Dev", "dev-flex", R"({"pitEnabled": false})");
        QCOMPARE(r.status, 404);
    }

    void version20230101UsesProviderBackupEnabled()
    {
        SandboxFixture sandbox;
        auto r = patch(sandbox, "Platform-Dev", "platform-old", R"({"backupEnabled": false})", Who::Owner,
                       "2023-01-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"ATTRIBUTE_NOT_SUPPORTED_BY_SANDBOX"_qs);
        QVERIFY(storedCluster(sandbox, "Platform-Dev", "platform-old").backupEnabled);
        r = patch(sandbox, "Platform-Dev", "platform-old", R"({"providerBackupEnabled": false})", Who::Owner,
                  "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"providerBackupEnabled").toBool(), false);
        QVERIFY(r.object().contains(u"providerSettings"));
        QVERIFY(!storedCluster(sandbox, "Platform-Dev", "platform-old").backupEnabled);
        r = patch(sandbox, "Platform-Dev", "platform-old", R"({"pitEnabled": false})", Who::Owner,
                  "2023-02-01");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().contains(u"replicationSpecs"));
    }
};

QTEST_GUILESS_MAIN(TestClusterUpdate)
#include "tst_cluster_update.moc"
