// The sandbox's export buckets and jobs, the project event feed and the legacy backup endpoints.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

const QByteArray kBucketVersion = "2024-05-30";
// moc strips "//" even inside raw string literals, so bodies with URLs are escaped strings.
const QByteArray kAzureBody
        = "{\"cloudProvider\":\"AZURE\",\"roleId\":\"668c5f0ed436263134491592\","
          "\"serviceUrl\":\"https://examplestorageaccount.blob.core.windows.net/exportcontainer\"}";

QString code(const SandboxFixture::Response &r)
{
    return r.object().value(u"errorCode").toString();
}

QString groupPath(SandboxFixture &sandbox, const char *project, const QString &rest)
{
    return QStringLiteral("/api/atlas/v2/groups/%1%2")
            .arg(sandbox.projectId(QString::fromLatin1(project)), rest);
}

int documentCount(SandboxFixture &sandbox, const char *table, const QString &scope)
{
    return sandbox.store().documentCount(QString::fromLatin1(table), scope);
}

ClusterRow cluster(SandboxFixture &sandbox, const char *project, const char *name)
{
    return *sandbox.store().cluster(sandbox.projectId(QString::fromLatin1(project)),
                                    QString::fromLatin1(name));
}

// A completed snapshot of the cluster that is not a fallback.
SnapshotRow exportable(SandboxFixture &sandbox, const ClusterRow &c)
{
    for (const auto &s : sandbox.store().snapshots(c.id)) {
        if (s.status == u"completed" && s.origin != u"fallback")
            return s;
    }
    return {};
}

QString paymentsBucket(SandboxFixture &sandbox)
{
    return sandbox.store()
            .documents(QStringLiteral("buckets"), sandbox.projectId(QStringLiteral("Payments")))
            .value(0)
            .id;
}

} // namespace

class TestExportEventLegacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsPerVersion()
    {
        SandboxFixture sandbox;
        auto r = sandbox.get(groupPath(sandbox, "Payments", u"/backup/exportBuckets"_qs), Who::ReadOnly,
                             kBucketVersion);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"totalCount").toInt(), 1);
        const QJsonObject bucket = r.object().value(u"results").toArray().at(0).toObject();
        QVERIFY(bucket.contains(u"_id"));
        QCOMPARE(bucket.value(u"cloudProvider").toString(), u"AWS"_qs);
        // 2023-01-01 knows AWS buckets only.
        r = sandbox.get(groupPath(sandbox, "Analytics", u"/backup/exportBuckets"_qs), Who::ReadOnly,
                        "2023-01-01");
        QCOMPARE(r.object().value(u"totalCount").toInt(), 0);
        r = sandbox.get(groupPath(sandbox, "Analytics", u"/backup/exportBuckets"_qs), Who::ReadOnly,
                        kBucketVersion);
        QCOMPARE(r.object().value(u"totalCount").toInt(), 1);
        const QString gcp = r.object().value(u"results").toArray().at(0).toObject().value(u"_id").toString();
        QCOMPARE(sandbox.get(groupPath(sandbox, "Analytics", u"/backup/exportBuckets/"_qs + gcp),
                             Who::ReadOnly, "2023-01-01")
                         .status,
                 404);
        QCOMPARE(sandbox.get(groupPath(sandbox, "Analytics", u"/backup/exportBuckets/"_qs + gcp),
                             Who::ReadOnly, kBucketVersion)
                         .status,
                 200);
        r = sandbox.get(groupPath(sandbox, "Payments", u"/backup/exportBuckets/"_qs + gcp), Who::ReadOnly,
                        kBucketVersion);
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), u"RESOURCE_NOT_FOUND"_qs);
    }

    void createBuckets()
    {
        SandboxFixture sandbox;
        const QString project = sandbox.projectId(QStringLiteral("Platform-Dev"));
        const QString path = groupPath(sandbox, "Platform-Dev", u"/backup/exportBuckets"_qs);
        auto r = sandbox.request(
                "POST", path, Who::BackupManager,
                R"({"cloudProvider":"AWS","bucketName":"exports-1","iamRoleId":"668c5f0ed436263134491592"})",
                kBucketVersion);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"requirePrivateNetworking").toBool(), false);
        QVERIFY(r.object().contains(u"region"));
        r = sandbox.request("POST", path, Who::Owner, kAzureBody, kBucketVersion);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"bucketName").toString(), u"exportcontainer"_qs);
        r = sandbox.request(
                "POST", path, Who::Owner,
                R"({"cloudProvider":"GCP","bucketName":"gcs-exports","roleId":"668c5f0ed436263134491592"})",
                kBucketVersion);
        QCOMPARE(r.status, 200);
        QCOMPARE(documentCount(sandbox, "buckets", project), 3);
        const QString id = r.object().value(u"_id").toString();
        r = sandbox.get(path + u"/"_qs + id, Who::ReadOnly, kBucketVersion);
        QCOMPARE(r.object().value(u"bucketName").toString(), u"gcs-exports"_qs);
    }

    void badBucketsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("errorCode");
        const QByteArray v = kBucketVersion;
        QTest::newRow("malformed") << QByteArray("{") << v << u"INVALID_JSON"_qs;
        QTest::newRow("no provider") << QByteArray(R"({"bucketName":"abc"})") << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("bad provider")
                << QByteArray(R"({"cloudProvider":"IBM"})") << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("short name") << QByteArray(
                R"({"cloudProvider":"AWS","bucketName":"ab","iamRoleId":"668c5f0ed436263134491592"})")
                                    << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("long name")
                << QStringLiteral(
                           R"({"cloudProvider":"AWS","iamRoleId":"668c5f0ed436263134491592","bucketName":"%1"})")
                           .arg(QString(64, u'a'))
                           .toUtf8()
                << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("bad role") << QByteArray(
                R"({"cloudProvider":"AWS","bucketName":"abc","iamRoleId":"XYZ"})")
                                  << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("unknown field") << QByteArray(
                R"({"cloudProvider":"GCP","bucketName":"abc","roleId":"668c5f0ed436263134491592","x":1})")
                                       << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("wrong type") << QByteArray(
                R"({"cloudProvider":"AWS","bucketName":"abc","iamRoleId":"668c5f0ed436263134491592","requirePrivateNetworking":"yes"})")
                                    << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("bad serviceUrl")
                << QByteArray("{\"cloudProvider\":\"AZURE\",\"roleId\":\"668c5f0ed436263134491592\","
                              "\"serviceUrl\":\"http://example.com/container-name-x\"}")
                << v << u"INVALID_ATTRIBUTE"_qs;
        QTest::newRow("azure in 2023") << kAzureBody << QByteArray("2023-01-01") << u"INVALID_ATTRIBUTE"_qs;
    }

    void badBucketsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, version);
        QFETCH(QString, errorCode);
        SandboxFixture sandbox;
        const QString project = sandbox.projectId(QStringLiteral("Platform-Dev"));
        const auto r
                = sandbox.request("POST", groupPath(sandbox, "Platform-Dev", u"/backup/exportBuckets"_qs),
                                  Who::BackupManager, body, version);
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), errorCode);
        QCOMPARE(documentCount(sandbox, "buckets", project), 0);
    }

    void bucketRolesAndUpdates()
    {
        SandboxFixture sandbox;
        const QString path
                = groupPath(sandbox, "Payments", u"/backup/exportBuckets/"_qs + paymentsBucket(sandbox));
        QCOMPARE(
                sandbox.request(
                               "POST", groupPath(sandbox, "Payments", u"/backup/exportBuckets"_qs),
                               Who::ReadOnly,
                               R"({"cloudProvider":"AWS","bucketName":"abc","iamRoleId":"668c5f0ed436263134491592"})",
                               kBucketVersion)
                        .status,
                403);
        QCOMPARE(sandbox.request("PATCH", path, Who::ReadOnly, R"({"requirePrivateNetworking":true})",
                                 kBucketVersion)
                         .status,
                 403);
        QCOMPARE(sandbox.request("DELETE", path, Who::ReadOnly, {}, "2023-01-01").status, 403);
        auto r = sandbox.request("PATCH", path, Who::BackupManager, R"({"bucketName":"other"})",
                                 kBucketVersion);
        QCOMPARE(r.status, 400);
        r = sandbox.request("PATCH", path, Who::BackupManager, R"({"requirePrivateNetworking":"true"})",
                            kBucketVersion);
        QCOMPARE(r.status, 400);
        QCOMPARE(sandbox.get(path, Who::ReadOnly, kBucketVersion)
                         .object()
                         .value(u"requirePrivateNetworking")
                         .toBool(),
                 false);
        r = sandbox.request("PATCH", path, Who::BackupManager, R"({"requirePrivateNetworking":true})",
                            kBucketVersion);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"requirePrivateNetworking").toBool(), true);
        const QString unknown
                = groupPath(sandbox, "Payments", u"/backup/exportBuckets/aaaaaaaaaaaaaaaaaaaaaaaa"_qs);
        QCOMPARE(sandbox.request("DELETE", unknown, Who::BackupManager, {}, "2023-01-01").status, 404);
    }

    void exportJobLifecycle()
    {
        SandboxFixture sandbox;
        const ClusterRow api = cluster(sandbox, "Payments", "payments-api");
        const QString bucket = paymentsBucket(sandbox);
        const SnapshotRow snapshot = exportable(sandbox, api);
        const QString path = groupPath(sandbox, "Payments", u"/clusters/payments-api/backup/exports"_qs);
        const QByteArray body
                = QStringLiteral(
                          R"({"snapshotId":"%1","exportBucketId":"%2","customData":[{"key":"k","value":"v"}]})")
                          .arg(snapshot.id, bucket)
                          .toUtf8();
        const int before = documentCount(sandbox, "exports", api.id);
        QCOMPARE(sandbox.request("POST", path, Who::ReadOnly, body, "2023-01-01").status, 403);
        auto r = sandbox.request("POST", path, Who::BackupManager, body, "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"state").toString(), u"Queued"_qs);
        QVERIFY(r.object().value(u"prefix").toString().startsWith(u"/exported_snapshots/"));
        const QString id = r.object().value(u"id").toString();
        QCOMPARE(documentCount(sandbox, "exports", api.id), before + 1);

        r = sandbox.request("POST", path, Who::BackupManager, body, "2023-01-01");
        QCOMPARE(r.status, 409);
        QCOMPARE(documentCount(sandbox, "exports", api.id), before + 1);
        // The bucket cannot go while the job writes to it.
        const QString bucketPath = groupPath(sandbox, "Payments", u"/backup/exportBuckets/"_qs + bucket);
        r = sandbox.request("DELETE", bucketPath, Who::BackupManager, {}, "2023-01-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"EXPORT_BUCKET_IN_USE"_qs);

        // Move the job back in sandbox time instead of waiting.
        auto stored = *sandbox.store().document(QStringLiteral("exports"), id);
        stored.created -= 120;
        QVERIFY(sandbox.store().putDocument(QStringLiteral("exports"), stored));
        r = sandbox.get(path + u"/"_qs + id, Who::BackupManager, "2023-01-01");
        QCOMPARE(r.object().value(u"state").toString(), u"InProgress"_qs);
        stored.created -= 300;
        QVERIFY(sandbox.store().putDocument(QStringLiteral("exports"), stored));
        r = sandbox.get(path, Who::BackupManager, "2023-01-01");
        QCOMPARE(r.status, 200);
        bool found = false;
        for (const auto &job : r.object().value(u"results").toArray()) {
            if (job.toObject().value(u"id").toString() == id) {
                found = true;
                QCOMPARE(job.toObject().value(u"state").toString(), u"Successful"_qs);
                QVERIFY(job.toObject().contains(u"finishedAt"));
            }
        }
        QVERIFY(found);
        r = sandbox.get(groupPath(sandbox, "Payments",
                                  u"/events?eventType=CPS_EXPORT_SUCCESSFUL&itemsPerPage=500"_qs),
                        Who::ReadOnly, "2023-01-01");
        QVERIFY(r.object().value(u"totalCount").toInt() >= 2); // the seeded one and this one
        QCOMPARE(sandbox.request("DELETE", bucketPath, Who::BackupManager, {}, "2023-01-01").status, 204);
        QVERIFY(!sandbox.store().document(QStringLiteral("buckets"), bucket));
    }

    void exportJobsRefused()
    {
        SandboxFixture sandbox;
        const ClusterRow api = cluster(sandbox, "Payments", "payments-api");
        const QString bucket = paymentsBucket(sandbox);
        const QString analyticsBucket = sandbox.store()
                                                .documents(QStringLiteral("buckets"),
                                                           sandbox.projectId(QStringLiteral("Analytics")))
                                                .value(0)
                                                .id;
        SnapshotRow fallback;
        for (const auto &s : sandbox.store().snapshots(api.id)) {
            if (s.origin == u"fallback")
                fallback = s;
        }
        QVERIFY(!fallback.id.isEmpty());
        SnapshotRow failed = exportable(sandbox, api);
        failed.status = QStringLiteral("failed");
        QVERIFY(sandbox.store().updateSnapshot(failed));
        const QString good = exportable(sandbox, api).id;
        const QString path = groupPath(sandbox, "Payments", u"/clusters/payments-api/backup/exports"_qs);
        const auto post = [&](const QString &json) {
            return sandbox.request("POST", path, Who::BackupManager, json.toUtf8(), "2023-01-01");
        };
        const auto body = [](const QString &snapshot, const QString &b) {
            return QStringLiteral(R"({"snapshotId":"%1","exportBucketId":"%2"})").arg(snapshot, b);
        };
        const int before = documentCount(sandbox, "exports", api.id);
        QCOMPARE(code(post(body(fallback.id, bucket))), u"CANNOT_EXPORT_FALLBACK_SNAPSHOT"_qs);
        QCOMPARE(code(post(body(failed.id, bucket))), u"SNAPSHOT_NOT_COMPLETE"_qs);
        QCOMPARE(post(body(good, analyticsBucket)).status, 404);
        QCOMPARE(post(body(good, u"bbbbbbbbbbbbbbbbbbbbbbbb"_qs)).status, 404);
        QCOMPARE(post(body(u"bbbbbbbbbbbbbbbbbbbbbbbb"_qs, bucket)).status, 404);
        QCOMPARE(post(body(u"not-an-id"_qs, bucket)).status, 400);
        QCOMPARE(post(QStringLiteral("{")).status, 400);
        QCOMPARE(post(QStringLiteral(R"({"snapshotId":"%1","exportBucketId":"%2","extra":1})")
                              .arg(good, bucket))
                         .status,
                 400);
        QCOMPARE(post(QStringLiteral(R"({"snapshotId":"%1","exportBucketId":"%2","customData":[{"key":1}]})")
                              .arg(good, bucket))
                         .status,
                 400);
        QCOMPARE(sandbox.request("POST", groupPath(sandbox, "Payments", u"/clusters/nope/backup/exports"_qs),
                                 Who::BackupManager, body(good, bucket).toUtf8(), "2023-01-01")
                         .status,
                 404);
        QCOMPARE(documentCount(sandbox, "exports", api.id), before);
        QCOMPARE(sandbox.get(path, Who::ReadOnly, "2023-01-01").status, 403); // listing needs Backup Manager
        QCOMPARE(sandbox.get(path + u"/cccccccccccccccccccccccc"_qs, Who::BackupManager, "2023-01-01").status,
                 404);
    }

    void eventFeedFilters()
    {
        SandboxFixture sandbox;
        const QString base = groupPath(sandbox, "Payments", u"/events"_qs);
        auto r = sandbox.get(base + u"?itemsPerPage=500"_qs, Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 200);
        const int total = r.object().value(u"totalCount").toInt();
        QVERIFY(total > 5);
        const QJsonObject first = r.object().value(u"results").toArray().at(0).toObject();
        QVERIFY(!first.contains(u"clusterName")); // not a field of DefaultEventViewForNdsGroup
        QVERIFY(!first.contains(u"raw"));
        r = sandbox.get(base + u"?eventType=CPS_OPLOG_BEHIND&eventType=CPS_OPLOG_CAUGHT_UP"_qs, Who::ReadOnly,
                        "2023-01-01");
        QCOMPARE(r.object().value(u"totalCount").toInt(), 2);
        r = sandbox.get(base + u"?excludedEventType=CPS_SNAPSHOT_SUCCESSFUL&itemsPerPage=500"_qs,
                        Who::ReadOnly, "2023-01-01");
        for (const auto &e : r.object().value(u"results").toArray())
            QVERIFY(e.toObject().value(u"eventTypeName").toString() != u"CPS_SNAPSHOT_SUCCESSFUL");
        const int apiOnly = sandbox.get(base + u"?clusterNames=payments-api"_qs, Who::ReadOnly, "2023-01-01")
                                    .object()
                                    .value(u"totalCount")
                                    .toInt();
        QVERIFY(apiOnly > 0 && apiOnly < total);
        // The filter is on the cluster each event is about (kept in its raw record), and names add up.
        r = sandbox.get(base + u"?clusterNames=payments-api&includeRaw=true&itemsPerPage=500"_qs,
                        Who::ReadOnly, "2023-01-01");
        for (const auto &e : r.object().value(u"results").toArray())
            QCOMPARE(e.toObject().value(u"raw").toObject().value(u"clusterName").toString(),
                     u"payments-api"_qs);
        const auto countOf = [&](const QString &query) {
            return sandbox.get(base + query, Who::ReadOnly, "2023-01-01")
                    .object()
                    .value(u"totalCount")
                    .toInt();
        };
        QCOMPARE(countOf(u"?clusterNames=payments-api&clusterNames=payments-ledger"_qs),
                 apiOnly + countOf(u"?clusterNames=payments-ledger"_qs));
        QCOMPARE(countOf(u"?clusterNames=payments-api&eventType=CPS_OPLOG_BEHIND"_qs)
                         + countOf(u"?clusterNames=payments-api&excludedEventType=CPS_OPLOG_BEHIND"_qs),
                 apiOnly);
        QCOMPARE(sandbox.get(base + u"?minDate=2999-01-01T00:00:00Z"_qs, Who::ReadOnly, "2023-01-01")
                         .object()
                         .value(u"totalCount")
                         .toInt(),
                 0);
        QCOMPARE(sandbox.get(base + u"?maxDate=2000-01-01T00:00:00Z"_qs, Who::ReadOnly, "2023-01-01")
                         .object()
                         .value(u"totalCount")
                         .toInt(),
                 0);
        r = sandbox.get(base + u"?itemsPerPage=2&includeRaw=true"_qs, Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.object().value(u"results").toArray().size(), 2);
        QVERIFY(r.object().value(u"results").toArray().at(0).toObject().contains(u"raw"));
        QCOMPARE(sandbox.get(base + u"?minDate=yesterday"_qs, Who::ReadOnly, "2023-01-01").status, 400);
        QCOMPARE(sandbox.get(base + u"?includeRaw=maybe"_qs, Who::ReadOnly, "2023-01-01").status, 400);
        QCOMPARE(sandbox.get(base + u"?itemsPerPage=0"_qs, Who::ReadOnly, "2023-01-01").status, 400);

        const QString id = first.value(u"id").toString();
        r = sandbox.get(base + u"/"_qs + id, Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id").toString(), id);
        QCOMPARE(
                sandbox.get(groupPath(sandbox, "Analytics", u"/events/"_qs + id), Who::ReadOnly, "2023-01-01")
                        .status,
                404);
        QCOMPARE(sandbox.get(base + u"/dddddddddddddddddddddddd"_qs, Who::ReadOnly, "2023-01-01").status,
                 404);
    }

    void legacySnapshots()
    {
        SandboxFixture sandbox;
        const ClusterRow legacy = cluster(sandbox, "Analytics", "analytics-legacy");
        const QString base = groupPath(sandbox, "Analytics", u"/clusters/analytics-legacy/snapshots"_qs);
        auto r = sandbox.get(base, Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"totalCount").toInt() > 0);
        const QJsonObject first = r.object().value(u"results").toArray().at(0).toObject();
        QCOMPARE(first.value(u"clusterName").toString(), u"analytics-legacy"_qs);
        QVERIFY(first.value(u"created").toObject().contains(u"increment"));
        QCOMPARE(sandbox.get(base + u"?completed=maybe"_qs, Who::ReadOnly, "2023-01-01").status, 400);
        r = sandbox.get(groupPath(sandbox, "Analytics", u"/clusters/analytics-etl/snapshots"_qs),
                        Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"CLUSTER_NOT_USING_LEGACY_BACKUP"_qs);
        QCOMPARE(sandbox.get(groupPath(sandbox, "Analytics", u"/clusters/nope/snapshots"_qs), Who::ReadOnly,
                             "2023-01-01")
                         .status,
                 404);

        const QString id = first.value(u"id").toString();
        const QString one = base + u"/"_qs + id;
        QCOMPARE(sandbox.get(one, Who::ReadOnly, "2023-01-01").status, 200);
        QCOMPARE(sandbox.request("PATCH", one, Who::BackupManager, R"({"doNotDelete":true})", "2023-01-01")
                         .status,
                 403);
        QCOMPARE(sandbox.request("PATCH", one, Who::Owner,
                                 R"({"doNotDelete":true,"expires":"2999-01-01T00:00:00Z"})", "2023-01-01")
                         .status,
                 400);
        QCOMPARE(sandbox.request("PATCH", one, Who::Owner, R"({"expires":"2001-01-01T00:00:00Z"})",
                                 "2023-01-01")
                         .status,
                 400);
        QCOMPARE(sandbox.request("PATCH", one, Who::Owner, R"({"expires":"soon"})", "2023-01-01").status,
                 400);
        QCOMPARE(sandbox.request("PATCH", one, Who::Owner, R"({"id":"x"})", "2023-01-01").status, 400);
        QCOMPARE(sandbox.request("PATCH", one, Who::Owner, "{", "2023-01-01").status, 400);
        const qint64 expires = sandbox.store().snapshot(legacy.id, id)->expires;
        r = sandbox.request("PATCH", one, Who::Owner, R"({"doNotDelete":true})", "2023-01-01");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"doNotDelete").toBool());
        QCOMPARE(sandbox.store().snapshot(legacy.id, id)->expires, qint64(0));
        QCOMPARE(sandbox.request("DELETE", one, Who::Owner, {}, "2023-01-01").status, 400);
        r = sandbox.request("PATCH", one, Who::Owner, R"({"expires":"2999-01-01T00:00:00Z"})", "2023-01-01");
        QCOMPARE(r.status, 200);
        QVERIFY(sandbox.store().snapshot(legacy.id, id)->expires > expires);
        QCOMPARE(sandbox.request("DELETE", one, Who::BackupManager, {}, "2023-01-01").status, 403);
        QCOMPARE(sandbox.request("DELETE", one, Who::Owner, {}, "2023-01-01").status, 204);
        QVERIFY(!sandbox.store().snapshot(legacy.id, id));
        QCOMPARE(sandbox.get(one, Who::ReadOnly, "2023-01-01").status, 404);
    }

    void legacyCheckpoints()
    {
        SandboxFixture sandbox;
        const QString base
                = groupPath(sandbox, "Analytics", u"/clusters/analytics-legacy/backupCheckpoints"_qs);
        auto r = sandbox.get(base, Who::ReadOnly, "2023-01-01");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"totalCount").toInt() > 0);
        const QJsonObject first = r.object().value(u"results").toArray().at(0).toObject();
        QVERIFY(first.value(u"restorable").toBool());
        const QString id = first.value(u"id").toString();
        QCOMPARE(sandbox.get(base + u"/"_qs + id, Who::ReadOnly, "2023-01-01")
                         .object()
                         .value(u"id")
                         .toString(),
                 id);
        QCOMPARE(sandbox.get(base + u"/eeeeeeeeeeeeeeeeeeeeeeee"_qs, Who::ReadOnly, "2023-01-01").status,
                 404);
        QCOMPARE(sandbox.get(groupPath(sandbox, "Analytics", u"/clusters/analytics-etl/backupCheckpoints"_qs),
                             Who::ReadOnly, "2023-01-01")
                         .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestExportEventLegacy)
#include "tst_export_event_legacy.moc"
