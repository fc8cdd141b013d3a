#include "sync/cluster_workers.h"

#include "sync/pending_writes.h"

namespace snapline {

ClusterWorkers::ClusterWorkers(int threads, CatalogWriter &writer, OpenReader openReader, SyncOne syncOne,
                               Synced synced, const std::atomic_bool *cancel)
    : m_writer(writer)
    , m_openReader(std::move(openReader))
    , m_syncOne(std::move(syncOne))
    , m_synced(std::move(synced))
    , m_cancel(cancel)
{
    for (int i = 0; i < std::max(threads, 1); ++i)
        m_threads.emplace_back([this] { work(); });
}

ClusterWorkers::~ClusterWorkers()
{
    abandon();
    finish().ok();
}

void ClusterWorkers::add(const QList<Cluster> &clusters, std::shared_ptr<const OplogEvents> oplog)
{
    {
        const std::lock_guard lock(m_mutex);
        for (const Cluster &cluster : clusters)
            m_queue.push_back({cluster, oplog});
    }
    m_wake.notify_all();
}

bool ClusterWorkers::stoppedLocked() const
{
    return m_abandoned || m_failure || (m_cancel && m_cancel->load());
}

bool ClusterWorkers::stopped() const
{
    const std::lock_guard lock(m_mutex);
    return stoppedLocked();
}

void ClusterWorkers::abandon()
{
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_wake.notify_all();
}

void ClusterWorkers::fail(const AtlasError &error)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_failure)
            m_failure = error;
    }
    m_wake.notify_all();
}

std::optional<ClusterWorkers::Item> ClusterWorkers::next()
{
    std::unique_lock lock(m_mutex);
    // The cancel flag is only polled: a cancelled sync wakes the workers at its next request's end.
    m_wake.wait(lock, [this] { return !m_queue.empty() || m_closed || stoppedLocked(); });
    if (stoppedLocked() || m_queue.empty())
        return std::nullopt;
    Item item = std::move(m_queue.front());
    m_queue.pop_front();
    return item;
}

void ClusterWorkers::work()
{
    auto reader = m_openReader();
    if (!reader) {
        fail(reader.error());
        return;
    }
    PendingWrites writes(m_writer);
    while (const auto item = next()) {
        auto one = m_syncOne(*reader.value(), item->cluster, *item->oplog, writes);
        if (!one) {
            fail(one.error());
            break;
        }
        const std::lock_guard lock(m_mutex);
        m_report.add(*one);
        if (m_synced)
            m_synced(item->cluster);
    }
    // What was read is stored even when another worker failed.
    if (const Status stored = writes.settle(); !stored)
        fail(AtlasError::local(stored.error()));
}

Result<SyncReport, AtlasError> ClusterWorkers::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
    const std::lock_guard lock(m_mutex);
    if (m_failure)
        return *m_failure;
    return m_report;
}

} // namespace snapline
