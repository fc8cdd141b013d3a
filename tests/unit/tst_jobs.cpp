// Jobs: work on a worker thread, progress and the typed result delivered on
// the job's own thread, cancel, and a job destroyed while it runs.
#include "atlas/atlas_error.h"
#include "jobs/job.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <thread>

using namespace snapline;

using CountJob = TypedJob<int, AtlasError>;

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultAndProgressArriveOnTheOwnerThread()
    {
        QThread *workThread = nullptr;
        CountJob job(QStringLiteral("count"), [&](JobContext &context) -> Result<int, AtlasError> {
            workThread = QThread::currentThread();
            for (int i = 1; i <= 3; ++i)
                context.progress(i, 3, QStringLiteral("step %1").arg(i));
            return 42;
        });
        QList<JobProgress> seen;
        QList<QThread *> signalThreads;
        connect(&job, &Job::progressChanged, this, [&](const JobProgress &p) {
            seen << p;
            signalThreads << QThread::currentThread();
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.last().done, 3);
        QCOMPARE(seen.last().stage, QStringLiteral("step 3"));
        QVERIFY(std::all_of(signalThreads.begin(), signalThreads.end(),
                            [](QThread *t) { return t == QThread::currentThread(); }));
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(job.result()->value(), 42);
    }

    void failuresCarryTheirMessage()
    {
        CountJob job(QStringLiteral("fail"), [](JobContext &) -> Result<int, AtlasError> {
            AtlasError error;
            error.httpStatus = 403;
            error.message = QStringLiteral("The credentials lack a role.");
            return error;
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.errorMessage(), QStringLiteral("The credentials lack a role."));
        QCOMPARE(job.result()->error().httpStatus, 403);
    }

    void cancelEndsAsCancelled()
    {
        std::atomic_bool started = false;
        CountJob job(QStringLiteral("wait"), [&](JobContext &context) -> Result<int, AtlasError> {
            started = true;
            while (!context.isCancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            AtlasError error;
            error.kind = AtlasError::Kind::Cancelled;
            return error;
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(started.load());
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.state(), Job::State::Cancelled);
    }

    void aJobDestroyedWhileRunningIsSafe()
    {
        QThreadPool pool;
        std::atomic_bool started = false;
        std::atomic_bool release = false;
        auto *job
                = new CountJob(QStringLiteral("orphan"), [&](JobContext &context) -> Result<int, AtlasError> {
                      started = true;
                      while (!release)
                          std::this_thread::sleep_for(std::chrono::milliseconds(2));
                      context.progress(1, 1); // reported after the job is gone: dropped
                      return 1;
                  });
        job->start(&pool);
        QTRY_VERIFY(started.load());
        delete job;
        release = true;
        QVERIFY(pool.waitForDone(5000));
        QCoreApplication::processEvents(); // a late delivery would crash here
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
