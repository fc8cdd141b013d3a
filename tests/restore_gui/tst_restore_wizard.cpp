// The restore wizard in the console window on a real sandbox, judged as a
// person sees it: a 7.0 snapshot offered to every cluster (a 6.0 target
// disabled with the version reason, an 8.0 one allowed), a 3-shard snapshot
// refused by a 2-shard cluster, the compliance project open to a Backup
// manager key and closed to a Read-only one, the entry points (the action,
// the snapshot table's context menu, a moment on the timeline), and names
// for every control.
#include "actions/message_box.h"
#include "actions/verdict_label.h"
#include "pages/cluster_page.h"
#include "restore/restore_candidate_proxy.h"
#include "restore/restore_delivery_page.h"
#include "restore/restore_preflight_page.h"
#include "restore/restore_source_page.h"
#include "restore/restore_target_page.h"
#include "restore_wizard_driver.h"
#include "rules/pit_window.h"
#include "rules/rule_codes.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace snapline;
using namespace snapline::test;

class TestRestoreWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<RestoreWizardDriver> m_driver;

    ConsoleFixture &console() { return *m_console; }
    RestoreWizardDriver &driver() { return *m_driver; }
    ClusterPage *page() { return console().window().clusterPage(); }
    QToolButton *restoreButton()
    {
        return console().window().findChild<QToolButton *>(QStringLiteral("restoreButton"));
    }

    // Opens the wizard with the Restore button of the cluster's tool bar.
    RestoreWizard *openFromButton()
    {
        QToolButton *button = restoreButton();
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return driver().wizard();
    }

    static void close(RestoreWizard *wizard)
    {
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        m_driver = std::make_unique<RestoreWizardDriver>(*m_console);
        QVERIFY(console().isUp());
        QVERIFY(console().openAndSync());
    }

    void cleanup() { driver().closeAll(); } // a failed test leaves no wizard for the next

    void cleanupTestCase()
    {
        m_driver.reset();
        m_console.reset();
    }

    void aSevenOhSnapshotGoesUpTheVersionLadderOnly()
    {
        QVERIFY(console().openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-target")));
        const auto old = driver().snapshotOnPage(
                [](const Snapshot &s) { return s.mongodVersion.majorNumber() == 7; });
        QVERIFY2(old, "platform-target keeps 7.0 snapshots from before its upgrade");

        // The snapshot table's context menu opens the wizard with that snapshot.
        QTableView *table = page()->snapshotTable();
        QVERIFY(driver().selectOnPage(old->id));
        const QPoint at = table->visualRect(table->currentIndex()).center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &menuKey);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        auto *restore = menu->findChild<QAction *>(QStringLiteral("restoreSnapshotAction"));
        QVERIFY(restore && restore->isEnabled());
        menu->close();
        restore->trigger();
        RestoreWizard *wizard = driver().wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->sourcePage()->selectedSnapshotId().value_or(QString()), old->id);
        QCOMPARE(wizard->order().snapshotId.value_or(QString()), old->id);

        // Next to the targets; the model and its proxy stay consistent while they fill.
        RestoreTargetPage *targets = wizard->targetPage();
        QAbstractItemModelTester modelTester(targets->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(targets->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(driver().toTargets(wizard));
        QCOMPARE(targets->model()->rowCount(), 19); // every cluster of the organization

        const QModelIndex oldRow = driver().candidateIndex(wizard, QStringLiteral("Platform-Dev"),
                                                           QStringLiteral("platform-old"),
                                                           RestoreCandidateModel::VerdictColumn);
        QVERIFY(oldRow.isValid());
        const RestoreCandidate &refused = targets->model()->candidateAt(oldRow.row());
        QVERIFY(refused.verdict.refusedBy(RuleCode::VersionDowngrade));
        QVERIFY(!(oldRow.flags() & Qt::ItemIsEnabled));
        const QString reason = refused.verdict.violations.first().message;
        QVERIFY2(reason.contains(QStringLiteral("older")), qPrintable(reason));
        QVERIFY(oldRow.data().toString().contains(reason));                // in the row
        QVERIFY(oldRow.data(Qt::ToolTipRole).toString().contains(reason)); // and in its tool tip
        // A click on the refused row chooses nothing.
        QVERIFY(!driver().clickTarget(wizard, QStringLiteral("Platform-Dev"),
                                      QStringLiteral("platform-old")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // platform-target itself runs 8.0 and takes its own 7.0 snapshot.
        const QModelIndex targetRow = driver().candidateIndex(wizard, QStringLiteral("Platform-Dev"),
                                                              QStringLiteral("platform-target"),
                                                              RestoreCandidateModel::VerdictColumn);
        QVERIFY(targetRow.flags() & Qt::ItemIsEnabled);
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Platform-Dev"),
                                     QStringLiteral("platform-target")));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(targets->findChild<VerdictLabel *>(QStringLiteral("targetVerdict"))
                        ->verdict()
                        .warns(RuleCode::WarnRestoreIntoSource));

        // "Show only possible targets" hides the refused ones.
        QTest::mouseClick(targets->onlyPossibleFilter(), Qt::LeftButton);
        QVERIFY(targets->proxy()->onlyPossible());
        QCOMPARE(targets->proxy()->rowCount(), targets->model()->allowedCount());
        QVERIFY(targets->model()->allowedCount() < 19);
        QVERIFY(!targets->proxy()->mapFromSource(oldRow).isValid());
        QCOMPARE(wizard->order().targetClusterName, QStringLiteral("platform-target")); // the choice stays
        close(wizard);
    }

    void aThreeShardSnapshotDoesNotGoIntoTwoShards()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-shards3")));
        const auto sharded = driver().snapshotOnPage();
        QVERIFY(sharded && sharded->shardCount == 3);
        QVERIFY(driver().selectOnPage(sharded->id));
        RestoreWizard *wizard = openFromButton();
        QVERIFY(wizard);
        QCOMPARE(wizard->order().snapshotId.value_or(QString()), sharded->id);
        QVERIFY(driver().toTargets(wizard));
        const QModelIndex warehouse = driver().candidateIndex(wizard, QStringLiteral("Analytics"),
                                                              QStringLiteral("analytics-warehouse"),
                                                              RestoreCandidateModel::VerdictColumn);
        const RestoreCandidate &refused = wizard->targetPage()->model()->candidateAt(warehouse.row());
        QVERIFY(refused.verdict.refusedBy(RuleCode::TopologyShardCountMismatch));
        QVERIFY(!(warehouse.flags() & Qt::ItemIsEnabled));
        const QString tip = warehouse.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("same number of shards")), qPrintable(tip));
        QVERIFY(!driver().clickTarget(wizard, QStringLiteral("Analytics"),
                                      QStringLiteral("analytics-warehouse")));
        // Into itself it fits.
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Analytics"),
                                     QStringLiteral("analytics-shards3")));
        close(wizard);
    }

    void aMomentOpensTheWizardAtThatSecondAndCannotBeDownloaded()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-ledger")));
        const Cluster &cluster = page()->detail()->where.cluster;
        QVERIFY(cluster.hasPointInTime());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const PitWindow window(cluster, now);
        std::optional<QDateTime> restorable; // a whole second the cluster can be restored to
        for (int hours = 2; hours < 72 && !restorable; ++hours) {
            const QDateTime second
                    = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - hours * 3600, Qt::UTC);
            if (window.isRestorable(second))
                restorable = second;
        }
        QVERIFY(restorable);
        const PointInTime moment{restorable->toSecsSinceEpoch(), std::nullopt, std::nullopt};
        // The moment typed under the timeline, then its "Restore to this moment…" button.
        auto *utc = page()->findChild<QDateTimeEdit *>(QStringLiteral("pitUtcEdit"));
        QVERIFY(utc);
        utc->setDateTime(*restorable);
        auto *restoreHere = page()->findChild<QPushButton *>(QStringLiteral("restoreToMomentButton"));
        QVERIFY(restoreHere);
        QTRY_VERIFY(restoreHere->isEnabled());
        QTest::mouseClick(restoreHere, Qt::LeftButton);
        RestoreWizard *wizard = driver().wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->sourcePage()->isPointInTime());
        QCOMPARE(wizard->sourcePage()->momentEdit()->dateTime(), *restorable);
        QVERIFY(wizard->order().pointInTime == moment);
        QVERIFY(!wizard->order().snapshotId);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // Into the future is refused on the spot, with the planner's words.
        wizard->sourcePage()->momentEdit()->setFocus();
        wizard->sourcePage()->momentEdit()->setDateTimeRange(now.addDays(-10), now.addDays(1));
        wizard->sourcePage()->momentEdit()->setDateTime(now.addSecs(3600));
        QVERIFY(wizard->sourcePage()->verdictLabel()->verdict().refusedBy(RuleCode::PitInFuture));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->setPointInTime(moment);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        QVERIFY(driver().next(wizard));
        RestoreDeliveryPage *delivery = wizard->deliveryPage();
        QVERIFY(!delivery->downloadChoice()->isEnabled());
        QVERIFY(delivery->automatedChoice()->isChecked());
        QVERIFY2(delivery->downloadNote()->text().contains(QStringLiteral("cannot be downloaded")),
                 qPrintable(delivery->downloadNote()->text()));
        QVERIFY(driver().toTargets(wizard));
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Payments"), QStringLiteral("payments-ledger")));
        QVERIFY(driver().toPreflight(wizard));
        const QString request = wizard->preflightPage()->requestView()->toPlainText();
        QVERIFY2(request.contains(QStringLiteral("\"pointInTimeUTCSeconds\": %1").arg(moment.seconds())),
                 qPrintable(request));
        close(wizard);
    }

    void everyControlHasANameAndTheKeyboardReachesIt()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        RestoreWizard *wizard = openFromButton();
        QVERIFY(wizard);
        QVERIFY(driver().toTargets(wizard));
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Analytics"),
                                     QStringLiteral("analytics-events")));
        QVERIFY(driver().toPreflight(wizard));
        for (const auto *w : wizard->findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || w->objectName().isEmpty()
                || w->objectName().startsWith(QStringLiteral("qt_")))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
            QVERIFY2(a && !a->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
        }
        // On the pre-flight page the cursor waits in the name field.
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(wizard->preflightPage()->confirmEdit()));
        close(wizard);
    }

    void theComplianceProjectTakesABackupManagerButNotAReadOnlyKey()
    {
        QVERIFY(console().openAs(QStringLiteral("Backup manager key")));
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QTRY_VERIFY(restoreButton()->isEnabled());
        RestoreWizard *wizard = openFromButton();
        QVERIFY(wizard);
        QVERIFY(driver().toTargets(wizard));
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QVERIFY(driver().toPreflight(wizard));
        const RestoreCheck &allowed = *wizard->check();
        QVERIFY2(allowed.allowed(), qPrintable(allowed.verdict.violationCodes().join(u", ")));
        QVERIFY(allowed.verdict.warns(RuleCode::WarnTargetDataReplaced));
        close(wizard);

        QVERIFY(console().openAs(QStringLiteral("Read-only key")));
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QTRY_VERIFY(!restoreButton()->isEnabled());
        QVERIFY2(restoreButton()->toolTip().contains(QStringLiteral("Project Backup Manager")),
                 qPrintable(restoreButton()->toolTip()));
        // A click on the disabled button explains instead of opening the wizard.
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(restoreButton(), Qt::LeftButton);
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCOMPARE(MessageBox::lastText(), restoreButton()->toolTip());
        QVERIFY(!driver().wizard());

        // The wizard itself refuses every target to these roles, with the same reason.
        ConsoleSession &session = console().session();
        RestoreWizard readOnly(ActionEnvironment::from(*session.connection(), session.roles(), nullptr),
                               page()->detail(), &console().window());
        readOnly.show();
        QVERIFY(driver().toTargets(&readOnly));
        QCOMPARE(readOnly.targetPage()->model()->allowedCount(), 0);
        const QModelIndex self = driver().candidateIndex(&readOnly, QStringLiteral("Payments"),
                                                         QStringLiteral("payments-api"),
                                                         RestoreCandidateModel::VerdictColumn);
        QVERIFY(readOnly.targetPage()
                        ->model()
                        ->candidateAt(self.row())
                        .verdict.refusedBy(RuleCode::RoleMissing));
        QVERIFY(self.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Project Backup Manager")));
        QVERIFY(!driver().clickTarget(&readOnly, QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QVERIFY(readOnly.targetPage()
                        ->findChild<QLabel *>(QStringLiteral("targetStatus"))
                        ->text()
                        .startsWith(QStringLiteral("0 of 19")));
        QVERIFY(!readOnly.deliveryPage()->downloadChoice()->isEnabled());
        readOnly.reject();
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "tst_restore_wizard.moc"
