// Every control of the console a screen reader meets has a name: the real
// window on a real sandbox, on the posture page, a project's charts and
// every tab of a cluster page, and every dialog the console opens — the
// action dialogs and confirmations, the restore wizard page by page, the
// report export, the profile dialogs and the about box. Form fields are
// tied to their labels, every menu item has text, and no shortcut is
// claimed twice. A failure lists each widget with its parent chain.
#include "accessibility_audit.h"
#include "actions/change_retention_dialog.h"
#include "actions/cluster_actions.h"
#include "actions/message_box.h"
#include "actions/policy_editor_dialog.h"
#include "actions/take_snapshot_dialog.h"
#include "charts/chart_frame.h"
#include "charts/charts_panel.h"
#include "charts/storage_chart_view.h"
#include "console_fixture.h"
#include "pages/cluster_page.h"
#include "pages/posture_page.h"
#include "profile/profile_store.h"
#include "profiles/atlas_cli_import_dialog.h"
#include "profiles/profile_dialog.h"
#include "profiles/profiles_menu.h"
#include "report/export_report_dialog.h"
#include "restore/restore_preflight_page.h"
#include "restore/restore_target_page.h"
#include "restore_wizard_driver.h"
#include "secrets/memory_secret_store.h"
#include "theme/theme_menu.h"
#include "timeline/timeline_widget.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

// Every finding of the audit under `root`, one a line (empty when none).
QString findings(const QWidget *root)
{
    const QStringList nameless = AccessibilityAudit::namelessControls(root);
    const QStringList unlabelled = AccessibilityAudit::unlabelledFields(root);
    QStringList lines;
    if (!nameless.isEmpty())
        lines << QStringLiteral("%1 control(s) without an accessible name:").arg(nameless.size()) << nameless;
    if (!unlabelled.isEmpty())
        lines << QStringLiteral("%1 field(s) not tied to a label:").arg(unlabelled.size()) << unlabelled;
    return lines.join(QStringLiteral("\n  "));
}

template<typename T>
T *visibleWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

} // namespace

#define AUDIT(root)                                                                                          \
    do {                                                                                                     \
        const QString found = findings(root);                                                                \
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n  ") + found));                               \
    } while (false)

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<RestoreWizardDriver> m_driver;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfilesMenu> m_profilesMenu;
    std::unique_ptr<ThemeMenu> m_themeMenu;

    ConsoleFixture &console() { return *m_console; }
    MainWindow &window() { return console().window(); }
    ClusterPage *page() { return window().clusterPage(); }
    ClusterActions *actions() { return window().clusterActions(); }

    // Opens a cluster and selects its newest completed snapshot, as a click in the table would.
    bool openWithSnapshot(const QString &project, const QString &cluster)
    {
        if (!console().openCluster(project, cluster))
            return false;
        const auto snapshot = m_driver->snapshotOnPage();
        return snapshot && m_driver->selectOnPage(snapshot->id);
    }

    bool trigger(ClusterActions::Id id)
    {
        QAction *action = actions()->action(id);
        if (!QTest::qWaitFor([action] { return action->isEnabled(); }, 10000))
            return false;
        action->trigger();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        m_driver = std::make_unique<RestoreWizardDriver>(*m_console);
        QVERIFY(console().isUp());
        QVERIFY(console().openAndSync());
        // The menus the application adds to the window, as main.cpp does.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_secrets = std::make_shared<MemorySecretStore>();
        const Result<Profile> stored = m_profiles->create(console().profile());
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        m_profilesMenu = std::make_unique<ProfilesMenu>(*m_profiles, m_secrets, &window());
        m_profilesMenu->attach(window().profilesMenu());
        m_profilesMenu->setActiveProfile(stored->id);
        m_themeMenu = std::make_unique<ThemeMenu>(*qApp);
        m_themeMenu->addTo(window().viewMenu());
    }

    void cleanup()
    {
        // A failed check leaves no dialog open for the next one.
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
                dialog->reject();
        }
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void cleanupTestCase()
    {
        m_profilesMenu.reset();
        m_themeMenu.reset();
        m_driver.reset();
        m_console.reset();
    }

    void thePosturePage()
    {
        QVERIFY(window().navigator()->select({console().orgId(), {}, {}}));
        auto *pages = window().findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(window().posturePage()));
        AUDIT(&window());
    }

    void aProjectWithItsCharts()
    {
        const QString analytics = console().sandbox().projectId(QStringLiteral("Analytics"));
        QVERIFY(window().navigator()->select({console().orgId(), analytics, {}}));
        QTRY_VERIFY(!window().posturePage()->charts()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(window().posturePage()->charts()->storageChart()->isShowingChart(), 20000);
        AUDIT(&window());
    }

    void everyTabOfAClusterPage_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("cluster");
        QTest::newRow("point in time, compliance") << "Payments"
                                                   << "payments-api";
        QTest::newRow("snapshots only") << "Analytics"
                                        << "analytics-events";
    }

    void everyTabOfAClusterPage()
    {
        QFETCH(QString, project);
        QFETCH(QString, cluster);
        QVERIFY(openWithSnapshot(project, cluster));
        QTabWidget *tabs = page()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(tabs->currentWidget()->isVisible());
            if (auto *charts = qobject_cast<ChartsPanel *>(tabs->currentWidget())) // drawn on a worker
                QTRY_VERIFY_WITH_TIMEOUT(charts->storageChart()->isShowingChart(), 20000);
            const QString found = findings(&window());
            QVERIFY2(found.isEmpty(),
                     qPrintable(QStringLiteral("tab %1:\n  %2").arg(tabs->tabText(i), found)));
        }
        tabs->setCurrentIndex(0);
    }

    void theTimelineSaysWhatIsSelected()
    {
        QVERIFY(openWithSnapshot(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        TimelineWidget *timeline = page()->timeline();
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(timeline);
        QVERIFY(a);
        QCOMPARE(a->role(), QAccessible::Chart);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Snapshot timeline"));
        const QString described = a->text(QAccessible::Description);
        QVERIFY2(described.startsWith(QStringLiteral("Timeline: "))
                         && described.contains(QStringLiteral("selected:")),
                 qPrintable(described));
        // The value is the snapshot selected, then the point-in-time cursor.
        const Snapshot *selected = page()->detail()->snapshot(timeline->selectedSnapshotId());
        QVERIFY(selected);
        const QString value = a->text(QAccessible::Value);
        QVERIFY2(value.contains(selected->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(value));
        QVERIFY2(value.contains(QStringLiteral("point in time")), qPrintable(value));
    }

    void customWidgetsDescribeThemselves()
    {
        // The charts of a cluster: each names what it shows and says it in words.
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        auto *charts = page()->findChild<ChartsPanel *>(QStringLiteral("chartsPanel"));
        page()->tabs()->setCurrentWidget(charts);
        QTRY_VERIFY_WITH_TIMEOUT(charts->storageChart()->isShowingChart(), 20000);
        for (ChartFrame *frame : charts->findChildren<ChartFrame *>()) {
            QList<QWidget *> described{frame};
            if (frame->isShowingChart()) // else the frame says why there is nothing to draw
                described << frame->chartView();
            for (QWidget *w : described) {
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                QVERIFY(a);
                QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(AccessibilityAudit::describe(w)));
                QVERIFY2(!a->text(QAccessible::Description).isEmpty(),
                         qPrintable(AccessibilityAudit::describe(w)));
            }
        }
        page()->tabs()->setCurrentIndex(0);
        // The posture grid says what its rows hold.
        QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(window().posturePage()->table());
        QVERIFY(!grid->text(QAccessible::Name).isEmpty());
        QVERIFY(!grid->text(QAccessible::Description).isEmpty());
    }

    void theMenusAndToolBar()
    {
        QVERIFY(openWithSnapshot(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        QStringList problems = AccessibilityAudit::textlessActions(window().menuBar()->actions(),
                                                                   QStringLiteral("menu bar"));
        for (QAction *menu : window().menuBar()->actions()) {
            if (!menu->text().contains(u'&'))
                problems << QStringLiteral("menu “%1” has no mnemonic: Alt cannot open it").arg(menu->text());
        }
        QMenu *snapshotMenu = actions()->createSnapshotMenu(*page()->selectedSnapshotId(), &window());
        problems << AccessibilityAudit::textlessActions(snapshotMenu->actions(),
                                                        QStringLiteral("snapshot table's menu"));
        delete snapshotMenu;
        problems << AccessibilityAudit::ambiguousShortcuts(&window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
    }

    void theTakeSnapshotDialog()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        QVERIFY(trigger(ClusterActions::Id::TakeSnapshot));
        auto *dialog = visibleWindow<TakeSnapshotDialog>();
        QVERIFY(dialog);
        AUDIT(dialog);
    }

    void theChangeRetentionDialog()
    {
        QVERIFY(openWithSnapshot(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        QVERIFY(trigger(ClusterActions::Id::ChangeRetention));
        auto *dialog = visibleWindow<ChangeRetentionDialog>();
        QVERIFY(dialog);
        AUDIT(dialog);
    }

    void theDeleteConfirmation()
    {
        QVERIFY(openWithSnapshot(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        QVERIFY(trigger(ClusterActions::Id::DeleteSnapshot));
        auto *box = visibleWindow<QMessageBox>();
        QVERIFY(box);
        AUDIT(box);
    }

    void thePolicyEditor()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-etl")));
        QVERIFY(trigger(ClusterActions::Id::EditPolicy));
        auto *dialog = visibleWindow<PolicyEditorDialog>();
        QVERIFY(dialog);
        AUDIT(dialog);
    }

    void theSwitchConfirmations_data()
    {
        QTest::addColumn<ClusterActions::Id>("id");
        QTest::newRow("point in time") << ClusterActions::Id::TogglePit;
        QTest::newRow("cloud backup") << ClusterActions::Id::ToggleBackup;
    }

    void theSwitchConfirmations()
    {
        QFETCH(ClusterActions::Id, id);
        QVERIFY(console().openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        QVERIFY(trigger(id));
        auto *box = visibleWindow<QMessageBox>();
        QVERIFY(box);
        AUDIT(box);
    }

    void theComplianceDialogAndAnExplanation()
    {
        QVERIFY(openWithSnapshot(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QVERIFY(trigger(ClusterActions::Id::ShowCompliance));
        QDialog *compliance = nullptr;
        QTRY_VERIFY((compliance = window().findChild<QDialog *>(QStringLiteral("complianceDialog"))));
        QTRY_VERIFY(compliance->isVisible());
        AUDIT(compliance);
        compliance->close();
        // A refused action explains itself in a box of its own.
        QTRY_VERIFY(!actions()->action(ClusterActions::Id::DeleteSnapshot)->isEnabled());
        actions()->trigger(ClusterActions::Id::DeleteSnapshot);
        auto *box = visibleWindow<QMessageBox>();
        QVERIFY(box);
        AUDIT(box);
    }

    void everyPageOfTheRestoreWizard()
    {
        QVERIFY(openWithSnapshot(QStringLiteral("Platform-Dev"), QStringLiteral("platform-canary")));
        QVERIFY(trigger(ClusterActions::Id::Restore));
        RestoreWizard *wizard = m_driver->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SourcePageId));
        AUDIT(wizard);
        QVERIFY(m_driver->next(wizard));
        QCOMPARE(wizard->currentId(), int(RestoreWizard::DeliveryPageId));
        AUDIT(wizard);
        QVERIFY(m_driver->toTargets(wizard));
        AUDIT(wizard);
        QVERIFY(m_driver->clickTarget(wizard, QStringLiteral("Platform-Dev"),
                                      QStringLiteral("platform-canary")));
        QVERIFY(m_driver->toPreflight(wizard));
        AUDIT(wizard);
    }

    void theExportReportDialog()
    {
        window().findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        auto *dialog = visibleWindow<ExportReportDialog>();
        QVERIFY(dialog);
        AUDIT(dialog);
    }

    void theAboutBox()
    {
        window().findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleWindow<QMessageBox>()));
        AUDIT(box);
    }

    void theProfileDialogs_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("add") << "addProfile";
        QTest::newRow("edit") << "editProfile";
        QTest::newRow("import from the Atlas CLI") << "importAtlasCli";
        QTest::newRow("remove") << "removeProfile";
    }

    void theProfileDialogs()
    {
        QFETCH(QString, item);
        QAction *action = window().profilesMenu()->findChild<QAction *>(item);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QDialog *dialog = m_profilesMenu->openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        AUDIT(dialog);
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessible_names.moc"
