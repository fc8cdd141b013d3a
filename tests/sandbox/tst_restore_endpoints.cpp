// Restore jobs over the sandbox's API: dedicated, Flex and serverless; life cycle, rules, roles, bad input.
#include "handlers/restore_handlers.h"
#include "sandbox_test_client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

const QByteArray kV1 = "2023-01-01";
const QByteArray kFlexV = "2024-11-13";

struct Env
{
    SandboxFixture sandbox;

    ClusterRow cluster(const char *project, const char *name)
    {
        return *sandbox.store().cluster(sandbox.projectId(QString::fromLatin1(project)),
                                        QString::fromLatin1(name));
    }
    QString jobsPath(const ClusterRow &c, const char *collection = "clusters")
    {
        return QStringLiteral("/api/atlas/v2/groups/%1/%2/%3/backup/restoreJobs")
                .arg(c.projectId, QString::fromLatin1(collection), c.name);
    }
    QString snapshotId(const ClusterRow &c, int skip = 0)
    {
        for (const auto &s : sandbox.store().snapshots(c.id)) {
            if (s.status == u"completed" && skip-- == 0)
                return s.id;
        }
        return {};
    }
    SandboxFixture::Response post(const QString &path, const QJsonObject &body, Who who = Who::BackupManager,
                                  const QByteArray &version = kV1)
    {
        return sandbox.request("POST", path, who, QJsonDocument(body).toJson(), version);
    }
    // Moves a job's start into the past so that its planned run is over.
    void finishByClock(const ClusterRow &c, const QString &jobId)
    {
        auto job = *sandbox.store().restoreJob(c.id, jobId);
        job.created -= job.plannedSeconds + 5;
        job.expires -= job.plannedSeconds + 5;
        QVERIFY(sandbox.store().updateRestoreJob(job));
    }
    int events(const ClusterRow &c, const char *type)
    {
        int n = 0;
        for (const auto &e : sandbox.store().documents(QStringLiteral("events"), c.projectId))
            n += e.kind == QLatin1String(type) && e.doc.value(u"clusterName").toString() == c.name;
        return n;
    }
    qint64 now() { return sandbox.service().context().now(); }
};

QString codeOf(const SandboxFixture::Response &r)
{
    return r.object().value(u"errorCode").toString();
}

} // namespace

class TestRestoreEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndGetsSeededJobs()
    {
        Env env;
        const ClusterRow api = env.cluster("Payments", "payments-api");
        const auto list = env.sandbox.get(env.jobsPath(api), Who::BackupManager, kV1);
        QCOMPARE(list.status, 200);
        const QJsonArray results = list.object().value(u"results").toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject job = results[0].toObject();
        QCOMPARE(job.value(u"deliveryType").toString(), u"pointInTime"_qs);
        QVERIFY(job.value(u"pointInTimeUTCSeconds").toInteger() > 0);
        QVERIFY(job.contains(u"finishedAt"));
        QCOMPARE(job.value(u"targetClusterName").toString(), api.name);
        const auto one
                = env.sandbox.get(env.jobsPath(api) + u'/' + job.value(u"id").toString(), Who::Owner, kV1);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"id"), job.value(u"id"));
        QCOMPARE(env.sandbox.get(env.jobsPath(api), Who::ReadOnly, kV1).status, 403);
        const auto missing
                = env.sandbox.get(env.jobsPath(api) + u"/0123456789abcdef01234567"_qs, Who::Owner, kV1);
        QCOMPARE(missing.status, 404);
        QCOMPARE(codeOf(missing), u"RESTORE_JOB_NOT_FOUND"_qs);
        QCOMPARE(env.sandbox
                         .get(u"/api/atlas/v2/groups/%1/clusters/nope/backup/restoreJobs"_qs.arg(
                                      api.projectId),
                              Who::Owner, kV1)
                         .status,
                 404);
    }

    void automatedRestoreRunsThenFinishes()
    {
        Env env;
        const ClusterRow source = env.cluster("Analytics", "analytics-reports"); // 4.4
        const ClusterRow target = env.cluster("Analytics", "analytics-events");  // 5.0
        const auto r = env.post(env.jobsPath(source),
                                {{u"deliveryType"_qs, u"automated"_qs},
                                 {u"snapshotId"_qs, env.snapshotId(source)},
                                 {u"targetClusterName"_qs, target.name},
                                 {u"targetGroupId"_qs, target.projectId}});
        QCOMPARE(r.status, 200);
        const QString id = r.object().value(u"id").toString();
        QVERIFY(!r.object().contains(u"finishedAt"));
        QCOMPARE(r.object().value(u"failed").toBool(), false);
        QVERIFY(r.object().contains(u"timestamp"));
        const auto row = *env.sandbox.store().restoreJob(source.id, id);
        QCOMPARE(row.requestedBy, env.sandbox.credential(Who::BackupManager).id);
        QVERIFY(row.plannedSeconds >= 20 && row.plannedSeconds <= 300);
        QCOMPARE(env.events(source, "CPS_RESTORE_REQUESTED_AUDIT"), 1 + 1); // the seeded one and ours
        QVERIFY(!env.sandbox.get(env.jobsPath(source) + u'/' + id, Who::BackupManager, kV1)
                         .object()
                         .contains(u"finishedAt"));

        // A second restore into the same target while this one runs is a conflict.
        const auto busy = env.post(env.jobsPath(source),
                                   {{u"deliveryType"_qs, u"automated"_qs},
                                    {u"snapshotId"_qs, env.snapshotId(source)},
                                    {u"targetClusterName"_qs, target.name},
                                    {u"targetGroupId"_qs, target.projectId}});
        QCOMPARE(busy.status, 409);
        QCOMPARE(codeOf(busy), u"RESTORE_ALREADY_IN_PROGRESS"_qs);

        env.finishByClock(source, id);
        const auto done = env.sandbox.get(env.jobsPath(source) + u'/' + id, Who::BackupManager, kV1);
        QVERIFY(done.object().contains(u"finishedAt"));
        QCOMPARE(done.object().value(u"failed").toBool(), false);
        QVERIFY(env.sandbox.store().restoreJob(source.id, id)->finished > 0); // persisted
        QCOMPARE(env.events(source, "CPS_RESTORE_SUCCESSFUL"), 1);
        env.sandbox.get(env.jobsPath(source), Who::BackupManager, kV1); // settling again adds nothing
        QCOMPARE(env.events(source, "CPS_RESTORE_SUCCESSFUL"), 1);
    }

    void faultSwitchMakesRestoresFail()
    {
        Env env;
        QVERIFY(env.sandbox.store().setMeta(QString::fromLatin1(kRestoreFailureRateKey),
                                            QStringLiteral("1")));
        const ClusterRow source = env.cluster("Analytics", "analytics-reports");
        const ClusterRow target = env.cluster("Analytics", "analytics-events");
        const auto r = env.post(env.jobsPath(source),
                                {{u"deliveryType"_qs, u"automated"_qs},
                                 {u"snapshotId"_qs, env.snapshotId(source)},
                                 {u"targetClusterName"_qs, target.name},
                                 {u"targetGroupId"_qs, target.projectId}});
        QCOMPARE(r.status, 200);
        const QString id = r.object().value(u"id").toString();
        env.finishByClock(source, id);
        const auto done = env.sandbox.get(env.jobsPath(source) + u'/' + id, Who::BackupManager, kV1);
        QCOMPARE(done.object().value(u"failed").toBool(), true);
        QCOMPARE(env.events(source, "CPS_RESTORE_FAILED"), 1);
    }

    void shardedDownloadGetsOneLinkPerShardAndConfig()
    {
        Env env;
        const ClusterRow ledger = env.cluster("Payments", "payments-ledger"); // 3 shards
        const auto r = env.post(
                env.jobsPath(ledger),
                {{u"deliveryType"_qs, u"download"_qs}, {u"snapshotId"_qs, env.snapshotId(ledger)}});
        QCOMPARE(r.status, 200);
        const QString id = r.object().value(u"id").toString();
        QVERIFY(!r.object().contains(u"deliveryUrl")); // not ready yet
        QVERIFY(r.object().contains(u"expiresAt"));
        QVERIFY(!r.object().contains(u"targetClusterName"));
        const int seededEvents = env.events(ledger, "CPS_RESTORE_SUCCESSFUL");
        env.finishByClock(ledger, id);
        const QJsonObject done = env.sandbox.get(env.jobsPath(ledger) + u'/' + id, Who::Owner, kV1).object();
        QCOMPARE(done.value(u"deliveryUrl").toArray().size(), 4);
        const QJsonArray components = done.value(u"components").toArray();
        QCOMPARE(components.size(), 4);
        QCOMPARE(components[3].toObject().value(u"replicaSetName").toString(),
                 u"payments-ledger-config-0"_qs);
        QCOMPARE(env.events(ledger, "CPS_RESTORE_SUCCESSFUL"), seededEvents); // downloads raise none

        const auto cancel
                = env.sandbox.request("DELETE", env.jobsPath(ledger) + u'/' + id, Who::Owner, {}, kV1);
        QCOMPARE(cancel.status, 405);
        QCOMPARE(codeOf(cancel), u"ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"_qs);
    }

    void cancelRunningAndFinishedJobs()
    {
        Env env;
        const ClusterRow source = env.cluster("Analytics", "analytics-reports");
        const auto r = env.post(
                env.jobsPath(source),
                {{u"deliveryType"_qs, u"download"_qs}, {u"snapshotId"_qs, env.snapshotId(source)}});
        QCOMPARE(r.status, 200);
        const QString path = env.jobsPath(source) + u'/' + r.object().value(u"id").toString();
        QCOMPARE(env.sandbox.request("DELETE", path, Who::ReadOnly, {}, kV1).status, 403);
        QCOMPARE(env.sandbox.request("DELETE", path, Who::BackupManager, {}, kV1).status, 204);
        QVERIFY(env.sandbox.store().restoreJob(source.id, r.object().value(u"id").toString())->cancelled);
        QCOMPARE(env.sandbox.get(path, Who::BackupManager, kV1).object().value(u"cancelled").toBool(), true);
        const auto again = env.sandbox.request("DELETE", path, Who::BackupManager, {}, kV1);
        QCOMPARE(again.status, 400);
        QCOMPARE(codeOf(again), u"RESTORE_JOB_ALREADY_CANCELLED"_qs);

        const ClusterRow api = env.cluster("Payments", "payments-api");
        const QString seeded = env.sandbox.store().restoreJobs(api.id).value(0).id;
        const auto finished
                = env.sandbox.request("DELETE", env.jobsPath(api) + u'/' + seeded, Who::Owner, {}, kV1);
        QCOMPARE(finished.status, 400);
        QCOMPARE(codeOf(finished), u"CANNOT_CANCEL_FINISHED_RESTORE_JOB"_qs);
        QCOMPARE(env.sandbox
                         .request("DELETE", env.jobsPath(api) + u"/0123456789abcdef01234567"_qs, Who::Owner,
                                  {}, kV1)
                         .status,
                 404);
    }

    void badRequestsLeaveNoJob_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        // %S: a completed snapshot of the source; %A: Analytics; %P: Platform-Dev.
        const auto row = [](const char *name, const char *body, int status, const char *code) {
            QTest::newRow(name) << QByteArray(body) << status << QString::fromLatin1(code);
        };
        row("malformed JSON", "{\"deliveryType\":", 400, "INVALID_JSON");
        row("array body", "[]", 400, "INVALID_JSON");
        row("empty object", "{}", 400, "MISSING_ATTRIBUTE");
        row("unknown delivery", R"({"deliveryType":"teleport","snapshotId":"%S"})", 400,
            "INVALID_ENUM_VALUE");
        row("delivery not a string", R"({"deliveryType":5})", 400, "INVALID_ATTRIBUTE");
        row("unknown field", R"({"deliveryType":"download","snapshotId":"%S","bogus":1})", 400,
            "INVALID_ATTRIBUTE");
        row("bad snapshot id", R"({"deliveryType":"download","snapshotId":"abc"})", 400, "INVALID_ATTRIBUTE");
        row("no snapshot", R"({"deliveryType":"download"})", 400, "MISSING_ATTRIBUTE");
        row("unknown snapshot", R"({"deliveryType":"download","snapshotId":"0123456789abcdef01234567"})", 404,
            "SNAPSHOT_NOT_FOUND");
        row("automated without target", R"({"deliveryType":"automated","snapshotId":"%S"})", 400,
            "MISSING_ATTRIBUTE");
        row("bad target name",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"-x","targetGroupId":"%A"})",
            400, "INVALID_ATTRIBUTE");
        row("unknown target project",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"a","targetGroupId":"0123456789abcdef01234567"})",
            404, "GROUP_NOT_FOUND");
        row("unknown target cluster",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"nope","targetGroupId":"%A"})",
            404, "CLUSTER_NOT_FOUND");
        row("older target",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"analytics-etl","targetGroupId":"%A"})",
            400, "INVALID_RESTORE_TARGET_VERSION");
        row("two majors up",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"platform-old","targetGroupId":"%P"})",
            400, "INVALID_RESTORE_TARGET_VERSION");
        row("sharded target",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"analytics-shards3","targetGroupId":"%A"})",
            400, "INVALID_RESTORE_TARGET_TOPOLOGY");
        row("M0 target",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"dev-free","targetGroupId":"%P"})",
            400, "INVALID_RESTORE_TARGET_TIER");
        row("serverless target",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"edge-serverless","targetGroupId":"%P"})",
            400, "INVALID_RESTORE_TARGET_TIER");
        row("PIT field on automated",
            R"({"deliveryType":"automated","snapshotId":"%S","targetClusterName":"analytics-events","targetGroupId":"%A","pointInTimeUTCSeconds":1700000000})",
            400, "INVALID_ATTRIBUTE");
        row("PIT without PIT enabled",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","pointInTimeUTCSeconds":%T})",
            400, "INVALID_POINT_IN_TIME_NOT_ENABLED");
        row("PIT with both forms",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","pointInTimeUTCSeconds":%T,"oplogTs":%T,"oplogInc":1})",
            400, "INVALID_POINT_IN_TIME_ATTRIBUTES");
        row("PIT without a moment",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A"})",
            400, "MISSING_ATTRIBUTE");
        row("oplogTs without oplogInc",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","oplogTs":%T})",
            400, "MISSING_ATTRIBUTE");
        row("oplogInc zero",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","oplogTs":%T,"oplogInc":0})",
            400, "ATTRIBUTE_NEGATIVE_OR_ZERO");
        row("PIT before 2008",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","pointInTimeUTCSeconds":1000})",
            400, "INVALID_ATTRIBUTE");
        row("PIT not an integer",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","pointInTimeUTCSeconds":1.5})",
            400, "INVALID_ATTRIBUTE");
        row("PIT beyond int32",
            R"({"deliveryType":"pointInTime","targetClusterName":"analytics-events","targetGroupId":"%A","pointInTimeUTCSeconds":99999999999})",
            400, "INVALID_ATTRIBUTE");
    }

    void badRequestsLeaveNoJob()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Env env;
        const ClusterRow source = env.cluster("Analytics", "analytics-reports");
        body.replace("%S", env.snapshotId(source).toLatin1())
                .replace("%A", source.projectId.toLatin1())
                .replace("%P", env.sandbox.projectId(QStringLiteral("Platform-Dev")).toLatin1())
                .replace("%T", QByteArray::number(env.now() - 3600));
        const int before = env.sandbox.store().restoreJobs(source.id).size();
        const auto r = env.sandbox.request("POST", env.jobsPath(source), Who::BackupManager, body, kV1);
        QCOMPARE(r.status, status);
        QCOMPARE(codeOf(r), code);
        QCOMPARE(r.object().value(u"error").toInt(), status);
        QCOMPARE(env.sandbox.store().restoreJobs(source.id).size(), before);
        QCOMPARE(env.events(source, "CPS_RESTORE_REQUESTED_AUDIT"), 1);
    }

    void rolesOnSourceAndTarget()
    {
        Env env;
        const ClusterRow source = env.cluster("Analytics", "analytics-reports");
        const QJsonObject download{{u"deliveryType"_qs, u"download"_qs},
                                   {u"snapshotId"_qs, env.snapshotId(source)}};
        QCOMPARE(env.post(env.jobsPath(source), download, Who::ReadOnly).status, 403);
        QCOMPARE(env.post(env.jobsPath(source), download, Who::ReadOnlyServiceAccount).status, 403);
        // A project the Backup Manager holds no role in: the target check refuses it.
        SandboxStore &store = env.sandbox.store();
        const ProjectRow analytics = *store.project(source.projectId);
        QVERIFY(store.insertProject({u"aaaaaaaaaaaaaaaaaaaaaaaa"_qs, analytics.orgId, u"Locked"_qs, 0}));
        ClusterRow locked = env.cluster("Analytics", "analytics-events");
        locked.id = u"bbbbbbbbbbbbbbbbbbbbbbbb"_qs;
        locked.projectId = u"aaaaaaaaaaaaaaaaaaaaaaaa"_qs;
        QVERIFY(store.insertCluster(locked));
        const QJsonObject automated{{u"deliveryType"_qs, u"automated"_qs},
                                    {u"snapshotId"_qs, env.snapshotId(source)},
                                    {u"targetClusterName"_qs, locked.name},
                                    {u"targetGroupId"_qs, locked.projectId}};
        const auto refused = env.post(env.jobsPath(source), automated, Who::BackupManager);
        QCOMPARE(refused.status, 403);
        QCOMPARE(store.restoreJobs(source.id).size(), 1);
        QCOMPARE(env.post(env.jobsPath(source), automated, Who::OrgOwnerOnly).status, 200);
    }

    void stateOfSnapshotsAndClustersIsChecked()
    {
        Env env;
        SandboxStore &store = env.sandbox.store();
        const auto automated
                = [&](const ClusterRow &source, const QString &snapshotId, const ClusterRow &target) {
                      return env.post(env.jobsPath(source),
                                      {{u"deliveryType"_qs, u"automated"_qs},
                                       {u"snapshotId"_qs, snapshotId},
                                       {u"targetClusterName"_qs, target.name},
                                       {u"targetGroupId"_qs, target.projectId}});
                  };
        const ClusterRow reports = env.cluster("Analytics", "analytics-reports");
        ClusterRow events = env.cluster("Analytics", "analytics-events");
        events.paused = true;
        QVERIFY(store.updateCluster(events));
        const auto paused = automated(reports, env.snapshotId(reports), events);
        QCOMPARE(paused.status, 409);
        QCOMPARE(codeOf(paused), u"CANNOT_RESTORE_TO_PAUSED_CLUSTER"_qs);

        SnapshotRow running = *store.snapshot(reports.id, env.snapshotId(reports));
        running.status = QStringLiteral("inProgress");
        QVERIFY(store.updateSnapshot(running));
        QCOMPARE(codeOf(env.post(env.jobsPath(reports),
                                 {{u"deliveryType"_qs, u"download"_qs}, {u"snapshotId"_qs, running.id}})),
                 u"SNAPSHOT_NOT_COMPLETED"_qs);
        SnapshotRow expired = *store.snapshot(reports.id, env.snapshotId(reports));
        expired.expires = env.now() - 60; // not deleted yet
        QVERIFY(store.updateSnapshot(expired));
        QCOMPARE(codeOf(env.post(env.jobsPath(reports),
                                 {{u"deliveryType"_qs, u"download"_qs}, {u"snapshotId"_qs, expired.id}})),
                 u"SNAPSHOT_EXPIRED"_qs);

        const ClusterRow api = env.cluster("Payments", "payments-api"); // AWS customer key
        const ClusterRow target = env.cluster("Platform-Dev", "platform-target");
        QCOMPARE(codeOf(automated(api, env.snapshotId(api), target)),
                 u"INVALID_RESTORE_TARGET_ENCRYPTION"_qs);
        const ClusterRow pinned = env.cluster("Platform-Dev", "platform-pinned"); // 8.0 with FCV 7.0
        QCOMPARE(codeOf(automated(pinned, env.snapshotId(pinned), target)),
                 u"INVALID_RESTORE_TARGET_VERSION"_qs);

        ClusterRow shards3 = env.cluster("Analytics", "analytics-shards3");
        shards3.shardsChangedAt = env.now() - 60;
        QVERIFY(store.updateCluster(shards3));
        QCOMPARE(codeOf(automated(shards3, env.snapshotId(shards3), shards3)),
                 u"INVALID_RESTORE_SHARDS_CHANGED"_qs);

        for (const char *name : {"dev-shared", "dev-free"}) {
            const ClusterRow shared = env.cluster("Platform-Dev", name);
            QCOMPARE(codeOf(env.post(env.jobsPath(shared),
                                     {{u"deliveryType"_qs, u"download"_qs},
                                      {u"snapshotId"_qs, u"0123456789abcdef01234567"_qs}})),
                     u"CLUSTER_HAS_NO_CLOUD_BACKUP"_qs);
        }
        QCOMPARE(store.restoreJobs(reports.id).size(), 1);
        QCOMPARE(store.restoreJobs(shards3.id).size(), 0);
    }

    void pointInTimeRestores()
    {
        Env env;
        const ClusterRow api
                = env.cluster("Payments", "payments-api"); // PIT, 3-day window, 2-hour gap 2 days ago
        const qint64 now = env.now();
        const auto pit = [&](const QJsonObject &moment) {
            QJsonObject body{{u"deliveryType"_qs, u"pointInTime"_qs},
                             {u"targetClusterName"_qs, api.name},
                             {u"targetGroupId"_qs, api.projectId}};
            for (auto it = moment.begin(); it != moment.end(); ++it)
                body.insert(it.key(), it.value());
            return env.post(env.jobsPath(api), body);
        };
        const auto seconds = [](qint64 t) { return QJsonObject{{u"pointInTimeUTCSeconds"_qs, t}}; };
        QCOMPARE(codeOf(pit(seconds(now + 600))), u"INVALID_POINT_IN_TIME_IN_FUTURE"_qs);
        QCOMPARE(codeOf(pit(seconds(now - 3 * 86400 - 600))),
                 u"INVALID_POINT_IN_TIME_OUTSIDE_RESTORE_WINDOW"_qs);
        QCOMPARE(codeOf(pit(seconds(now - 2 * 86400 + 3600))), u"INVALID_POINT_IN_TIME_IN_OPLOG_GAP"_qs);
        // The seeded restore into payments-api a day ago blacks out the time until the next snapshot.
        QCOMPARE(codeOf(pit(seconds(now - 86400 + 120))), u"INVALID_POINT_IN_TIME_IN_RESTORE_BLACKOUT"_qs);
        QCOMPARE(env.sandbox.store().restoreJobs(api.id).size(), 1);

        const auto ok = pit({{u"oplogTs"_qs, now - 7200}, {u"oplogInc"_qs, 3}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(u"oplogTs").toInteger(), now - 7200);
        QCOMPARE(ok.object().value(u"oplogInc").toInt(), 3);
        QCOMPARE(ok.object().value(u"desiredTimestamp").toObject().value(u"increment").toInt(), 3);
        QVERIFY(!ok.object().value(u"snapshotId").toString().isEmpty()); // the snapshot replay starts from
        QCOMPARE(env.sandbox.store().restoreJobs(api.id).size(), 2);
        // The restore into payments-api now running blacks out the moments from its start.
        const QString id = ok.object().value(u"id").toString();
        env.finishByClock(api, id);
        QCOMPARE(env.sandbox.get(env.jobsPath(api) + u'/' + id, Who::Owner, kV1)
                         .object()
                         .value(u"failed")
                         .toBool(),
                 false);
        QCOMPARE(codeOf(pit(seconds(env.now() - 30))), u"INVALID_POINT_IN_TIME_IN_RESTORE_BLACKOUT"_qs);
        QCOMPARE(env.events(api, "CPS_RESTORE_SUCCESSFUL"), 2);
    }

    void flexSnapshotsDownloadsAndRestores()
    {
        Env env;
        const ClusterRow flex = env.cluster("Platform-Dev", "dev-flex");
        const QString base = u"/api/atlas/v2/groups/%1/flexClusters/dev-flex/backup"_qs.arg(flex.projectId);
        const auto list = env.sandbox.get(base + u"/snapshots"_qs, Who::ReadOnly, kFlexV);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(u"totalCount").toInt(), env.sandbox.store().snapshotCount(flex.id));
        QJsonObject first;
        for (const auto &item : list.object().value(u"results").toArray()) {
            if (first.isEmpty() && item.toObject().value(u"status").toString() == u"COMPLETED")
                first = item.toObject();
        }
        QCOMPARE(first.value(u"mongoDBVersion").toString(), u"8.0.4"_qs);
        QVERIFY(first.contains(u"finishTime") && first.contains(u"expiration"));
        const QString snapshotId = first.value(u"id").toString();
        QCOMPARE(env.sandbox.get(base + u"/snapshots/"_qs + snapshotId, Who::ReadOnly, kFlexV).status, 200);
        QCOMPARE(codeOf(env.sandbox.get(base + u"/snapshots/0123456789abcdef01234567"_qs, Who::ReadOnly,
                                        kFlexV)),
                 u"SNAPSHOT_NOT_FOUND"_qs);

        QCOMPARE(env.post(base + u"/download"_qs, {{u"snapshotId"_qs, snapshotId}}, Who::ReadOnly, kFlexV)
                         .status,
                 403);
        QCOMPARE(codeOf(env.post(base + u"/download"_qs, {}, Who::BackupManager, kFlexV)),
                 u"MISSING_ATTRIBUTE"_qs);
        const auto download = env.post(base + u"/download"_qs, {{u"snapshotId"_qs, snapshotId}},
                                       Who::BackupManager, kFlexV);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.object().value(u"deliveryType").toString(), u"DOWNLOAD"_qs);
        const QString downloadId = download.object().value(u"id").toString();
        env.finishByClock(flex, downloadId);
        const QJsonObject ready
                = env.sandbox.get(base + u"/restoreJobs/"_qs + downloadId, Who::ReadOnly, kFlexV).object();
        QCOMPARE(ready.value(u"status").toString(), u"COMPLETED"_qs);
        QVERIFY(!ready.value(u"snapshotUrl").toString().isEmpty());
        const auto finished
                = QDateTime::fromString(ready.value(u"restoreFinishedDate").toString(), Qt::ISODate);
        const auto expires = QDateTime::fromString(ready.value(u"expirationDate").toString(), Qt::ISODate);
        QCOMPARE(finished.secsTo(expires), 4 * 3600);

        const auto restore = [&](const char *target, Who who = Who::BackupManager) {
            return env.post(base + u"/restoreJobs"_qs,
                            {{u"snapshotId"_qs, snapshotId},
                             {u"targetDeploymentItemName"_qs, QString::fromLatin1(target)}},
                            who, kFlexV);
        };
        QCOMPARE(codeOf(restore("dev-free")), u"INVALID_RESTORE_TARGET_TIER"_qs);
        QCOMPARE(codeOf(restore("platform-old")), u"INVALID_RESTORE_TARGET_VERSION"_qs);
        QCOMPARE(codeOf(restore("nope")), u"CLUSTER_NOT_FOUND"_qs);
        QCOMPARE(restore("platform-target", Who::ReadOnly).status, 403);
        QCOMPARE(codeOf(env.post(base + u"/restoreJobs"_qs, {{u"snapshotId"_qs, snapshotId}},
                                 Who::BackupManager, kFlexV)),
                 u"MISSING_ATTRIBUTE"_qs);
        QCOMPARE(codeOf(env.post(base + u"/restoreJobs"_qs,
                                 {{u"snapshotId"_qs, snapshotId},
                                  {u"targetDeploymentItemName"_qs, u"x"_qs},
                                  {u"x"_qs, 1}},
                                 Who::BackupManager, kFlexV)),
                 u"INVALID_ATTRIBUTE"_qs);
        QCOMPARE(env.sandbox.store().restoreJobs(flex.id).size(), 1);
        const auto ok = restore("platform-target");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(u"deliveryType").toString(), u"RESTORE"_qs);
        QCOMPARE(ok.object().value(u"targetProjectId").toString(), flex.projectId);
        QCOMPARE(ok.object().value(u"instanceName").toString(), flex.name);
        QCOMPARE(restore("platform-target").status, 409);
        const auto jobs = env.sandbox.get(base + u"/restoreJobs"_qs, Who::ReadOnly, kFlexV);
        QCOMPARE(jobs.object().value(u"totalCount").toInt(), 2);
        QCOMPARE(env.sandbox.get(base + u"/restoreJobs/0123456789abcdef01234567"_qs, Who::ReadOnly, kFlexV)
                         .status,
                 404);
    }

    void serverlessEndpointsArePastTheirSunset()
    {
        // The serverless backup operations sunset on 2026-01-22: past it the sandbox answers like Atlas.
        Env env;
        const ClusterRow edge = env.cluster("Platform-Dev", "edge-serverless");
        if (env.now() < QDateTime(QDate(2026, 1, 22), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
            QSKIP("the sandbox clock is before the serverless sunset");
        const QString base
                = u"/api/atlas/v2/groups/%1/serverless/edge-serverless/backup"_qs.arg(edge.projectId);
        const auto list = env.sandbox.get(base + u"/snapshots"_qs, Who::Owner, kV1);
        QCOMPARE(list.status, 410);
        QCOMPARE(codeOf(list), u"VERSION_GONE"_qs);
    }

    // The serverless handlers' logic, called directly (the HTTP route is gone after the sunset).
    void serverlessRestores()
    {
        Env env;
        SandboxContext &context = env.sandbox.service().context();
        const ClusterRow edge = env.cluster("Platform-Dev", "edge-serverless");
        const Caller owner(env.sandbox.credential(Who::Owner), context.orgId);
        const auto create = [&](const ClusterRow &source, const QJsonObject &body) {
            ApiRequest request;
            request.method = "POST";
            request.url = env.sandbox.url(env.jobsPath(source, "serverless"));
            request.body = QJsonDocument(body).toJson();
            return createRestoreJob(request, owner, context, source, true);
        };
        const auto code = [](const ApiReply &reply) {
            return QJsonDocument::fromJson(reply.body).object().value(u"errorCode").toString();
        };
        QJsonObject automated{{u"deliveryType"_qs, u"automated"_qs},
                              {u"snapshotId"_qs, env.snapshotId(edge)},
                              {u"targetClusterName"_qs, u"edge-basic"_qs},
                              {u"targetGroupId"_qs, edge.projectId}};
        const ApiReply ok = create(edge, automated);
        QCOMPARE(ok.status, 200);
        const QJsonObject job = QJsonDocument::fromJson(ok.body).object();
        QVERIFY(!job.contains(u"components"));
        QVERIFY(job.value(u"links").toArray().first().toObject().value(u"href").toString().contains(
                u"/serverless/"));
        QCOMPARE(
                create(edge, {{u"deliveryType"_qs, u"download"_qs}, {u"snapshotId"_qs, env.snapshotId(edge)}})
                        .status,
                400); // serverless restores always name a target
        QCOMPARE(code(create(edge, automated)), u"RESTORE_ALREADY_IN_PROGRESS"_qs);

        const auto pit = [&](const ClusterRow &source, qint64 ago) {
            return create(source,
                          {{u"deliveryType"_qs, u"pointInTime"_qs},
                           {u"targetClusterName"_qs, u"platform-target"_qs},
                           {u"targetGroupId"_qs, source.projectId},
                           {u"pointInTimeUTCSeconds"_qs, env.now() - ago}});
        };
        QCOMPARE(code(pit(edge, 73 * 3600)), u"INVALID_POINT_IN_TIME_OUTSIDE_RESTORE_WINDOW"_qs);
        QCOMPARE(code(pit(env.cluster("Platform-Dev", "edge-basic"), 3600)),
                 u"INVALID_POINT_IN_TIME_NOT_ENABLED"_qs);
        QCOMPARE(pit(edge, 71 * 3600).status, 200); // 7.0 to 8.0: the next major
        QCOMPARE(env.sandbox.store().restoreJobs(edge.id).size(), 2);

        const Caller backupManager(env.sandbox.credential(Who::BackupManager), context.orgId);
        ApiRequest request;
        request.url = env.sandbox.url(env.jobsPath(edge, "serverless"));
        request.body = QJsonDocument(automated).toJson();
        QCOMPARE(createRestoreJob(request, backupManager, context, edge, true).status,
                 403); // target needs Owner
    }
};

QTEST_GUILESS_MAIN(TestRestoreEndpoints)
#include "tst_restore_endpoints.moc"
