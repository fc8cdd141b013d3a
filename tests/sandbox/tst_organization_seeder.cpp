// The seeded organization covers every case the console must show, the same
// way for the same seed.
#include "seed/organization_seeder.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline::sandbox;

namespace {

const qint64 kNow
        = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

std::unique_ptr<SandboxStore> seeded(quint64 seed, SeedSummary *summary = nullptr)
{
    auto store = SandboxStore::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    auto result = OrganizationSeeder(**store, seed, kNow).seed(Scenario::defaultOrganization());
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    if (summary)
        *summary = *result;
    return std::move(store).value();
}

} // namespace

class TestOrganizationSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversEveryCase()
    {
        SeedSummary summary;
        auto store = seeded(42, &summary);
        QCOMPARE(summary.projects, 3);
        QCOMPARE(store->projects().size(), 3);
        const auto clusters = store->allClusters();
        QSet<QString> tiers, versions, providers, kinds;
        QSet<int> shardCounts;
        bool pinned = false;
        for (const auto &c : clusters) {
            tiers << c.tier;
            versions << c.mongoVersion.section(u'.', 0, 1);
            providers << c.provider;
            kinds << c.backupKind;
            if (c.topology == u"SHARDED")
                shardCounts << c.shardCount;
            pinned = pinned || !c.fcvPinned.isEmpty();
        }
        for (const char *tier : {"M0", "M5", "FLEX", "SERVERLESS", "M10", "M30"})
            QVERIFY2(tiers.contains(QString::fromLatin1(tier)), tier);
        for (const char *v : {"4.0", "4.2", "4.4", "5.0", "6.0", "7.0", "7.3", "8.0", "8.1"})
            QVERIFY2(versions.contains(QString::fromLatin1(v)), v);
        QCOMPARE(providers, (QSet<QString>{u"AWS"_qs, u"AZURE"_qs, u"GCP"_qs}));
        for (const char *k : {"none", "sharedDaily", "flex", "cloud", "cloudContinuous",
                              "serverlessContinuous", "serverlessBasic", "legacy"})
            QVERIFY2(kinds.contains(QString::fromLatin1(k)), k);
        QVERIFY(shardCounts.contains(2) && shardCounts.contains(3));
        QVERIFY(pinned);
    }

    void historyFollowsThePolicy()
    {
        auto store = seeded(42);
        const auto ledger
                = store->cluster(store->projects().value(1).id, u"payments-ledger"_qs); // sorted by name
        QVERIFY(ledger);
        const auto schedule = store->schedule(ledger->id);
        QVERIFY(schedule);
        QCOMPARE(schedule->policy.restoreWindowDays, 3);
        const auto snapshots = store->snapshots(ledger->id);
        QVERIFY(snapshots.size() > 40);
        QSet<QString> frequencies, origins;
        for (const auto &s : snapshots) {
            frequencies << s.frequency;
            origins << s.origin;
            QVERIFY(s.expires > kNow); // expired snapshots are gone
            QVERIFY(s.created > kNow - 91 * 86400);
            QCOMPARE(s.memberIds.size(), 4); // 3 shards + config server
        }
        QVERIFY(frequencies.contains(u"hourly"_qs) && frequencies.contains(u"daily"_qs)
                && frequencies.contains(u"weekly"_qs) && frequencies.contains(u"monthly"_qs));
        QVERIFY(origins.contains(u"onDemand"_qs));
        QVERIFY(schedule->nextSnapshot >= kNow); // the first slot not yet in the history
    }

    void pitGapFallbackAndPastRestores()
    {
        auto store = seeded(42);
        const auto projects = store->projects();
        const auto payments = std::find_if(projects.cbegin(), projects.cend(),
                                           [](const ProjectRow &p) { return p.name == u"Payments"; });
        const auto api = store->cluster(payments->id, u"payments-api"_qs);
        const auto ranges = store->pitRanges(api->id);
        QCOMPARE(ranges.size(), 2); // one gap between them
        QVERIFY(ranges[0].end < ranges[1].start);
        QCOMPARE(ranges[1].end, 0); // still open: it follows the clock
        bool fallback = false, failed = false;
        for (const auto &c : store->allClusters()) {
            for (const auto &s : store->snapshots(c.id)) {
                fallback = fallback || s.origin == u"fallback";
                failed = failed || s.status == u"failed";
            }
        }
        QVERIFY(fallback && failed);
        const auto jobs = store->restoreJobs(api->id);
        QCOMPARE(jobs.size(), 1);
        QVERIFY(jobs.first().pointInTimeSeconds.has_value());
        QVERIFY(store->document(u"compliance"_qs, payments->id));
        QVERIFY(store->documentCount(u"events"_qs, payments->id) > 10);
        QCOMPARE(store->credentials().size(), 6);
    }

    void sameSeedSameOrganization()
    {
        auto a = seeded(7);
        auto b = seeded(7);
        auto c = seeded(8);
        QCOMPARE(a->orgs().first().id, b->orgs().first().id);
        QVERIFY(a->orgs().first().id != c->orgs().first().id);
        const auto ca = a->allClusters(), cb = b->allClusters();
        QCOMPARE(ca.size(), cb.size());
        for (qsizetype i = 0; i < ca.size(); ++i) {
            QCOMPARE(ca[i].id, cb[i].id);
            QCOMPARE(a->snapshotCount(ca[i].id), b->snapshotCount(cb[i].id));
        }
        QCOMPARE(a->credentials().first().secret, b->credentials().first().secret);
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.db"_qs);
        {
            auto store = SandboxStore::open(path);
            QVERIFY(store);
            QVERIFY(OrganizationSeeder(**store, 1, kNow).seed(Scenario::defaultOrganization()));
        }
        auto reopened = SandboxStore::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->allClusters().size(), Scenario::defaultOrganization().clusters.size());
    }

    void corruptDatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.db"_qs);
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto store = SandboxStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(u"--reset"), qPrintable(store.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationSeeder)
#include "tst_organization_seeder.moc"
