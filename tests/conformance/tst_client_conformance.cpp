// Every typed call of the client, sent to Prism's mock of the official
// contract (../shared/conformance/prism mock): a request whose path,
// parameters, Accept header or body break the contract is answered 4xx, so
// each call must come back without one.
#include "atlas/atlas_api.h"

#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace snapline;

namespace {

const QString kProject = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
const QString kOrg = QStringLiteral("6a0b1c2d3e4f5a6b7c8d9e0f");
const QString kId = QStringLiteral("7b8c9d0e1f2a3b4c5d6e7f80");
const QString kCluster = QStringLiteral("orders-prod");

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TestClientConformance : public QObject
{
    Q_OBJECT

private:
    QString m_pid;
    std::unique_ptr<AtlasApi> m_api;
    QStringList m_violations;

    template<typename T>
    void check(const char *call, const Result<T, AtlasError> &result)
    {
        if (result.ok())
            return;
        const AtlasError &e = result.error();
        // Prism's mock answers the contract's own responses; a 4xx here means our request broke it.
        if (e.kind != AtlasError::Kind::Http || (e.httpStatus >= 400 && e.httpStatus < 500))
            m_violations << QStringLiteral("%1: %2 %3 %4")
                                    .arg(QLatin1String(call))
                                    .arg(e.httpStatus)
                                    .arg(e.errorCode, e.detail);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString prism = qEnvironmentVariable("SNAPLINE_PRISM");
        QVERIFY2(QFile::exists(prism),
                 qPrintable(u"SNAPLINE_PRISM does not name the prism script: "_qs + prism));
        const quint16 port = freePort();
        QProcess start;
        start.start(QStringLiteral("bash"), {prism, QStringLiteral("mock"), QString::number(port)});
        QVERIFY(start.waitForFinished(240000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        m_pid = QString::fromLatin1(start.readAllStandardOutput()).trimmed();

        TransportSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        AtlasCredentials credentials;
        credentials.kind = AtlasCredentials::Kind::AccessToken;
        credentials.accessToken = "mock-token"; // the mock accepts any bearer
        AtlasClient::Options options;
        options.retry.maxAttempts = 1;
        auto client = std::make_shared<AtlasClient>(std::make_shared<AtlasSession>(settings, credentials),
                                                    std::make_shared<RateBudget>(u"prism"_qs, 1000, 1000),
                                                    options);
        m_api = std::make_unique<AtlasApi>(client);
    }

    void cleanupTestCase()
    {
        if (!m_pid.isEmpty())
            QProcess::execute(QStringLiteral("kill"), {m_pid});
    }

    void theMockRejectsWhatBreaksTheContract()
    {
        // The control: an id that breaks the path pattern must be refused, or the test below proves nothing.
        const auto refused = m_api->project(u"not-an-object-id"_qs);
        QVERIFY(!refused);
        QVERIFY2(refused.error().httpStatus >= 400 && refused.error().httpStatus < 500,
                 qPrintable(QString::number(refused.error().httpStatus)));
        HttpRequest wrongVersion;
        wrongVersion.path = u"/api/atlas/v2/groups/"_qs + kProject + u"/clusters"_qs;
        wrongVersion.headers = {{"Accept", "application/vnd.atlas.1999-01-01+json"}};
        const auto answer = m_api->client().session().send(wrongVersion);
        QVERIFY(answer);
        QVERIFY2(answer->status >= 400 && answer->status < 500, qPrintable(QString::number(answer->status)));
    }

    void everyCallIsValid()
    {
        AtlasApi &a = *m_api;
        const auto none = [](QList<Snapshot> &&) { return Status(Done{}); };
        check("systemStatus", a.systemStatus());
        check("serviceAccountRoles",
              a.serviceAccountRoles(kProject, u"mdb_sa_id_0123456789abcdef01234567"_qs));
        check("organizations", a.organizations());
        check("organization", a.organization(kOrg));
        check("projectsOf", a.projectsOf(kOrg));
        check("projects", a.projects());
        check("project", a.project(kProject));
        check("clusters", a.clusters(kProject));
        check("cluster", a.cluster(kProject, kCluster));
        check("updateClusterBackup", a.updateClusterBackup(kProject, kCluster, {true, true}));
        check("flexClusters", a.flexClusters(kProject));
        check("flexCluster", a.flexCluster(kProject, kCluster));
        check("serverlessInstances", a.serverlessInstances(kProject));
        check("serverlessInstance", a.serverlessInstance(kProject, kCluster));

        check("snapshots", a.snapshots(kProject, kCluster, none));
        check("shardedSnapshots", a.shardedSnapshots(kProject, kCluster, none));
        check("snapshotPage", a.snapshotPage(kProject, kCluster, false, 2, 10));
        check("snapshotClosestTo", a.snapshotClosestTo(kProject, kCluster, 1795543200));
        check("snapshot", a.snapshot(kProject, kCluster, kId));
        check("shardedSnapshot", a.shardedSnapshot(kProject, kCluster, kId));
        check("takeSnapshot", a.takeSnapshot(kProject, kCluster, u"before the release"_qs, 7));
        check("changeSnapshotRetention",
              a.changeSnapshotRetention(kProject, kCluster, kId, Retention{RetentionUnit::Weeks, 2}));
        check("deleteSnapshot", a.deleteSnapshot(kProject, kCluster, kId));
        check("deleteShardedSnapshot", a.deleteShardedSnapshot(kProject, kCluster, kId));

        check("backupPolicy", a.backupPolicy(kProject, kCluster));
        BackupPolicy policy = BackupPolicy::atlasDefault();
        for (PolicyItem &item : policy.items)
            item.id = kId;
        check("updateBackupPolicy", a.updateBackupPolicy(kProject, kCluster, policy));
        check("deleteBackupPolicy", a.deleteBackupPolicy(kProject, kCluster));

        check("restoreJobs", a.restoreJobs(kProject, kCluster));
        check("restoreJob", a.restoreJob(kProject, kCluster, kId));
        RestoreRequest automated{DeliveryType::Automated, kId, std::nullopt, kProject, u"orders-copy"_qs};
        check("createRestoreJob (snapshot)", a.createRestoreJob(kProject, kCluster, automated));
        RestoreRequest pit{
                DeliveryType::PointInTime, {}, PointInTime{1795543200, {}, {}}, kProject, u"orders-copy"_qs};
        check("createRestoreJob (point in time)", a.createRestoreJob(kProject, kCluster, pit));
        RestoreRequest oplog{
                DeliveryType::PointInTime, {}, PointInTime{{}, 1795543200, 3}, kProject, u"orders-copy"_qs};
        check("createRestoreJob (oplog)", a.createRestoreJob(kProject, kCluster, oplog));
        RestoreRequest download{DeliveryType::Download, kId, std::nullopt, {}, {}};
        check("createRestoreJob (download)", a.createRestoreJob(kProject, kCluster, download));
        check("cancelRestoreJob", a.cancelRestoreJob(kProject, kCluster, kId));

        check("compliancePolicy", a.compliancePolicy(kProject));
        CompliancePolicy bcp;
        bcp.authorizedEmail = u"auditor@example.com"_qs;
        bcp.authorizedUserFirstName = u"Ada"_qs;
        bcp.authorizedUserLastName = u"Lovelace"_qs;
        bcp.pitEnabled = true;
        bcp.restoreWindowDays = 7;
        bcp.onDemandPolicyItem = PolicyItem{{}, Frequency::OnDemand, 0, Retention{RetentionUnit::Days, 3}};
        bcp.scheduledPolicyItems = {PolicyItem{{}, Frequency::Daily, 1, Retention{RetentionUnit::Days, 7}}};
        check("updateCompliancePolicy", a.updateCompliancePolicy(kProject, bcp, false));
        check("disableCompliancePolicy", a.disableCompliancePolicy(kProject));

        check("flexSnapshots", a.flexSnapshots(kProject, kCluster));
        check("flexSnapshot", a.flexSnapshot(kProject, kCluster, kId));
        check("flexRestoreJobs", a.flexRestoreJobs(kProject, kCluster));
        check("flexRestoreJob", a.flexRestoreJob(kProject, kCluster, kId));
        check("createFlexRestoreJob",
              a.createFlexRestoreJob(kProject, kCluster, kId, kProject, u"orders-copy"_qs));
        check("downloadFlexSnapshot", a.downloadFlexSnapshot(kProject, kCluster, kId));

        check("serverlessSnapshots", a.serverlessSnapshots(kProject, kCluster));
        check("serverlessSnapshot", a.serverlessSnapshot(kProject, kCluster, kId));
        check("serverlessRestoreJobs", a.serverlessRestoreJobs(kProject, kCluster));
        check("serverlessRestoreJob", a.serverlessRestoreJob(kProject, kCluster, kId));
        check("createServerlessRestoreJob", a.createServerlessRestoreJob(kProject, kCluster, automated));

        check("legacySnapshots", a.legacySnapshots(kProject, kCluster));
        check("legacySnapshot", a.legacySnapshot(kProject, kCluster, kId));
        check("keepLegacySnapshot (date)",
              a.keepLegacySnapshot(kProject, kCluster, kId,
                                   QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)));
        check("keepLegacySnapshot (forever)", a.keepLegacySnapshot(kProject, kCluster, kId, {}));
        check("deleteLegacySnapshot", a.deleteLegacySnapshot(kProject, kCluster, kId));
        check("legacyCheckpoints", a.legacyCheckpoints(kProject, kCluster));
        check("legacyCheckpoint", a.legacyCheckpoint(kProject, kCluster, kId));

        QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u'\n')));
        QVERIFY(a.client().requestsSent() >= 55);
    }
};

QTEST_GUILESS_MAIN(TestClientConformance)
#include "tst_client_conformance.moc"
