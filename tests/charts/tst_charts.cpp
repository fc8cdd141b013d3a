// The history charts as widgets: each draws its data with the right series,
// units and colours, says in words when there is nothing to draw, follows
// the palette, and the panel reads a cluster's or a project's history off
// the GUI thread.
#include "catalog/catalog.h"
#include "charts/chart_style.h"
#include "charts/charts_panel.h"
#include "charts/restore_duration_chart_view.h"
#include "charts/snapshot_count_chart_view.h"
#include "charts/storage_chart_view.h"
#include "history/daily_snapshot_totals.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace snapline;

namespace {

const QString kProject = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");

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
    s.clusterName = QStringLiteral("orders");
    s.createdAt = at(created);
    if (expires)
        s.expiresAt = at(expires);
    s.frequency = frequency;
    s.status = status;
    s.storageSizeBytes = bytes;
    return s;
}

QList<Snapshot> samples()
{
    return {snap("a", "2026-03-01T10:00:00Z", "2026-03-04T10:00:00Z", Frequency::Daily, 1'500'000'000),
            snap("b", "2026-03-02T18:00:00Z", nullptr, Frequency::Weekly, 2'000'000'000),
            snap("c", "2026-03-09T18:00:00Z", nullptr, Frequency::Daily, 0, SnapshotStatus::Failed)};
}

RestoreJob restore(const char *id, const char *created, const char *finished, bool failed = false)
{
    RestoreJob job;
    job.id = QString::fromLatin1(id);
    job.sourceClusterName = QStringLiteral("orders");
    job.createdAt = at(created);
    if (finished)
        job.finishedAt = at(finished);
    job.failed = failed;
    return job;
}

template<typename Series>
QList<Series *> seriesOf(const ChartFrame &frame)
{
    QList<Series *> out;
    for (QAbstractSeries *series : frame.chartView()->chart()->series())
        if (auto *typed = qobject_cast<Series *>(series))
            out << typed;
    return out;
}

QValueAxis *valueAxis(const ChartFrame &frame)
{
    const auto axes = frame.chartView()->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(at("2026-03-10T12:00:00Z"));

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void emptyChartsSayWhy()
    {
        StorageChartView storage;
        SnapshotCountChartView counts;
        RestoreDurationChartView restores;
        QVERIFY(!storage.isShowingChart());
        QVERIFY(storage.emptyText().contains(QStringLiteral("no storage")));
        QVERIFY(storage.caption().contains(QStringLiteral("still held")));
        counts.setHistory(SnapshotCountHistory::lastDays({}, day("2026-03-10"), 30));
        QVERIFY(!counts.isShowingChart());
        // Plural forms come from the app's English translation, not loaded here.
        QVERIFY(counts.emptyText().startsWith(QStringLiteral("No snapshots were taken in the last 30 day")));
        restores.setDurations(RestoreDurations::fromJobs({restore("r1", "2026-03-05T10:00:00Z", nullptr)}));
        QVERIFY(!restores.isShowingChart());
        QCOMPARE(restores.emptyText(), QStringLiteral("No restore job has finished yet."));
        QVERIFY(restores.caption().startsWith(QStringLiteral("1 restore job")));
        QVERIFY(restores.caption().contains(QStringLiteral("still running")));
        // The sentence is what a screen reader hears.
        QCOMPARE(restores.accessibleDescription(), restores.emptyText());
        QCOMPARE(storage.accessibleName(), QStringLiteral("Storage over time"));
    }

    void storageStacksFrequenciesInGigabytes()
    {
        StorageChartView view;
        view.setHistory(StorageHistory::fromTotals(dailySnapshotTotals(samples()), day("2026-03-10")));
        QVERIFY(view.isShowingChart());
        const auto areas = seriesOf<QAreaSeries>(view);
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas[0]->name(), QStringLiteral("Daily"));
        QCOMPARE(areas[1]->name(), QStringLiteral("Weekly"));
        QCOMPARE(valueAxis(view)->titleText(), QStringLiteral("GB"));
        QVERIFY(valueAxis(view)->max() >= 3.5); // the peak: 1.5 GB daily on 2 GB weekly
        // Weekly lies on daily: on 03-02 its band runs from 1.5 to 3.5 GB.
        const QPointF weeklyTopOn2nd = areas[1]->upperSeries()->at(2);
        const QPointF weeklyBottomOn2nd = areas[1]->lowerSeries()->at(2);
        QCOMPARE(weeklyTopOn2nd.y(), 3.5);
        QCOMPARE(weeklyBottomOn2nd.y(), 1.5);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(weeklyTopOn2nd.x()), Qt::UTC),
                 at("2026-03-02T00:00:00Z"));
        QCOMPARE(areas[0]->color(), ChartStyle::frequency(Frequency::Daily, view.palette()));
        QVERIFY(view.chartView()->accessibleDescription().contains(QStringLiteral("2.0 GB held")));
        QVERIFY(view.chartView()->accessibleDescription().contains(QStringLiteral("the most, 3.5 GB")));
    }

    void snapshotsPerDayStackCompletedAndFailed()
    {
        SnapshotCountChartView view;
        view.setHistory(
                SnapshotCountHistory::lastDays(dailySnapshotTotals(samples()), day("2026-03-10"), 10));
        QVERIFY(view.isShowingChart());
        const auto bars = seriesOf<QStackedBarSeries>(view);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->barSets().size(), 2);
        QBarSet *completed = bars[0]->barSets()[0];
        QBarSet *failed = bars[0]->barSets()[1];
        QCOMPARE(completed->label(), QStringLiteral("Completed"));
        QCOMPARE(completed->count(), 10);
        QCOMPARE(completed->at(0), 1.0); // 03-01
        QCOMPARE(completed->at(1), 1.0); // 03-02
        QCOMPARE(failed->at(8), 1.0);    // 03-09
        QCOMPARE(failed->color(), ChartStyle::failed(view.palette()));
        auto *categories
                = qobject_cast<QBarCategoryAxis *>(view.chartView()->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(categories->categories().first(), QStringLiteral("1 Mar"));
        const QString summary = view.chartView()->accessibleDescription();
        QVERIFY2(summary.startsWith(QStringLiteral("1 Mar 2026 to 10 Mar 2026: 2 snapshot")),
                 qPrintable(summary));
        QVERIFY2(summary.endsWith(QStringLiteral("completed, 1 failed.")), qPrintable(summary));
    }

    void restoreDurationsColouredByOutcome()
    {
        RestoreDurationChartView view;
        view.setDurations(RestoreDurations::fromJobs(
                {restore("r2", "2026-03-07T10:00:00Z", "2026-03-07T11:30:00Z", true),
                 restore("r1", "2026-03-05T10:00:00Z", "2026-03-05T10:20:00Z"),
                 restore("r3", "2026-03-08T10:00:00Z", nullptr)}));
        QVERIFY(view.isShowingChart());
        QCOMPARE(valueAxis(view)->titleText(), QStringLiteral("min"));
        const auto sets = seriesOf<QStackedBarSeries>(view).first()->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->label(), QStringLiteral("Completed"));
        QCOMPARE(sets[1]->label(), QStringLiteral("Failed"));
        // Oldest first: r1 (20 min, completed), then r2 (90 min, failed).
        QCOMPARE(sets[0]->at(0), 20.0);
        QCOMPARE(sets[0]->at(1), 0.0);
        QCOMPARE(sets[1]->at(1), 90.0);
        QCOMPARE(sets[1]->color(), ChartStyle::outcome(RestoreJobState::Failed, view.palette()));
        QVERIFY(view.caption().contains(QStringLiteral("still running")));
        const QString summary = view.chartView()->accessibleDescription();
        QVERIFY2(summary.startsWith(QStringLiteral("2 restore job")), qPrintable(summary));
        QVERIFY2(summary.endsWith(QStringLiteral("the longest took 1 h 30 min; 1 failed.")),
                 qPrintable(summary));
    }

    void chartsFollowThePalette()
    {
        StorageChartView view;
        view.setHistory(StorageHistory::fromTotals(dailySnapshotTotals(samples()), day("2026-03-10")));
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe7, 0xe8));
        view.setPalette(dark);
        QChart *chart = view.chartView()->chart();
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
        QCOMPARE(valueAxis(view)->labelsBrush().color(), QColor(0xe6, 0xe7, 0xe8));
        // Series colours are lifted on a dark window so they stay apart from it.
        QCOMPARE(seriesOf<QAreaSeries>(view)[0]->color(), ChartStyle::frequency(Frequency::Daily, dark));
        QVERIFY(ChartStyle::frequency(Frequency::Daily, dark)
                != ChartStyle::frequency(Frequency::Daily, QPalette()));
    }

    void panelChartsAClusterOffTheGuiThread()
    {
        ChartsPanel panel(m_clock);
        QSignalSpy shown(&panel, &ChartsPanel::historyShown);
        ClusterDetail detail;
        detail.where.projectId = kProject;
        detail.where.cluster.name = QStringLiteral("orders");
        detail.snapshots = samples();
        detail.restoreJobs = {restore("r1", "2026-03-05T10:00:00Z", "2026-03-05T10:20:00Z")};
        panel.showCluster(detail);
        QVERIFY(panel.isLoading());
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(!panel.isLoading());
        QVERIFY(panel.storageChart()->isShowingChart());
        QVERIFY(panel.snapshotCountChart()->isShowingChart());
        QVERIFY(panel.restoreDurationChart()->isShowingChart());
        QCOMPARE(panel.storageChart()->history().days().last().day, day("2026-03-10"));
        QCOMPARE(panel.snapshotCountChart()->history().days().size(), ChartsPanel::kCountDays);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("chartsHeading"))->text(),
                 QStringLiteral("Cluster orders"));
    }

    void panelChartsAProjectFromTheCatalog()
    {
        const QString path = m_dir.filePath(QStringLiteral("panel.db"));
        {
            auto catalog = Catalog::open(path, m_clock);
            QVERIFY(catalog);
            QVERIFY((*catalog)->writeSnapshotPage(kProject, QStringLiteral("orders"), samples()));
            QVERIFY((*catalog)->writeSnapshotPage(
                    kProject, QStringLiteral("ledger"),
                    {snap("l", "2026-03-09T18:00:00Z", nullptr, Frequency::Monthly, 500'000'000)}));
        }
        ChartsPanel panel(m_clock);
        QSignalSpy shown(&panel, &ChartsPanel::historyShown);
        panel.showProject(path, kProject, QStringLiteral("Payments"));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("chartsHeading"))->text(),
                 QStringLiteral("Project Payments — all clusters"));
        QCOMPARE(panel.storageChart()->history().days().last().total(), 2'500'000'000);
        QCOMPARE(seriesOf<QAreaSeries>(*panel.storageChart()).size(), 3); // daily, weekly, monthly
        QVERIFY(!panel.restoreDurationChart()->isShowingChart());
    }

    void panelKeepsOnlyTheNewestRequest()
    {
        ChartsPanel panel(m_clock);
        QSignalSpy shown(&panel, &ChartsPanel::historyShown);
        QSignalSpy failed(&panel, &ChartsPanel::historyFailed);
        panel.showProject(m_dir.filePath(QStringLiteral("missing/catalog.db")), kProject);
        ClusterDetail detail;
        detail.where.cluster.name = QStringLiteral("orders");
        detail.snapshots = samples();
        panel.showCluster(detail);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(failed.size(), 0); // the abandoned project read never reports
        QVERIFY(panel.storageChart()->isShowingChart());
    }

    void panelSaysWhenTheCatalogCannotBeRead()
    {
        ChartsPanel panel(m_clock);
        QSignalSpy failed(&panel, &ChartsPanel::historyFailed);
        panel.showProject(m_dir.filePath(QStringLiteral("missing/catalog.db")), kProject);
        QTRY_COMPARE(failed.size(), 1);
        auto *status = panel.findChild<QLabel *>(QStringLiteral("chartsStatus"));
        QVERIFY(status->text().startsWith(QStringLiteral("The backup history could not be read: ")));
        QVERIFY(!status->isHidden());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
