// The console window driven as a person would, on a real sandbox synced into
// a real catalog: browse to a cluster, read its timeline, follow a snapshot
// between the timeline and the table, refresh, and find the last selection
// again after a restart.
#include "catalog/catalog.h"
#include "console_fixture.h"
#include "jobs/job_list_model.h"
#include "models/navigator_filter_proxy.h"
#include "models/snapshot_table_model.h"
#include "pages/cluster_page.h"
#include "pages/console_status_bar.h"
#include "pages/posture_page.h"
#include "timeline/timeline_geometry.h"
#include "timeline/timeline_widget.h"

#include <QAction>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace snapline;
using namespace snapline::test;

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;

    ConsoleFixture &console() { return *m_console; }
    ClusterPage *page() { return console().window().clusterPage(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(console().isUp());
        QVERIFY(console().openAndSync());
    }

    void cleanupTestCase() { m_console.reset(); }

    void theOrganizationIsShownWithItsPosture()
    {
        MainWindow &window = console().window();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(window.posturePage()));
        QCOMPARE(window.posturePage()->table()->model()->rowCount(), 19);
        QVERIFY(window.consoleStatusBar()->syncAgeText().startsWith(QStringLiteral("Synced")));
        QVERIFY2(window.consoleStatusBar()->rateBudgetText().contains(QStringLiteral("API budget")),
                 qPrintable(window.consoleStatusBar()->rateBudgetText()));
    }

    void theSearchFieldFiltersTheNavigator()
    {
        MainWindow &window = console().window();
        window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("navigatorSearch"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("ledger"));
        QAbstractItemModel *tree = window.navigator()->tree()->model();
        // The organization and the Payments project stay, holding the one cluster that matches.
        QCOMPARE(tree->rowCount(), 1);
        const QModelIndex org = tree->index(0, 0);
        QCOMPARE(tree->rowCount(org), 1);
        const QModelIndex project = tree->index(0, 0, org);
        QCOMPARE(tree->rowCount(project), 1);
        QCOMPARE(tree->index(0, 0, project).data().toString(), QStringLiteral("payments-ledger"));
        search->clear();
        QVERIFY(tree->rowCount(tree->index(0, 0)) == 3);
    }

    void aClusterPageShowsEverySnapshotOnTheTimeline()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        auto reader = Catalog::openReader(console().session().connection()->catalogPath(), Clock::system());
        QVERIFY(reader);
        const auto cached = (*reader)->snapshotCount(console().sandbox().projectId(QStringLiteral("Analytics")),
                                                     QStringLiteral("analytics-events"));
        QVERIFY(cached && *cached > 10);
        QCOMPARE(page()->timeline()->snapshotCount(), int(*cached));
        QCOMPARE(page()->snapshotTable()->model()->rowCount(), int(*cached));
    }

    void aSnapshotChosenOnTheTimelineIsSelectedInTheTable()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        TimelineWidget *timeline = page()->timeline();
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_End); // the newest end of the time axis
        QTest::keyClick(timeline, Qt::Key_Left); // a snapshot by keyboard
        QTRY_VERIFY(!timeline->selectedSnapshotId().isEmpty());
        QTRY_COMPARE(page()->selectedSnapshotId().value_or(QString()), timeline->selectedSnapshotId());

        // …and with the mouse: a click where another snapshot is drawn.
        const Snapshot &oldest = page()->detail()->snapshots.first();
        timeline->selectSnapshot(oldest.id);
        const QPoint at(qRound(timeline->msToX(oldest.createdAt.toMSecsSinceEpoch())),
                        timeline->timelineGeometry().laneRect(timelineLaneOf(oldest)).center().y());
        QVERIFY(timeline->rect().contains(at));
        const QString before = page()->selectedSnapshotId().value_or(QString());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
        QTRY_COMPARE(page()->selectedSnapshotId().value_or(QString()), timeline->selectedSnapshotId());
        QVERIFY(before != page()->selectedSnapshotId().value_or(QString()) || before == oldest.id);
    }

    void aSnapshotChosenInTheTableIsSelectedOnTheTimeline()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        QTableView *table = page()->snapshotTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(3, 0));
        const QString id = table->currentIndex().data(SnapshotTableModel::SnapshotIdRole).toString();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(page()->timeline()->selectedSnapshotId(), id);
    }

    void refreshSyncsTheSelectionAndShowsTheJob()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        MainWindow &window = console().window();
        const int before = window.jobs()->rowCount();
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY(window.jobs()->rowCount() > before);
        QTRY_VERIFY_WITH_TIMEOUT(console().session().currentSync() == nullptr, 30000);
        QTRY_VERIFY(window.consoleStatusBar()->syncAgeText().startsWith(QStringLiteral("Synced")));
    }

    void theLastSelectionComesBackAfterARestart()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        console().window().close(); // saves the layout and the selection
        console().recreateWindow();
        QTRY_COMPARE(console().window().navigator()->currentNode().clusterName, QStringLiteral("payments-api"));
        QTRY_VERIFY(page()->detail() && page()->detail()->where.cluster.name == QStringLiteral("payments-api"));
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_console_window.moc"
