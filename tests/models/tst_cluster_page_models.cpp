// The cluster page's tables: snapshots (with their filter proxy), restore
// jobs and backup events.
#include "models/backup_event_model.h"
#include "models/restore_job_model.h"
#include "models/snapshot_filter_proxy.h"
#include "models/snapshot_table_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace snapline;
using namespace Qt::StringLiterals;
using S = SnapshotTableModel;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

Snapshot snapshot(const QString &id, int hoursAgo, Frequency frequency, qint64 bytes)
{
    Snapshot s;
    s.id = id;
    s.clusterName = u"ledger"_s;
    s.createdAt = kNow.addSecs(-qint64(hoursAgo) * 3600);
    s.expiresAt = s.createdAt.addDays(7);
    s.frequency = frequency;
    s.storageSizeBytes = bytes;
    s.mongodVersion = MongoVersion(7, 0, 14);
    return s;
}

// Oldest first, as the catalog gives them.
QList<Snapshot> snapshots()
{
    QList<Snapshot> list{snapshot(u"s1"_s, 50, Frequency::Weekly, 9'000'000'000),
                         snapshot(u"s2"_s, 30, Frequency::Daily, 2'000'000'000),
                         snapshot(u"s3"_s, 20, Frequency::Hourly, 10'000'000'000),
                         snapshot(u"s4"_s, 10, Frequency::OnDemand, 3'000'000'000),
                         snapshot(u"s5"_s, 6, Frequency::Daily, 1'000'000'000),
                         snapshot(u"s6"_s, 1, Frequency::Hourly, 500'000'000)};
    list[2].status = SnapshotStatus::Failed;
    list[3].origin = SnapshotOrigin::OnDemand;
    list[3].description = u"Before the schema migration"_s;
    list[4].origin = SnapshotOrigin::Fallback;
    list[4].mongodVersion = MongoVersion(10, 0, 1);
    list[4].fcvPinned = MongoVersion(8, 0);
    list[5].status = SnapshotStatus::InProgress;
    list[5].expiresAt = {};
    return list;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(S::SnapshotIdRole).toString();
    return out;
}

RestoreJob restoreJob(const QString &id, int hoursAgo, int minutes)
{
    RestoreJob j;
    j.id = id;
    j.sourceClusterName = u"ledger"_s;
    j.snapshotId = u"s2"_s;
    j.snapshotTimestamp = kNow.addSecs(-30 * 3600);
    j.targetProjectId = u"5f0000000000000000000002"_s;
    j.targetClusterName = u"staging"_s;
    j.createdAt = kNow.addSecs(-qint64(hoursAgo) * 3600);
    if (minutes >= 0)
        j.finishedAt = j.createdAt.addSecs(minutes * 60);
    return j;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<snapline::Frequency>)
Q_DECLARE_METATYPE(std::optional<snapline::SnapshotOrigin>)
Q_DECLARE_METATYPE(std::optional<snapline::SnapshotStatus>)

class TestClusterPageModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Local time apart from UTC (and without daylight saving), so tooltips show both.
        qputenv("TZ", "Asia/Kolkata");
    }

    void snapshotTablePassesTheTester()
    {
        SnapshotTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SnapshotFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(S::CreatedColumn, Qt::DescendingOrder);
        model.setSnapshots(snapshots(), kNow);
        proxy.setFrequencyFilter(Frequency::Daily);
        model.setSnapshots(snapshots().mid(2), kNow);
        proxy.setFrequencyFilter(std::nullopt);
        model.setSnapshots({}, kNow);
        QCOMPARE(model.rowCount(), 0);
    }

    void snapshotCells()
    {
        SnapshotTableModel model;
        model.setSnapshots(snapshots(), kNow);
        QCOMPARE(model.columnCount(), int(S::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(3, S::CreatedColumn).toString(), u"2026-11-24 02:00 UTC");
        QCOMPARE(cell(3, S::CreatedColumn, Qt::ToolTipRole).toString(),
                 u"2026-11-24 02:00:00 UTC (2026-11-24 07:30:00 local time), 10 h ago");
        QCOMPARE(cell(3, S::CreatedColumn, S::SortRole), QVariant(kNow.addSecs(-36000).toMSecsSinceEpoch()));
        QCOMPARE(cell(3, S::ExpiresColumn).toString(), u"2026-12-01 02:00 UTC");
        QCOMPARE(cell(3, S::ExpiresColumn, Qt::ToolTipRole).toString(),
                 u"2026-12-01 02:00:00 UTC (2026-12-01 07:30:00 local time), in 6 d");
        QCOMPARE(cell(5, S::ExpiresColumn).toString(), QString());
        QCOMPARE(cell(5, S::ExpiresColumn, Qt::ToolTipRole).toString(), u"Kept until deleted");
        QCOMPARE(cell(3, S::FrequencyColumn).toString(), u"on-demand");
        QCOMPARE(cell(3, S::TypeColumn).toString(), u"on-demand");
        QCOMPARE(cell(4, S::TypeColumn).toString(), u"fallback");
        QCOMPARE(cell(0, S::TypeColumn).toString(), u"scheduled");
        QCOMPARE(cell(2, S::StatusColumn).toString(), u"failed");
        QVERIFY(!cell(2, S::StatusColumn, Qt::DecorationRole).isNull());
        QCOMPARE(cell(5, S::StatusColumn).toString(), u"in progress");
        QCOMPARE(cell(0, S::SizeColumn).toString(), u"9.0 GB");
        QCOMPARE(cell(0, S::SizeColumn, Qt::ToolTipRole).toString(), u"9,000,000,000 bytes");
        QCOMPARE(cell(0, S::SizeColumn, S::SortRole), QVariant(qint64(9'000'000'000)));
        QCOMPARE(cell(0, S::VersionColumn).toString(), u"7.0.14");
        QCOMPARE(cell(4, S::VersionColumn).toString(), u"10.0.1 (FCV 8.0)");
        QCOMPARE(cell(3, S::DescriptionColumn).toString(), u"Before the schema migration");
        QCOMPARE(cell(3, 0, S::SnapshotIdRole).toString(), u"s4");
        QCOMPARE(cell(3, 0, S::OriginRole).toInt(), int(SnapshotOrigin::OnDemand));
        QCOMPARE(cell(2, 0, S::StatusRole).toInt(), int(SnapshotStatus::Failed));
        QCOMPARE(cell(1, 0, S::FrequencyRole).toInt(), int(Frequency::Daily));
        QCOMPARE(model.headerData(S::TypeColumn, Qt::Horizontal).toString(), u"Type");
    }

    void rowOfAnId()
    {
        SnapshotTableModel model;
        model.setSnapshots(snapshots(), kNow);
        QCOMPARE(model.rowOf(u"s1"_s), 0);
        QCOMPARE(model.rowOf(u"s6"_s), 5);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        model.setSnapshots(snapshots().mid(3), kNow); // a new list forgets the old rows
        QCOMPARE(model.rowOf(u"s6"_s), 2);
        QCOMPARE(model.rowOf(u"s1"_s), -1);
        QCOMPARE(model.snapshotAt(0).id, u"s4");
    }

    void snapshotFilters_data()
    {
        QTest::addColumn<std::optional<Frequency>>("frequency");
        QTest::addColumn<std::optional<SnapshotOrigin>>("origin");
        QTest::addColumn<std::optional<SnapshotStatus>>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown"); // by creation, oldest first
        const std::optional<Frequency> anyFrequency;
        const std::optional<SnapshotOrigin> anyOrigin;
        const std::optional<SnapshotStatus> anyStatus;
        QTest::newRow("all") << anyFrequency << anyOrigin << anyStatus << QString()
                             << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"s6"_s};
        QTest::newRow("daily") << std::optional(Frequency::Daily) << anyOrigin << anyStatus << QString()
                               << QStringList{u"s2"_s, u"s5"_s};
        QTest::newRow("fallback") << anyFrequency << std::optional(SnapshotOrigin::Fallback) << anyStatus
                                  << QString() << QStringList{u"s5"_s};
        QTest::newRow("failed") << anyFrequency << anyOrigin << std::optional(SnapshotStatus::Failed)
                                << QString() << QStringList{u"s3"_s};
        QTest::newRow("description words")
                << anyFrequency << anyOrigin << anyStatus << u"schema BEFORE"_s << QStringList{u"s4"_s};
        QTest::newRow("id") << anyFrequency << anyOrigin << anyStatus << u"s6"_s << QStringList{u"s6"_s};
        QTest::newRow("version") << anyFrequency << anyOrigin << anyStatus << u"10.0"_s
                                 << QStringList{u"s5"_s};
        QTest::newRow("scheduled hourly")
                << std::optional(Frequency::Hourly) << std::optional(SnapshotOrigin::Scheduled) << anyStatus
                << QString() << QStringList{u"s3"_s, u"s6"_s};
        QTest::newRow("nothing") << std::optional(Frequency::Yearly) << anyOrigin << anyStatus << QString()
                                 << QStringList{};
    }

    void snapshotFilters()
    {
        QFETCH(std::optional<Frequency>, frequency);
        QFETCH(std::optional<SnapshotOrigin>, origin);
        QFETCH(std::optional<SnapshotStatus>, status);
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        SnapshotTableModel model;
        SnapshotFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setSnapshots(snapshots(), kNow);
        proxy.setFrequencyFilter(frequency);
        proxy.setOriginFilter(origin);
        proxy.setStatusFilter(status);
        proxy.setText(text);
        QCOMPARE(ids(proxy), shown);
        QCOMPARE(proxy.frequencyFilter(), frequency);
        QCOMPARE(proxy.text(), text);
    }

    void snapshotSorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("created") << int(S::CreatedColumn)
                                 << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"s6"_s};
        QTest::newRow("size in bytes")
                << int(S::SizeColumn) << QStringList{u"s6"_s, u"s5"_s, u"s2"_s, u"s4"_s, u"s1"_s, u"s3"_s};
        QTest::newRow("expiry, none last")
                << int(S::ExpiresColumn) << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"s6"_s};
        QTest::newRow("version, 10 after 7")
                << int(S::VersionColumn) << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s6"_s, u"s5"_s};
        QTest::newRow("frequency, then creation")
                << int(S::FrequencyColumn)
                << QStringList{u"s3"_s, u"s6"_s, u"s2"_s, u"s5"_s, u"s1"_s, u"s4"_s};
    }

    void snapshotSorting()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        SnapshotTableModel model;
        SnapshotFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setSnapshots(snapshots(), kNow);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(ids(proxy), ascending);
        proxy.sort(column, Qt::DescendingOrder);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(ids(proxy), ascending);
    }

    void restoreJobs()
    {
        RestoreJobModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RestoreJob running = restoreJob(u"r3"_s, 1, -1);
        RestoreJob pit = restoreJob(u"r2"_s, 5, 95);
        pit.deliveryType = DeliveryType::PointInTime;
        pit.pointInTime = PointInTime{kNow.addSecs(-7 * 3600).toSecsSinceEpoch(), std::nullopt, std::nullopt};
        RestoreJob download = restoreJob(u"r1"_s, 30, 20);
        download.deliveryType = DeliveryType::Download;
        download.failed = true;
        download.deliveryUrls = {u"https://restore.example.com/a.tar.gz"_s};
        model.setRestoreJobs({running, pit, download}, kNow);
        using R = RestoreJobModel;
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(0, R::StateColumn).toString(), u"in progress");
        QCOMPARE(cell(0, 0, R::StateRole).toInt(), int(RestoreJobState::InProgress));
        QCOMPARE(cell(0, R::DurationColumn).toString(), u"1 h so far");
        QCOMPARE(cell(0, R::DurationColumn, R::SortRole), QVariant(qint64(3600)));
        QCOMPARE(cell(0, R::FinishedColumn).toString(), QString());
        QCOMPARE(cell(0, R::DeliveryColumn).toString(), u"automated restore");
        QCOMPARE(cell(0, R::SourceColumn).toString(), u"snapshot of 2026-11-23 06:00 UTC");
        QCOMPARE(cell(0, R::TargetColumn).toString(), u"staging");
        QCOMPARE(cell(0, R::TargetColumn, Qt::ToolTipRole).toString(),
                 u"Cluster staging in project 5f0000000000000000000002");
        QCOMPARE(cell(1, R::StateColumn).toString(), u"completed");
        QCOMPARE(cell(1, R::DeliveryColumn).toString(), u"point in time");
        QCOMPARE(cell(1, R::SourceColumn).toString(), pit.pointInTime->describe());
        QCOMPARE(cell(1, R::CreatedColumn).toString(), u"2026-11-24 07:00 UTC");
        QCOMPARE(cell(1, R::FinishedColumn).toString(), u"2026-11-24 08:35 UTC");
        QCOMPARE(cell(1, R::DurationColumn).toString(), u"1 h 35 min");
        // Tooltips: the moments to the second in UTC and local time, the duration in full.
        QCOMPARE(cell(1, R::CreatedColumn, Qt::ToolTipRole).toString(),
                 u"2026-11-24 07:00:00 UTC (2026-11-24 12:30:00 local time), 5 h ago");
        QCOMPARE(cell(1, R::FinishedColumn, Qt::ToolTipRole).toString(),
                 u"2026-11-24 08:35:00 UTC (2026-11-24 14:05:00 local time)");
        QCOMPARE(cell(1, R::DurationColumn, Qt::ToolTipRole).toString(), u"1 h 35 min");
        QCOMPARE(cell(0, R::DurationColumn, Qt::ToolTipRole).toString(), u"1 h so far");
        QCOMPARE(cell(0, R::SourceColumn, Qt::ToolTipRole).toString(),
                 u"Snapshot s2, taken 2026-11-23 06:00:00 UTC (2026-11-23 11:30:00 local time)");
        QCOMPARE(cell(2, R::StateColumn).toString(), u"failed");
        QCOMPARE(cell(2, R::TargetColumn).toString(), u"download links");
        QCOMPARE(cell(2, R::TargetColumn, Qt::ToolTipRole).toString(),
                 u"https://restore.example.com/a.tar.gz");
        QCOMPARE(cell(2, 0, R::RestoreJobIdRole).toString(), u"r1");
        QCOMPARE(model.headerData(R::DurationColumn, Qt::Horizontal).toString(), u"Duration");
        model.setRestoreJobs({}, kNow);
        QCOMPARE(model.rowCount(), 0);
    }

    void backupEvents()
    {
        BackupEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BackupEvent failed{
                u"e2"_s, u"CPS_SNAPSHOT_FAILED"_s,         kNow.addSecs(-600), u"ledger"_s, u"s3"_s, {},
                {},      u"Snapshot s3 of ledger failed"_s};
        const BackupEvent edited{u"e1"_s,
                                 u"CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"_s,
                                 kNow.addSecs(-7200),
                                 u"ledger"_s,
                                 {},
                                 {},
                                 u"ops@example.com"_s,
                                 u"Backup policy of ledger updated"_s};
        model.setEvents({failed, edited}, kNow);
        using E = BackupEventModel;
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, E::TimeColumn).data().toString(), u"2026-11-24 11:50 UTC");
        QCOMPARE(model.index(0, E::TimeColumn).data(Qt::ToolTipRole).toString(),
                 u"2026-11-24 11:50:00 UTC (2026-11-24 17:20:00 local time), 10 min ago");
        QCOMPARE(model.index(0, E::TimeColumn).data(E::SortRole),
                 QVariant(kNow.addSecs(-600).toMSecsSinceEpoch()));
        QCOMPARE(model.index(0, E::TypeColumn).data().toString(), u"Snapshot failed");
        QCOMPARE(model.index(0, E::TypeColumn).data(Qt::ToolTipRole).toString(), u"CPS_SNAPSHOT_FAILED");
        QCOMPARE(model.index(1, E::TypeColumn).data().toString(), u"Backup policy changed");
        QCOMPARE(model.index(1, E::ActorColumn).data().toString(), u"ops@example.com");
        QCOMPARE(model.index(1, E::SummaryColumn).data().toString(), u"Backup policy of ledger updated");
        QCOMPARE(model.index(1, 0).data(E::EventIdRole).toString(), u"e1");
        QCOMPARE(model.headerData(E::ActorColumn, Qt::Horizontal).toString(), u"By");
    }
};

QTEST_MAIN(TestClusterPageModels)
#include "tst_cluster_page_models.moc"
