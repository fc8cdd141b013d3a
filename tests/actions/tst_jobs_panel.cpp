// The Jobs panel: its model under QAbstractItemModelTester while jobs start,
// progress, fail, get cancelled and are cleared; a failed row says why; the
// running count; elapsed time on an injected clock.
#include "jobs/job_list_model.h"
#include "jobs/jobs_panel.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace snapline;

namespace {

using TestJob = TypedJob<int, Error>;

// A job that reports progress and then waits until released (or cancelled),
// ending with `failure` when one is given.
struct Gate
{
    std::shared_ptr<QSemaphore> release = std::make_shared<QSemaphore>();

    TestJob *job(const QString &title, const QString &failure = {}) const
    {
        return new TestJob(title, [release = release, failure](JobContext &context) -> Result<int> {
            context.progress(1, 4, QStringLiteral("Working on it"));
            while (!release->tryAcquire(1, 10)) {
                if (context.isCancelled())
                    return Error{QStringLiteral("CANCELLED"),
                                 QStringLiteral("Stopped before anything was sent.")};
            }
            if (!failure.isEmpty())
                return Error{QStringLiteral("HTTP_500"), failure};
            context.progress(4, 4, QStringLiteral("All done"));
            return 42;
        });
    }
    void open(int jobs = 1) const { release->release(jobs); }
};

QString cell(const JobListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestJobsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheirJobsAndStayUntilCleared()
    {
        JobListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy running(&model, &JobListModel::runningCountChanged);
        Gate gate;
        const QString why = u"Atlas had a problem while trying to take an on-demand snapshot of cluster "
                            u"orders (HTTP 500); try again later. Atlas says: the disk is full and the "
                            u"snapshot could not be written."_qs;
        QPointer<Job> ok = gate.job(u"Take a snapshot of orders"_qs);
        QPointer<Job> bad = gate.job(u"Take a snapshot of ledger"_qs, why);
        model.track(ok);
        model.track(bad);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JobListModel::ColumnCount));
        QCOMPARE(model.runningCount(), 2);
        QCOMPARE(running.last().first().toInt(), 2);
        QCOMPARE(ok->parent(), &model); // the model keeps it alive
        ok->start();
        bad->start();
        QTRY_COMPARE(cell(model, 0, JobListModel::Progress), u"25%"_qs);
        QCOMPARE(cell(model, 0, JobListModel::State), u"Running"_qs);
        QCOMPARE(cell(model, 0, JobListModel::Stage), u"Working on it"_qs);
        QCOMPARE(cell(model, 0, JobListModel::Title), u"Take a snapshot of orders"_qs);
        QVERIFY(!cell(model, 0, JobListModel::Started).isEmpty());
        QCOMPARE(model.headerData(JobListModel::Elapsed, Qt::Horizontal).toString(), u"Elapsed"_qs);

        gate.open(2);
        QTRY_COMPARE(model.runningCount(), 0);
        QCOMPARE(running.last().first().toInt(), 0);
        QCOMPARE(cell(model, 0, JobListModel::State), u"Done"_qs);
        QCOMPARE(cell(model, 0, JobListModel::Progress), u"100%"_qs);
        QCOMPARE(cell(model, 0, JobListModel::Stage), u"All done"_qs);
        QCOMPARE(cell(model, 1, JobListModel::State), u"Failed"_qs);
        QCOMPARE(cell(model, 1, JobListModel::Stage), why);
        QCOMPARE(cell(model, 1, JobListModel::Title, Qt::ToolTipRole), why);
        QVERIFY(model.data(model.index(1, 0), JobListModel::FinishedRole).toBool());
        QCOMPARE(model.data(model.index(0, 0), JobListModel::JobRole).value<QObject *>(), ok.data());

        // Finished rows stay, and so do their jobs, until cleared.
        QCoreApplication::processEvents();
        QVERIFY(ok && bad);
        QVERIFY(model.hasFinished());
        model.clearFinished();
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!ok && !bad);
    }

    void thePanelCancelsTheSelectedJobAndClearsFinishedOnes()
    {
        JobListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobsPanel panel(&model);
        panel.show();
        QSignalSpy running(&panel, &JobsPanel::runningCountChanged);
        Gate gate;
        Job *first = gate.job(u"First"_qs);
        Job *second = gate.job(u"Second"_qs);
        model.track(first);
        model.track(second);
        first->start();
        second->start();
        auto *cancel = panel.findChild<QPushButton *>(u"cancelJobButton"_qs);
        auto *clear = panel.findChild<QPushButton *>(u"clearFinishedButton"_qs);
        QVERIFY(cancel && clear);
        QVERIFY(!cancel->isEnabled()); // nothing selected
        QVERIFY(!clear->isEnabled());
        QCOMPARE(panel.runningCount(), 2);

        panel.view()->selectRow(1);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(second->state(), Job::State::Cancelled);
        QCOMPARE(cell(model, 1, JobListModel::State), u"Cancelled"_qs);
        QCOMPARE(first->state(), Job::State::Running);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(clear->isEnabled());
        QCOMPARE(running.last().first().toInt(), 1);

        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.job(0), first);
        gate.open();
        QTRY_COMPARE(panel.runningCount(), 0);
    }

    void elapsedTimeComesFromTheClock()
    {
        auto clock = std::make_shared<ManualClock>(
                QDateTime::fromString(u"2026-11-24T12:00:00Z"_qs, Qt::ISODate));
        JobListModel model(clock);
        Gate gate;
        Job *job = gate.job(u"Slow"_qs);
        model.track(job);
        job->start();
        QCOMPARE(cell(model, 0, JobListModel::Elapsed), u"0 s"_qs);
        clock->advance(75);
        QCOMPARE(cell(model, 0, JobListModel::Elapsed), u"1 min 15 s"_qs);
        clock->advance(3600);
        QCOMPARE(cell(model, 0, JobListModel::Elapsed), u"1 h 1 min"_qs);
        gate.open();
        QTRY_VERIFY(job->isFinished());
        clock->advance(600); // a finished job's time stands still
        QCOMPARE(cell(model, 0, JobListModel::Elapsed), u"1 h 1 min"_qs);
    }

    void aJobDeletedElsewhereLeavesNoRow()
    {
        JobListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Gate gate;
        Job *job = gate.job(u"Short-lived"_qs);
        model.track(job);
        QCOMPARE(model.runningCount(), 1);
        delete job; // never started
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.runningCount(), 0);
    }
};

QTEST_MAIN(TestJobsPanel)
#include "tst_jobs_panel.moc"
