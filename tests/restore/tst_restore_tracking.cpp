// Following a restore on the desktop: the Jobs panel shows Atlas's job, a
// download's links with a countdown to their expiry and a copy button, and
// the notifier tells when a restore completes, fails or is cancelled.
#include "jobs/desktop_notifier.h"
#include "jobs/job_list_model.h"
#include "jobs/jobs_panel.h"
#include "jobs/restore_job_view.h"
#include "restore/restore_operation_job.h"
#include "restore_test_environment.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestRestoreTracking : public QObject
{
    Q_OBJECT

private:
    RestoreTestEnvironment m_env;
    QString m_analytics;

    RestoreOperationJob *makeJob(const QString &cluster, DeliveryType delivery)
    {
        RestoreOrder order;
        order.projectId = m_analytics;
        order.clusterName = cluster;
        order.snapshotId = m_env.newestCompleted(m_analytics, cluster).id;
        order.delivery = delivery;
        if (delivery != DeliveryType::Download) {
            order.targetProjectId = m_analytics;
            order.targetClusterName = cluster;
        }
        RestoreOptions options;
        options.polling = {20, 200};
        return new RestoreOperationJob(order, options, m_env.services());
    }

    void finishRestores() { QVERIFY(m_env.finishRestores()); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DesktopNotifier::Notification>();
        QVERIFY(m_env.start(u"Analytics"_qs));
        m_analytics = m_env.projectId(u"Analytics"_qs);
    }

    void init()
    {
        QCOMPARE(m_env.sandbox().admin("PUT", u"settings"_qs, R"({"restoreFailureRate": 0})"), 200);
    }

    void aDownloadShowsItsLinksWithACountdownAndCopiesThem()
    {
        auto clock = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc());
        JobListModel jobs(clock);
        JobsPanel panel(&jobs);
        DesktopNotifier notifier;
        notifier.watch(&jobs);
        QSignalSpy notified(&notifier, &DesktopNotifier::notified);

        RestoreOperationJob *job = makeJob(u"analytics-events"_qs, DeliveryType::Download);
        jobs.track(job);
        job->start();
        panel.select(job);
        RestoreJobView *view = panel.restoreView();
        QCOMPARE(view->job(), job);
        QVERIFY(!view->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value(), 30000);
        QTRY_VERIFY(view->summaryLabel()->text().contains(job->restoreJob()->id));
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        const RestoreJob done = *job->restoreJob();
        QVERIFY(!done.deliveryUrls.isEmpty());
        QVERIFY(done.expiresAt.isValid());
        QTRY_COMPARE(view->linkList()->count(), done.deliveryUrls.size());

        // The countdown follows the clock to the second, then says the links expired.
        clock->set(done.expiresAt.addSecs(-(3600 + 2 * 60 + 5)));
        QTRY_VERIFY(view->expiryText().contains(u"expire in 1 h 2 min 5 s"));
        QVERIFY(view->copyButton()->isEnabled());
        view->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), done.deliveryUrls.join(u'\n'));
        clock->set(done.expiresAt.addSecs(1));
        QTRY_VERIFY(view->expiryText().contains(u"expired"));
        QTRY_VERIFY(!view->copyButton()->isEnabled());

        QTRY_COMPARE(notified.size(), 1);
        const auto n = notified.first().first().value<DesktopNotifier::Notification>();
        QCOMPARE(n.title, u"Restore completed"_qs);
        QVERIFY(n.message.contains(u"download link"));
        QVERIFY(n.level == DesktopNotifier::Level::Information);
    }

    void aFailedRestoreIsACriticalNotification()
    {
        QCOMPARE(m_env.sandbox().admin("PUT", u"settings"_qs, R"({"restoreFailureRate": 1})"), 200);
        JobListModel jobs;
        DesktopNotifier notifier;
        notifier.watch(&jobs);
        RestoreOperationJob *job = makeJob(u"analytics-reports"_qs, DeliveryType::Automated);
        jobs.track(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), Job::State::Failed);
        QTRY_COMPARE(notifier.history().size(), 1);
        QCOMPARE(notifier.history().first().title, u"Restore failed"_qs);
        QVERIFY(notifier.history().first().level == DesktopNotifier::Level::Critical);
        QVERIFY(notifier.history().first().message.contains(u"failed"));
    }

    void aCancelledRestoreIsAWarningNotification()
    {
        JobListModel jobs;
        JobsPanel panel(&jobs);
        DesktopNotifier notifier;
        notifier.watch(&jobs);
        RestoreOperationJob *job = makeJob(u"analytics-etl"_qs, DeliveryType::Automated);
        jobs.track(job);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        QVERIFY2(job->restoreJob().has_value(), qPrintable(job->errorMessage()));
        panel.select(job);
        auto *cancel = panel.findChild<QPushButton *>(u"cancelJobButton"_qs);
        QVERIFY(cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(u"Atlas"));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QTRY_COMPARE(notifier.history().size(), 1);
        QCOMPARE(notifier.history().first().title, u"Restore cancelled"_qs);
    }
};

QTEST_MAIN(TestRestoreTracking)
#include "tst_restore_tracking.moc"
