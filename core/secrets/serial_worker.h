#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace snapline {

// Runs tasks one after another, in the order given, on a thread of its own;
// each task's result arrives through a QFuture. Unlike QtConcurrent, a task
// is never run early on a thread that waits for it, so order is kept.
// Destroying the worker finishes the tasks already given.
class SerialWorker
{
public:
    explicit SerialWorker(const QString &name);
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    template<typename Task>
    QFuture<std::invoke_result_t<Task>> run(Task task)
    {
        using T = std::invoke_result_t<Task>;
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
                m_context,
                [promise, task] {
                    promise->addResult(task());
                    promise->finish();
                },
                Qt::QueuedConnection);
        return future;
    }

private:
    QThread m_thread;
    QObject *m_context; // lives on m_thread
};

} // namespace snapline
