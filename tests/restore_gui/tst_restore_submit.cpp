// Submitting a restore from the wizard in the console window, on a real
// sandbox that records every request: the typed name guards Submit, a
// double-click makes one job and one request, the job shows in the Jobs
// panel and completes, the cluster reloads with it; a download done with the
// keyboard alone; Escape sends nothing.
#include "jobs/job_list_model.h"
#include "pages/cluster_page.h"
#include "restore/restore_delivery_page.h"
#include "restore/restore_operation_job.h"
#include "restore/restore_preflight_page.h"
#include "restore_wizard_driver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestRestoreSubmit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<RestoreWizardDriver> m_driver;

    ConsoleFixture &console() { return *m_console; }
    RestoreWizardDriver &driver() { return *m_driver; }
    ClusterPage *page() { return console().window().clusterPage(); }
    ClusterActions *actions() { return console().window().clusterActions(); }

    int restoreRequests(const QString &cluster)
    {
        return int(console()
                           .sandbox()
                           .requests("POST", cluster + QStringLiteral("/backup/restoreJobs$"))
                           .size());
    }

    static bool isClosed(const QPointer<RestoreWizard> &wizard)
    {
        const RestoreWizard *w = wizard.data();
        return !w || !w->isVisible();
    }

    // Waits until Atlas has the job, moves sandbox time on so it finishes, and waits for the end.
    void finish(RestoreOperationJob *job)
    {
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        QVERIFY2(job->restoreJob().has_value(), qPrintable(job->errorMessage()));
        QCOMPARE(console().sandbox().admin("POST", QStringLiteral("advance"), "{\"seconds\": 400}"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        m_driver = std::make_unique<RestoreWizardDriver>(*m_console);
        QVERIFY(console().isUp());
        QCOMPARE(console().sandbox().admin("PUT", QStringLiteral("settings"), "{\"restoreFailureRate\": 0}"),
                 200);
        QVERIFY(console().openAndSync());
        driver().pollQuickly();
    }

    void cleanup() { driver().closeAll(); } // a failed test leaves no wizard for the next

    void cleanupTestCase()
    {
        m_driver.reset();
        m_console.reset();
    }

    void theTypedNameGuardsSubmitAndADoubleClickSendsOnce()
    {
        QVERIFY(console().openCluster(QStringLiteral("Platform-Dev"), QStringLiteral("platform-target")));
        const auto snapshot = driver().snapshotOnPage();
        QVERIFY(snapshot);
        QVERIFY(driver().selectOnPage(snapshot->id));
        actions()->action(ClusterActions::Id::Restore)->trigger();
        RestoreWizard *wizard = driver().wizard();
        const QPointer<RestoreWizard> open(wizard); // it deletes itself once closed
        QVERIFY(wizard);
        QVERIFY(driver().toTargets(wizard));
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Platform-Dev"),
                                     QStringLiteral("platform-target")));
        QVERIFY(driver().toPreflight(wizard));

        RestorePreflightPage *preflight = wizard->preflightPage();
        QVERIFY(wizard->check() && wizard->check()->allowed());
        QVERIFY(preflight->requestView()->toPlainText().startsWith(
                QStringLiteral("POST /api/atlas/v2/groups/")));
        QVERIFY(preflight->requestView()->toPlainText().contains(snapshot->id));
        QAbstractButton *submit = wizard->button(QWizard::FinishButton);
        QCOMPARE(submit->objectName(), QStringLiteral("submitButton"));
        QVERIFY(!submit->isEnabled());
        QLineEdit *name = preflight->confirmEdit();
        QTest::keyClicks(name, QStringLiteral("platform-targe"));
        QVERIFY(!submit->isEnabled());
        QTest::keyClicks(name, QStringLiteral("t "));
        QVERIFY(!submit->isEnabled()); // exactly the name, nothing around it
        QTest::keyClick(name, Qt::Key_Backspace);
        QCOMPARE(name->text(), QStringLiteral("platform-target"));
        QVERIFY(submit->isEnabled());
        name->setText(QStringLiteral("Platform-Target"));
        QVERIFY(!submit->isEnabled());
        name->setText(QStringLiteral("platform-target"));
        QVERIFY(submit->isEnabled());

        const int requestsBefore = restoreRequests(QStringLiteral("platform-target"));
        const int rows = console().window().jobs()->rowCount();
        QSignalSpy started(actions(), &ClusterActions::restoreStarted);
        // What a person's double-click sends (QTest::mouseDClick alone sends only the second press).
        QTest::mousePress(submit, Qt::LeftButton);
        QTest::mouseRelease(submit, Qt::LeftButton);
        QTest::mouseDClick(submit, Qt::LeftButton);
        QTest::mouseRelease(submit, Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QCOMPARE(console().window().jobs()->rowCount(), rows + 1);
        QTRY_VERIFY(isClosed(open));

        // The one job is in the Jobs panel, and is followed to its end.
        auto *job = qobject_cast<RestoreOperationJob *>(console().window().jobs()->job(rows));
        QVERIFY(job);
        QCOMPARE(started.first().first().value<RestoreOperationJob *>(), job);
        QCOMPARE(job->order().targetClusterName, QStringLiteral("platform-target"));
        finish(job);
        QCOMPARE(restoreRequests(QStringLiteral("platform-target")), requestsBefore + 1);
        QCOMPARE(console().window().jobs()->rowCount(), rows + 1);
        const QString atlasJob = job->restoreJob()->id;
        // The page reloads from the catalog and lists the restore.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(page()->detail()->restoreJobs.cbegin(),
                                             page()->detail()->restoreJobs.cend(),
                                             [&](const RestoreJob &r) { return r.id == atlasJob; }),
                                 20000);
    }

    void aDownloadIsDoneWithTheKeyboardAlone()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-events")));
        actions()->action(ClusterActions::Id::Restore)->trigger();
        RestoreWizard *wizard = driver().wizard();
        const QPointer<RestoreWizard> open(wizard); // it deletes itself once closed
        QVERIFY(wizard);
        QVERIFY(wizard->order().snapshotId); // the newest snapshot waits chosen
        QTRY_VERIFY(wizard->isActiveWindow() || QApplication::focusWidget());
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Return); // Next
        QCOMPARE(wizard->currentId(), int(RestoreWizard::DeliveryPageId));

        // Tab to the delivery choice, then the arrow key picks the download.
        RestoreDeliveryPage *delivery = wizard->deliveryPage();
        for (int i = 0; i < 8 && QApplication::focusWidget() != delivery->automatedChoice(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(delivery->automatedChoice()));
        QTest::keyClick(delivery->automatedChoice(), Qt::Key_Down);
        QVERIFY(delivery->downloadChoice()->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next: a download needs no target
        QCOMPARE(wizard->currentId(), int(RestoreWizard::PreflightPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->preflightPage()->isLoading(), 30000);
        QVERIFY(wizard->check() && wizard->check()->allowed());
        QCOMPARE(wizard->preflightPage()->expectedName(), QStringLiteral("analytics-events"));

        const int requestsBefore = restoreRequests(QStringLiteral("analytics-events"));
        const int rows = console().window().jobs()->rowCount();
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(wizard->preflightPage()->confirmEdit()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("analytics-events"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Submit
        QCOMPARE(console().window().jobs()->rowCount(), rows + 1);
        QTRY_VERIFY(isClosed(open));
        auto *job = qobject_cast<RestoreOperationJob *>(console().window().jobs()->job(rows));
        QVERIFY(job && job->order().isDownload());
        finish(job);
        QCOMPARE(restoreRequests(QStringLiteral("analytics-events")), requestsBefore + 1);
        QVERIFY(job->result()->value().job.deliveryType == DeliveryType::Download);
    }

    void escapeSendsNothing()
    {
        QVERIFY(console().openCluster(QStringLiteral("Analytics"), QStringLiteral("analytics-etl")));
        const int rows = console().window().jobs()->rowCount();
        const int requestsBefore = restoreRequests(QStringLiteral("analytics-etl"));
        actions()->action(ClusterActions::Id::Restore)->trigger();
        RestoreWizard *wizard = driver().wizard();
        const QPointer<RestoreWizard> open(wizard); // it deletes itself once closed
        QVERIFY(wizard);
        QVERIFY(driver().toTargets(wizard));
        QVERIFY(driver().clickTarget(wizard, QStringLiteral("Analytics"), QStringLiteral("analytics-etl")));
        QVERIFY(driver().toPreflight(wizard));
        QTest::keyClicks(wizard->preflightPage()->confirmEdit(), QStringLiteral("analytics-etl"));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::keyClick(wizard->preflightPage()->confirmEdit(), Qt::Key_Escape);
        QTRY_VERIFY(isClosed(open));
        QCOMPARE(console().window().jobs()->rowCount(), rows);
        QCOMPARE(restoreRequests(QStringLiteral("analytics-etl")), requestsBefore);
    }
};

QTEST_MAIN(TestRestoreSubmit)
#include "tst_restore_submit.moc"
