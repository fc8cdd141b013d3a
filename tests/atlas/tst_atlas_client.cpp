// The typed Admin API client against a real sandbox over HTTPS: every kind of
// call, pagination streamed page by page, rate limits, roles, TLS pins and
// cancellation.
#include "atlas_test_sandbox.h"

#include <QSet>
#include <QTest>

#include <thread>

using namespace snapline;
using namespace snapline::test;

class TestAtlasClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QString m_payments;
    QString m_analytics;

    std::shared_ptr<AtlasApi> owner() { return m_sandbox->api(QStringLiteral("Owner key")); }

    // The dedicated cluster of `projectId` with the most cloud snapshots, and how many it has.
    std::pair<Cluster, int> busiestCluster(const QString &projectId)
    {
        auto api = owner();
        std::pair<Cluster, int> best;
        for (const Cluster &c : api->clusters(projectId).valueOr({})) {
            if (c.backupKind != BackupKind::Cloud && c.backupKind != BackupKind::CloudContinuous)
                continue;
            int count = 0;
            const auto listed = c.isSharded()
                    ? api->shardedSnapshots(projectId, c.name,
                                            [&](QList<Snapshot> &&page) {
                                                count += int(page.size());
                                                return Status(Done{});
                                            })
                    : api->snapshots(projectId, c.name, [&](QList<Snapshot> &&page) {
                          count += int(page.size());
                          return Status(Done{});
                      });
            if (listed && count > best.second)
                best = {c, count};
        }
        return best;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
        m_payments = m_sandbox->projectId(QStringLiteral("Payments"));
        m_analytics = m_sandbox->projectId(QStringLiteral("Analytics"));
        QVERIFY(!m_payments.isEmpty());
        QVERIFY(!m_analytics.isEmpty());
    }

    void inventory()
    {
        auto api = owner();
        const auto orgs = api->organizations();
        QVERIFY2(orgs, qPrintable(orgs ? QString() : orgs.error().message));
        QCOMPARE(orgs->size(), 1);
        QCOMPARE(orgs->first().name, QStringLiteral("Snapline-Demo"));
        QCOMPARE(api->organization(orgs->first().id)->name, orgs->first().name);
        const auto projects = api->projectsOf(orgs->first().id);
        QVERIFY(projects);
        QCOMPARE(projects->size(), 3);
        QCOMPARE(api->project(m_payments)->name, QStringLiteral("Payments"));

        int dedicated = 0, flex = 0, serverless = 0;
        for (const Project &p : *projects) {
            const auto clusters = api->clusters(p.id);
            QVERIFY(clusters);
            for (const Cluster &c : *clusters) {
                QCOMPARE(c.projectId, p.id);
                QVERIFY(c.version.isValid());
                QCOMPARE(api->cluster(p.id, c.name)->id, c.id);
            }
            dedicated += int(clusters->size());
            const auto flexes = api->flexClusters(p.id);
            QVERIFY(flexes);
            for (const Cluster &c : *flexes) {
                QVERIFY(c.backupKind == BackupKind::Flex);
                QCOMPARE(api->flexCluster(p.id, c.name)->name, c.name);
            }
            flex += int(flexes->size());
            const auto instances = api->serverlessInstances(p.id);
            QVERIFY(instances);
            for (const Cluster &c : *instances)
                QVERIFY(c.backupKind == BackupKind::ServerlessBasic
                        || c.backupKind == BackupKind::ServerlessContinuous);
            serverless += int(instances->size());
        }
        QVERIFY(dedicated >= 10);
        QVERIFY(flex >= 1);
        QVERIFY(serverless >= 1);
    }

    void rolesOfApiKeysAndServiceAccounts()
    {
        const auto status = m_sandbox->api(QStringLiteral("Backup manager"))->systemStatus();
        QVERIFY(status);
        QCOMPARE(status->appName, QStringLiteral("MongoDB Atlas"));
        QVERIFY(status->roles.has(m_payments, Role::ProjectBackupManager));
        QVERIFY(!status->roles.has(m_payments, Role::ProjectOwner));

        const AtlasCredentials account = m_sandbox->credentials(QStringLiteral("Read-only service account"));
        const auto roles = m_sandbox->api(QStringLiteral("Read-only service account"))
                                   ->serviceAccountRoles(m_payments, account.clientId);
        QVERIFY2(roles, qPrintable(roles ? QString() : roles.error().message));
        QCOMPARE(*roles, QStringList{Role::ProjectReadOnly});
    }

    void snapshotsStreamPageByPage()
    {
        // Small pages make every listing a multi-page one; the pages after the first come concurrently.
        AtlasClient::Options options;
        options.pageSize = 7;
        auto api = m_sandbox->api(QStringLiteral("Owner key"), options);
        const auto [cluster, expected] = busiestCluster(m_payments);
        QVERIFY(expected > 30);
        QSet<QString> ids;
        int pages = 0;
        int oversized = 0;
        const auto sink = [&](QList<Snapshot> &&page) {
            ++pages;
            oversized += page.size() > 7 ? 1 : 0;
            for (const Snapshot &s : page)
                ids.insert(s.id);
            return Status(Done{});
        };
        const auto listed = cluster.isSharded() ? api->shardedSnapshots(m_payments, cluster.name, sink)
                                                : api->snapshots(m_payments, cluster.name, sink);
        QVERIFY(listed);
        QCOMPARE(*listed, expected);
        QCOMPARE(ids.size(), expected); // nothing twice, nothing lost
        QCOMPARE(pages, (expected + 6) / 7);
        QCOMPARE(oversized, 0); // a page holds at most itemsPerPage items
    }

    void moreThanFiveHundredSnapshots()
    {
        // Real 500-item pages: an hourly policy kept for a month, and the sandbox clock moved on 22 days.
        auto api = owner();
        const auto [cluster, before] = busiestCluster(m_analytics);
        QVERIFY(!cluster.name.isEmpty());
        BackupPolicy policy = api->backupPolicy(m_analytics, cluster.name).valueOr({});
        policy.items = {PolicyItem{{}, Frequency::Hourly, 1, Retention{RetentionUnit::Days, 30}}};
        const auto updated = api->updateBackupPolicy(m_analytics, cluster.name, policy);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(m_sandbox->admin("POST", QStringLiteral("advance"), R"({"seconds": 1900800})"), 200);
        QList<int> sizes;
        const auto listed = api->snapshots(m_analytics, cluster.name, [&](QList<Snapshot> &&page) {
            sizes << int(page.size());
            return Status(Done{});
        });
        QVERIFY(listed);
        QVERIFY2(*listed > 500, qPrintable(QString::number(*listed)));
        QCOMPARE(sizes.size(), (*listed + 499) / 500);
        QVERIFY(sizes.contains(500));
    }

    void backupsOfOneCluster()
    {
        auto api = owner();
        const auto [cluster, count] = busiestCluster(m_payments);
        const auto policy = api->backupPolicy(m_payments, cluster.name);
        QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
        QVERIFY(!policy->items.isEmpty());
        QVERIFY(api->restoreJobs(m_payments, cluster.name));
        const auto compliance = api->compliancePolicy(m_payments);
        QVERIFY(compliance);
        QVERIFY(compliance->has_value()); // Payments is under a Backup Compliance Policy
        const auto none = api->compliancePolicy(m_analytics);
        QVERIFY(none);
        QVERIFY(!none->has_value());
    }

    void aMissingRoleIsNamed()
    {
        auto api = m_sandbox->api(QStringLiteral("Read-only key"));
        const auto [cluster, count] = busiestCluster(m_analytics);
        const auto taken = api->takeSnapshot(m_analytics, cluster.name, QStringLiteral("not allowed"), 1);
        QVERIFY(!taken);
        QCOMPARE(taken.error().httpStatus, 403);
        QVERIFY2(taken.error().message.contains(u"Project Backup"), qPrintable(taken.error().message));
    }

    void wrongKeyIsRejectedInPlainWords()
    {
        AtlasCredentials wrong = m_sandbox->credentials(QStringLiteral("Owner key"));
        wrong.privateKey = QStringLiteral("00000000-0000-0000-0000-000000000000");
        auto session = std::make_shared<AtlasSession>(m_sandbox->settings(), wrong);
        AtlasApi api(std::make_shared<AtlasClient>(session, std::make_shared<RateBudget>(u"h"_qs, 100, 100)));
        const auto orgs = api.organizations();
        QVERIFY(!orgs);
        QCOMPARE(orgs.error().httpStatus, 401);
        QVERIFY(orgs.error().message.contains(u"rejected the credentials"));
    }

    void aWrongPinIsATlsError()
    {
        TransportSettings settings = m_sandbox->settings();
        settings.pinnedSha256 = QString(QStringLiteral("AB:")).repeated(31) + QStringLiteral("AB");
        auto session = std::make_shared<AtlasSession>(settings,
                                                      m_sandbox->credentials(QStringLiteral("Owner key")));
        AtlasApi api(std::make_shared<AtlasClient>(session, std::make_shared<RateBudget>(u"h"_qs, 100, 100)));
        const auto orgs = api.organizations();
        QVERIFY(!orgs);
        QCOMPARE(orgs.error().kind, AtlasError::Kind::Tls);
        QVERIFY2(orgs.error().message.contains(m_sandbox->settings().pinnedSha256.left(11)),
                 qPrintable(orgs.error().message)); // names the certificate the server presented
    }

    void cancelStopsAListing()
    {
        AtlasClient::Options options;
        options.pageSize = 2;
        auto api = m_sandbox->api(QStringLiteral("Owner key"), options);
        const auto [cluster, count] = busiestCluster(m_payments);
        std::atomic_bool cancel = false;
        int pages = 0;
        const auto sink = [&](QList<Snapshot> &&) {
            if (++pages == 3)
                cancel = true;
            return Status(Done{});
        };
        const auto listed = cluster.isSharded()
                ? api->shardedSnapshots(m_payments, cluster.name, sink, &cancel)
                : api->snapshots(m_payments, cluster.name, sink, &cancel);
        QVERIFY(!listed);
        QCOMPARE(listed.error().kind, AtlasError::Kind::Cancelled);
        QVERIFY(pages < (count + 1) / 2);
    }
};

QTEST_GUILESS_MAIN(TestAtlasClient)
#include "tst_atlas_client.moc"
