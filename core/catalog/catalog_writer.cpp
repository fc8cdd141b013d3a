#include "catalog/catalog_writer.h"

#include "catalog/catalog_log.h"

#include <QPromise>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace snapline {

class CatalogWriter::Thread final : public QThread
{
public:
    explicit Thread(std::unique_ptr<Catalog> catalog)
        : m_catalog(std::move(catalog))
    {
        setObjectName(QStringLiteral("catalog-writer"));
    }

    // False once stopping: the task is not queued.
    bool enqueue(Task task, QPromise<Status> promise)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopping)
                return false;
            m_queue.push_back({std::move(task), std::move(promise)});
        }
        m_wake.notify_one();
        return true;
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        wait();
    }

protected:
    void run() override
    {
        for (;;) {
            Pending next;
            {
                std::unique_lock lock(m_mutex);
                if (m_queue.empty() && !m_stopping) {
                    lock.unlock();
                    foldLog();
                    lock.lock();
                }
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty())
                    break; // stopping, and everything posted has run
                next = std::move(m_queue.front());
                m_queue.pop_front();
            }
            next.promise.addResult(next.task(*m_catalog));
            next.promise.finish();
        }
        m_catalog.reset(); // the connection closes on the thread that used it
    }

private:
    void foldLog()
    {
        if (const Status done = m_catalog->checkpoint(); !done)
            qCWarning(lcCatalog) << done.error().message;
    }

    struct Pending
    {
        Task task;
        QPromise<Status> promise;
    };

    std::unique_ptr<Catalog> m_catalog;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
};

CatalogWriter::CatalogWriter(std::unique_ptr<Catalog> catalog)
    : m_path(catalog->path())
    , m_thread(std::make_unique<Thread>(std::move(catalog)))
{
    m_thread->start();
}

CatalogWriter::~CatalogWriter()
{
    m_thread->stop();
}

QFuture<Status> CatalogWriter::post(Task task)
{
    QPromise<Status> promise;
    QFuture<Status> future = promise.future();
    // Started here, not on the writer thread: until its promise starts, a future is not running and
    // QFuture::result() returns at once with nothing to read instead of waiting.
    promise.start();
    if (!m_thread->enqueue(std::move(task), std::move(promise))) {
        qCWarning(lcCatalog) << "a catalog write was posted while the writer was stopping";
        QPromise<Status> refused;
        future = refused.future();
        refused.start();
        refused.addResult(Status(Error{QStringLiteral("catalog.stopped"),
                                       tr("The local catalog is closing; the change was not saved.")}));
        refused.finish();
    }
    return future;
}

Result<qint64> CatalogWriter::appendAuditAndWait(const AuditEntry &entry)
{
    auto sequence = std::make_shared<qint64>(0);
    QFuture<Status> written = post([entry, sequence](Catalog &catalog) -> Status {
        auto appended = catalog.appendAudit(entry);
        if (!appended)
            return appended.error();
        *sequence = *appended;
        return Done{};
    });
    written.waitForFinished();
    if (const Status stored = written.result(); !stored)
        return stored.error();
    return *sequence;
}

} // namespace snapline
