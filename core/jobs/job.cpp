#include "jobs/job.h"

#include <QMetaObject>
#include <QThread>
#include <QThreadPool>

namespace snapline {

void JobContext::progress(qint64 done, qint64 total, const QString &stage)
{
    std::lock_guard lock(m_mutex);
    m_last = {done, total, stage.isEmpty() ? m_last.stage : stage};
    if (!m_job)
        return;
    // Posted while holding the lock: the job cannot be destroyed in between, and Qt
    // drops events whose receiver is gone by the time they are delivered.
    Job *job = m_job;
    const JobProgress progress = m_last;
    QMetaObject::invokeMethod(
            job,
            [job, progress] {
                job->m_progress = progress;
                Q_EMIT job->progressChanged(progress);
            },
            Qt::QueuedConnection);
}

void JobContext::notify(std::function<void(Job &job)> update)
{
    std::lock_guard lock(m_mutex);
    if (!m_job)
        return;
    Job *job = m_job;
    QMetaObject::invokeMethod(
            job, [job, update = std::move(update)] { update(*job); }, Qt::QueuedConnection);
}

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_context(std::make_shared<JobContext>())
{
    qRegisterMetaType<JobProgress>();
    m_context->m_job = this;
}

Job::~Job()
{
    m_context->m_cancel = true;
    std::lock_guard lock(m_context->m_mutex);
    m_context->m_job = nullptr;
}

QThreadPool *Job::defaultPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(QThread::idealThreadCount(), 4));
        return p;
    }();
    return pool;
}

void Job::start(QThreadPool *pool)
{
    if (m_state != State::Pending)
        return;
    setState(State::Running);
    std::shared_ptr<JobContext> context = m_context;
    (pool ? pool : defaultPool())->start([this, context, work = makeWork()] {
        Deliverer deliver = work(*context);
        std::lock_guard lock(context->m_mutex);
        if (context->m_job)
            QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
    });
}

void Job::cancel()
{
    m_context->m_cancel = true;
}

void Job::conclude(bool ok, const QString &errorMessage, bool cancelled)
{
    m_errorMessage = errorMessage;
    setState(ok ? State::Succeeded : cancelled ? State::Cancelled : State::Failed);
    Q_EMIT finished();
}

void Job::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace snapline
