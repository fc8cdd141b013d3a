// The history behind the charts: snapshots grouped by day (in memory and in
// the catalog's SQL alike), storage held per day by frequency, snapshots per
// day, restore durations and the units their axes are labelled in.
#include "catalog/catalog.h"
#include "history/backup_history.h"
#include "history/chart_units.h"
#include "history/restore_durations.h"
#include "history/snapshot_count_history.h"
#include "history/storage_history.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;

namespace {

const QString kProject = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
const QString kOtherProject = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d2f");

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Snapshot snap(const char *id, const char *created, const char *expires, Frequency frequency, qint64 bytes,
              SnapshotStatus status = SnapshotStatus::Completed)
{
    Snapshot s;
    s.id = QString::fromLatin1(id);
    s.createdAt = at(created);
    if (expires)
        s.expiresAt = at(expires);
    s.frequency = frequency;
    s.status = status;
    s.storageSizeBytes = bytes;
    return s;
}

// One cluster's snapshots, chosen so each storage rule shows in the figures.
QList<Snapshot> ordersSnapshots()
{
    using F = Frequency;
    return {
            // held at the end of 03-01, 03-02 and 03-03; expired during 03-04
            snap("a", "2026-03-01T10:00:00Z", "2026-03-04T10:00:00Z", F::Daily, 100),
            // held from 03-02 through today (03-10)
            snap("b", "2026-03-02T18:00:00Z", "2026-03-30T18:00:00Z", F::Weekly, 1000),
            // no expiry: held through today
            snap("c", "2026-03-05T09:00:00Z", nullptr, F::OnDemand, 5),
            // failed snapshots hold nothing, but are counted per day
            snap("d", "2026-03-03T18:00:00Z", "2026-03-10T18:00:00Z", F::Daily, 999, SnapshotStatus::Failed),
            // held at the end of 03-08 only
            snap("e", "2026-03-08T23:00:00Z", "2026-03-09T01:00:00Z", F::Hourly, 7),
            // created and gone on the same day: never held at a day's end
            snap("f", "2026-03-09T02:00:00Z", "2026-03-09T08:00:00Z", F::Hourly, 3),
            // the same day, frequency and status as "e" once more, to be grouped with it
            snap("g", "2026-03-08T22:00:00Z", "2026-03-09T00:30:00Z", F::Hourly, 11),
            snap("h", "2026-03-10T06:00:00Z", "2026-03-12T06:00:00Z", F::Hourly, 0,
                 SnapshotStatus::InProgress),
    };
}

RestoreJob restore(const char *id, const char *cluster, const char *created, const char *finished,
                   bool failed = false)
{
    RestoreJob job;
    job.id = QString::fromLatin1(id);
    job.sourceClusterName = QString::fromLatin1(cluster);
    job.snapshotId = QStringLiteral("a");
    job.targetProjectId = kProject;
    job.targetClusterName = QStringLiteral("target");
    job.createdAt = at(created);
    if (finished)
        job.finishedAt = at(finished);
    job.failed = failed;
    return job;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(at("2026-03-10T12:00:00Z"));

    QString catalogWithTwoClusters()
    {
        const QString path = m_dir.filePath(QStringLiteral("history.db"));
        auto catalog = Catalog::open(path, m_clock);
        if (!catalog)
            qFatal("cannot open a catalog: %s", qPrintable(catalog.error().message));
        const QString orders = QStringLiteral("orders");
        const QString ledger = QStringLiteral("ledger");
        Cluster ordersCluster;
        ordersCluster.name = orders;
        Cluster ledgerCluster;
        ledgerCluster.name = ledger;
        Status written = (*catalog)->writeClusters(kProject, {ordersCluster, ledgerCluster}, true);
        written = written ? (*catalog)->writeSnapshotPage(kProject, orders, ordersSnapshots()) : written;
        written = written ? (*catalog)->writeSnapshotPage(
                          kProject, ledger,
                          {snap("l1", "2026-03-09T18:00:00Z", "2026-03-16T18:00:00Z", Frequency::Daily, 40)})
                          : written;
        // Another project's snapshot must not reach this project's charts.
        written = written ? (*catalog)->writeSnapshotPage(
                          kOtherProject, orders,
                          {snap("x1", "2026-03-09T18:00:00Z", nullptr, Frequency::Daily, 123456)})
                          : written;
        written = written ? (*catalog)->writeRestoreJobs(
                          kProject, orders,
                          {restore("r1", "orders", "2026-03-05T10:00:00Z", "2026-03-05T10:20:00Z")}, true)
                          : written;
        written = written
                ? (*catalog)->writeRestoreJobs(
                        kProject, ledger,
                        {restore("r2", "ledger", "2026-03-07T10:00:00Z", "2026-03-07T10:00:45Z", true)}, true)
                : written;
        if (!written)
            qFatal("cannot write the sample catalog: %s", qPrintable(written.error().message));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void groupsSnapshotsByDayFrequencyAndStatus()
    {
        const QList<DailySnapshotTotals> totals = dailySnapshotTotals(ordersSnapshots());
        using F = Frequency;
        using S = SnapshotStatus;
        const QList<DailySnapshotTotals> expected{
                {day("2026-03-01"), day("2026-03-04"), F::Daily, S::Completed, 1, 100},
                {day("2026-03-02"), day("2026-03-30"), F::Weekly, S::Completed, 1, 1000},
                {day("2026-03-03"), day("2026-03-10"), F::Daily, S::Failed, 1, 999},
                {day("2026-03-05"), QDate(), F::OnDemand, S::Completed, 1, 5},
                {day("2026-03-08"), day("2026-03-09"), F::Hourly, S::Completed, 2, 18},
                {day("2026-03-09"), day("2026-03-09"), F::Hourly, S::Completed, 1, 3},
                {day("2026-03-10"), day("2026-03-12"), F::Hourly, S::InProgress, 1, 0},
        };
        QCOMPARE(totals, expected);
    }

    void utcDaysFloorBeforeTheEpoch()
    {
        QCOMPARE(utcDayOfMSecs(0), day("1970-01-01"));
        QCOMPARE(utcDayOfMSecs(-1), day("1969-12-31"));
        QCOMPARE(utcDay(at("2026-03-08T23:59:59.999Z")), day("2026-03-08"));
        QCOMPARE(utcDay(QDateTime()), QDate());
    }

    void storageHeldAtTheEndOfEachDay()
    {
        const StorageHistory history
                = StorageHistory::fromTotals(dailySnapshotTotals(ordersSnapshots()), utcDay(m_clock->now()));
        QCOMPARE(history.days().size(), 10); // 03-01 … 03-10
        QCOMPARE(history.days().first().day, day("2026-03-01"));
        QCOMPARE(history.days().last().day, day("2026-03-10"));
        const QList<qint64> totals{100, 1100, 1100, 1000, 1005, 1005, 1005, 1023, 1005, 1005};
        for (int i = 0; i < totals.size(); ++i)
            QCOMPARE(history.days()[i].total(), totals[i]);
        const StorageDay eighth = *history.on(day("2026-03-08"));
        QCOMPARE(eighth.of(Frequency::Hourly), 18);
        QCOMPARE(eighth.of(Frequency::Weekly), 1000);
        QCOMPARE(eighth.of(Frequency::OnDemand), 5);
        QCOMPARE(eighth.of(Frequency::Daily), 0);
        QCOMPARE(history.peakTotal(), 1100);
        QVERIFY(history.frequencies()
                == (QList<Frequency>{Frequency::Hourly, Frequency::Daily, Frequency::Weekly,
                                     Frequency::OnDemand}));
        QVERIFY(!history.on(day("2026-02-28")));
        QVERIFY(!history.on(day("2026-03-11")));
    }

    void storageFollowsTheClock()
    {
        // Four days later the weekly snapshot and the on-demand one are still
        // held; the series grows by four days and nothing else changes.
        ManualClock later(m_clock->now());
        later.advance(4 * 86400);
        const StorageHistory history
                = StorageHistory::fromTotals(dailySnapshotTotals(ordersSnapshots()), utcDay(later.now()));
        QCOMPARE(history.days().size(), 14);
        QCOMPARE(history.days().last().day, day("2026-03-14"));
        QCOMPARE(history.days().last().total(), 1005);
        QCOMPARE(history.on(day("2026-03-11"))->of(Frequency::Hourly), 0); // "h" is still in progress
    }

    void storageTodayCountsWhatIsHeldNow()
    {
        // 12:00 on 03-10: "x" expires at 18:00 today and is still held; "y"
        // expired on 03-09 and counts up to 03-08 only.
        const QList<Snapshot> snapshots{
                snap("x", "2026-03-08T18:00:00Z", "2026-03-10T18:00:00Z", Frequency::Daily, 100),
                snap("y", "2026-03-08T06:00:00Z", "2026-03-09T06:00:00Z", Frequency::Hourly, 10)};
        const StorageHistory history
                = StorageHistory::fromTotals(dailySnapshotTotals(snapshots), utcDay(m_clock->now()));
        QCOMPARE(history.days().size(), 3);
        QCOMPARE(history.days()[0].total(), 110);
        QCOMPARE(history.days()[1].total(), 100);
        QCOMPARE(history.days()[2].total(), 100);
        // A day later, 03-10 is over and "x" was not held at its end.
        const StorageHistory later
                = StorageHistory::fromTotals(dailySnapshotTotals(snapshots), day("2026-03-11"));
        QCOMPARE(later.days().size(), 4);
        QCOMPARE(later.on(day("2026-03-10"))->total(), 0);
        QCOMPARE(later.on(day("2026-03-11"))->total(), 0);
    }

    void storageOfNothingIsEmpty()
    {
        QVERIFY(StorageHistory::fromTotals({}, day("2026-03-10")).isEmpty());
        QVERIFY(StorageHistory::fromTotals({}, day("2026-03-10")).days().isEmpty());
        // Only failed snapshots: nothing was ever held.
        const QList<Snapshot> failed{
                snap("d", "2026-03-03T18:00:00Z", nullptr, Frequency::Daily, 999, SnapshotStatus::Failed)};
        QVERIFY(StorageHistory::fromTotals(dailySnapshotTotals(failed), day("2026-03-10")).isEmpty());
    }

    void snapshotsCreatedPerDay()
    {
        const SnapshotCountHistory history = SnapshotCountHistory::lastDays(
                dailySnapshotTotals(ordersSnapshots()), utcDay(m_clock->now()), 8);
        QCOMPARE(history.days().size(), 8);
        QCOMPARE(history.days().first().day, day("2026-03-03"));
        QCOMPARE(history.days().first(), (SnapshotCountDay{day("2026-03-03"), 0, 1, 0}));
        QCOMPARE(history.days()[2], (SnapshotCountDay{day("2026-03-05"), 1, 0, 0}));
        QCOMPARE(history.days()[5], (SnapshotCountDay{day("2026-03-08"), 2, 0, 0}));
        QCOMPARE(history.days()[6], (SnapshotCountDay{day("2026-03-09"), 1, 0, 0}));
        QCOMPARE(history.days()[7], (SnapshotCountDay{day("2026-03-10"), 0, 0, 1}));
        QCOMPARE(history.days()[1].total(), 0); // 03-04: a day without snapshots stays in the series
        QCOMPARE(history.completed(), 4);       // "a" and "b" were created before the span
        QCOMPARE(history.failed(), 1);
        QCOMPARE(history.peak(), 2);
        QVERIFY(!history.isEmpty());
        QVERIFY(SnapshotCountHistory::lastDays({}, day("2026-03-10"), 30).isEmpty());
        QCOMPARE(SnapshotCountHistory::lastDays({}, day("2026-03-10"), 30).days().size(), 30);
        QVERIFY(SnapshotCountHistory::fromTotals({}, day("2026-03-10"), day("2026-03-09")).days().isEmpty());
    }

    void restoreDurationsOldestFirst()
    {
        RestoreJob cancelled = restore("r4", "orders", "2026-03-06T00:00:00Z", "2026-03-06T00:00:30Z");
        cancelled.cancelled = true;
        const QList<RestoreJob> jobs{
                restore("r3", "orders", "2026-03-08T10:00:00Z", nullptr), // still running
                restore("r2", "ledger", "2026-03-07T10:00:00Z", "2026-03-07T13:30:00Z", true),
                cancelled,
                restore("r1", "orders", "2026-03-05T10:00:00Z", "2026-03-05T10:20:00Z"),
        };
        const RestoreDurations all = RestoreDurations::fromJobs(jobs);
        QCOMPARE(all.jobs().size(), 3);
        QCOMPARE(all.jobs()[0].jobId, QStringLiteral("r1"));
        QCOMPARE(all.jobs()[0].seconds, 1200);
        QVERIFY(all.jobs()[0].outcome == RestoreJobState::Completed);
        QVERIFY(all.jobs()[1].outcome == RestoreJobState::Cancelled);
        QCOMPARE(all.jobs()[1].seconds, 30);
        QCOMPARE(all.jobs()[2].jobId, QStringLiteral("r2"));
        QCOMPARE(all.jobs()[2].clusterName, QStringLiteral("ledger"));
        QCOMPARE(all.jobs()[2].seconds, 12600);
        QVERIFY(all.jobs()[2].outcome == RestoreJobState::Failed);
        QCOMPARE(all.longestSeconds(), 12600);
        QCOMPARE(all.unfinishedCount(), 1);
        QCOMPARE(all.leftOutCount(), 0);

        const RestoreDurations newest = RestoreDurations::fromJobs(jobs, 2);
        QCOMPARE(newest.jobs().size(), 2);
        QCOMPARE(newest.jobs()[0].jobId, QStringLiteral("r4"));
        QCOMPARE(newest.leftOutCount(), 1);
        QVERIFY(RestoreDurations::fromJobs({}).isEmpty());
    }

    void axisUnits_data()
    {
        QTest::addColumn<qint64>("peak");
        QTest::addColumn<bool>("isBytes");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("symbol");
        QTest::newRow("nothing") << qint64(0) << true << 1.0 << QStringLiteral("B");
        QTest::newRow("bytes") << qint64(999) << true << 1.0 << QStringLiteral("B");
        QTest::newRow("megabytes") << qint64(820'000'000) << true << 1e6 << QStringLiteral("MB");
        QTest::newRow("gigabytes") << qint64(1'500'000'000) << true << 1e9 << QStringLiteral("GB");
        QTest::newRow("terabytes") << qint64(3'200'000'000'000) << true << 1e12 << QStringLiteral("TB");
        QTest::newRow("seconds") << qint64(119) << false << 1.0 << QStringLiteral("s");
        QTest::newRow("minutes") << qint64(90 * 60) << false << 60.0 << QStringLiteral("min");
        QTest::newRow("hours") << qint64(30 * 3600) << false << 3600.0 << QStringLiteral("h");
        QTest::newRow("days") << qint64(3 * 86400) << false << 86400.0 << QStringLiteral("days");
    }

    void axisUnits()
    {
        QFETCH(qint64, peak);
        QFETCH(bool, isBytes);
        QFETCH(double, divisor);
        QFETCH(QString, symbol);
        const ChartUnit unit = isBytes ? ChartUnits::bytes(peak) : ChartUnits::duration(peak);
        QCOMPARE(unit.divisor, divisor);
        QCOMPARE(unit.symbol, symbol);
    }

    void formattedValues()
    {
        QCOMPARE(ChartUnits::formatBytes(12), QStringLiteral("12 B"));
        QCOMPARE(ChartUnits::formatBytes(1'500'000'000), QStringLiteral("1.5 GB"));
        QCOMPARE(ChartUnits::formatDuration(45), QStringLiteral("45 s"));
        QCOMPARE(ChartUnits::formatDuration(1200), QStringLiteral("20 min"));
        QCOMPARE(ChartUnits::formatDuration(12600), QStringLiteral("3 h 30 min"));
        QCOMPARE(ChartUnits::formatDuration(7200), QStringLiteral("2 h"));
        QCOMPARE(ChartUnits::formatDuration(2 * 86400 + 4 * 3600), QStringLiteral("2 d 4 h"));
    }

    void catalogGroupsInSqlAsInMemory()
    {
        const QString path = catalogWithTwoClusters();
        auto reader = Catalog::openReader(path, m_clock);
        QVERIFY(reader);
        const auto orders = (*reader)->snapshotDailyTotals(kProject, QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(*orders, dailySnapshotTotals(ordersSnapshots()));

        QList<Snapshot> project = ordersSnapshots();
        project.append(snap("l1", "2026-03-09T18:00:00Z", "2026-03-16T18:00:00Z", Frequency::Daily, 40));
        const auto whole = (*reader)->snapshotDailyTotals(kProject, QString());
        QVERIFY(whole);
        QCOMPARE(*whole, dailySnapshotTotals(project));
        QCOMPARE((*reader)->snapshotDailyTotals(kProject, QStringLiteral("absent")).value().size(), 0);
    }

    void projectHistoryFromTheCatalog()
    {
        const QString path = catalogWithTwoClusters();
        auto reader = Catalog::openReader(path, m_clock);
        QVERIFY(reader);
        const auto history = BackupHistoryReader::read(**reader, kProject, QString(), m_clock->now());
        QVERIFY(history);
        QVERIFY(history->isProject());
        QCOMPARE(history->today(), day("2026-03-10"));
        QCOMPARE(history->restoreJobs.size(), 2);
        QCOMPARE(history->restoreJobs[0].id, QStringLiteral("r2")); // newest first, across clusters
        const StorageHistory storage = StorageHistory::fromTotals(history->snapshotTotals, history->today());
        QCOMPARE(storage.on(day("2026-03-09"))->total(), 1045); // orders' 1005 and ledger's 40
        QCOMPARE(storage.on(day("2026-03-09"))->of(Frequency::Daily), 40);
    }

    void historyJobReadsOnAWorker()
    {
        const QString path = catalogWithTwoClusters();
        std::unique_ptr<BackupHistoryJob> job(
                makeBackupHistoryJob(path, m_clock, kProject, QStringLiteral("ledger")));
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->state(), Job::State::Succeeded);
        const BackupHistory &history = job->result()->value();
        QCOMPARE(history.clusterName, QStringLiteral("ledger"));
        QCOMPARE(history.snapshotTotals.size(), 1);
        QCOMPARE(history.snapshotTotals[0].bytes, 40);
        QCOMPARE(history.restoreJobs.size(), 1);
        QCOMPARE(history.readAt, m_clock->now());
    }

    void historyJobExplainsAMissingCatalog()
    {
        std::unique_ptr<BackupHistoryJob> job(makeBackupHistoryJob(
                m_dir.filePath(QStringLiteral("no/such/catalog.db")), m_clock, kProject, QString()));
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY(!job->errorMessage().isEmpty());
    }

    void historyOfAClusterPage()
    {
        ClusterDetail detail;
        detail.where.projectId = kProject;
        detail.where.cluster.name = QStringLiteral("orders");
        detail.snapshots = ordersSnapshots();
        detail.restoreJobs = {restore("r1", "orders", "2026-03-05T10:00:00Z", "2026-03-05T10:20:00Z")};
        const BackupHistory history = BackupHistoryReader::fromDetail(detail, m_clock->now());
        QCOMPARE(history.clusterName, QStringLiteral("orders"));
        QVERIFY(!history.isProject());
        QCOMPARE(history.snapshotTotals, dailySnapshotTotals(detail.snapshots));
        QCOMPARE(history.restoreJobs.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
