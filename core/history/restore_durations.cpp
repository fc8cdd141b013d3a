#include "history/restore_durations.h"

#include <algorithm>

namespace snapline {

RestoreDurations RestoreDurations::fromJobs(const QList<RestoreJob> &jobs, int limit)
{
    RestoreDurations out;
    for (const RestoreJob &job : jobs) {
        if (!job.createdAt.isValid() || !job.finishedAt.isValid() || !job.isFinished()) {
            ++out.m_unfinished;
            continue;
        }
        RestoreDuration &entry = out.m_jobs.emplace_back();
        entry.jobId = job.id;
        entry.clusterName = job.sourceClusterName;
        entry.deliveryType = job.deliveryType;
        entry.createdAt = job.createdAt;
        entry.finishedAt = job.finishedAt;
        // A clock that stepped back must not draw a negative bar.
        entry.seconds = std::max<qint64>(0, job.createdAt.secsTo(job.finishedAt));
        entry.outcome = job.state();
    }
    std::sort(out.m_jobs.begin(), out.m_jobs.end(), [](const RestoreDuration &a, const RestoreDuration &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.jobId < b.jobId;
    });
    if (limit > 0 && out.m_jobs.size() > limit) {
        out.m_leftOut = int(out.m_jobs.size()) - limit;
        out.m_jobs.remove(0, out.m_leftOut);
    }
    for (const RestoreDuration &entry : out.m_jobs)
        out.m_longest = std::max(out.m_longest, entry.seconds);
    return out;
}

} // namespace snapline
