#pragma once

#include "catalog/catalog_writer.h"

#include <QFuture>
#include <QList>

namespace snapline {

// Writes posted to the catalog's single writer without waiting for each one:
// a sync worker goes on reading while its pages are stored, and learns at
// settle() whether they all were.
class PendingWrites
{
public:
    explicit PendingWrites(CatalogWriter &writer)
        : m_writer(writer)
    {}
    ~PendingWrites() { settle().ok(); } // nothing is left running behind the worker's back

    void post(CatalogWriter::Task task) { m_futures << m_writer.post(std::move(task)); }

    // Waits for everything posted; the first failure, if any.
    Status settle()
    {
        Status outcome = Done{};
        for (QFuture<Status> &f : m_futures) {
            const Status s = f.result();
            if (!s && outcome)
                outcome = s;
        }
        m_futures.clear();
        return outcome;
    }

private:
    CatalogWriter &m_writer;
    QList<QFuture<Status>> m_futures;
};

} // namespace snapline
