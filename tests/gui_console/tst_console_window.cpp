// The console window driven as a person would, on a real sandbox synced into
// a real catalog: browse to a cluster, read its timeline, follow a snapshot
// between the timeline and the table, refresh, and find the last selection
// again after a restart.
#include "actions/backup_action_job.h"
#include "actions/message_box.h"
#include "actions/policy_editor_dialog.h"
#include "actions/policy_items_editor.h"
#include "actions/take_snapshot_dialog.h"
#include "actions/verdict_label.h"
#include "catalog/catalog.h"
#include "charts/charts_panel.h"
#include "charts/snapshot_count_chart_view.h"
#include "charts/storage_chart_view.h"
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
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
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

    QToolButton *button(const char *name)
    {
        return console().window().findChild<QToolButton *>(QString::fromLatin1(name));
    }

    template<typename D>
    D *visibleDialog()
    {
        for (D *dialog : console().window().findChildren<D *>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    // Selects the newest completed snapshot in the table, as a person would.
    QString selectNewestCompleted()
    {
        const auto &snapshots = page()->detail()->snapshots;
        for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
            if (it->isCompleted()) {
                page()->timeline()->selectSnapshot(it->id);
                QTableView *table = page()->snapshotTable();
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    const QModelIndex index = table->model()->index(row, 0);
                    if (index.data(SnapshotTableModel::SnapshotIdRole).toString() == it->id)
                        table->setCurrentIndex(index);
                }
                return it->id;
            }
        }
        return {};
    }

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

    void aProjectShowsItsPostureAndCharts()
    {
        MainWindow &window = console().window();
        const QString analytics = console().sandbox().projectId(QStringLiteral("Analytics"));
        QVERIFY(window.navigator()->select({console().orgId(), analytics, {}}));
        PosturePage *posture = window.posturePage();
        QTRY_COMPARE(posture->table()->model()->rowCount(), 6); // Analytics' clusters only
        QVERIFY(!posture->charts()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(posture->charts()->storageChart()->isShowingChart(), 20000);
        QVERIFY(posture->charts()->snapshotCountChart()->isShowingChart());
    }

    void aClusterPageShowsEverySnapshotOnTheTimeline()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        auto reader = Catalog::openReader(console().session().connection()->catalogPath(), Clock::system());
        QVERIFY(reader);
        const auto cached
                = (*reader)->snapshotCount(console().sandbox().projectId(QStringLiteral("Analytics")),
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
        QTest::keyClick(timeline, Qt::Key_Down); // the first lane's snapshot nearest the view's centre
        QTRY_VERIFY(!timeline->selectedSnapshotId().isEmpty());
        const QString first = timeline->selectedSnapshotId();
        QTest::keyClick(timeline, Qt::Key_Right); // the next one in the same lane …
        if (timeline->selectedSnapshotId() == first)
            QTest::keyClick(timeline, Qt::Key_Left); // … or, at the lane's end, the one before
        QTRY_VERIFY(timeline->selectedSnapshotId() != first);
        QTRY_COMPARE(page()->selectedSnapshotId().value_or(QString()), timeline->selectedSnapshotId());

        // …and with the mouse: a click where another snapshot is drawn.
        const Snapshot &oldest = page()->detail()->snapshots.first();
        timeline->fitAll();
        const QPoint at(qRound(timeline->msToX(oldest.createdAt.toMSecsSinceEpoch())),
                        timeline->timelineGeometry().laneRect(timelineLaneOf(oldest)).center().y());
        QVERIFY(timeline->rect().contains(at));
        QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
        QTRY_COMPARE(timeline->selectedSnapshotId(), oldest.id);
        QTRY_COMPARE(page()->selectedSnapshotId().value_or(QString()), oldest.id);
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

    void anOnDemandSnapshotIsTakenAndWatchedUntilItCompletes()
    {
        AtlasTestSandbox &sandbox = console().sandbox();
        QCOMPARE(sandbox.admin("PUT", QStringLiteral("settings"), "{\"snapshotFailureRate\": 0}"), 200);
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        const int before = int(page()->detail()->snapshots.size());
        QToolButton *take = button("takeSnapshotButton");
        QVERIFY(take);
        QTRY_VERIFY(take->isEnabled());
        QTest::mouseClick(take, Qt::LeftButton);
        auto *dialog = visibleDialog<TakeSnapshotDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("snapshotDescription")),
                         QStringLiteral("before the window test"));
        QVERIFY(dialog->okButton()->isEnabled());
        const int rows = console().window().jobs()->rowCount();
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(console().window().jobs()->rowCount(), rows + 1);
        auto *job = qobject_cast<BackupActionJob *>(console().window().jobs()->job(rows));
        QVERIFY(job);

        // The sandbox's clock moves the snapshot from queued to in progress to completed.
        QTRY_VERIFY_WITH_TIMEOUT(
                job->isFinished() || job->progress().stage.endsWith(QStringLiteral(" queued")), 30000);
        if (!job->isFinished()) {
            QCOMPARE(sandbox.admin("POST", QStringLiteral("advance"), "{\"seconds\": 12}"), 200);
            QTRY_VERIFY_WITH_TIMEOUT(
                    job->isFinished() || job->progress().stage.endsWith(QStringLiteral(" in progress")),
                    30000);
            QCOMPARE(sandbox.admin("POST", QStringLiteral("advance"), "{\"seconds\": 30}"), 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        const QString id = job->result()->value().snapshot->id;
        // The page reloads from the catalog: the new snapshot is on the timeline and in the table.
        QTRY_VERIFY_WITH_TIMEOUT(page()->detail()->snapshot(id) != nullptr, 30000);
        QVERIFY(page()->detail()->snapshot(id)->isCompleted());
        QCOMPARE(page()->detail()->snapshot(id)->description, QStringLiteral("before the window test"));
        QCOMPARE(page()->timeline()->snapshotCount(), before + 1);
        QCOMPARE(page()->snapshotTable()->model()->rowCount(), before + 1);
    }

    void deleteIsRefusedUnderTheCompliancePolicyWithTheReasonShown()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QVERIFY(!selectNewestCompleted().isEmpty());
        QToolButton *remove = button("deleteSnapshotButton");
        QVERIFY(remove);
        QTRY_VERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("Backup Compliance Policy")),
                 qPrintable(remove->toolTip()));
        // A click on the disabled control explains, and sends nothing.
        const int rows = console().window().jobs()->rowCount();
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCOMPARE(MessageBox::lastText(), remove->toolTip());
        QCOMPARE(console().window().jobs()->rowCount(), rows);
        // Outside the compliance project the same control is allowed.
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        QVERIFY(!selectNewestCompleted().isEmpty());
        QTRY_VERIFY(remove->isEnabled());
    }

    void thePolicyEditorRefusesAnInvalidItem()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-etl")));
        QToolButton *edit = button("editPolicyButton");
        QVERIFY(edit);
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto *dialog = visibleDialog<PolicyEditorDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->okButton()->isEnabled());
        auto *table = dialog->itemsEditor()->table();
        int hourly = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto *frequency
                    = qobject_cast<QComboBox *>(table->cellWidget(row, PolicyItemsEditor::FrequencyColumn));
            if (frequency && frequency->currentData().toInt() == int(Frequency::Hourly))
                hourly = row;
        }
        QVERIFY(hourly >= 0);
        dialog->findChild<QSpinBox *>(QStringLiteral("itemInterval_%1").arg(hourly))->setValue(5);
        QVERIFY(!dialog->okButton()->isEnabled());
        const QString shown = dialog->findChild<VerdictLabel *>()->text();
        QVERIFY2(shown.contains(QStringLiteral("not every 5")), qPrintable(shown));
        const int rows = console().window().jobs()->rowCount();
        dialog->reject();
        QCOMPARE(console().window().jobs()->rowCount(), rows); // nothing was sent
    }

    void theLastSelectionComesBackAfterARestart()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        console().window().close(); // saves the layout and the selection
        console().recreateWindow();
        QTRY_COMPARE(console().window().navigator()->currentNode().clusterName,
                     QStringLiteral("payments-api"));
        QTRY_VERIFY(page()->detail()
                    && page()->detail()->where.cluster.name == QStringLiteral("payments-api"));
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_console_window.moc"
