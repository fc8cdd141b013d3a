#pragma once

#include "util/result.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThreadPool;

namespace snapline {

// How far a job has come: `done` of `total` units (total 0: unknown), and
// what it is doing now in words.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString stage;
};

// What a job's work sees on its worker thread: the cancel flag to hand to
// calls, and a way to report progress. Safe to use after the Job is gone.
class JobContext
{
public:
    bool isCancelled() const { return m_cancel.load(); }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    void progress(qint64 done, qint64 total, const QString &stage = {});
    // Runs `update` on the job's thread with the job, unless it is gone by
    // then: how a job hands typed news (beyond progress) to its own signals.
    void notify(std::function<void(class Job &job)> update);

private:
    friend class Job;
    std::atomic_bool m_cancel = false;
    std::mutex m_mutex;
    class Job *m_job = nullptr; // cleared when the Job is destroyed
    JobProgress m_last;
};

// A long operation run on a worker thread: it reports progress, can be
// cancelled, and finishes once with a typed result (see TypedJob). Signals
// arrive on the thread the job lives in (the GUI thread), never on the
// worker; destroying a running job is safe (its result is then dropped).
class Job : public QObject
{
    Q_OBJECT

public:
    enum class State { Pending, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(QString title, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Pending && m_state != State::Running; }
    JobProgress progress() const { return m_progress; }
    QString errorMessage() const { return m_errorMessage; }

    // Starts the work on `pool` (the shared job pool by default).
    void start(QThreadPool *pool = nullptr);
    // Asks the work to stop; it ends as Cancelled as soon as it notices.
    virtual void cancel();

    static QThreadPool *defaultPool();

Q_SIGNALS:
    void progressChanged(const snapline::JobProgress &progress);
    void stateChanged(snapline::Job::State state);
    void finished();

protected:
    // The work, made on the job's own thread when it starts. It runs on a worker
    // thread, must not touch the job, and returns the deliverer that stores the
    // result back on the job's thread (only called while the job exists).
    using Deliverer = std::function<void()>;
    virtual std::function<Deliverer(JobContext &context)> makeWork() = 0;
    // For deliverers: ends the job with this outcome.
    void conclude(bool ok, const QString &errorMessage, bool cancelled);

private:
    friend class JobContext;
    void setState(State state);

    QString m_title;
    State m_state = State::Pending;
    JobProgress m_progress;
    QString m_errorMessage;
    std::shared_ptr<JobContext> m_context;
};

// A job whose work returns Result<T, E>; `result()` is valid after finished().
template<typename T, typename E>
class TypedJob : public Job
{
public:
    using Value = Result<T, E>;
    using Work = std::function<Value(JobContext &context)>;

    TypedJob(QString title, Work work, QObject *parent = nullptr)
        : Job(std::move(title), parent)
        , m_work(std::move(work))
    {}

    const std::optional<Value> &result() const { return m_result; }

protected:
    std::function<Deliverer(JobContext &context)> makeWork() override
    {
        return [this, work = m_work](JobContext &context) -> Deliverer {
            auto value = std::make_shared<Value>(work(context));
            const bool cancelled = context.isCancelled();
            return [this, value, cancelled] {
                m_result = std::move(*value);
                conclude(m_result->ok(), m_result->ok() ? QString() : m_result->error().message,
                         cancelled && !m_result->ok());
            };
        };
    }

private:
    Work m_work;
    std::optional<Value> m_result;
};

} // namespace snapline

Q_DECLARE_METATYPE(snapline::JobProgress)
