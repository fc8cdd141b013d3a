// Sync against a real sandbox over HTTPS into a real catalog: a full first
// sync, incremental ones that follow the sandbox's lifecycle, changed
// clusters first, cancel, service accounts, and browsing the catalog offline.
#include "actions/action_facts.h"
#include "atlas_test_sandbox.h"
#include "catalog/catalog_writer.h"
#include "session/profile_connection.h"
#include "sync/sync_job.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<CatalogWriter> m_writer;
    QString m_orgId;

    std::shared_ptr<CatalogWriter> openWriter(const QString &name)
    {
        auto catalog = Catalog::open(m_dir.filePath(name), Clock::system());
        return catalog ? std::make_shared<CatalogWriter>(std::move(catalog).value()) : nullptr;
    }

    Result<SyncReport, AtlasError> sync(const SyncTarget &target,
                                        const QString &who = QStringLiteral("Owner key"),
                                        std::shared_ptr<CatalogWriter> writer = {}, bool full = false,
                                        const std::atomic_bool *cancel = nullptr)
    {
        Synchronizer::Options options;
        options.full = full;
        Synchronizer synchronizer(m_sandbox->api(who), writer ? writer : m_writer, Clock::system(), options);
        return SyncJob::runHere(target, synchronizer, cancel);
    }

    std::unique_ptr<Catalog> reader(const std::shared_ptr<CatalogWriter> &writer = {})
    {
        return std::move(Catalog::openReader((writer ? writer : m_writer)->path(), Clock::system())).value();
    }

    // Every cluster's snapshots in the catalog equal what Atlas lists now.
    void verifySnapshotsMatchAtlas(const std::shared_ptr<CatalogWriter> &writer = {})
    {
        auto api = m_sandbox->api(QStringLiteral("Owner key"));
        auto catalog = reader(writer);
        for (const Project &p : catalog->projects(m_orgId).valueOr({})) {
            for (const Cluster &c : catalog->clusters(p.id).valueOr({})) {
                if (c.backupKind != BackupKind::Cloud && c.backupKind != BackupKind::CloudContinuous)
                    continue;
                QSet<QString> atlas;
                const auto sink = [&](QList<Snapshot> &&page) {
                    for (const Snapshot &s : page)
                        atlas.insert(s.id);
                    return Status(Done{});
                };
                QVERIFY(c.isSharded() ? api->shardedSnapshots(p.id, c.name, sink)
                                      : api->snapshots(p.id, c.name, sink));
                QSet<QString> cached;
                for (const Snapshot &s : catalog->snapshots(p.id, c.name).valueOr({}))
                    cached.insert(s.id);
                QVERIFY2(cached == atlas, qPrintable(c.name));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
        m_writer = openWriter(QStringLiteral("owner.sqlite"));
        QVERIFY(m_writer);
        m_orgId = m_sandbox->api(QStringLiteral("Owner key"))->organizations()->first().id;
    }

    void aFirstSyncFillsTheCatalog()
    {
        const auto report = sync(SyncTarget::everything());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->projects, 3);
        QVERIFY(report->clusters >= 15);
        QVERIFY(report->snapshotsRead > 300);

        auto catalog = reader();
        QCOMPARE(catalog->organizations()->size(), 1);
        const auto projects = catalog->projects(m_orgId);
        QCOMPARE(projects->size(), 3);
        const QString payments = m_sandbox->projectId(QStringLiteral("Payments"));
        QVERIFY(catalog->compliancePolicy(payments)->has_value());
        int policies = 0, withJobs = 0;
        for (const Project &p : *projects) {
            QVERIFY(catalog->syncState(SyncScope::project(p.id))->has_value());
            for (const Cluster &c : catalog->clusters(p.id).valueOr({})) {
                policies += catalog->backupPolicy(p.id, c.name)->has_value() ? 1 : 0;
                withJobs += catalog->restoreJobs(p.id, c.name)->isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(policies >= 8);
        QVERIFY(withJobs >= 1);
        QVERIFY(!catalog->events(payments, 50)->isEmpty());
        const auto legacy = catalog->cluster(m_sandbox->projectId(QStringLiteral("Analytics")),
                                             QStringLiteral("analytics-legacy"));
        QVERIFY(legacy->has_value());
        QVERIFY((*legacy)->backupKind == BackupKind::Legacy);
        QVERIFY(catalog->snapshotCount((*legacy)->projectId, (*legacy)->name).valueOr(0) > 0);
        verifySnapshotsMatchAtlas();
    }

    void anIncrementalSyncReadsLittleAndFollowsTheLifecycle()
    {
        const auto quiet = sync(SyncTarget::everything());
        QVERIFY(quiet);
        const auto full = sync(SyncTarget::everything(), QStringLiteral("Owner key"), {}, true);
        QVERIFY(full);
        QVERIFY2(quiet->snapshotsRead < full->snapshotsRead / 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(quiet->snapshotsRead).arg(full->snapshotsRead)));
        // Two days on: new snapshots are taken, old ones expire.
        QCOMPARE(m_sandbox->admin("POST", QStringLiteral("advance"), R"({"seconds": 172800})"), 200);
        QVERIFY(sync(SyncTarget::everything()));
        verifySnapshotsMatchAtlas();
        auto catalog = reader();
        const auto state = catalog->syncState(SyncScope::organization(m_orgId));
        QVERIFY(state->has_value());
        QVERIFY((*state)->lastSync.isValid());
    }

    void changedClustersComeFirst()
    {
        auto api = m_sandbox->api(QStringLiteral("Owner key"));
        const QString analytics = m_sandbox->projectId(QStringLiteral("Analytics"));
        QString changed;
        for (const Cluster &c : api->clusters(analytics).valueOr({})) {
            if (c.backupKind == BackupKind::Cloud && changed.isEmpty())
                changed = c.name;
        }
        QVERIFY(!changed.isEmpty());
        const auto turned = api->updateClusterBackup(analytics, changed, {true, true});
        QVERIFY2(turned, qPrintable(turned ? QString() : turned.error().message));
        const auto report = sync(SyncTarget::project(analytics));
        QVERIFY(report);
        QCOMPARE(report->changedScopes.value(0), SyncScope::cluster(analytics, changed));
        const auto cached = reader()->cluster(analytics, changed);
        QVERIFY((*cached)->backupKind == BackupKind::CloudContinuous);
        QVERIFY((*cached)->restoreWindowDays > 0);
    }

    void oneCluster()
    {
        const QString payments = m_sandbox->projectId(QStringLiteral("Payments"));
        const QString name = reader()->clusters(payments)->first().name;
        const auto report = sync(SyncTarget::cluster(payments, name));
        QVERIFY(report);
        QCOMPARE(report->clusters, 1);
        QVERIFY(!sync(SyncTarget::cluster(payments, QStringLiteral("no-such-cluster"))));
    }

    void pointInTimeHistoryIsLearned_data()
    {
        QTest::addColumn<bool>("wholeProject");
        QTest::newRow("one cluster") << false; // its oplog events, by cluster name
        QTest::newRow("its project") << true;  // every cluster's in one listing, sorted out here
    }

    void pointInTimeHistoryIsLearned()
    {
        // payments-api: PIT was off for two hours two days ago, and it was restored into itself a day ago.
        QFETCH(bool, wholeProject);
        const QString payments = m_sandbox->projectId(QStringLiteral("Payments"));
        auto writer = openWriter(QStringLiteral("pit-%1.sqlite").arg(wholeProject));
        const auto report = sync(wholeProject ? SyncTarget::project(payments)
                                              : SyncTarget::cluster(payments, u"payments-api"_qs),
                                 QStringLiteral("Owner key"), writer);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        auto catalog = reader(writer);
        if (wholeProject) {
            // Every continuous cluster learns the history it learns when synced alone.
            int continuous = 0;
            auto alone = openWriter(QStringLiteral("pit-alone.sqlite"));
            const QList<Cluster> clusters = catalog->clusters(payments).valueOr({});
            for (const Cluster &other : clusters) {
                if (!other.hasPointInTime())
                    continue;
                ++continuous;
                QVERIFY(sync(SyncTarget::cluster(payments, other.name), QStringLiteral("Owner key"), alone));
                const auto single = reader(alone)->cluster(payments, other.name).valueOr(std::nullopt);
                QVERIFY(single);
                // The same ranges, give or take the moment each sync ran (the window is counted back
                // from it); gaps are hours long.
                const TimeRanges &together = other.pit.restorable;
                const TimeRanges &byItself = single->pit.restorable;
                QCOMPARE(together.size(), byItself.size());
                for (qsizetype i = 0; i < together.size(); ++i) {
                    QVERIFY(qAbs(together[i].from.secsTo(byItself[i].from)) < 60);
                    QVERIFY(qAbs(together[i].to.secsTo(byItself[i].to)) < 60);
                }
            }
            QVERIFY(continuous > 1);
        }
        const auto cluster = catalog->cluster(payments, u"payments-api"_qs);
        QVERIFY(cluster && cluster->has_value());
        const TimeRanges restorable = (*cluster)->pit.restorable;
        QCOMPARE(restorable.size(), 2);
        QCOMPARE(restorable[0].to.secsTo(restorable[1].from), 2 * 3600);

        const auto jobs = catalog->restoreJobs(payments, u"payments-api"_qs);
        QVERIFY(jobs && !jobs->isEmpty());
        for (const RestoreJob &job : *jobs)
            QVERIFY2(job.createdAt.isValid(),
                     qPrintable(job.id)); // from its CPS_RESTORE_REQUESTED_AUDIT event
        const auto facts = ActionFacts::gather(*catalog, RoleBook(), payments, u"payments-api"_qs,
                                               std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY(facts);
        QVERIFY(!facts->source.cluster.pit.blackouts.isEmpty());
    }

    void serviceAccountsSyncToo()
    {
        auto writer = openWriter(QStringLiteral("service-account.sqlite"));
        const auto report = sync(SyncTarget::everything(), QStringLiteral("Owner service account"), writer);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->projects, 3);
        QVERIFY(reader(writer)->projects(m_orgId)->size() == 3);
    }

    void cancelKeepsWhatWasRead()
    {
        auto writer = openWriter(QStringLiteral("cancelled.sqlite"));
        std::atomic_bool cancel = false;
        Synchronizer synchronizer(m_sandbox->api(QStringLiteral("Owner key")), writer, Clock::system(), {});
        int calls = 0;
        synchronizer.setProgress([&](qint64, qint64, const QString &) {
            if (++calls == 4)
                cancel = true;
        });
        const auto report = SyncJob::runHere(SyncTarget::everything(), synchronizer, &cancel);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, AtlasError::Kind::Cancelled);
        auto catalog = reader(writer);
        QVERIFY(!catalog->projects(m_orgId)->isEmpty()); // what was read is kept…
        QVERIFY(sync(SyncTarget::everything(), QStringLiteral("Owner key"),
                     writer)); // …and the next sync completes
    }

    void aClusterThatCannotBeReadStopsTheSync()
    {
        // One cluster's schedule fails with a server error, which no retry cures: every worker stops,
        // the sync says why, and what was read before stays in the catalog.
        auto writer = openWriter(QStringLiteral("failing.sqlite"));
        QCOMPARE(m_sandbox->admin(
                         "PUT", QStringLiteral("faults"),
                         R"({"faults": [{"method": "GET", "path": "/clusters/payments-api/backup/schedule$",
                                                  "kind": "status", "status": 500}]})"),
                 200);
        const auto failed = sync(SyncTarget::everything(), QStringLiteral("Owner key"), writer);
        QCOMPARE(m_sandbox->admin("PUT", QStringLiteral("faults"), R"({"faults": []})"), 200);
        QVERIFY(!failed);
        QCOMPARE(failed.error().httpStatus, 500);
        QVERIFY(!reader(writer)->projects(m_orgId)->isEmpty());
        const auto again = sync(SyncTarget::everything(), QStringLiteral("Owner key"), writer);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        verifySnapshotsMatchAtlas(writer);
    }

    void asAJobWithProgress()
    {
        SyncJob job(SyncTarget::everything(), m_sandbox->api(QStringLiteral("Owner key")), m_writer,
                    Clock::system());
        QList<JobProgress> progress;
        connect(&job, &Job::progressChanged, this, [&](const JobProgress &p) { progress << p; });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.state(), Job::State::Succeeded);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().done, qint64(job.result()->value().clusters));
    }

    void rolesReachTheRulesEngine_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("role");
        QTest::newRow("API key") << u"Backup manager"_qs << Role::ProjectBackupManager;
        QTest::newRow("service account") << u"Read-only service account"_qs << Role::ProjectReadOnly;
    }

    void rolesReachTheRulesEngine()
    {
        QFETCH(QString, who);
        QFETCH(QString, role);
        const AtlasCredentials credentials = m_sandbox->credentials(who);
        Profile profile;
        profile.id = Profile::newId();
        profile.name = who;
        profile.baseUrl = m_sandbox->settings().baseUrl;
        profile.pinnedSha256 = m_sandbox->settings().pinnedSha256;
        const bool apiKey = credentials.kind == AtlasCredentials::Kind::ApiKey;
        profile.authKind = apiKey ? Profile::AuthKind::ApiKey : Profile::AuthKind::ServiceAccount;
        profile.publicKey = credentials.publicKey;
        profile.clientId = credentials.clientId;
        auto connection
                = ProfileConnection::open(profile, apiKey ? credentials.privateKey : credentials.clientSecret,
                                          m_dir.filePath(u"roles"_qs));
        QVERIFY(connection);
        QStringList projectIds;
        for (const Project &p : reader()->projects(m_orgId).valueOr({}))
            projectIds << p.id;
        const auto roles = connection.value()->learnRoles(projectIds);
        QVERIFY2(roles, qPrintable(roles ? QString() : roles.error().message));
        for (const QString &projectId : projectIds)
            QVERIFY2(roles->has(projectId, role), qPrintable(projectId));
        QVERIFY(!roles->has(projectIds.first(), Role::ProjectOwner));
    }

    void browsingWorksOffline()
    {
        const QString path = m_writer->path();
        m_sandbox.reset(); // Atlas is gone
        auto catalog = Catalog::openReader(path, Clock::system());
        QVERIFY(catalog);
        const auto projects = catalog.value()->projects(m_orgId);
        QCOMPARE(projects->size(), 3);
        qint64 snapshots = 0;
        for (const Project &p : *projects) {
            for (const Cluster &c : catalog.value()->clusters(p.id).valueOr({}))
                snapshots += catalog.value()->snapshotCount(p.id, c.name).valueOr(0);
        }
        QVERIFY(snapshots > 300);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
