// A restore order: the action the planner judges, the request Atlas gets
// for each kind of source, its words, and the claim on a duplicate.
#include "restore/restore_gateway.h"
#include "restore/restore_order.h"
#include "restore/restore_submissions.h"

#include <QJsonDocument>
#include <QTest>

using namespace snapline;

class TestRestoreOrder : public QObject
{
    Q_OBJECT

private:
    static RestoreOrder snapshotOrder()
    {
        RestoreOrder order;
        order.projectId = u"p1"_qs;
        order.clusterName = u"payments-api"_qs;
        order.snapshotId = u"6650aa"_qs;
        order.targetProjectId = u"p2"_qs;
        order.targetClusterName = u"platform-target"_qs;
        return order;
    }

    static Cluster cluster(BackupKind kind, Topology topology = Topology::ReplicaSet)
    {
        Cluster c;
        c.projectId = u"p1"_qs;
        c.name = u"payments-api"_qs;
        c.backupKind = kind;
        c.topology = topology;
        return c;
    }

private Q_SLOTS:
    void aSnapshotOrderBecomesAnAutomatedRestore()
    {
        const RestoreOrder order = snapshotOrder();
        QVERIFY(order.action().kind == ActionKind::Restore);
        QVERIFY(order.action().isAutomatedRestore());
        const RestoreRequestText request = RestoreGateway(nullptr, cluster(BackupKind::Cloud)).request(order);
        QCOMPARE(request.method, u"POST"_qs);
        QCOMPARE(request.path, u"/api/atlas/v2/groups/p1/clusters/payments-api/backup/restoreJobs"_qs);
        QCOMPARE(request.body.value(u"deliveryType").toString(), u"automated"_qs);
        QCOMPARE(request.body.value(u"snapshotId").toString(), u"6650aa"_qs);
        QCOMPARE(request.body.value(u"targetClusterName").toString(), u"platform-target"_qs);
        QCOMPARE(request.body.value(u"targetGroupId").toString(), u"p2"_qs);
        QVERIFY(request.toText().startsWith(
                u"POST /api/atlas/v2/groups/p1/clusters/payments-api/backup/restoreJobs\n{"));
        QCOMPARE(request.toJson().value(u"body").toObject(), request.body);
    }

    void aMomentBecomesAPointInTimeRestoreWithoutASnapshot()
    {
        RestoreOrder order = snapshotOrder();
        order.pointInTime = PointInTime{1763647387, std::nullopt, std::nullopt};
        QVERIFY(order.action().atlasDeliveryType() == DeliveryType::PointInTime);
        QJsonObject body = RestoreGateway(nullptr, cluster(BackupKind::CloudContinuous)).request(order).body;
        QCOMPARE(body.value(u"deliveryType").toString(), u"pointInTime"_qs);
        QCOMPARE(body.value(u"pointInTimeUTCSeconds").toInteger(), 1763647387);
        QVERIFY(!body.contains(u"snapshotId"));

        order.pointInTime = PointInTime{std::nullopt, 1763647387, 5};
        body = RestoreGateway(nullptr, cluster(BackupKind::CloudContinuous)).request(order).body;
        QCOMPARE(body.value(u"oplogTs").toInteger(), 1763647387);
        QCOMPARE(body.value(u"oplogInc").toInteger(), 5);
        QVERIFY(RestoreOrderText::source(order).contains(u"oplog 1763647387:5"));
    }

    void aDownloadHasNoTarget()
    {
        RestoreOrder order = snapshotOrder();
        order.delivery = DeliveryType::Download;
        QVERIFY(!order.hasTarget());
        QVERIFY(!order.action().isAutomatedRestore());
        const QJsonObject body = RestoreGateway(nullptr, cluster(BackupKind::Cloud)).request(order).body;
        QCOMPARE(body.value(u"deliveryType").toString(), u"download"_qs);
        QVERIFY(!body.contains(u"targetClusterName"));
        QCOMPARE(RestoreOrderText::title(order), u"Download a snapshot of payments-api"_qs);
        QCOMPARE(RestoreOrderText::destination(order), u"download links"_qs);
    }

    void flexAndServerlessSourcesUseTheirOwnCalls()
    {
        RestoreOrder order = snapshotOrder();
        RestoreRequestText flex = RestoreGateway(nullptr, cluster(BackupKind::Flex)).request(order);
        QCOMPARE(flex.path, u"/api/atlas/v2/groups/p1/flexClusters/payments-api/backup/restoreJobs"_qs);
        QCOMPARE(flex.body.value(u"targetDeploymentItemName").toString(), u"platform-target"_qs);
        order.delivery = DeliveryType::Download;
        flex = RestoreGateway(nullptr, cluster(BackupKind::Flex)).request(order);
        QVERIFY(flex.path.endsWith(u"/backup/download"));
        QCOMPARE(flex.body, QJsonObject({{u"snapshotId"_qs, u"6650aa"_qs}}));
        const RestoreRequestText serverless
                = RestoreGateway(nullptr, cluster(BackupKind::ServerlessContinuous)).request(snapshotOrder());
        QCOMPARE(serverless.path, u"/api/atlas/v2/groups/p1/serverless/payments-api/backup/restoreJobs"_qs);
    }

    void onlyReplicaSetCloudRestoresCanBeCancelled()
    {
        QVERIFY(RestoreGateway(nullptr, cluster(BackupKind::Cloud)).canCancel());
        const RestoreGateway sharded(nullptr, cluster(BackupKind::Cloud, Topology::ShardedCluster));
        QVERIFY(!sharded.canCancel());
        QVERIFY(sharded.whyNoCancel().contains(u"405"));
        const RestoreGateway flex(nullptr, cluster(BackupKind::Flex));
        QVERIFY(!flex.canCancel());
        QVERIFY(!flex.cancel(u"job"_qs));
        QCOMPARE(flex.cancel(u"job"_qs).error().errorCode, u"RESTORE_CANCEL_NOT_SUPPORTED"_qs);
        QVERIFY(!RestoreGateway(nullptr, cluster(BackupKind::Legacy)).create(snapshotOrder()));
    }

    void theSameOrderHasTheSameFingerprintAndOneClaim()
    {
        const RestoreOrder order = snapshotOrder();
        RestoreOrder other = order.withTarget(u"p2"_qs, u"platform-old"_qs);
        QCOMPARE(order.fingerprint(), snapshotOrder().fingerprint());
        QVERIFY(order.fingerprint() != other.fingerprint());
        {
            const RestoreClaim first(order.fingerprint());
            QVERIFY(first.isHeld());
            const RestoreClaim second(order.fingerprint());
            QVERIFY(!second.isHeld());
            QVERIFY(RestoreClaim(other.fingerprint()).isHeld());
        }
        QVERIFY(!RestoreSubmissions::instance().isClaimed(order.fingerprint()));
        QCOMPARE(RestoreOrderText::title(order), u"Restore payments-api into platform-target"_qs);
        QCOMPARE(RestoreOrderText::title(order.withTarget(u"p1"_qs, u"payments-api"_qs)),
                 u"Restore payments-api into itself"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRestoreOrder)
#include "tst_restore_order.moc"
