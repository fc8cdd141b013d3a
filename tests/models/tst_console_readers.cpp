// The console's readers against a real catalog file: the inventory with its
// snapshot summaries (one aggregate query), a cluster's detail, and both as
// jobs on a worker thread.
#include "catalog_samples.h"
#include "console/cluster_detail_job.h"
#include "console/cluster_detail_reader.h"
#include "console/inventory_job.h"
#include "console/inventory_reader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace CatalogSamples;
using namespace Qt::StringLiterals;

namespace {

const QString kOrgId = QStringLiteral("5f00000000000000000000aa");
const QString kAnalytics = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d2f");
const QString kAlpha = QStringLiteral("alpha");
const QDateTime kNow = at("2026-01-05T12:00:00.000Z");

// alpha: 100 hourly snapshots from 2026-01-01, the first and the last failed,
// the one before the last copied to US_EAST_1.
QList<Snapshot> alphaSnapshots()
{
    QList<Snapshot> list = snapshots(kAlpha, 100);
    list[0].status = SnapshotStatus::Failed;
    list[99].status = SnapshotStatus::Failed;
    list[98].copyRegions = {QStringLiteral("US_EAST_1")};
    return list;
}

BackupEvent eventOf(const QString &cluster, int n)
{
    BackupEvent e = backupEvent(QStringLiteral("ev-%1-%2").arg(cluster).arg(n, 4, 10, QLatin1Char('0')),
                                at("2026-01-01T00:00:00.000Z").addSecs(qint64(n) * 60));
    e.clusterName = cluster;
    return e;
}

// What the summaries must say, worked out the slow way.
SnapshotSummary summaryByHand(const QList<Snapshot> &list, const QDateTime &failedSince)
{
    SnapshotSummary s;
    for (const Snapshot &snapshot : list) {
        ++s.count;
        s.totalBytes += snapshot.storageSizeBytes;
        if (snapshot.status == SnapshotStatus::Failed && snapshot.createdAt >= failedSince)
            ++s.failedRecently;
        if (snapshot.isCompleted()) {
            if (!s.oldestCompletedAt)
                s.oldestCompletedAt = snapshot.createdAt;
            s.lastCompletedAt = snapshot.createdAt;
            s.copyRegions = snapshot.copyRegions;
        }
    }
    return s;
}

} // namespace

class TestConsoleReaders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(kNow);
    std::unique_ptr<Catalog> m_catalog;

    int m_round = 0; // a fresh file for every test

    QString path() const { return m_dir.filePath(QStringLiteral("catalog-%1.db").arg(m_round)); }

    void check(const Status &status)
    {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    }

private Q_SLOTS:
    void init()
    {
        ++m_round;
        auto opened = Catalog::open(path(), m_clock);
        QVERIFY(opened);
        m_catalog = std::move(opened).value();
        Catalog &c = *m_catalog;
        check(c.writeOrganizations({{kOrgId, QStringLiteral("Demo"), false}}));
        check(c.writeProjects(kOrgId,
                              {{kProject, QStringLiteral("Payments"), kOrgId, kNow.addYears(-1), 3},
                               {kAnalytics, QStringLiteral("Analytics"), kOrgId, kNow.addYears(-1), 1}},
                              true));
        check(c.writeClusters(
                kProject,
                {replicaSet(kAlpha), shardedWithPit(QStringLiteral("beta")), flex(QStringLiteral("gamma"))},
                true));
        Cluster delta = replicaSet(QStringLiteral("delta"));
        delta.projectId = kAnalytics;
        check(c.writeClusters(kAnalytics, {delta}, true));
        check(c.writeSnapshotPage(kProject, kAlpha, alphaSnapshots()));
        check(c.writeSnapshotPage(
                kProject, QStringLiteral("beta"),
                {shardedSnapshot(QStringLiteral("beta"), 1), shardedSnapshot(QStringLiteral("beta"), 2)}));
        check(c.writeSnapshotPage(kAnalytics, QStringLiteral("delta"),
                                  snapshots(QStringLiteral("delta"), 5, 10)));
        check(c.writeBackupPolicy(kProject, kAlpha, BackupPolicy::atlasDefault()));
        check(c.writeCompliancePolicy(kProject, compliancePolicy()));
        check(c.setSyncState(SyncScope::cluster(kProject, kAlpha), {kNow.addSecs(-600), {}, {}, {}, {}}));
        check(c.setSyncState(SyncScope::project(kProject), {kNow.addSecs(-600), {}, {}, {}, {}}));
        check(c.writeRestoreJobs(kProject, kAlpha,
                                 {automatedRestore(kAlpha, QStringLiteral("r1")),
                                  pointInTimeRestore(kAlpha, QStringLiteral("r2"), false)},
                                 true));
        QList<BackupEvent> events;
        for (int n = 0; n < 600; ++n)
            events << eventOf(kAlpha, n) << eventOf(QStringLiteral("beta"), n);
        check(c.writeEvents(kProject, events));
    }

    void cleanup() { m_catalog.reset(); }

    void inventoryHoldsTheTree()
    {
        const auto inventory = InventoryReader::read(*m_catalog, kNow);
        QVERIFY(inventory);
        QCOMPARE(inventory->readAt, kNow);
        QCOMPARE(inventory->organizations.size(), 1);
        const OrganizationEntry &org = inventory->organizations.first();
        QCOMPARE(org.organization.name, u"Demo");
        QCOMPARE(org.sync, std::nullopt);
        QCOMPARE(org.projects.size(), 2);
        QCOMPARE(org.projects[0].project.name, u"Analytics"); // by name
        const ProjectEntry &payments = org.projects[1];
        QCOMPARE(payments.compliance, std::optional(compliancePolicy()));
        QVERIFY(payments.sync);
        QCOMPARE(payments.clusters.size(), 3);
        const ClusterEntry &alpha = payments.clusters[0];
        QCOMPARE(alpha.where.orgId, kOrgId);
        QCOMPARE(alpha.where.projectId, kProject);
        QCOMPARE(alpha.where.projectName, u"Payments");
        QCOMPARE(alpha.where.cluster, replicaSet(kAlpha));
        QCOMPARE(alpha.policy, std::optional(BackupPolicy::atlasDefault()));
        QVERIFY(alpha.sync);
        QCOMPARE(alpha.sync->lastFullSync, kNow.addSecs(-600));
        QCOMPARE(payments.clusters[1].sync, std::nullopt);
        QCOMPARE(inventory->cluster(kProject, QStringLiteral("gamma"))->policy, std::nullopt);
        QCOMPARE(inventory->clusterCount(), 4);
    }

    void summariesHoldExactFigures()
    {
        const auto inventory = InventoryReader::read(*m_catalog, kNow);
        QVERIFY(inventory);
        const SnapshotSummary &alpha = inventory->cluster(kProject, kAlpha)->snapshots;
        QCOMPARE(alpha.count, qint64(100));
        QCOMPARE(alpha.totalBytes, qint64(100) * 1'000'000'000 + 4950);
        QCOMPARE(alpha.lastCompletedAt, std::optional(at("2026-01-05T02:00:00.000Z")));   // #98; #99 failed
        QCOMPARE(alpha.oldestCompletedAt, std::optional(at("2026-01-01T01:00:00.000Z"))); // #1; #0 failed
        QCOMPARE(alpha.failedRecently, 1); // #99; #0 is days old
        QCOMPARE(alpha.copyRegions, QStringList{QStringLiteral("US_EAST_1")});
        const SnapshotSummary &beta = inventory->cluster(kProject, QStringLiteral("beta"))->snapshots;
        QCOMPARE(beta.count, qint64(2));
        QCOMPARE(beta.lastCompletedAt, std::nullopt); // both still in progress
        QVERIFY(beta.copyRegions.isEmpty());
        QCOMPARE(inventory->cluster(kProject, QStringLiteral("gamma"))->snapshots, SnapshotSummary());
    }

    void summariesAgreeWithTheSnapshots()
    {
        // After rewrites, expiries and a removed cluster, the one query still
        // says what the snapshots themselves say.
        QList<Snapshot> changed = alphaSnapshots().mid(40, 20);
        for (Snapshot &s : changed) {
            s.storageSizeBytes *= 2;
            s.expiresAt = s.expiresAt.addDays(1);
        }
        check(m_catalog->writeSnapshotPage(kProject, kAlpha, changed));
        check(m_catalog->writeSnapshotPage(kProject, kAlpha, alphaSnapshots().mid(0, 10))); // unchanged
        QSet<QString> keep;
        for (const Snapshot &s : m_catalog->snapshots(kProject, kAlpha).value().mid(30))
            keep.insert(s.id);
        check(m_catalog->retainSnapshots(kProject, kAlpha, keep));
        check(m_catalog->writeClusters(kProject, {replicaSet(kAlpha), flex(QStringLiteral("gamma"))},
                                       true)); // beta goes

        const QDateTime failedSince = kNow.addDays(-1);
        const auto summaries = m_catalog->snapshotSummaries(failedSince);
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 2); // alpha and delta; beta was removed, gamma has none
        for (const auto &[project, cluster] :
             {std::pair{kProject, kAlpha}, std::pair{kAnalytics, u"delta"_s}}) {
            const auto expected = summaryByHand(m_catalog->snapshots(project, cluster).value(), failedSince);
            QCOMPARE(summaries->value(InventoryReader::summaryKey(project, cluster)), expected);
        }
        QCOMPARE(summaries->value(InventoryReader::summaryKey(kProject, kAlpha)).count, qint64(70));
    }

    void clusterDetail()
    {
        const auto detail = ClusterDetailReader::read(*m_catalog, kProject, kAlpha);
        QVERIFY(detail);
        QCOMPARE(detail->where.orgId, kOrgId);
        QCOMPARE(detail->where.projectName, u"Payments");
        QCOMPARE(detail->where.cluster, replicaSet(kAlpha));
        QCOMPARE(detail->snapshots, alphaSnapshots()); // oldest first
        QCOMPARE(detail->policy, std::optional(BackupPolicy::atlasDefault()));
        QCOMPARE(detail->compliance, std::optional(compliancePolicy()));
        QCOMPARE(detail->restoreJobs.size(), 2);
        QCOMPARE(detail->restoreJobs.first().id, u"r2"); // newest first
        QVERIFY(detail->sync);
        // The cluster's own 500 newest events, newest first; beta's are left out.
        QCOMPARE(detail->events.size(), ClusterDetailReader::kEventLimit);
        QCOMPARE(detail->events.first(), eventOf(kAlpha, 599));
        QCOMPARE(detail->events.last(), eventOf(kAlpha, 100));
        for (const BackupEvent &e : detail->events)
            QCOMPARE(e.clusterName, kAlpha);
        QCOMPARE(detail->snapshot(alphaSnapshots()[5].id)->createdAt, alphaSnapshots()[5].createdAt);
    }

    void clusterNotInTheCatalog()
    {
        const auto detail = ClusterDetailReader::read(*m_catalog, kProject, QStringLiteral("gone"));
        QVERIFY(!detail);
        QCOMPARE(detail.error().code, u"CLUSTER_NOT_IN_CATALOG");
        QVERIFY(detail.error().message.contains(u"gone"));
    }

    void jobsReadOnAWorker()
    {
        std::unique_ptr<InventoryJob> inventory(InventoryJob::create(path(), m_clock));
        QCOMPARE(inventory->inventory(), nullptr);
        inventory->start();
        QTRY_VERIFY(inventory->isFinished());
        QCOMPARE(inventory->state(), Job::State::Succeeded);
        QCOMPARE(inventory->inventory()->organizations,
                 InventoryReader::read(*m_catalog, kNow)->organizations);

        std::unique_ptr<ClusterDetailJob> detail(
                ClusterDetailJob::create(path(), m_clock, kProject, kAlpha, 42));
        QCOMPARE(detail->token(), quint64(42));
        QCOMPARE(detail->clusterName(), kAlpha);
        detail->start();
        QTRY_VERIFY(detail->isFinished());
        QCOMPARE(detail->state(), Job::State::Succeeded);
        QCOMPARE(detail->detail()->snapshots.size(), 100);
    }

    void jobFailsWithAMessage()
    {
        std::unique_ptr<InventoryJob> job(
                InventoryJob::create(m_dir.filePath(QStringLiteral("missing/catalog.db")), m_clock));
        job->start();
        QTRY_VERIFY(job->isFinished());
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY(!job->errorMessage().isEmpty());
        QCOMPARE(job->inventory(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestConsoleReaders)
#include "tst_console_readers.moc"
