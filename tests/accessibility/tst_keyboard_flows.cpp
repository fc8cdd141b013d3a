// The console's main flows with the keyboard alone, on a real sandbox: every
// key goes to the widget that has the focus (no clicks, no slots called),
// and the test only reads what the window shows. Finding a cluster with
// Ctrl+F, moving in the navigator and entering a page; Tab from the
// navigator through the cluster's actions to the timeline and its keys;
// the posture grid; and a restore from the Cluster menu to the job in the
// Jobs panel, typed confirmation included.
#include "accessibility_audit.h"
#include "console_fixture.h"
#include "jobs/job_list_model.h"
#include "jobs/jobs_panel.h"
#include "pages/cluster_page.h"
#include "pages/posture_page.h"
#include "restore/restore_operation_job.h"
#include "restore/restore_preflight_page.h"
#include "restore/restore_target_page.h"
#include "restore_wizard_driver.h"
#include "timeline/timeline_widget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace snapline;
using namespace snapline::test;

class TestKeyboardFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<RestoreWizardDriver> m_driver;

    MainWindow &window() { return m_console->window(); }
    ClusterPage *page() { return window().clusterPage(); }
    static QWidget *focused() { return QApplication::focusWidget(); }

    // One key, pressed where the focus is, as a person's keyboard would send
    // it: to an open menu first, else to the focused widget.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::activePopupWidget();
        if (!target)
            target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow();
        QTest::keyClick(target, key, modifiers);
    }

    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }

    // A wizard deletes itself once closed: gone or hidden, it is closed.
    static bool isClosed(const QPointer<RestoreWizard> &wizard)
    {
        const RestoreWizard *shown = wizard.data();
        return !shown || !shown->isVisible();
    }

    static QString describeFocus()
    {
        return focused() ? AccessibilityAudit::describe(focused()) : QStringLiteral("nothing");
    }

    bool showsCluster(const QString &name)
    {
        return QTest::qWaitFor(
                [&] {
                    auto *pages = window().findChild<QStackedWidget *>(QStringLiteral("pages"));
                    return pages->currentWidget() == page() && page()->detail()
                            && page()->detail()->where.cluster.name == name;
                },
                20000);
    }

    // Tab until `wanted` has the focus, passing only widgets `mayPass` allows; the widgets passed.
    QStringList tabTo(const QWidget *wanted, const std::function<bool(const QWidget *)> &mayPass,
                      int limit = 30)
    {
        QStringList passed;
        for (int i = 0; i < limit && focused() != wanted; ++i) {
            press(Qt::Key_Tab);
            if (focused() != wanted) {
                passed << describeFocus();
                if (!mayPass(focused()))
                    break;
            }
        }
        return passed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        m_driver = std::make_unique<RestoreWizardDriver>(*m_console);
        QVERIFY(m_console->isUp());
        QVERIFY(m_console->openAndSync());
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
    }

    void cleanupTestCase()
    {
        m_driver.reset();
        m_console.reset();
    }

    void findAClusterAndEnterIt()
    {
        press(Qt::Key_F, Qt::ControlModifier);
        auto *search = window().findChild<QLineEdit *>(QStringLiteral("navigatorSearch"));
        QTRY_COMPARE(focused(), static_cast<QWidget *>(search));
        type(QStringLiteral("canary"));
        press(Qt::Key_Return); // to the first match, in the tree
        QTreeView *tree = window().navigator()->tree();
        QTRY_COMPARE(focused(), static_cast<QWidget *>(tree));
        QVERIFY(showsCluster(QStringLiteral("platform-canary")));

        // Arrows move in the tree: up to the project (its posture), down to the cluster again.
        press(Qt::Key_Up);
        QTRY_VERIFY(window().navigator()->currentNode().isProject());
        QTRY_COMPARE(window().findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                     static_cast<QWidget *>(window().posturePage()));
        press(Qt::Key_Down);
        QVERIFY(showsCluster(QStringLiteral("platform-canary")));
        // Enter goes into the page, onto the timeline.
        press(Qt::Key_Return);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(page()->timeline()));

        // The search cleared, ↓ from the field goes back to where the tree was.
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(search));
        press(Qt::Key_Backspace); // the text is selected: one key clears it
        QTRY_VERIFY(search->text().isEmpty());
        press(Qt::Key_Down);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(tree));
        QCOMPARE(window().navigator()->currentNode().clusterName, QStringLiteral("platform-canary"));
    }

    void tabReachesTheActionsThenTheTimeline()
    {
        QVERIFY(m_console->openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        window().navigator()->tree()->setFocus(Qt::OtherFocusReason); // where the last test left it
        QTRY_COMPARE(focused(), static_cast<QWidget *>(window().navigator()->tree()));
        const QStringList passed = tabTo(page()->timeline(), [this](const QWidget *w) {
            return w->parentWidget() == page()->actionBar();
        });
        QVERIFY2(focused() == page()->timeline(),
                 qPrintable(QStringLiteral("Tab from the navigator went through\n  %1")
                                    .arg(passed.join(QStringLiteral("\n  ")))));
        QVERIFY2(passed.size() >= 2
                         && passed.first().startsWith(QStringLiteral("QToolButton 'restoreButton'")),
                 qPrintable(passed.join(u'\n')));
        // Shift+Tab goes back the same way.
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(focused()->parentWidget(), static_cast<QWidget *>(page()->actionBar()));
    }

    void theTimelineWithItsKeys()
    {
        QVERIFY(m_console->openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        window().navigator()->tree()->setFocus(Qt::OtherFocusReason);
        press(Qt::Key_Return);
        TimelineWidget *timeline = page()->timeline();
        QTRY_COMPARE(focused(), static_cast<QWidget *>(timeline));

        // ↓ picks the first lane's snapshot nearest the middle; → and ← step along the lane.
        press(Qt::Key_Down);
        QTRY_VERIFY(!timeline->selectedSnapshotId().isEmpty());
        const QString first = timeline->selectedSnapshotId();
        press(Qt::Key_Right);
        if (timeline->selectedSnapshotId() == first)
            press(Qt::Key_Left); // at the lane's end: the one before
        QVERIFY(timeline->selectedSnapshotId() != first);
        QTRY_COMPARE(page()->selectedSnapshotId().value_or(QString()), timeline->selectedSnapshotId());

        // + and − zoom by two around the selection.
        const qint64 span = timeline->visibleToMs() - timeline->visibleFromMs();
        press(Qt::Key_Plus);
        QVERIFY(std::abs(timeline->visibleToMs() - timeline->visibleFromMs() - span / 2) <= 1);
        press(Qt::Key_Minus);
        QVERIFY(std::abs(timeline->visibleToMs() - timeline->visibleFromMs() - span) <= 2);
        press(Qt::Key_Plus);
        press(Qt::Key_Plus);

        // Home and End: the oldest and the newest end.
        const auto &snapshots = page()->detail()->snapshots;
        const qint64 oldest = snapshots.first().createdAt.toMSecsSinceEpoch();
        const qint64 newest = snapshots.last().createdAt.toMSecsSinceEpoch();
        press(Qt::Key_Home);
        QVERIFY(timeline->visibleFromMs() <= oldest && oldest < timeline->visibleToMs());
        press(Qt::Key_End);
        QVERIFY(timeline->visibleFromMs() <= newest && newest < timeline->visibleToMs());
        // F fits everything again.
        press(Qt::Key_F);
        QVERIFY(timeline->visibleFromMs() <= oldest && newest < timeline->visibleToMs());
        QCOMPARE(focused(), static_cast<QWidget *>(timeline)); // no key took the focus away
    }

    void thePostureGrid()
    {
        window().navigator()->tree()->setFocus(Qt::OtherFocusReason);
        press(Qt::Key_Home); // the organization
        QTRY_VERIFY(window().navigator()->currentNode().projectId.isEmpty());
        PosturePage *posture = window().posturePage();
        QTRY_COMPARE(window().findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                     static_cast<QWidget *>(posture));
        press(Qt::Key_Tab);
        auto *filter = posture->findChild<QLineEdit *>(QStringLiteral("postureFilter"));
        QTRY_COMPARE(focused(), static_cast<QWidget *>(filter));
        type(QStringLiteral("ledger"));
        QTRY_COMPARE(posture->table()->model()->rowCount(), 1);
        const QStringList passed = tabTo(posture->table(), [](const QWidget *w) {
            return w->objectName() == QStringLiteral("postureWarningsOnly");
        });
        QVERIFY2(focused() == posture->table(), qPrintable(passed.join(u'\n')));
        press(Qt::Key_Down); // onto the row
        press(Qt::Key_Return);
        QVERIFY(showsCluster(QStringLiteral("payments-ledger")));
        filter->clear();
    }

    void theClusterMenuOpensTheWizardWithAltCE()
    {
        QVERIFY(m_console->openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        page()->timeline()->setFocus(Qt::OtherFocusReason);
        press(Qt::Key_C, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        QCOMPARE(menu->objectName(), QStringLiteral("clusterMenu"));
        press(Qt::Key_E); // "R&estore…"
        RestoreWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_driver->wizard()) != nullptr);
        QTRY_VERIFY(wizard->isActiveWindow());
        const QPointer<RestoreWizard> open(wizard); // it deletes itself once closed
        press(Qt::Key_Escape);
        QTRY_VERIFY(isClosed(open));
        // The window manager hands the window back (the offscreen platform needs asking);
        // the keyboard is where it was.
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QTRY_COMPARE(focused(), static_cast<QWidget *>(page()->timeline()));
    }

    void theSnapshotTableMenuOpensFromTheKeyboard()
    {
        QVERIFY(m_console->openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        QTableView *table = page()->snapshotTable();
        table->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(table));
        press(Qt::Key_Home); // onto the first row
        QTRY_VERIFY(page()->selectedSnapshotId().has_value());
        // The Menu key: X11 and Wayland turn it into a keyboard context-menu event for the focused
        // widget at its cursor (QWidgetWindow); the offscreen platform does not, so send that event.
        const QPoint at = focused()->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, focused()->mapToGlobal(at));
        QApplication::sendEvent(focused(), &menuKey);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        auto *restore = menu->findChild<QAction *>(QStringLiteral("restoreSnapshotAction"));
        QVERIFY(restore);
        QVERIFY2(restore->text().contains(QStringLiteral("Restore")), qPrintable(restore->text()));
        QCOMPARE(menu->activeAction() ? menu->activeAction() : menu->actions().value(0), restore);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    // Last: it sends a restore to the sandbox.
    void aRestoreFromTheKeyboard()
    {
        QVERIFY(m_console->openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        window().navigator()->tree()->setFocus(Qt::OtherFocusReason);
        press(Qt::Key_Return);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(page()->timeline()));
        QAction *restore = window().clusterActions()->action(ClusterActions::Id::Restore);
        QTRY_VERIFY(restore->isEnabled());
        QVERIFY2(restore->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                 qPrintable(restore->shortcut().toString()));
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        RestoreWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_driver->wizard()) != nullptr);
        QTRY_VERIFY(wizard->isActiveWindow());

        // What to restore: the newest snapshot is chosen; Alt+N goes on.
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SourcePageId));
        QTRY_VERIFY(wizard->order().snapshotId.has_value());
        press(Qt::Key_N, Qt::AltModifier);
        // How: into a cluster.
        QTRY_COMPARE(wizard->currentId(), int(RestoreWizard::DeliveryPageId));
        press(Qt::Key_N, Qt::AltModifier);
        // Where: Tab into the clusters, arrows to the one wanted.
        QTRY_COMPARE(wizard->currentId(), int(RestoreWizard::TargetPageId));
        RestoreTargetPage *targets = wizard->targetPage();
        QTRY_VERIFY_WITH_TIMEOUT(!targets->isLoading(), 30000);
        const QStringList passed
                = tabTo(targets->table(), [wizard](const QWidget *w) { return wizard->isAncestorOf(w); });
        QVERIFY2(focused() == targets->table(), qPrintable(passed.join(u'\n')));
        QVERIFY2(!wizard->order().targetClusterName.isEmpty(),
                 "Tab put the cursor on a cluster that can be chosen");
        for (int row = 0; row < targets->table()->model()->rowCount()
             && wizard->order().targetClusterName != QStringLiteral("platform-canary");
             ++row)
            press(Qt::Key_Down);
        QCOMPARE(wizard->order().targetClusterName, QStringLiteral("platform-canary"));
        press(Qt::Key_N, Qt::AltModifier);
        // The pre-flight check: the cursor waits in the name field.
        QTRY_COMPARE(wizard->currentId(), int(RestoreWizard::PreflightPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->preflightPage()->isLoading(), 30000);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(wizard->preflightPage()->confirmEdit()));
        QAbstractButton *submit = wizard->button(QWizard::FinishButton);
        QVERIFY(!submit->isEnabled());
        type(QStringLiteral("platform-canary"));
        QTRY_VERIFY(submit->isEnabled());

        const int jobs = window().jobs()->rowCount();
        const QPointer<RestoreWizard> open(wizard); // it deletes itself once closed
        press(Qt::Key_S, Qt::AltModifier);          // "&Submit Restore"
        QTRY_VERIFY(isClosed(open));
        QTRY_COMPARE(window().jobs()->rowCount(), jobs + 1);
        auto *job = qobject_cast<RestoreOperationJob *>(window().jobs()->job(jobs));
        QVERIFY(job);
        QCOMPARE(job->order().targetClusterName, QStringLiteral("platform-canary"));

        // The job in the Jobs panel, with its Atlas restore job: every control named.
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        window().jobsPanel()->select(job);
        const QStringList nameless = AccessibilityAudit::namelessControls(window().jobsPanel());
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
    }
};

QTEST_MAIN(TestKeyboardFlows)
#include "tst_keyboard_flows.moc"
