// The client's pure parts: when to retry, the token bucket, Atlas's
// timestamps, endpoint paths and the JSON shapes mapped onto domain types.
#include "atlas/api_endpoint.h"
#include "atlas/atlas_time.h"
#include "atlas/backup_json.h"
#include "atlas/export_event_json.h"
#include "atlas/inventory_json.h"
#include "atlas/rate_budget.h"
#include "atlas/retry_policy.h"
#include "atlas/snapshot_json.h"
#include "atlas/snapshot_page_reader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace snapline;
using Kind = AtlasError::Kind;

Q_DECLARE_METATYPE(std::optional<AtlasError::Kind>)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestAtlasClientParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryDecisions_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("status");
        QTest::addColumn<std::optional<Kind>>("failure");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<std::optional<int>>("delay");
        const std::optional<Kind> none;
        const std::optional<int> never;
        QTest::newRow("GET 429 Retry-After")
                << QByteArray("GET") << 1 << 429 << none << 7 << std::optional(7000);
        QTest::newRow("GET 503 backoff 1")
                << QByteArray("GET") << 1 << 503 << none << 0 << std::optional(250);
        QTest::newRow("GET 503 backoff 3")
                << QByteArray("GET") << 3 << 503 << none << 0 << std::optional(1000);
        QTest::newRow("GET 429 last attempt") << QByteArray("GET") << 4 << 429 << none << 1 << never;
        QTest::newRow("GET 500") << QByteArray("GET") << 1 << 500 << none << 0 << never;
        QTest::newRow("GET 404") << QByteArray("GET") << 1 << 404 << none << 0 << never;
        QTest::newRow("GET huge Retry-After capped")
                << QByteArray("GET") << 1 << 429 << none << 9999 << std::optional(120000);
        QTest::newRow("POST 429") << QByteArray("POST") << 1 << 429 << none << 1 << never;
        QTest::newRow("PATCH 503") << QByteArray("PATCH") << 1 << 503 << none << 0 << never;
        QTest::newRow("DELETE timeout")
                << QByteArray("DELETE") << 1 << 0 << std::optional(Kind::Timeout) << 0 << never;
        QTest::newRow("POST connect failure")
                << QByteArray("POST") << 1 << 0 << std::optional(Kind::Connect) << 0 << std::optional(250);
        QTest::newRow("GET timeout") << QByteArray("GET") << 2 << 0 << std::optional(Kind::Timeout) << 0
                                     << std::optional(500);
        QTest::newRow("GET TLS") << QByteArray("GET") << 1 << 0 << std::optional(Kind::Tls) << 0 << never;
        QTest::newRow("GET cancelled")
                << QByteArray("GET") << 1 << 0 << std::optional(Kind::Cancelled) << 0 << never;
    }

    void retryDecisions()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, attempt);
        QFETCH(int, status);
        QFETCH(std::optional<Kind>, failure);
        QFETCH(int, retryAfter);
        QFETCH(std::optional<int>, delay);
        RetryPolicy policy;
        policy.jitter = [] { return 0.0; };
        QCOMPARE(policy.delayBeforeRetry(method, attempt, status, failure, retryAfter), delay);
    }

    void jitterStaysWithinTheStep()
    {
        RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const int delay = *policy.delayBeforeRetry("GET", 2, 503, std::nullopt, 0);
            QVERIFY(delay >= 500 && delay <= 1000);
        }
        policy.jitter = [] { return 0.999; };
        QCOMPARE(*policy.delayBeforeRetry("GET", 3, 503, std::nullopt, 0) <= policy.maxDelayMs, true);
    }

    void tokenBucket()
    {
        auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
        RateBudget budget(QStringLiteral("cloud.mongodb.com"), 3, 2.0, clock);
        qint64 wait = 0;
        QVERIFY(budget.tryTake(&wait));
        QVERIFY(budget.tryTake(&wait));
        QVERIFY(budget.tryTake(&wait));
        QVERIFY(!budget.tryTake(&wait));
        QCOMPARE(wait, 500); // 2 tokens a second
        clock->advance(1);
        QCOMPARE(budget.reading().available, 2);
        budget.observe(100, 1, false); // the server knows better: only one left
        QCOMPARE(budget.reading().available, 1);
        QCOMPARE(budget.reading().serverRemaining, 1);
        budget.observe(100, 0, true);
        QCOMPARE(budget.reading().available, 0);
        QCOMPARE(budget.reading().throttled, 1);
        clock->advance(10);
        QCOMPARE(budget.reading().available, 3); // refilled, capped at capacity
        QVERIFY(budget.tryTake());
        QCOMPARE(budget.reading().available, 2);
    }

    void atlasTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("Z") << u"2026-11-24T18:00:00Z"_qs << qint64(1795543200000);
        QTest::newRow("millis") << u"2026-11-24T18:00:00.250Z"_qs << qint64(1795543200250);
        QTest::newRow("offset") << u"2026-11-24T19:30:00+01:30"_qs << qint64(1795543200000);
        QTest::newRow("negative offset") << u"2026-11-24T13:00:00-05:00"_qs << qint64(1795543200000);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_qs << qint64(1709164800000);
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_qs << qint64(0);
        QTest::newRow("garbage") << u"yesterday"_qs << qint64(-1);
        QTest::newRow("bad month") << u"2026-13-01T00:00:00Z"_qs << qint64(-1);
        QTest::newRow("trailing") << u"2026-11-24T18:00:00Zjunk"_qs << qint64(-1);
    }

    void atlasTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = parseAtlasTimeMs(text);
        QCOMPARE(parsed.value_or(-1), ms);
        const QByteArray bytes = text.toLatin1(); // the page reader's form
        QCOMPARE(parseAtlasTimeMs(QByteArrayView(bytes)).value_or(-1), ms);
        if (ms > 0)
            QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch(), ms);
    }

    void endpointPathsAndAccept()
    {
        const ApiEndpoint &e = Endpoints::getGroupClusterBackupSnapshot;
        QCOMPARE(e.path({u"abc"_qs, u"my cluster"_qs, u"s1"_qs}),
                 u"/api/atlas/v2/groups/abc/clusters/my%20cluster/backup/snapshots/s1"_qs);
        QCOMPARE(Endpoints::getGroupClusterBackupSchedule.accept(),
                 QByteArray("application/vnd.atlas.2024-08-05+json"));
        QCOMPARE(Endpoints::disableGroupBackupCompliancePolicy.accept(),
                 QByteArray("application/vnd.atlas.2024-11-13+json"));
        QVERIFY(Endpoints::listGroupClusters.isRead());
        QVERIFY(!Endpoints::createGroupClusterBackupRestoreJob.isRead());
        QCOMPARE(QByteArray(Endpoints::takeGroupClusterBackupSnapshots.role),
                 QByteArray("Project Backup Creator"));
    }

    void shardedSnapshot()
    {
        const Snapshot s = snapshotFromJson(json(R"({"id": "s1", "createdAt": "2026-11-20T18:00:00Z",
            "expiresAt": "2026-11-27T18:00:00Z", "snapshotType": "scheduled", "status": "completed",
            "type": "shardedCluster", "frequencyType": "daily", "mongodVersion": "7.0.14",
            "storageSizeBytes": 123456789012, "snapshotIds": ["a", "b", "c"]})"),
                                            u"orders"_qs);
        QVERIFY(s.topology == Topology::ShardedCluster);
        QCOMPARE(s.shardCount, 2);
        QCOMPARE(s.memberIds.size(), 3);
        QCOMPARE(s.storageSizeBytes, 123456789012);
        QCOMPARE(s.retentionDays(), 7);
        QCOMPARE(s.mongodVersion.toString(), u"7.0.14"_qs);
    }

    void onDemandSnapshotHasNoFrequencyType()
    {
        const Snapshot s
                = snapshotFromJson(json(R"({"id": "s2", "snapshotType": "onDemand", "status": "queued",
            "type": "replicaSet", "description": "before release", "copyRegions": ["EU_WEST_1"]})"),
                                   u"orders"_qs);
        QVERIFY(s.frequency == Frequency::OnDemand);
        QVERIFY(s.isPending());
        QCOMPARE(s.copyRegions, QStringList{u"EU_WEST_1"_qs});
        QCOMPARE(s.description, u"before release"_qs);
    }

    void serverlessSnapshotSpellsLikeCloudBackup()
    {
        const Snapshot s = serverlessSnapshotFromJson(
                json(R"({"id": "sl1", "createdAt": "2026-01-11T18:00:00Z", "expiresAt": "2026-02-15T18:00:00Z",
            "frequencyType": "daily", "mongodVersion": "7.0.14", "serverlessInstanceName": "edge",
            "snapshotType": "scheduled", "status": "inProgress", "storageSizeBytes": 4096})"),
                u"edge"_qs);
        QCOMPARE(s.createdAt, QDateTime(QDate(2026, 1, 11), QTime(18, 0), Qt::UTC));
        QCOMPARE(s.expiresAt, QDateTime(QDate(2026, 2, 15), QTime(18, 0), Qt::UTC));
        QVERIFY(s.status == SnapshotStatus::InProgress);
        QVERIFY(s.frequency == Frequency::Daily);
        QCOMPARE(s.mongodVersion.toString(), u"7.0.14"_qs);
        QCOMPARE(s.storageSizeBytes, 4096);
        const Snapshot odd
                = serverlessSnapshotFromJson(json(R"({"id": "sl2", "status": "archived"})"), u"edge"_qs);
        QVERIFY(!odd.isCompleted());
    }

    void pageReaderMatchesTheJsonMapping()
    {
        QFile file(qEnvironmentVariable("SNAPLINE_TEST_DATA") + u"/atlas/snapshot_page.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        const auto read = readSnapshotPage(page, u"orders"_qs);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->totalCount, 2);
        const QJsonArray results = QJsonDocument::fromJson(page).object().value(u"results").toArray();
        QCOMPARE(read->snapshots.size(), results.size());
        for (qsizetype i = 0; i < results.size(); ++i)
            QCOMPARE(read->snapshots[i], snapshotFromJson(results[i].toObject(), u"orders"_qs));
        QCOMPARE(read->snapshots[0].description, u"caf\u00e9 \"quoted\" \U0001F600"_qs);
    }

    void pageReaderRefusesBrokenPages_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(
                "{\"results\": [{\"id\": \"a1\", \"createdAt\": \"2026-11-2");
        QTest::newRow("no results") << QByteArray("{\"totalCount\": 3}");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("trailing garbage") << QByteArray("{\"results\": []} x");
        QTest::newRow("bad literal") << QByteArray("{\"results\": [{\"id\": tru}]}");
        QTest::newRow("control character") << QByteArray("{\"results\": [{\"id\": \"a\x01\"}]}");
    }

    void pageReaderRefusesBrokenPages()
    {
        QFETCH(QByteArray, page);
        QVERIFY(!readSnapshotPage(page, u"orders"_qs));
    }

    void clusterShapes()
    {
        const Cluster pinned = clusterFromJson(json(R"({"id": "c1", "groupId": "p1", "name": "orders",
            "clusterType": "SHARDED", "mongoDBVersion": "8.0.4", "featureCompatibilityVersion": "7.0",
            "featureCompatibilityVersionExpirationDate": "2027-01-01T00:00:00Z", "backupEnabled": true,
            "pitEnabled": true, "encryptionAtRestProvider": "AWS",
            "replicationSpecs": [{"regionConfigs": [{"providerName": "GCP",
                "electableSpecs": {"instanceSize": "M40"}}]}, {"regionConfigs": []}]})"));
        QVERIFY(pinned.isSharded());
        QCOMPARE(pinned.shardCount, 2);
        QVERIFY(pinned.provider == CloudProvider::Gcp);
        QCOMPARE(pinned.tier.name(), u"M40"_qs);
        QVERIFY(pinned.backupKind == BackupKind::CloudContinuous);
        QCOMPARE(pinned.fcvPinned->toString(), u"7.0"_qs);
        QVERIFY(pinned.encryptionAtRest == EncryptionProvider::Aws);

        const Cluster free = clusterFromJson(json(R"({"name": "sandbox", "backupEnabled": false,
            "replicationSpecs": [{"regionConfigs": [{"providerName": "TENANT", "backingProviderName": "AZURE",
                "electableSpecs": {"instanceSize": "M0"}}]}]})"));
        QVERIFY(free.backupKind == BackupKind::None);
        QVERIFY(free.provider == CloudProvider::Azure);
        QVERIFY(!free.fcvPinned);

        const Cluster serverless = serverlessFromJson(json(R"({"name": "s", "providerSettings":
            {"backingProviderName": "AWS"}, "serverlessBackupOptions": {"serverlessContinuousBackupEnabled": true}})"));
        QVERIFY(serverless.backupKind == BackupKind::ServerlessContinuous);
    }

    void policiesRoundTrip()
    {
        BackupPolicy policy = BackupPolicy::atlasDefault();
        policy.restoreWindowDays = 5;
        QJsonObject body = backupPolicyBody(policy);
        QCOMPARE(body.value(u"restoreWindowDays").toInt(), 5);
        BackupPolicy back = backupPolicyFromJson(body);
        back.updateSnapshots = policy.updateSnapshots;
        QCOMPARE(back, policy);

        CompliancePolicy bcp;
        bcp.projectId = u"p1"_qs;
        bcp.authorizedEmail = u"auditor@example.com"_qs;
        bcp.pitEnabled = true;
        bcp.restoreWindowDays = 7;
        bcp.scheduledPolicyItems = {PolicyItem{{}, Frequency::Daily, 1, Retention{RetentionUnit::Days, 7}}};
        const CompliancePolicy read = compliancePolicyFromJson(compliancePolicyBody(bcp));
        QCOMPARE(read.authorizedEmail, bcp.authorizedEmail);
        QCOMPARE(read.restoreWindowDays, 7);
        QCOMPARE(read.scheduledPolicyItems, bcp.scheduledPolicyItems);
    }

    void restoreJobs()
    {
        RestoreRequest request;
        request.deliveryType = DeliveryType::PointInTime;
        request.pointInTime = PointInTime{1795543200, std::nullopt, std::nullopt};
        request.targetProjectId = u"p2"_qs;
        request.targetClusterName = u"target"_qs;
        const QJsonObject body = restoreRequestBody(request);
        QCOMPARE(body.value(u"deliveryType").toString(), u"pointInTime"_qs);
        QCOMPARE(body.value(u"pointInTimeUTCSeconds").toInteger(), 1795543200);
        QVERIFY(!body.contains(u"snapshotId"));

        const RestoreJob job = restoreJobFromJson(json(R"({"id": "j1", "deliveryType": "download",
            "failed": false, "cancelled": false, "expired": false, "finishedAt": "2026-11-24T18:00:00Z",
            "deliveryUrl": ["file:x/1.tar.gz"]})"),
                                                  u"orders"_qs);
        QVERIFY(job.state() == RestoreJobState::Completed);
        QCOMPARE(job.deliveryUrls.size(), 1);
    }

    void serverlessDownloadNamesTheInstance()
    {
        // The serverless contract requires a target even for a download.
        RestoreRequest request;
        request.deliveryType = DeliveryType::Download;
        request.snapshotId = u"s1"_qs;
        QVERIFY(!restoreRequestBody(request).contains(u"targetClusterName"));
        const QJsonObject body = serverlessRestoreRequestBody(request, u"p1"_qs, u"edge"_qs);
        QCOMPARE(body.value(u"targetClusterName").toString(), u"edge"_qs);
        QCOMPARE(body.value(u"targetGroupId").toString(), u"p1"_qs);
        request.deliveryType = DeliveryType::Automated;
        request.targetProjectId = u"p2"_qs;
        request.targetClusterName = u"other"_qs;
        QCOMPARE(serverlessRestoreRequestBody(request, u"p1"_qs, u"edge"_qs)
                         .value(u"targetClusterName")
                         .toString(),
                 u"other"_qs);
    }

    void eventsNameTheirJobThroughRaw()
    {
        const BackupEvent e
                = backupEventFromJson(json(R"({"id": "e1", "eventTypeName": "CPS_RESTORE_REQUESTED_AUDIT",
            "created": "2026-01-12T10:00:00Z", "raw": {"clusterName": "orders", "restoreJobId": "j1"}})"));
        QCOMPARE(e.clusterName, u"orders"_qs);
        QCOMPARE(e.restoreJobId, u"j1"_qs);
        QCOMPARE(backupEventFromJson(
                         json(R"({"id": "e2", "clusterName": "top", "raw": {"clusterName": "raw"}})"))
                         .clusterName,
                 u"top"_qs);
    }

    void apiKeyRoles()
    {
        const RoleBook roles = rolesFromSystemStatus(json(R"({"apiKey": {"publicKey": "abcdefgh", "roles": [
            {"orgId": "o1", "roleName": "ORG_MEMBER"}, {"groupId": "p1", "roleName": "GROUP_BACKUP_MANAGER"}]}})"));
        QVERIFY(roles.has(u"o1"_qs, Role::OrgMember));
        QVERIFY(roles.has(u"p1"_qs, Role::ProjectBackupManager));
        QVERIFY(!roles.has(u"p1"_qs, Role::ProjectOwner));
    }
};

QTEST_GUILESS_MAIN(TestAtlasClientParts)
#include "tst_atlas_client_parts.moc"
