// The Cloud Backup snapshot endpoints of the sandbox: list (paged, by topology, closest before a time),
// get, take on demand, retention changes, delete, their Atlas errors, roles and compliance locks.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

constexpr qint64 kDay = 86400;

QString backup(SandboxFixture &sandbox, const char *project, const char *cluster)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup")
            .arg(sandbox.projectId(QString::fromLatin1(project)), QString::fromLatin1(cluster));
}

ClusterRow clusterOf(SandboxFixture &sandbox, const char *project, const char *name)
{
    return *sandbox.store().cluster(sandbox.projectId(QString::fromLatin1(project)),
                                    QString::fromLatin1(name));
}

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 seconds(const QJsonValue &isoTime)
{
    return QDateTime::fromString(isoTime.toString(), Qt::ISODate).toSecsSinceEpoch();
}

int eventCount(SandboxFixture &sandbox, const QString &projectId, const QString &type)
{
    int n = 0;
    for (const auto &row : sandbox.store().documents(QStringLiteral("events"), projectId))
        n += row.kind == type ? 1 : 0;
    return n;
}

int onDemandCount(SandboxFixture &sandbox, const ClusterRow &cluster)
{
    int n = 0;
    for (const auto &s : sandbox.store().snapshots(cluster.id))
        n += s.origin == u"onDemand" ? 1 : 0;
    return n;
}

// The newest completed replica-set snapshot, the one the tests edit.
SnapshotRow newestCompleted(SandboxFixture &sandbox, const ClusterRow &cluster)
{
    for (const auto &s : sandbox.store().snapshots(cluster.id)) {
        if (s.status == u"completed")
            return s;
    }
    return {};
}

#define EXPECT_ERROR(response, statusCode, code)                                                             \
    do {                                                                                                     \
        QCOMPARE((response).status, statusCode);                                                             \
        QCOMPARE((response).object().value(u"errorCode").toString(), QStringLiteral(code));                  \
        QCOMPARE((response).object().value(u"error").toInt(), statusCode);                                   \
    } while (false)

} // namespace

class TestSnapshotEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsReplicaSetSnapshotsPagedNewestFirst()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const int total = sandbox.store().snapshotCount(cluster.id);
        QVERIFY(total > 10);
        const auto r = sandbox.get(backup(sandbox, "Analytics", "analytics-events")
                                           + QStringLiteral("/snapshots?itemsPerPage=5&pageNum=2"),
                                   Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"totalCount").toInt(), total);
        const QJsonArray results = r.object().value(u"results").toArray();
        QCOMPARE(results.size(), 5);
        const auto expected = sandbox.store().snapshots(cluster.id, 5, 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject s = results[i].toObject();
            QCOMPARE(s.value(u"id").toString(), expected[i].id);
            QCOMPARE(s.value(u"type").toString(), u"replicaSet"_qs);
            QCOMPARE(s.value(u"cloudProvider").toString(), u"AZURE"_qs);
            QCOMPARE(seconds(s.value(u"expiresAt")), expected[i].expires);
            QVERIFY(s.contains(u"replicaSetName") && s.contains(u"storageSizeBytes") && s.contains(u"links"));
            QVERIFY(!s.contains(u"members"));
        }
        const auto bad = sandbox.get(backup(sandbox, "Analytics", "analytics-events")
                                             + QStringLiteral("/snapshots?itemsPerPage=0"),
                                     Who::ReadOnly, "2023-01-01");
        QCOMPARE(bad.status, 400);
    }

    void shardedSnapshotsUseTheShardedShape()
    {
        SandboxFixture sandbox;
        const ClusterRow sharded = clusterOf(sandbox, "Analytics", "analytics-shards3");
        const auto r = sandbox.get(backup(sandbox, "Analytics", "analytics-shards3")
                                           + QStringLiteral("/snapshots/shardedClusters"),
                                   Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"totalCount").toInt(), sandbox.store().snapshotCount(sharded.id));
        const QJsonObject first = r.object().value(u"results").toArray().first().toObject();
        QCOMPARE(first.value(u"type").toString(), u"shardedCluster"_qs);
        QCOMPARE(first.value(u"members").toArray().size(), sharded.shardCount + 1);
        QCOMPARE(first.value(u"snapshotIds").toArray().size(), sharded.shardCount + 1);
        QVERIFY(!first.contains(u"cloudProvider") && !first.contains(u"replicaSetName"));
        // The generic endpoints serve a sharded cluster's snapshots in their own shape.
        const QString id = first.value(u"id").toString();
        const auto generic
                = sandbox.get(backup(sandbox, "Analytics", "analytics-shards3") + u"/snapshots/"_qs + id,
                              Who::ReadOnly, "2023-01-01");
        QCOMPARE(generic.status, 200);
        QCOMPARE(generic.object().value(u"type").toString(), u"shardedCluster"_qs);
        const auto one = sandbox.get(backup(sandbox, "Analytics", "analytics-shards3")
                                             + u"/snapshots/shardedCluster/"_qs + id,
                                     Who::ReadOnly, "2023-01-01");
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"id").toString(), id);
        // A replica set has no sharded snapshots.
        const auto none = sandbox.get(backup(sandbox, "Analytics", "analytics-events")
                                              + QStringLiteral("/snapshots/shardedClusters"),
                                      Who::ReadOnly, "2023-01-01");
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object().value(u"totalCount").toInt(), 0);
        const SnapshotRow rs = newestCompleted(sandbox, clusterOf(sandbox, "Analytics", "analytics-events"));
        const auto wrongKind = sandbox.get(backup(sandbox, "Analytics", "analytics-events")
                                                   + u"/snapshots/shardedCluster/"_qs + rs.id,
                                           Who::ReadOnly, "2023-01-01");
        EXPECT_ERROR(wrongKind, 404, "SNAPSHOT_NOT_FOUND");
    }

    void unknownClustersSnapshotsAndClustersWithoutCloudBackup()
    {
        SandboxFixture sandbox;
        const auto noCluster = sandbox.get(backup(sandbox, "Analytics", "nope") + u"/snapshots"_qs,
                                           Who::ReadOnly, "2023-01-01");
        EXPECT_ERROR(noCluster, 404, "CLUSTER_NOT_FOUND");
        const auto noSnapshot = sandbox.get(backup(sandbox, "Analytics", "analytics-events")
                                                    + u"/snapshots/0123456789abcdef01234567"_qs,
                                            Who::ReadOnly, "2023-01-01");
        EXPECT_ERROR(noSnapshot, 404, "SNAPSHOT_NOT_FOUND");
        for (const char *name : {"dev-free", "dev-shared"}) {
            const auto tenant = sandbox.get(backup(sandbox, "Platform-Dev", name) + u"/snapshots"_qs,
                                            Who::ReadOnly, "2023-01-01");
            EXPECT_ERROR(tenant, 400, "CLOUD_BACKUP_NOT_ENABLED");
        }
        const auto legacy
                = sandbox.request("POST", backup(sandbox, "Analytics", "analytics-legacy") + u"/snapshots"_qs,
                                  Who::BackupManager, body({{u"retentionInDays"_qs, 2}}), "2023-01-01");
        EXPECT_ERROR(legacy, 400, "CLOUD_BACKUP_NOT_ENABLED");
        const auto flex = sandbox.get(backup(sandbox, "Platform-Dev", "dev-flex") + u"/snapshots"_qs,
                                      Who::ReadOnly, "2023-01-01");
        EXPECT_ERROR(flex, 404, "CLUSTER_NOT_FOUND");
    }

    void closestSnapshotBeforeATime()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const auto all = sandbox.store().snapshots(cluster.id);
        SnapshotRow target; // an older completed snapshot, so that newer ones must be skipped
        for (qsizetype i = 3; i < all.size(); ++i) {
            if (all[i].status == u"completed" && all[i - 1].created > all[i].created) {
                target = all[i];
                break;
            }
        }
        QVERIFY(!target.id.isEmpty());
        const QString list = backup(sandbox, "Analytics", "analytics-events") + u"/snapshots"_qs;
        const auto pit
                = sandbox.get(list + QStringLiteral("?pointInTimeUtcSeconds=%1").arg(target.created + 1),
                              Who::ReadOnly, "2023-01-01");
        QCOMPARE(pit.status, 200);
        QCOMPARE(pit.object().value(u"results").toArray().size(), 1);
        QCOMPARE(pit.object().value(u"results").toArray().first().toObject().value(u"id").toString(),
                 target.id);
        const auto oplog = sandbox.get(list + QStringLiteral("?oplogTs=%1&oplogInc=3").arg(target.created),
                                       Who::ReadOnly, "2023-01-01");
        QCOMPARE(oplog.object().value(u"results").toArray().first().toObject().value(u"id").toString(),
                 target.id);
        const auto before = sandbox.get(list + QStringLiteral("?pointInTimeUtcSeconds=1000"), Who::ReadOnly,
                                        "2023-01-01");
        QCOMPARE(before.status, 200);
        QCOMPARE(before.object().value(u"totalCount").toInt(), 0);
        for (const QString &query :
             {u"?pointInTimeUtcSeconds=abc"_qs, u"?pointInTimeUtcSeconds=5&oplogTs=4&oplogInc=1"_qs,
              u"?oplogTs=5"_qs, u"?oplogInc=1"_qs, u"?oplogTs=-3&oplogInc=1"_qs}) {
            const auto bad = sandbox.get(list + query, Who::ReadOnly, "2023-01-01");
            EXPECT_ERROR(bad, 400, "INVALID_QUERY_PARAMETER");
        }
    }

    void takesAnOnDemandSnapshotOnceAtATime()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const QString path = backup(sandbox, "Analytics", "analytics-events") + u"/snapshots"_qs;
        const int before = onDemandCount(sandbox, cluster);
        const auto readOnly = sandbox.request("POST", path, Who::ReadOnly, body({{u"retentionInDays"_qs, 3}}),
                                              "2023-01-01");
        QCOMPARE(readOnly.status, 403);
        QCOMPARE(onDemandCount(sandbox, cluster), before);

        const auto r = sandbox.request(
                "POST", path, Who::BackupManager,
                body({{u"description"_qs, u"Before the migration"_qs}, {u"retentionInDays"_qs, 3}}),
                "2023-01-01");
        QCOMPARE(r.status, 200);
        const QJsonObject s = r.object();
        QCOMPARE(s.value(u"status").toString(), u"queued"_qs);
        QCOMPARE(s.value(u"snapshotType").toString(), u"onDemand"_qs);
        QCOMPARE(s.value(u"type").toString(), u"replicaSet"_qs);
        QCOMPARE(s.value(u"description").toString(), u"Before the migration"_qs);
        QVERIFY(!s.contains(u"frequencyType")); // the contract's enum has no "ondemand"
        QCOMPARE(seconds(s.value(u"expiresAt")) - seconds(s.value(u"createdAt")), 3 * kDay);
        const auto row = sandbox.store().snapshot(cluster.id, s.value(u"id").toString());
        QVERIFY(row);
        QCOMPARE(row->frequency, u"ondemand"_qs);
        QCOMPARE(row->origin, u"onDemand"_qs);
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_ON_DEMAND_SNAPSHOT_REQUESTED"_qs), 1);

        const auto again
                = sandbox.request("POST", path, Who::Owner, body({{u"retentionInDays"_qs, 3}}), "2023-01-01");
        EXPECT_ERROR(again, 400, "ON_DEMAND_SNAPSHOT_ALREADY_IN_PROGRESS");
        QCOMPARE(onDemandCount(sandbox, cluster), before + 1);
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_ON_DEMAND_SNAPSHOT_REQUESTED"_qs), 1);
    }

    void takeOfAShardedClusterAndBadBodies()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-shards3");
        const QString path = backup(sandbox, "Analytics", "analytics-shards3") + u"/snapshots"_qs;
        const QList<std::pair<QByteArray, const char *>> bad{
                {"{not json", "INVALID_JSON"},
                {"", "INVALID_JSON"},
                {"[1]", "INVALID_JSON"},
                {R"({"retentionInDays": 2, "colour": "red"})", "INVALID_ATTRIBUTE"},
                {R"({"retentionInDays": "2"})", "INVALID_ATTRIBUTE"},
                {R"({"retentionInDays": 2.5})", "INVALID_ATTRIBUTE"},
                {R"({"description": 7})", "INVALID_ATTRIBUTE"},
                {R"({"retentionInDays": 0})", "ATTRIBUTE_NEGATIVE_OR_ZERO"},
                {R"({"retentionInDays": -4})", "ATTRIBUTE_NEGATIVE_OR_ZERO"},
        };
        for (const auto &[payload, code] : bad) {
            const auto r = sandbox.request("POST", path, Who::BackupManager, payload, "2023-01-01");
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"errorCode").toString(), QString::fromLatin1(code));
        }
        QCOMPARE(onDemandCount(sandbox, cluster), 2); // the seeded ones only
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_ON_DEMAND_SNAPSHOT_REQUESTED"_qs), 0);

        const auto r = sandbox.request("POST", path, Who::BackupManager, "{}", "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"type").toString(), u"shardedCluster"_qs);
        QCOMPARE(r.object().value(u"members").toArray().size(), cluster.shardCount + 1);
        QCOMPARE(seconds(r.object().value(u"expiresAt")) - seconds(r.object().value(u"createdAt")), kDay);
    }

    void onDemandRetentionUnderACompliancePolicy()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Payments", "payments-api");
        const QString path = backup(sandbox, "Payments", "payments-api") + u"/snapshots"_qs;
        const int before = onDemandCount(sandbox, cluster);
        const auto shortRetention
                = sandbox.request("POST", path, Who::Owner, body({{u"retentionInDays"_qs, 3}}), "2023-01-01");
        EXPECT_ERROR(shortRetention, 400,
                     "BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS");
        QCOMPARE(onDemandCount(sandbox, cluster), before);
        const auto ok = sandbox.request("POST", path, Who::BackupManager, body({{u"retentionInDays"_qs, 7}}),
                                        "2023-01-01");
        QCOMPARE(ok.status, 200);
        QCOMPARE(onDemandCount(sandbox, cluster), before + 1);
    }

    void changesRetention()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const SnapshotRow s = newestCompleted(sandbox, cluster);
        const QString path = backup(sandbox, "Analytics", "analytics-events") + u"/snapshots/"_qs + s.id;
        const QList<std::pair<QByteArray, const char *>> bad{
                {"nope", "INVALID_JSON"},
                {R"({"retentionUnit": "weeks", "retentionValue": 2})", "INVALID_ENUM_VALUE"},
                {R"({"retentionUnit": "FORTNIGHTS", "retentionValue": 2})", "INVALID_ENUM_VALUE"},
                {R"({"retentionUnit": "WEEKS"})", "MISSING_ATTRIBUTE"},
                {R"({"retentionValue": 2})", "MISSING_ATTRIBUTE"},
                {R"({"retentionUnit": "WEEKS", "retentionValue": 0})", "ATTRIBUTE_NEGATIVE_OR_ZERO"},
                {R"({"retentionUnit": "WEEKS", "retentionValue": "2"})", "INVALID_ATTRIBUTE"},
                {R"({"retentionUnit": "WEEKS", "retentionValue": 2, "extra": true})", "INVALID_ATTRIBUTE"},
                {R"({"retentionUnit": "DAYS", "retentionValue": 1})",
                 "INVALID_RETENTION_PERIOD"}, // already past
        };
        // Make the snapshot old enough for "1 day" to lie in the past.
        SnapshotRow old = s;
        old.created -= 3 * kDay;
        QVERIFY(sandbox.store().updateSnapshot(old));
        for (const auto &[payload, code] : bad) {
            const auto r = sandbox.request("PATCH", path, Who::BackupManager, payload, "2023-01-01");
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"errorCode").toString(), QString::fromLatin1(code));
        }
        const auto readOnly
                = sandbox.request("PATCH", path, Who::ReadOnly,
                                  R"({"retentionUnit": "WEEKS", "retentionValue": 10})", "2023-01-01");
        QCOMPARE(readOnly.status, 403);
        QCOMPARE(sandbox.store().snapshot(cluster.id, s.id)->expires, s.expires);
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT"_qs), 0);

        const auto r = sandbox.request("PATCH", path, Who::BackupManager,
                                       R"({"retentionUnit": "WEEKS", "retentionValue": 10})", "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(seconds(r.object().value(u"expiresAt")), old.created + 70 * kDay);
        QCOMPARE(sandbox.store().snapshot(cluster.id, s.id)->expires, old.created + 70 * kDay);
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT"_qs), 1);
        const auto missing = sandbox.request(
                "PATCH",
                backup(sandbox, "Analytics", "analytics-events") + u"/snapshots/0123456789abcdef01234567"_qs,
                Who::BackupManager, R"({"retentionUnit": "DAYS", "retentionValue": 9})", "2023-01-01");
        EXPECT_ERROR(missing, 404, "SNAPSHOT_NOT_FOUND");
    }

    void compliancePolicyLocksRetentionAndDeletion()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Payments", "payments-api");
        const SnapshotRow s = newestCompleted(sandbox, cluster);
        const QString path = backup(sandbox, "Payments", "payments-api") + u"/snapshots/"_qs + s.id;
        const auto shorter = sandbox.request(
                "PATCH", path, Who::Owner, R"({"retentionUnit": "DAYS", "retentionValue": 1})", "2023-01-01");
        EXPECT_ERROR(shorter, 400, "BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS");
        const auto del = sandbox.request("DELETE", path, Who::Owner, {}, "2023-01-01");
        EXPECT_ERROR(del, 400, "BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS");
        QCOMPARE(sandbox.store().snapshot(cluster.id, s.id)->expires, s.expires);
        const auto longer
                = sandbox.request("PATCH", path, Who::BackupManager,
                                  R"({"retentionUnit": "YEARS", "retentionValue": 2})", "2023-01-01");
        QCOMPARE(longer.status, 200);
        QVERIFY(sandbox.store().snapshot(cluster.id, s.id)->expires > s.expires);
    }

    void deletesSnapshots()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const SnapshotRow s = newestCompleted(sandbox, cluster);
        const QString path = backup(sandbox, "Analytics", "analytics-events") + u"/snapshots/"_qs + s.id;
        QCOMPARE(sandbox.request("DELETE", path, Who::ReadOnly, {}, "2023-01-01").status, 403);
        const auto wrongKind = sandbox.request("DELETE",
                                               backup(sandbox, "Analytics", "analytics-events")
                                                       + u"/snapshots/shardedCluster/"_qs + s.id,
                                               Who::BackupManager, {}, "2023-01-01");
        EXPECT_ERROR(wrongKind, 404, "SNAPSHOT_NOT_FOUND");
        QVERIFY(sandbox.store().snapshot(cluster.id, s.id));
        const auto r = sandbox.request("DELETE", path, Who::BackupManager, {}, "2023-01-01");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!sandbox.store().snapshot(cluster.id, s.id));
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_SNAPSHOT_DELETED_AUDIT"_qs), 1);
        EXPECT_ERROR(sandbox.request("DELETE", path, Who::BackupManager, {}, "2023-01-01"), 404,
                     "SNAPSHOT_NOT_FOUND");

        const ClusterRow sharded = clusterOf(sandbox, "Analytics", "analytics-shards3");
        const SnapshotRow shard = newestCompleted(sandbox, sharded);
        const auto shardedDelete = sandbox.request("DELETE",
                                                   backup(sandbox, "Analytics", "analytics-shards3")
                                                           + u"/snapshots/shardedCluster/"_qs + shard.id,
                                                   Who::Owner, {}, "2023-01-01");
        QCOMPARE(shardedDelete.status, 204);
        QVERIFY(!sandbox.store().snapshot(sharded.id, shard.id));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotEndpoints)
#include "tst_snapshot_endpoints.moc"
