#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QFuture>

#include <functional>
#include <memory>

namespace snapline {

// The catalog's single writer: a dedicated thread that owns the writer
// connection and runs posted write tasks one at a time, in posting order.
// Sync jobs on any thread post their pages here, so SQLite never sees two
// writers and no job waits on another's lock; the GUI thread never writes.
class CatalogWriter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogWriter)

public:
    // Runs on the writer thread with the writer connection; one call is
    // normally one Catalog write, i.e. one transaction.
    using Task = std::function<Status(Catalog &catalog)>;

    // Takes over an open writer connection (see Catalog::open).
    explicit CatalogWriter(std::unique_ptr<Catalog> catalog);
    // Runs every task already posted, then closes the connection.
    ~CatalogWriter();
    CatalogWriter(const CatalogWriter &) = delete;
    CatalogWriter &operator=(const CatalogWriter &) = delete;

    QString path() const { return m_path; }

    // Thread-safe. The future finishes with the task's Status; continue with
    // QFuture::then(context, …) rather than waiting on it.
    QFuture<Status> post(Task task);
    // For worker threads only: appends to the audit log and waits, so the
    // entry is in before the caller reports; answers its sequence number.
    Result<qint64> appendAuditAndWait(const AuditEntry &entry);

private:
    class Thread;
    QString m_path;
    std::unique_ptr<Thread> m_thread;
};

} // namespace snapline
