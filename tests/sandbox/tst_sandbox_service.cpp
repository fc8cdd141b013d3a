// The sandbox over a real socket: start-up, Digest and Bearer auth, roles,
// versions, errors, pagination and the inventory endpoints.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

class TestSandboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootShowsTheKeysRoles()
    {
        SandboxFixture sandbox;
        const auto r = sandbox.get(QStringLiteral("/api/atlas/v2"), Who::BackupManager, "2023-01-01");
        QCOMPARE(r.status, 200);
        const QJsonObject key = r.object().value(u"apiKey").toObject();
        QCOMPARE(key.value(u"publicKey").toString(), sandbox.credential(Who::BackupManager).id);
        QStringList roles;
        for (const auto &role : key.value(u"roles").toArray())
            roles << role.toObject().value(u"roleName").toString();
        QVERIFY(roles.contains(u"GROUP_BACKUP_MANAGER"_qs));
        QVERIFY(r.header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"));
    }

    void unauthenticatedGetsADigestChallenge()
    {
        SandboxFixture sandbox;
        const auto r = sandbox.raw("GET", QStringLiteral("/api/atlas/v2/groups"),
                                   {{"Accept", "application/vnd.atlas.2023-01-01+json"}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Digest realm=\"MMS Public API\""));
        QCOMPARE(r.object().value(u"errorCode").toString(), u"UNAUTHORIZED"_qs);
        QCOMPARE(r.object().value(u"error").toInt(), 401);
    }

    void wrongSecretIsRefused()
    {
        SandboxFixture sandbox;
        QNetworkAccessManager network;
        const auto r = sandbox.raw("GET", QStringLiteral("/api/atlas/v2/groups"),
                                   {{"Accept", "application/vnd.atlas.2023-01-01+json"},
                                    {"Authorization", "Bearer not-a-token"}});
        QCOMPARE(r.status, 401);
    }

    void serviceAccountsUseBearerTokens()
    {
        SandboxFixture sandbox;
        const auto r
                = sandbox.get(QStringLiteral("/api/atlas/v2/groups"), Who::OwnerServiceAccount, "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"totalCount").toInt(), 3);
        const auto bad = sandbox.raw("POST", QStringLiteral("/api/oauth/token"),
                                     {{"Authorization", "Basic " + QByteArray("nobody:nothing").toBase64()},
                                      {"Content-Type", "application/x-www-form-urlencoded"}},
                                     "grant_type=client_credentials");
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.object().value(u"error").toString(), u"invalid_client"_qs);
    }

    void clustersOfAProject()
    {
        SandboxFixture sandbox;
        const QString payments = sandbox.projectId(QStringLiteral("Payments"));
        const auto r = sandbox.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(payments));
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.object().value(u"results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(r.object().value(u"totalCount").toInt(), 3);
        const auto one = sandbox.get(
                QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-ledger").arg(payments));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"clusterType").toString(), u"SHARDED"_qs);
        QCOMPARE(one.object().value(u"replicationSpecs").toArray().size(), 3);
        QVERIFY(one.header("Content-Type").startsWith("application/vnd.atlas.2024-08-05+json"));
        const auto missing
                = sandbox.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/nope").arg(payments));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(u"errorCode").toString(), u"CLUSTER_NOT_FOUND"_qs);
    }

    void rolesAreEnforced()
    {
        SandboxFixture sandbox;
        const QString payments = sandbox.projectId(QStringLiteral("Payments"));
        // The compliance policy needs Project Owner even to read.
        const QString bcp = QStringLiteral("/api/atlas/v2/groups/%1/backupCompliancePolicy").arg(payments);
        const auto refused = sandbox.get(bcp, Who::ReadOnly, "2023-10-01");
        QCOMPARE(refused.status, 403);
        const auto unknownProject
                = sandbox.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(QString(24, u'0')));
        QCOMPARE(unknownProject.status, 404);
    }

    void versionsAndPaths()
    {
        SandboxFixture sandbox;
        const QString payments = sandbox.projectId(QStringLiteral("Payments"));
        const auto badPath = sandbox.get(QStringLiteral("/api/atlas/v2/nothing-here"));
        QCOMPARE(badPath.status, 404);
        const auto badMethod
                = sandbox.request("DELETE", QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(payments));
        QCOMPARE(badMethod.status, 405);
        QVERIFY(!badMethod.header("Allow").isEmpty());
        const auto tooOld = sandbox.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(payments),
                                        Who::Owner, "2020-01-01");
        QCOMPARE(tooOld.status, 406);
    }

    void pagination()
    {
        SandboxFixture sandbox;
        const auto page = sandbox.get(QStringLiteral("/api/atlas/v2/groups?itemsPerPage=2&pageNum=2"),
                                      Who::Owner, "2023-01-01");
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object().value(u"results").toArray().size(), 1);
        const auto bad = sandbox.get(QStringLiteral("/api/atlas/v2/groups?itemsPerPage=501"), Who::Owner,
                                     "2023-01-01");
        QCOMPARE(bad.status, 400);
    }

    void httpsWithTheFingerprint()
    {
        SandboxFixture sandbox(true);
        QVERIFY(sandbox.service().endpoint().url.scheme() == u"https");
        QCOMPARE(sandbox.service().endpoint().certificateFingerprint.size(), 32 * 3 - 1);
        const auto r = sandbox.get(QStringLiteral("/api/atlas/v2"), Who::Owner, "2023-01-01");
        QCOMPARE(r.status, 200);
    }

    void credentialsFileIsPrivate()
    {
        SandboxFixture sandbox;
        const QFileInfo info(sandbox.service().endpoint().credentialsPath);
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSandboxService)
#include "tst_sandbox_service.moc"
